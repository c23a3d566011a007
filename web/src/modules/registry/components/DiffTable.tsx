import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../../api/types';
import { fieldLabel } from '../fields';
import { TableWrap } from '../../../kit/table';

/** Field, before, after: what changed between two versions of a record. */
export function DiffTable({ diff, value, caption, id }: { diff: { from: number; to: number; changes: FieldChange[] }; value: (field: string, v: unknown) => string; caption: string; id?: string }) {
  const { t } = useTranslation();
  return (
    <TableWrap label={caption}>
      <table className="table table-compact diff-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('system.diffField')}</th>
            <th scope="col">{t('system.diffBefore', { version: diff.from })}</th>
            <th scope="col">{t('system.diffAfter', { version: diff.to })}</th>
          </tr>
        </thead>
        <tbody>
          {diff.changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">{fieldLabel(c.field, t)}</th>
              <td className="diff-before">{value(c.field, c.before)}</td>
              <td className="diff-after">{value(c.field, c.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
