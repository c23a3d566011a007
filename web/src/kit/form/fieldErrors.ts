import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import type { Lang } from '../../i18n';

// ---- validation errors ----

interface DetailItem {
  field?: unknown;
  problem?: unknown;
  missingProperty?: unknown;
  limit?: unknown;
}

/**
 * The fields a refusal names (details[].field), each with a message in the current language. Schema
 * errors carry a keyword (problem) that is turned into words; the service's own refusals name one field
 * and their message says what is wrong with it.
 */
export function fieldErrors(err: unknown, lang: Lang, t: TFunction): Map<string, string> {
  const out = new Map<string, string>();
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return out;
  const details = err.details as DetailItem[];
  for (const d of details) {
    if (typeof d !== 'object' || d === null || typeof d.field !== 'string') continue;
    let field = d.field.replace(/^body\.?/, '');
    if (d.problem === 'required' && typeof d.missingProperty === 'string') field = field ? `${field}.${d.missingProperty}` : d.missingProperty;
    if (!field) continue;
    let text: string;
    if (typeof d.problem === 'string') {
      const limit = typeof d.limit === 'number' ? d.limit : undefined;
      if (d.problem === 'minLength' && limit === 1) text = t('validation.empty');
      else if (d.problem === 'pattern' && field.endsWith('name.vi')) text = t('validation.empty');
      // A schema keyword is put into words; a problem a service names itself (a pattern's "syntax", with its own
      // code) is said by the service's message.
      else {
        const serviceText = err.code !== 'VALIDATION_FAILED' ? err.messages[lang] || err.messages.vi : '';
        text = t(`validation.${d.problem}`, { limit, defaultValue: '' }) || serviceText || t('validation.invalid');
      }
    } else {
      text = err.messages[lang] || err.messages.vi;
    }
    if (!out.has(field)) out.set(field, text);
  }
  return out;
}
