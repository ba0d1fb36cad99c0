// One config for every package. Each npm package is built to ESM with its dependencies left
// external (the app's bundler resolves them) and its type declarations generated from source.
import typescript from '@rollup/plugin-typescript'

/** @param {string} dir  @param {Record<string, string>} input */
const npmPackage = (dir, input) => ({
  input: Object.fromEntries(Object.entries(input).map(([name, file]) => [name, `packages/${dir}/src/${file}`])),
  output: { dir: `packages/${dir}/dist`, format: 'es', chunkFileNames: 'shared-[hash].js' },
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  plugins: [typescript({ tsconfig: `packages/${dir}/tsconfig.json`, outDir: `packages/${dir}/dist` })],
})

export default [npmPackage('core', { index: 'index.ts', server: 'server.ts' })]
