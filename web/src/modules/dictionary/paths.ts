import { DICTIONARY_PATHS, type DictionaryKind } from '../../api/types';

// ---- addresses ----

/** The API address of a governed object, e.g. /api/v1/dictionary/elements/ho_va_ten. */
export function dictionaryApi(kind: DictionaryKind, code?: string): string {
  const base = `/api/v1/dictionary/${DICTIONARY_PATHS[kind]}`;
  return code === undefined ? base : `${base}/${encodeURIComponent(code)}`;
}

/** The page of a governed object, e.g. /dictionary/elements/ho_va_ten. */
export function dictionaryPath(kind: DictionaryKind, code: string): string {
  return `/dictionary/${DICTIONARY_PATHS[kind]}/${encodeURIComponent(code)}`;
}

export function runPath(id: string): string {
  return `/dictionary/validation-runs/${encodeURIComponent(id)}`;
}

/** The browse page on one tab: /dictionary?tab=entities. */
export function dictionaryTabPath(kind: DictionaryKind): string {
  return kind === 'element' ? '/dictionary' : `/dictionary?tab=${DICTIONARY_PATHS[kind]}`;
}
