import type { Texts } from './index.js'

/** Brazilian Portuguese. */
export const ptbr: Texts = {
  bannerTitle: 'Suas escolhas de privacidade',
  bannerText:
    'Com o seu consentimento, usamos cookies para lembrar suas preferências, para análise e para compartilhar dados com nossos parceiros. Você pode alterar ou revogar sua escolha a qualquer momento em “Configurações de cookies”.',
  policyLink: 'Política de privacidade',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customize: 'Personalizar',
  settingsTitle: 'Configurações de cookies',
  settingsText:
    'Usamos cookies e tecnologias semelhantes. Alguns são necessários para o funcionamento deste site. Com o seu consentimento, também os usamos para lembrar suas preferências, como o seu idioma, para medir como nossos serviços são usados e qual é o desempenho deles, e para compartilhar dados com nossos parceiros. As finalidades opcionais permanecem desativadas até que você as ative. Você pode alterar ou revogar seu consentimento a qualquer momento em “Configurações de cookies”.',
  save: 'Salvar escolhas',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  cookies: 'Cookies utilizados',
  cookieName: 'Nome',
  cookieProvider: 'Provedor',
  cookiePurpose: 'Finalidade',
  cookieDuration: 'Duração',
  consentId: 'Seu ID de consentimento',
  decidedAt: 'Escolha feita em',
  reopen: 'Configurações de cookies',
  gpc: 'Seu navegador envia o sinal Global Privacy Control, e nós o respeitamos: seus dados não são compartilhados com parceiros, a menos que você ative essa opção por conta própria.',
  placeholderTitle: 'Conteúdo de {provider}',
  placeholderText:
    'Este conteúdo fica bloqueado até que você permita {category}, porque carregá-lo compartilha dados sobre a sua visita com {provider}.',
  loadOnce: 'Carregar este conteúdo',
  alwaysAllow: 'Sempre permitir {category}',
  categories: {
    necessary: {
      label: 'Estritamente necessários',
      description:
        'Necessários para que este site funcione e se mantenha seguro, por exemplo, para manter você conectado e lembrar suas escolhas de consentimento. Não podem ser desativados.',
    },
    preferences: {
      label: 'Preferências',
      description: 'Lembram as escolhas que você faz, como o seu idioma, para que você não precise fazê-las novamente.',
    },
    analytics: {
      label: 'Análise',
      description:
        'Nos ajudam a entender como os visitantes usam nossos serviços e qual é o desempenho deles, para que possamos melhorá-los. Pixels de rastreamento e ferramentas semelhantes coletam essas informações.',
    },
    partners: {
      label: 'Parceiros',
      description:
        'Compartilham dados com parceiros de confiança que fornecem partes dos nossos serviços, como vídeos incorporados, pagamentos e publicidade. Esses parceiros recebem informações sobre a sua visita.',
    },
  },
}
