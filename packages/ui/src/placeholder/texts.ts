/** The texts of a blocked embed's placeholder. `{provider}` and `{category}` are filled in. */
export interface PlaceholderTexts {
  placeholderTitle: string
  placeholderText: string
  /** Loads this one embed on this page view; grants nothing. */
  loadOnce: string
  /** Grants the embed's categories, as the settings panel would. */
  alwaysAllow: string
}

type BuiltIn = PlaceholderTexts & { labels: Record<string, string> }

// All five languages in one module: together they weigh less than a second request for one of them. The labels
// are the settings panel's, so that "Always allow Partners" names the switch the visitor finds there.
export const PLACEHOLDER_TEXTS: Record<string, BuiltIn> = {
  en: {
    placeholderTitle: 'Content from {provider}',
    placeholderText:
      'It stays blocked until you allow {category}, because loading it shares data about your visit with {provider}.',
    loadOnce: 'Load this content',
    alwaysAllow: 'Always allow {category}',
    labels: { preferences: 'Preferences', analytics: 'Analytics', partners: 'Partners' },
  },
  de: {
    placeholderTitle: 'Inhalt von {provider}',
    placeholderText:
      'Er bleibt blockiert, bis Sie {category} erlauben, weil beim Laden Daten über Ihren Besuch an {provider} übermittelt werden.',
    loadOnce: 'Diesen Inhalt laden',
    alwaysAllow: '{category} immer erlauben',
    labels: { preferences: 'Präferenzen', analytics: 'Analyse', partners: 'Partner' },
  },
  es: {
    placeholderTitle: 'Contenido de {provider}',
    placeholderText:
      'Permanece bloqueado hasta que permita {category}, porque al cargarlo se comparten datos de su visita con {provider}.',
    loadOnce: 'Cargar este contenido',
    alwaysAllow: 'Permitir siempre {category}',
    labels: { preferences: 'Preferencias', analytics: 'Análisis', partners: 'Socios' },
  },
  fr: {
    placeholderTitle: 'Contenu de {provider}',
    placeholderText:
      'Il reste bloqué tant que vous n’autorisez pas {category}, car son chargement transmet des données sur votre visite à {provider}.',
    loadOnce: 'Charger ce contenu',
    alwaysAllow: 'Toujours autoriser {category}',
    labels: { preferences: 'Préférences', analytics: 'Mesure d’audience', partners: 'Partenaires' },
  },
  zh: {
    placeholderTitle: '来自 {provider} 的内容',
    placeholderText: '在您允许“{category}”之前，此内容将保持屏蔽，因为加载它会与 {provider} 共享您的访问数据。',
    loadOnce: '加载此内容',
    alwaysAllow: '始终允许“{category}”',
    labels: { preferences: '偏好', analytics: '分析', partners: '合作伙伴' },
  },
}
