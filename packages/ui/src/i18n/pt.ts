import type { Texts } from './index.js'

/** European Portuguese. */
export const pt: Texts = {
  bannerTitle: 'As suas opções de privacidade',
  bannerText:
    'Com o seu consentimento, utilizamos cookies para memorizar as suas preferências, para análise e para partilhar dados com os nossos parceiros. Pode alterar ou retirar a sua escolha a qualquer momento em «Definições de cookies».',
  policyLink: 'Política de privacidade',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customize: 'Personalizar',
  settingsTitle: 'Definições de cookies',
  settingsText:
    'Utilizamos cookies e tecnologias semelhantes. Alguns são necessários para o funcionamento deste site. Com o seu consentimento, também os utilizamos para memorizar as suas preferências, como o idioma, para medir a utilização e o desempenho dos nossos serviços e para partilhar dados com os nossos parceiros. As finalidades opcionais permanecem desativadas até que as ative. Pode alterar ou retirar o seu consentimento a qualquer momento em «Definições de cookies».',
  save: 'Guardar opções',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  cookies: 'Cookies utilizados',
  cookieName: 'Nome',
  cookieProvider: 'Fornecedor',
  cookiePurpose: 'Finalidade',
  cookieDuration: 'Duração',
  consentId: 'ID do seu consentimento',
  decidedAt: 'Data da decisão',
  reopen: 'Definições de cookies',
  gpc: 'O seu navegador envia o sinal Global Privacy Control e nós respeitamo-lo: os seus dados não são partilhados com parceiros, salvo se ativar esta opção.',
  placeholderTitle: 'Conteúdo de {provider}',
  placeholderText:
    'Permanece bloqueado até que autorize {category}, porque, ao carregá-lo, são partilhados com {provider} dados sobre a sua visita.',
  loadOnce: 'Carregar este conteúdo',
  alwaysAllow: 'Permitir sempre {category}',
  categories: {
    necessary: {
      label: 'Estritamente necessários',
      description:
        'Necessários para o funcionamento e a segurança deste site, por exemplo, para manter a sessão iniciada e memorizar as suas opções de consentimento. Não podem ser desativados.',
    },
    preferences: {
      label: 'Preferências',
      description: 'Memorizam as escolhas que faz, como o idioma, para que não tenha de as fazer novamente.',
    },
    analytics: {
      label: 'Análise',
      description:
        'Ajudam-nos a compreender como os visitantes utilizam os nossos serviços e qual o seu desempenho, para que os possamos melhorar. Estas informações são recolhidas por píxeis de rastreio e ferramentas semelhantes.',
    },
    partners: {
      label: 'Parceiros',
      description:
        'Partilham dados com parceiros de confiança que fornecem partes dos nossos serviços, como vídeos incorporados, pagamentos e publicidade. Estes parceiros recebem informações sobre a sua visita.',
    },
  },
}
