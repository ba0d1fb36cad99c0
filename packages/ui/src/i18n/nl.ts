import type { Texts } from './index.js'

/** Dutch. */
export const nl: Texts = {
  bannerTitle: 'Uw privacykeuzes',
  bannerText:
    'Met uw toestemming gebruiken we cookies om uw voorkeuren te onthouden, voor analyse en om gegevens te delen met onze partners. U kunt uw keuze altijd wijzigen of intrekken via ‘Cookie-instellingen’.',
  policyLink: 'Privacyverklaring',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  settingsTitle: 'Cookie-instellingen',
  settingsText:
    'We gebruiken cookies en vergelijkbare technieken. Sommige zijn nodig om deze website te laten werken. Met uw toestemming gebruiken we ze ook om uw voorkeuren te onthouden, zoals uw taal, om te meten hoe onze diensten worden gebruikt en hoe ze presteren, en om gegevens te delen met onze partners. Optionele doeleinden blijven uitgeschakeld totdat u ze zelf inschakelt. U kunt uw toestemming altijd wijzigen of intrekken via ‘Cookie-instellingen’.',
  save: 'Keuzes opslaan',
  close: 'Sluiten',
  alwaysOn: 'Altijd actief',
  cookies: 'Gebruikte cookies',
  cookieName: 'Naam',
  cookieProvider: 'Aanbieder',
  cookiePurpose: 'Doel',
  cookieDuration: 'Bewaartermijn',
  consentId: 'Uw toestemmings-ID',
  decidedAt: 'Datum van uw keuze',
  reopen: 'Cookie-instellingen',
  gpc: 'Uw browser verstuurt het Global Privacy Control-signaal en wij respecteren dat: uw gegevens worden niet met partners gedeeld, tenzij u dit zelf inschakelt.',
  placeholderTitle: 'Inhoud van {provider}',
  placeholderText:
    'Deze inhoud blijft geblokkeerd totdat u {category} toestaat, omdat bij het laden gegevens over uw bezoek met {provider} worden gedeeld.',
  loadOnce: 'Deze inhoud laden',
  alwaysAllow: '{category} altijd toestaan',
  categories: {
    necessary: {
      label: 'Strikt noodzakelijk',
      description:
        'Nodig om deze website te laten werken en te beveiligen, bijvoorbeeld om u ingelogd te houden en uw toestemmingskeuzes te onthouden. Deze cookies kunnen niet worden uitgeschakeld.',
    },
    preferences: {
      label: 'Voorkeuren',
      description: 'Onthouden de keuzes die u maakt, zoals uw taal, zodat u die niet opnieuw hoeft te maken.',
    },
    analytics: {
      label: 'Analyse',
      description:
        'Helpen ons te begrijpen hoe bezoekers onze diensten gebruiken en hoe goed die presteren, zodat we ze kunnen verbeteren. Deze informatie wordt verzameld met pixeltags en vergelijkbare hulpmiddelen.',
    },
    partners: {
      label: 'Partners',
      description:
        'Delen gegevens met betrouwbare partners die onderdelen van onze diensten leveren, zoals ingesloten video’s, betalingen en advertenties. Deze partners ontvangen informatie over uw bezoek.',
    },
  },
}
