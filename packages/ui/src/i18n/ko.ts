import type { Texts } from './index.js'

/** Korean. */
export const ko: Texts = {
  bannerTitle: '개인정보 보호 선택',
  bannerText:
    '동의하시면 환경설정 기억, 분석, 파트너와의 데이터 공유를 위해 쿠키를 사용합니다. 선택 사항은 언제든지 “쿠키 설정”에서 변경하거나 철회하실 수 있습니다.',
  policyLink: '개인정보 처리방침',
  acceptAll: '모두 허용',
  rejectAll: '모두 거부',
  customize: '맞춤 설정',
  settingsTitle: '쿠키 설정',
  settingsText:
    '당사는 쿠키 및 유사한 기술을 사용합니다. 그중 일부는 이 사이트가 작동하는 데 필요합니다. 또한 동의를 받은 경우에는 언어 등 환경설정을 기억하고, 당사 서비스의 이용 현황과 성능을 측정하며, 파트너와 데이터를 공유하기 위해서도 이를 사용합니다. 선택 항목은 직접 켜시기 전까지 꺼진 상태로 유지됩니다. 동의는 언제든지 “쿠키 설정”에서 변경하거나 철회하실 수 있습니다.',
  save: '선택 저장',
  close: '닫기',
  alwaysOn: '항상 활성',
  cookies: '사용 중인 쿠키',
  cookieName: '이름',
  cookieProvider: '제공자',
  cookiePurpose: '목적',
  cookieDuration: '보존 기간',
  consentId: '동의 ID',
  decidedAt: '선택 일시',
  reopen: '쿠키 설정',
  gpc: '사용 중인 브라우저가 글로벌 개인정보 보호 제어(GPC) 신호를 보내고 있으며, 당사는 이를 존중합니다. 직접 켜지 않는 한 귀하의 데이터는 파트너와 공유되지 않습니다.',
  placeholderTitle: '{provider} 제공 콘텐츠',
  placeholderText:
    '이 콘텐츠를 불러오면 방문에 관한 데이터가 {provider}에 전달되므로, “{category}” 항목을 허용하실 때까지 차단됩니다.',
  loadOnce: '이 콘텐츠 불러오기',
  alwaysAllow: '“{category}” 항상 허용',
  categories: {
    necessary: {
      label: '필수',
      description:
        '이 사이트가 작동하고 안전하게 유지되는 데 필요합니다. 예를 들어 로그인 상태를 유지하고 동의 선택 사항을 기억합니다. 끌 수 없습니다.',
    },
    preferences: {
      label: '환경설정',
      description: '언어 등 사용자가 선택한 내용을 기억하여 다시 선택하지 않아도 되도록 합니다.',
    },
    analytics: {
      label: '분석',
      description:
        '방문자가 당사 서비스를 어떻게 이용하는지, 서비스 성능이 어떤지 파악하여 개선하는 데 도움이 됩니다. 픽셀 태그 및 유사한 도구가 이 정보를 수집합니다.',
    },
    partners: {
      label: '파트너',
      description:
        '삽입된 동영상, 결제, 광고 등 당사 서비스의 일부를 제공하는 신뢰할 수 있는 파트너와 데이터를 공유합니다. 이러한 파트너는 귀하의 방문에 관한 정보를 받습니다.',
    },
  },
}
