import { useTranslation } from 'react-i18next';
import type { DictionaryRowError } from '../../../api/types';
import { useLang } from '../../../kit/text';
import { TableWrap } from '../../../kit/table';

/** The rows a refused import names: row, field, value, message. */
export function ImportErrors({ errors, id }: { errors: DictionaryRowError[]; id: string }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  if (errors.length === 0) return null;
  const caption = t('dictionary.importErrorsCaption', { count: errors.length });
  return (
    <TableWrap label={caption}>
      <table className="table table-compact" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('dictionary.col.row')}
            </th>
            <th scope="col">{t('dictionary.col.field')}</th>
            <th scope="col">{t('dictionary.col.value')}</th>
            <th scope="col">{t('dictionary.col.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={`${e.row}-${e.field ?? ''}-${i}`}>
              <td className="num">{e.row}</td>
              <td>{e.field ? <code>{e.field}</code> : '—'}</td>
              <td className="cell-path">{e.value ? <code>{e.value}</code> : '—'}</td>
              <td>{pick(e.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
