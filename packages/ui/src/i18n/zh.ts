import type { Texts } from './index.js'

/** Simplified Chinese (zh-CN). */
export const zh: Texts = {
  bannerTitle: '您的隐私选择',
  bannerText:
    '经您同意，我们会使用 Cookie 记住您的偏好、进行分析，并与合作伙伴共享数据。您可以随时在“Cookie 设置”中更改或撤回您的选择。',
  policyLink: '隐私政策',
  acceptAll: '全部接受',
  rejectAll: '全部拒绝',
  customize: '自定义',
  settingsTitle: 'Cookie 设置',
  settingsText:
    '我们使用 Cookie 和类似技术，其中部分是本网站正常运行所必需的。经您同意，我们还会使用这些技术来记住您的偏好（例如您的语言），衡量我们服务的使用情况和运行表现，以及与我们的合作伙伴共享数据。可选目的在您开启之前将保持关闭。您可以随时在“Cookie 设置”中更改或撤回您的同意。',
  save: '保存选择',
  close: '关闭',
  alwaysOn: '始终启用',
  cookies: '使用的 Cookie',
  cookieName: '名称',
  cookieProvider: '提供方',
  cookiePurpose: '目的',
  cookieDuration: '有效期',
  consentId: '您的同意 ID',
  decidedAt: '选择时间',
  reopen: 'Cookie 设置',
  gpc: '您的浏览器发送了“全球隐私控制”（GPC）信号，我们予以尊重：除非您自行开启，否则您的数据不会与合作伙伴共享。',
  placeholderTitle: '来自 {provider} 的内容',
  placeholderText: '在您允许“{category}”之前，此内容将保持屏蔽，因为加载它会与 {provider} 共享您的访问数据。',
  loadOnce: '加载此内容',
  alwaysAllow: '始终允许“{category}”',
  categories: {
    necessary: {
      label: '严格必要',
      description: '为本网站正常运行和保障安全所必需，例如保持您的登录状态以及记住您的同意选择。无法关闭。',
    },
    preferences: {
      label: '偏好',
      description: '记住您所做的选择（例如您的语言），这样您就无需再次选择。',
    },
    analytics: {
      label: '分析',
      description:
        '帮助我们了解访问者如何使用我们的服务以及服务的运行表现如何，以便我们加以改进。像素标签和类似工具会收集这些信息。',
    },
    partners: {
      label: '合作伙伴',
      description:
        '与提供我们部分服务（例如嵌入式视频、支付和广告）的可信合作伙伴共享数据。这些合作伙伴会收到有关您访问情况的信息。',
    },
  },
}
