import type { Texts } from './index.js'

/** Spanish. */
export const es: Texts = {
  bannerTitle: 'Sus opciones de privacidad',
  bannerText:
    'Con su consentimiento, utilizamos cookies para recordar sus preferencias, para análisis y para compartir datos con nuestros socios. Puede cambiar o retirar su consentimiento en cualquier momento en «Configuración de cookies».',
  policyLink: 'Política de privacidad',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  customize: 'Personalizar',
  settingsTitle: 'Configuración de cookies',
  settingsText:
    'Utilizamos cookies y tecnologías similares. Algunas son necesarias para que este sitio funcione. Con su consentimiento, también las utilizamos para recordar sus preferencias, como su idioma, para medir el uso y el rendimiento de nuestros servicios, y para compartir datos con nuestros socios. Las finalidades opcionales permanecen desactivadas hasta que usted las active. Puede cambiar o retirar su consentimiento en cualquier momento en «Configuración de cookies».',
  save: 'Guardar selección',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  cookies: 'Cookies utilizadas',
  cookieName: 'Nombre',
  cookieProvider: 'Proveedor',
  cookiePurpose: 'Finalidad',
  cookieDuration: 'Duración',
  consentId: 'Su identificador de consentimiento',
  decidedAt: 'Elección realizada el',
  reopen: 'Configuración de cookies',
  gpc: 'Su navegador envía la señal Global Privacy Control y la respetamos: sus datos no se comparten con socios, salvo que usted lo active.',
  placeholderTitle: 'Contenido de {provider}',
  placeholderText:
    'Permanece bloqueado hasta que permita {category}, porque al cargarlo se comparten datos de su visita con {provider}.',
  loadOnce: 'Cargar este contenido',
  alwaysAllow: 'Permitir siempre {category}',
  categories: {
    necessary: {
      label: 'Estrictamente necesarias',
      description:
        'Necesarias para el funcionamiento y la seguridad de este sitio, por ejemplo, para mantener su sesión iniciada y recordar sus opciones de consentimiento. No se pueden desactivar.',
    },
    preferences: {
      label: 'Preferencias',
      description: 'Recuerdan las opciones que usted elige, como su idioma, para que no tenga que volver a indicarlas.',
    },
    analytics: {
      label: 'Análisis',
      description:
        'Nos ayudan a entender cómo utilizan los visitantes nuestros servicios y cuál es el rendimiento de estos, para que podamos mejorarlos. Las etiquetas de píxel y herramientas similares recopilan esta información.',
    },
    partners: {
      label: 'Socios',
      description:
        'Comparten datos con socios de confianza que proporcionan partes de nuestros servicios, como vídeos insertados, pagos y publicidad. Estos socios reciben información sobre su visita.',
    },
  },
}
