/**
 * Enum labels come from the modules' own label files, which the server's spreadsheets read too, so the
 * wording of a lifecycle or a status is written once. They are merged into the translations under the
 * same keys the pages use (`lifecycle.in_use`, `status.done`, `auth.vneid`, …).
 */
import registryLabels from '../../../src/modules/registry/labels.json';
import frameworkLabels from '../../../src/modules/framework/labels.json';

type Labels = Record<string, Record<string, { vi: string; en: string }>>;
type Translation = Record<string, unknown>;

/** A label group whose i18n key differs from its name in the label file. */
const KEY_OF_GROUP: Record<string, string> = { authentication: 'auth' };

function groupsIn(lang: 'vi' | 'en', labels: Labels): Translation {
  const out: Translation = {};
  for (const [group, values] of Object.entries(labels)) {
    out[KEY_OF_GROUP[group] ?? group] = Object.fromEntries(Object.entries(values).map(([value, label]) => [value, label[lang]]));
  }
  return out;
}

/** The translation with the enum labels added; a group that shares a key (auth) is merged, not replaced. */
export function withEnumLabels(lang: 'vi' | 'en', translation: Translation): Translation {
  const merged: Translation = { ...translation };
  for (const labels of [registryLabels, frameworkLabels] as Labels[]) {
    for (const [key, values] of Object.entries(groupsIn(lang, labels))) {
      const existing = merged[key];
      merged[key] = typeof existing === 'object' && existing !== null ? { ...existing, ...(values as object) } : values;
    }
  }
  return merged;
}
