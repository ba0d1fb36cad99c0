// A preferences feature: the chosen language is remembered in localStorage, only with "preferences" granted
// (the category declares aufum_lang, so withdrawing deletes it).
const picker = document.getElementById('language')
if (picker) {
  const saved = localStorage.getItem('aufum_lang')
  if (saved) picker.value = saved
  picker.addEventListener('change', () => localStorage.setItem('aufum_lang', picker.value))
}
