// A system's saved versions and the field-by-field differences between two of them.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db.js';
import { errors } from '../../core/errors.js';
import { systemVersions } from './schema.js';
import { getSystemRow } from './systems.js';

export async function listVersions(db: Db, id: string) {
  const row = await getSystemRow(db, id);
  const versions = await db
    .select({ version: systemVersions.version, lifecycle: systemVersions.lifecycle, changeNote: systemVersions.changeNote, authorLabel: systemVersions.authorLabel, createdAt: systemVersions.createdAt })
    .from(systemVersions)
    .where(eq(systemVersions.systemId, row.id))
    .orderBy(desc(systemVersions.version));
  return versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString(), approved: v.version === row.approvedVersion }));
}

export async function getVersion(db: Db, id: string, version: number) {
  const row = await getSystemRow(db, id);
  const [v] = await db.select().from(systemVersions).where(and(eq(systemVersions.systemId, row.id), eq(systemVersions.version, version)));
  if (!v) throw errors.notFound({ vi: 'phiên bản', en: 'version' }, String(version));
  return { version: v.version, data: v.data, changeNote: v.changeNote, authorLabel: v.authorLabel, createdAt: v.createdAt.toISOString() };
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Field-by-field differences between two JSON values, with dotted paths (arrays by index). */
export function diffValues(before: unknown, after: unknown, path = ''): FieldChange[] {
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
  if (isObject(before) && isObject(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = Array.isArray(before)
      ? [...Array(Math.max((before as unknown[]).length, (after as unknown as unknown[]).length)).keys()].map(String)
      : [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffValues((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ field: path, before: before ?? null, after: after ?? null }];
}

export async function diffVersions(db: Db, id: string, from: number, to: number) {
  const [a, b] = await Promise.all([getVersion(db, id, from), getVersion(db, id, to)]);
  return { from, to, changes: diffValues(a.data, b.data) };
}
