// Versioning rules of the dictionary: what a change breaks decides major or minor.
import { canonicalJson } from '../../core/audit.js';
import type { CodeListSpec, ElementSpec, EntitySpec } from './model.js';

export type ChangeKind = 'major' | 'minor' | 'none';

export function bumpVersion(version: string, change: ChangeKind): string {
  const [major = 1, minor = 0] = version.split('.').map(Number);
  if (change === 'major') return `${major + 1}.0`;
  if (change === 'minor') return `${major}.${minor + 1}`;
  return version;
}

/** Compares "1.10" and "1.9" as versions, not as text. */
export function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

/** Field-level differences between two specs; nested lists compare as wholes. */
export function diffFields(before: object | null, after: object): FieldChange[] {
  const old = (before ?? {}) as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const field of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (field === 'name') {
      for (const lang of ['vi', 'en'] as const) {
        const a = (old.name as Record<string, string> | undefined)?.[lang];
        const b = (now.name as Record<string, string> | undefined)?.[lang];
        if (a !== b) changes.push({ field: `name.${lang}`, oldValue: a ?? null, newValue: b ?? null });
      }
      continue;
    }
    const a = old[field];
    const b = now[field];
    if (canonicalJson(a ?? null) !== canonicalJson(b ?? null)) changes.push({ field, oldValue: a ?? null, newValue: b ?? null });
  }
  return changes;
}

const tighter = (before: number | string | undefined, after: number | string | undefined, direction: 'min' | 'max'): boolean => {
  if (after === undefined) return false;
  if (before === undefined) return true;
  if (typeof before === 'number' && typeof after === 'number') return direction === 'min' ? after > before : after < before;
  return direction === 'min' ? String(after) > String(before) : String(after) < String(before);
};

/** A change is major when data valid before may be invalid after (or means something else). */
export function classifyElementChange(before: ElementSpec, after: ElementSpec): ChangeKind {
  if (diffFields(before, after).length === 0) return 'none';
  if (before.dataType !== after.dataType || before.codeList !== after.codeList || before.codeLevel !== after.codeLevel) return 'major';
  if ((before.pattern ?? '') !== (after.pattern ?? '') && after.pattern) return 'major';
  if (tighter(before.minLength, after.minLength, 'min') || tighter(before.maxLength, after.maxLength, 'max')) return 'major';
  if (tighter(before.minimum, after.minimum, 'min') || tighter(before.maximum, after.maximum, 'max')) return 'major';
  return 'minor';
}

export function classifyEntityChange(before: EntitySpec, after: EntitySpec): ChangeKind {
  if (diffFields(before, after).length === 0) return 'none';
  const nameOf = (a: EntitySpec['attributes'][number]) => a.name ?? a.element;
  const old = new Map(before.attributes.map((a) => [nameOf(a), a]));
  const now = new Map(after.attributes.map((a) => [nameOf(a), a]));
  for (const [name, a] of old) {
    const b = now.get(name);
    if (!b || b.element !== a.element || b.cardinality !== a.cardinality || (b.required && !a.required)) return 'major';
  }
  for (const [name, b] of now) if (!old.has(name) && b.required) return 'major';
  const relationKey = (r: EntitySpec['relations'][number]) => `${r.kind}:${r.target}:${r.cardinality}`;
  const relationsNow = new Set(after.relations.map(relationKey));
  if (before.relations.some((r) => !relationsNow.has(relationKey(r)))) return 'major';
  // A new rule across fields can make valid data invalid.
  const ruleKey = (r: NonNullable<EntitySpec['rules']>[number]) => `${r.kind}:${r.field}:${r.within}`;
  const rulesBefore = new Set((before.rules ?? []).map(ruleKey));
  if ((after.rules ?? []).some((r) => !rulesBefore.has(ruleKey(r)))) return 'major';
  return 'minor';
}

export function classifyCodeListChange(before: CodeListSpec, after: CodeListSpec): ChangeKind {
  if (diffFields(before, after).length === 0) return 'none';
  return canonicalJson(before.levels) !== canonicalJson(after.levels) ? 'major' : 'minor';
}
