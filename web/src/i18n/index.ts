import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './vi.json';
import en from './en.json';
import { withEnumLabels } from './labels';

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];
const STORAGE_KEY = 'kientruc.lang';

function storedLang(): Lang {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function applyLang(lang: Lang): void {
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage may be unavailable (private mode): the switch still works for this visit
  }
}

const initial = storedLang();
document.documentElement.lang = initial;

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: withEnumLabels('vi', vi) }, en: { translation: withEnumLabels('en', en) } },
  lng: initial,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => applyLang(lng === 'en' ? 'en' : 'vi'));

export default i18n;
