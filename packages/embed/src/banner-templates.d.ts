// The banner's markup, rendered from the Banner component when the script tag is built (scripts/rollup/plugins.mjs).
declare module 'aufum:banner-templates' {
  const templates: import('@aufum/consent-ui/internal').BannerTemplates
  export default templates
}
