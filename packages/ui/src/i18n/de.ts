import type { Texts } from './index.js'

/** German. */
export const de: Texts = {
  bannerTitle: 'Ihre Datenschutzeinstellungen',
  bannerText:
    'Mit Ihrer Einwilligung verwenden wir Cookies, um Ihre Präferenzen zu speichern, für Analysen und um Daten an unsere Partner weiterzugeben. Sie können Ihre Einwilligung jederzeit unter „Cookie-Einstellungen“ ändern oder widerrufen.',
  policyLink: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  settingsTitle: 'Cookie-Einstellungen',
  settingsText:
    'Wir verwenden Cookies und ähnliche Technologien. Einige sind für den Betrieb dieser Website erforderlich. Mit Ihrer Einwilligung verwenden wir sie außerdem, um Ihre Präferenzen wie etwa Ihre Sprache zu speichern, um die Nutzung und Leistung unserer Dienste zu messen und um Daten an unsere Partner weiterzugeben. Optionale Zwecke bleiben deaktiviert, bis Sie sie aktivieren. Sie können Ihre Einwilligung jederzeit unter „Cookie-Einstellungen“ ändern oder widerrufen.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  cookies: 'Verwendete Cookies',
  cookieName: 'Name',
  cookieProvider: 'Anbieter',
  cookiePurpose: 'Zweck',
  cookieDuration: 'Speicherdauer',
  consentId: 'Ihre Einwilligungs-ID',
  decidedAt: 'Entschieden am',
  reopen: 'Cookie-Einstellungen',
  gpc: 'Ihr Browser sendet das Signal „Global Privacy Control“, und wir beachten es: Ihre Daten werden nicht an Partner weitergegeben, es sei denn, Sie schalten dies selbst ein.',
  placeholderTitle: 'Inhalt von {provider}',
  placeholderText:
    'Er bleibt blockiert, bis Sie {category} erlauben, weil beim Laden Daten über Ihren Besuch an {provider} übermittelt werden.',
  loadOnce: 'Diesen Inhalt laden',
  alwaysAllow: '{category} immer erlauben',
  categories: {
    necessary: {
      label: 'Unbedingt erforderlich',
      description:
        'Erforderlich, damit diese Website funktioniert und sicher bleibt, zum Beispiel um Sie angemeldet zu halten und Ihre Einwilligungsentscheidungen zu speichern. Diese Kategorie kann nicht deaktiviert werden.',
    },
    preferences: {
      label: 'Präferenzen',
      description: 'Ihre Auswahl, etwa Ihre Sprache, wird gespeichert, damit Sie sie nicht erneut treffen müssen.',
    },
    analytics: {
      label: 'Analyse',
      description:
        'Helfen uns zu verstehen, wie unsere Dienste genutzt werden und wie gut sie funktionieren, damit wir sie verbessern können. Zählpixel und ähnliche Werkzeuge erfassen diese Informationen.',
    },
    partners: {
      label: 'Partner',
      description:
        'Daten werden an vertrauenswürdige Partner weitergegeben, die Teile unserer Dienste bereitstellen, etwa eingebettete Videos, Zahlungen und Werbung. Diese Partner erhalten Informationen über Ihren Besuch.',
    },
  },
}
