import { useTranslation } from 'react-i18next';
import type { Localised } from '../api/types';
import type { Lang } from '../i18n';
// The same folding as the server's search, so a filter on the page and a search by the API agree.
import { foldForSearch as fold } from '../../../src/core/text';

/** Every word of the needle is in the haystack, ignoring case and Vietnamese diacritics ("pho hien" finds "Phố Hiến"). */
export function matches(haystack: string, needle: string): boolean {
  const words = fold(needle).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const folded = fold(haystack);
  return words.every((w) => folded.includes(w));
}

/** The current language and a picker for {vi, en} values from the API. */
export function useLang(): { lang: Lang; pick: (value: Localised | null | undefined) => string } {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  return { lang, pick: (value) => (value ? value[lang] || value.vi : '') };
}

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A date as people here write it, dd/mm/yyyy, in both languages (`2026-11-20` → `20/11/2026`): a calendar date as
 * it is, a moment in time on the browser's day. Every page shows dates through this.
 */
export function formatDate(value: string | null | undefined, _lang?: Lang): string {
  if (!value) return '—';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** A moment as dd/mm/yyyy hh:mm:ss (24 hours), in the browser's time zone. */
export function formatDateTime(value: string | null | undefined, _lang?: Lang): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${formatDate(value)} ${pad2(date.getHours())}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())}`;
}

export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(locales[lang]);
}

/** Today in the browser's time zone as YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The words the decision's clause references carry after the number, in English. */
const CLAUSE_WORDS: [RegExp, string][] = [
  [/\(lộ trình\)/g, '(roadmap)'],
  [/\(đoạn cuối\)/g, '(last paragraph)'],
  [/\(đoạn đầu\)/g, '(first paragraph)'],
  [/^Căn cứ$/, 'Legal bases'],
  [/^Theo đề nghị$/, 'Proposal'],
  [/^Điều (\d+)/, 'Article $1'],
  [/^Phụ lục, ghi chú sau /, 'Appendix, note after '],
  [/, gạch đầu dòng (\d+)/, ', bullet $1'],
];

/** A clause reference of Decision 2352/QĐ-UBND as stored ("VI.2 (lộ trình)"), its words in the UI language. */
export function clauseText(clause: string | null | undefined, lang: Lang): string {
  if (!clause) return '';
  if (lang === 'vi') return clause;
  return CLAUSE_WORDS.reduce((text, [pattern, en]) => text.replace(pattern, en), clause);
}
