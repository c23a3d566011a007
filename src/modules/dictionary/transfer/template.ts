// An approved entity as a CSV template agencies fill in: its columns, and on request one row of examples.
import { stringify } from 'csv-stringify/sync';
import type { ResolvedEntity } from '../model.js';

/** A CSV with the entity's columns (and, on request, one row of examples), UTF-8 with a BOM so Excel shows Vietnamese. */
export function entityCsvTemplate(resolved: ResolvedEntity, withExample: boolean): string {
  const header = resolved.attributes.map((a) => a.name);
  const rows: string[][] = [header];
  if (withExample) rows.push(resolved.attributes.map((a) => (a.cardinality === 'many' ? a.element.examples.slice(0, 2).join(';') : (a.element.examples[0] ?? ''))));
  return `\uFEFF${stringify(rows, { record_delimiter: '\r\n' })}`;
}
