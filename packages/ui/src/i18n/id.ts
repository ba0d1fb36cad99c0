import type { Texts } from './index.js'

/** Indonesian. */
export const id: Texts = {
  bannerTitle: 'Pilihan privasi Anda',
  bannerText:
    'Dengan persetujuan Anda, kami menggunakan cookie untuk mengingat preferensi Anda, untuk analitik, dan untuk berbagi data dengan mitra kami. Anda dapat mengubah atau menarik pilihan Anda kapan saja melalui “Pengaturan cookie”.',
  policyLink: 'Kebijakan privasi',
  acceptAll: 'Terima semua',
  rejectAll: 'Tolak semua',
  customize: 'Sesuaikan',
  settingsTitle: 'Pengaturan cookie',
  settingsText:
    'Kami menggunakan cookie dan teknologi serupa. Sebagian di antaranya diperlukan agar situs ini dapat berfungsi. Dengan persetujuan Anda, kami juga menggunakannya untuk mengingat preferensi Anda, seperti bahasa, untuk mengukur cara layanan kami digunakan dan kinerjanya, serta untuk berbagi data dengan mitra kami. Tujuan opsional tetap nonaktif sampai Anda mengaktifkannya. Anda dapat mengubah atau menarik persetujuan Anda kapan saja melalui “Pengaturan cookie”.',
  save: 'Simpan pilihan',
  close: 'Tutup',
  alwaysOn: 'Selalu aktif',
  cookies: 'Cookie yang digunakan',
  cookieName: 'Nama',
  cookieProvider: 'Penyedia',
  cookiePurpose: 'Tujuan',
  cookieDuration: 'Durasi',
  consentId: 'ID persetujuan Anda',
  decidedAt: 'Diputuskan pada',
  reopen: 'Pengaturan cookie',
  gpc: 'Browser Anda mengirimkan sinyal Global Privacy Control, dan kami menghormatinya: data Anda tidak dibagikan kepada mitra kecuali Anda sendiri yang mengaktifkannya.',
  placeholderTitle: 'Konten dari {provider}',
  placeholderText:
    'Konten ini tetap diblokir sampai Anda mengizinkan {category}, karena memuatnya akan membagikan data tentang kunjungan Anda kepada {provider}.',
  loadOnce: 'Muat konten ini',
  alwaysAllow: 'Selalu izinkan {category}',
  categories: {
    necessary: {
      label: 'Sangat diperlukan',
      description:
        'Diperlukan agar situs ini berfungsi dan tetap aman, misalnya untuk menjaga Anda tetap masuk dan mengingat pilihan persetujuan Anda. Cookie ini tidak dapat dinonaktifkan.',
    },
    preferences: {
      label: 'Preferensi',
      description: 'Mengingat pilihan yang Anda buat, seperti bahasa, agar Anda tidak perlu memilihnya lagi.',
    },
    analytics: {
      label: 'Analitik',
      description:
        'Membantu kami memahami cara pengunjung menggunakan layanan kami dan seberapa baik kinerjanya, sehingga kami dapat meningkatkannya. Tag piksel dan alat serupa mengumpulkan informasi ini.',
    },
    partners: {
      label: 'Mitra',
      description:
        'Membagikan data kepada mitra tepercaya yang menyediakan sebagian layanan kami, seperti video tersemat, pembayaran, dan iklan. Mitra ini menerima informasi tentang kunjungan Anda.',
    },
  },
}
