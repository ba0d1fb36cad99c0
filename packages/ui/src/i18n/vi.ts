import type { Texts } from './index.js'

/** Vietnamese. */
export const vi: Texts = {
  bannerTitle: 'Lựa chọn quyền riêng tư của bạn',
  bannerText:
    'Khi được bạn đồng ý, chúng tôi sử dụng cookie để ghi nhớ tùy chọn của bạn, phục vụ phân tích và chia sẻ dữ liệu với các đối tác. Bạn có thể thay đổi hoặc rút lại lựa chọn bất cứ lúc nào tại “Cài đặt cookie”.',
  policyLink: 'Chính sách quyền riêng tư',
  acceptAll: 'Chấp nhận tất cả',
  rejectAll: 'Từ chối tất cả',
  customize: 'Tùy chỉnh',
  settingsTitle: 'Cài đặt cookie',
  settingsText:
    'Chúng tôi sử dụng cookie và các công nghệ tương tự. Một số cookie là cần thiết để trang web này hoạt động. Khi được bạn đồng ý, chúng tôi còn sử dụng chúng để ghi nhớ tùy chọn của bạn, chẳng hạn như ngôn ngữ, để đo lường cách các dịch vụ của chúng tôi được sử dụng và hoạt động, cũng như để chia sẻ dữ liệu với các đối tác của chúng tôi. Các mục đích không bắt buộc sẽ luôn tắt cho đến khi bạn bật chúng. Bạn có thể thay đổi hoặc rút lại sự đồng ý bất cứ lúc nào tại “Cài đặt cookie”.',
  save: 'Lưu lựa chọn',
  close: 'Đóng',
  alwaysOn: 'Luôn bật',
  cookies: 'Cookie được sử dụng',
  cookieName: 'Tên',
  cookieProvider: 'Nhà cung cấp',
  cookiePurpose: 'Mục đích',
  cookieDuration: 'Thời hạn',
  consentId: 'Mã đồng ý của bạn',
  decidedAt: 'Thời điểm lựa chọn',
  reopen: 'Cài đặt cookie',
  gpc: 'Trình duyệt của bạn gửi tín hiệu Global Privacy Control (GPC) và chúng tôi tôn trọng tín hiệu này: dữ liệu của bạn không được chia sẻ với các đối tác, trừ khi chính bạn bật tùy chọn này.',
  placeholderTitle: 'Nội dung từ {provider}',
  placeholderText:
    'Nội dung này bị chặn cho đến khi bạn cho phép “{category}”, vì việc tải nội dung sẽ chia sẻ dữ liệu về lượt truy cập của bạn với {provider}.',
  loadOnce: 'Tải nội dung này',
  alwaysAllow: 'Luôn cho phép “{category}”',
  categories: {
    necessary: {
      label: 'Thực sự cần thiết',
      description:
        'Cần thiết để trang web này hoạt động và được bảo mật, chẳng hạn như duy trì trạng thái đăng nhập và ghi nhớ các lựa chọn đồng ý của bạn. Không thể tắt các cookie này.',
    },
    preferences: {
      label: 'Tùy chọn',
      description: 'Ghi nhớ những lựa chọn của bạn, chẳng hạn như ngôn ngữ, để bạn không phải chọn lại.',
    },
    analytics: {
      label: 'Phân tích',
      description:
        'Giúp chúng tôi hiểu cách khách truy cập sử dụng các dịch vụ của chúng tôi và hiệu quả hoạt động của các dịch vụ này, để chúng tôi có thể cải thiện. Thẻ pixel và các công cụ tương tự thu thập thông tin này.',
    },
    partners: {
      label: 'Đối tác',
      description:
        'Chia sẻ dữ liệu với các đối tác đáng tin cậy cung cấp một phần dịch vụ của chúng tôi, chẳng hạn như video nhúng, thanh toán và quảng cáo. Các đối tác này nhận được thông tin về lượt truy cập của bạn.',
    },
  },
}
