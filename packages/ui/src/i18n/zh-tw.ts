import type { Texts } from './index.js'

/** Traditional Chinese (Taiwan). */
export const zhtw: Texts = {
  bannerTitle: '您的隱私權選擇',
  bannerText:
    '經您同意，我們會使用 Cookie 記住您的偏好設定、進行分析，並與合作夥伴分享資料。您可以隨時在「Cookie 設定」中變更或撤回您的選擇。',
  policyLink: '隱私權政策',
  acceptAll: '全部接受',
  rejectAll: '全部拒絕',
  customize: '自訂',
  settingsTitle: 'Cookie 設定',
  settingsText:
    '我們使用 Cookie 及類似技術，其中部分是本網站運作所必需。經您同意，我們也會使用這些技術來記住您的偏好設定（例如語言）、衡量我們服務的使用情形與效能，以及與合作夥伴分享資料。非必要用途在您開啟之前一律保持關閉。您可以隨時在「Cookie 設定」中變更或撤回您的同意。',
  save: '儲存選擇',
  close: '關閉',
  alwaysOn: '一律啟用',
  cookies: '使用的 Cookie',
  cookieName: '名稱',
  cookieProvider: '提供者',
  cookiePurpose: '用途',
  cookieDuration: '有效期限',
  consentId: '您的同意 ID',
  decidedAt: '選擇時間',
  reopen: 'Cookie 設定',
  gpc: '您的瀏覽器傳送了「全球隱私控制」（GPC）訊號，我們會予以遵循：除非您自行開啟，否則您的資料不會與合作夥伴分享。',
  placeholderTitle: '來自 {provider} 的內容',
  placeholderText: '在您允許「{category}」之前，此內容會保持封鎖，因為載入此內容會將您的造訪資料分享給 {provider}。',
  loadOnce: '載入此內容',
  alwaysAllow: '一律允許「{category}」',
  categories: {
    necessary: {
      label: '絕對必要',
      description: '為本網站正常運作及維護安全所必需，例如讓您保持登入狀態，以及記住您的同意選擇。無法關閉。',
    },
    preferences: {
      label: '偏好設定',
      description: '記住您所做的選擇（例如語言），讓您不必再次設定。',
    },
    analytics: {
      label: '分析',
      description:
        '協助我們了解訪客如何使用我們的服務以及服務的效能表現，以便加以改善。像素標籤及類似工具會收集這些資訊。',
    },
    partners: {
      label: '合作夥伴',
      description:
        '與提供我們部分服務（例如嵌入式影片、付款及廣告）的可信賴合作夥伴分享資料。這些合作夥伴會收到有關您造訪情形的資訊。',
    },
  },
}
