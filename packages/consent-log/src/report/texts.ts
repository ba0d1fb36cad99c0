/** The report's words in one language. */
export interface Texts {
  title: string
  window: (from: string, to: string) => string
  generated: (at: string) => string
  decisions: string
  visitors: string
  category: string
  granted: string
  denied: string
  optInRate: string
  share: string
  empty: string
  summary: string
  summaryCaption: string
  overTime: string
  overTimeDesc: string
  overTimeCaption: string
  period: Record<'day' | 'week' | 'month', string>
  methods: string
  methodsDesc: string
  methodsCaption: string
  method: string
  languages: string
  languagesDesc: string
  languagesCaption: string
  language: string
  revisions: string
  revisionsDesc: string
  revisionsCaption: string
  revision: string
  rateNote: string
  largest: (n: number) => string
}

const en: Texts = {
  title: 'Consent report',
  window: (from, to) => `Records received from ${from} up to, not including, ${to}.`,
  generated: (at) => `Generated at ${at} by aufum-consent-log.`,
  decisions: 'Decisions',
  visitors: 'Visitors (consent ids)',
  category: 'Category',
  granted: 'Granted',
  denied: 'Denied',
  optInRate: 'Opt-in rate',
  share: 'Share',
  empty: 'No records were received in this window.',
  summary: 'Summary',
  summaryCaption: 'Decisions per category over the whole window',
  overTime: 'Opt-in rates per category over time',
  overTimeDesc: 'Line chart: the opt-in rate of each category, granted divided by granted plus denied, per period.',
  overTimeCaption: 'Opt-in rate per category and period',
  period: { day: 'Day', week: 'Week', month: 'Month' },
  methods: 'How visitors decided',
  methodsDesc: 'Bar chart: the share of decisions made with each method.',
  methodsCaption: 'Decisions per method',
  method: 'Method',
  languages: 'Languages',
  languagesDesc: 'Bar chart: the number of decisions per page language.',
  languagesCaption: 'Decisions and opt-in rates per language',
  language: 'Language',
  revisions: 'Policy revisions',
  revisionsDesc: 'Bar chart: the number of decisions per revision of the consent policy.',
  revisionsCaption: 'Decisions and opt-in rates per revision',
  revision: 'Revision',
  rateNote:
    'Opt-in rate: granted ÷ (granted + denied) decisions; “–” where a category had no decision. Visitors: each ' +
    'consent id once, where its latest decision is; one who decided again later counts there.',
  largest: (n) => `The chart shows the ${n} largest; the table lists them all.`,
}

const de: Texts = {
  title: 'Einwilligungsbericht',
  window: (from, to) => `Einträge, empfangen von ${from} bis ausschließlich ${to}.`,
  generated: (at) => `Erstellt am ${at} von aufum-consent-log.`,
  decisions: 'Entscheidungen',
  visitors: 'Besucher (Consent-IDs)',
  category: 'Kategorie',
  granted: 'Erteilt',
  denied: 'Abgelehnt',
  optInRate: 'Zustimmungsrate',
  share: 'Anteil',
  empty: 'In diesem Zeitraum wurden keine Einträge empfangen.',
  summary: 'Übersicht',
  summaryCaption: 'Entscheidungen je Kategorie im gesamten Zeitraum',
  overTime: 'Zustimmungsraten je Kategorie im Zeitverlauf',
  overTimeDesc:
    'Liniendiagramm: die Zustimmungsrate jeder Kategorie, Erteilt geteilt durch Erteilt plus Abgelehnt, je Zeitraum.',
  overTimeCaption: 'Zustimmungsrate je Kategorie und Zeitraum',
  period: { day: 'Tag', week: 'Woche', month: 'Monat' },
  methods: 'Wie Besucher entschieden haben',
  methodsDesc: 'Balkendiagramm: der Anteil der Entscheidungen je Art der Entscheidung.',
  methodsCaption: 'Entscheidungen je Art',
  method: 'Art',
  languages: 'Sprachen',
  languagesDesc: 'Balkendiagramm: die Zahl der Entscheidungen je Sprache der Seite.',
  languagesCaption: 'Entscheidungen und Zustimmungsraten je Sprache',
  language: 'Sprache',
  revisions: 'Fassungen der Richtlinie',
  revisionsDesc: 'Balkendiagramm: die Zahl der Entscheidungen je Fassung der Einwilligungsrichtlinie.',
  revisionsCaption: 'Entscheidungen und Zustimmungsraten je Fassung',
  revision: 'Fassung',
  rateNote:
    'Zustimmungsrate: Erteilt ÷ (Erteilt + Abgelehnt) Entscheidungen; „–“, wo eine Kategorie keine Entscheidung ' +
    'hatte. Besucher: jede Consent-ID einmal, dort, wo ihre letzte Entscheidung liegt; wer später erneut entschied, ' +
    'zählt dort.',
  largest: (n) => `Das Diagramm zeigt die ${n} größten; die Tabelle listet alle.`,
}

const TEXTS = { en, de }

/**
 * The report's language: German for `de` and its regional tags (`de-AT`), English for anything else.
 *
 * @param lang A language tag, e.g. from `--lang`.
 * @returns The tag for `<html lang>` and the words.
 */
export function textsFor(lang = 'en'): { lang: keyof typeof TEXTS; texts: Texts } {
  const primary = lang.toLowerCase().split('-')[0]
  return primary === 'de' ? { lang: 'de', texts: de } : { lang: 'en', texts: en }
}
