import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { upload } from '../../../api/client';
import type { CodeItem, CodeList, DictionaryRecord, ItemsSaved, Page } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { ErrorBox, LiveMessage, Loading } from '../../../kit/feedback';
import { Pager, TableWrap } from '../../../kit/table';
import { useSearchText, ClearFilters, useUrlFilters } from '../../../kit/filters';
import { SectionLinks } from '../../../kit/SectionLinks';
import { GovStatusBadge, OtherName, OwnerFact } from '../components/badges';
import { ChangeLog, UsageList, useRefreshHistory, VersionList } from '../components/history';
import { GovernancePanel } from '../components/GovernancePanel';
import { useArrivalMessage } from '../useArrivalMessage';
import { DictionaryObjectShell } from '../components/shells';
import { canEditObject } from '../access';
import { dictionaryApi, dictionaryPath } from '../paths';
import { fileContentType } from '../format';
import { formatDate, formatNumber, useLang } from '../../../kit/text';
import { useApiQuery, useApiQueryIf } from '../../../kit/query';
import { FileImportForm } from '../components/FileImportForm';

const PAGE_SIZE = 50;

export function DictionaryCodeListPage() {
  const { code = '' } = useParams();
  return <DictionaryObjectShell<CodeList> kind="code_list" code={code} detail={(data, { setData, reload }) => <CodeListDetail key={data.id} list={data} onChanged={(record) => setData(record as CodeList)} reload={reload} />} />;
}

function CodeListDetail({ list, onChanged, reload }: { list: CodeList; onChanged: (record: DictionaryRecord) => void; reload: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { user } = useAuth();
  const [arrival] = useArrivalMessage();
  const [message, setMessage] = useState<string | null>(arrival);
  const refreshHistory = useRefreshHistory('code_list', list.code);
  const editable = canEditObject(user, list.ownerAgencyId) && list.status !== 'deprecated';

  return (
    <>
      <div className="badge-row">
        <GovStatusBadge status={list.status} />
        <span className="kind-tag">{t('dictionary.versionN', { version: list.version })}</span>
        <span className="kind-tag">{t('dictionary.itemCount', { count: list.itemCount, formatted: formatNumber(list.itemCount, lang) })}</span>
      </div>
      <OtherName name={list.name} />
      <LiveMessage message={message} />
      <SectionLinks
        label={t('dictionary.sectionsLabel')}
        items={[
          { id: 'items-title', label: t('dictionary.itemsTitle') },
          { id: 'governance-title', label: t('dictionary.governanceTitle') },
          ...(user ? [{ id: 'changes-title', label: t('dictionary.changesTitle') }] : []),
          { id: 'versions-title', label: t('dictionary.versionsTitle') },
        ]}
      />
      <section className="section" aria-labelledby="definition-title">
        <h2 id="definition-title">{t('dictionary.field.definition')}</h2>
        <p className="prose">{list.definition}</p>
        <dl className="facts facts-wide">
          <OwnerFact id={list.ownerAgencyId} />
          <div>
            <dt>{t('dictionary.field.source')}</dt>
            <dd>{list.source || '—'}</dd>
          </div>
          <div>
            <dt>{t('dictionary.field.levels')}</dt>
            <dd>{list.levels.length ? list.levels.map((l, i) => `${i + 1}. ${l}`).join('; ') : t('dictionary.flatList')}</dd>
          </div>
        </dl>
      </section>
      <Items list={list} />
      {editable && (
        <ItemImport
          list={list}
          onImported={(result) => {
            setMessage(t('dictionary.itemsImported', { ...result }));
            refreshHistory();
            reload();
          }}
        />
      )}
      <GovernancePanel
        kind="code_list"
        record={list}
        editPath={`${dictionaryPath('code_list', list.code)}/edit`}
        onChanged={(record, text) => {
          setMessage(text);
          refreshHistory();
          onChanged(record);
        }}
      />
      {user && <ChangeLog kind="code_list" code={list.code} />}
      <VersionList kind="code_list" code={list.code} />
      {user && <UsageList kind="code_list" code={list.code} />}
    </>
  );
}

/** The items: looked up by code or name (diacritics ignored), by level and by parent, a page at a time. */
function Items({ list }: { list: CodeList }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { value, offset, update, clear } = useUrlFilters();
  const q = value('q');
  const level = value('level');
  const parent = value('parent');
  const [text, setText] = useSearchText(q, (value) => update({ q: value }));
  const hierarchical = list.levels.length > 1;
  // The top level, to choose a parent from (34 provinces for the administrative units).
  const tops = useApiQueryIf<Page<CodeItem>>(hierarchical, `${dictionaryApi('code_list', list.code)}/items`, { level: 1, limit: 500 });
  const topName = useMemo(() => new Map((tops.data?.items ?? []).map((i) => [i.code, i] as [string, CodeItem])), [tops.data]);

  const items = useApiQuery<Page<CodeItem>>(`${dictionaryApi('code_list', list.code)}/items`, { q, level, parent, limit: PAGE_SIZE, offset });
  const filtered = Boolean(q || level || parent);
  const caption = t('dictionary.itemsCaption', { name: pick(list.name) });

  return (
    <section className="section" aria-labelledby="items-title">
      <h2 id="items-title">{t('dictionary.itemsTitle')}</h2>
      <form className="filters" role="search" aria-label={t('dictionary.itemsFilters')} onSubmit={(event) => event.preventDefault()}>
        <div className="field field-grow">
          <label htmlFor="i-q">{t('dictionary.itemSearch')}</label>
          <input id="i-q" type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder={t('dictionary.itemSearchPlaceholder')} autoComplete="off" />
        </div>
        {hierarchical && (
          <>
            <div className="field">
              <label htmlFor="i-level">{t('dictionary.itemLevel')}</label>
              <select id="i-level" value={level} onChange={(event) => update({ level: event.target.value })}>
                <option value="">{t('common.all')}</option>
                {list.levels.map((name, i) => (
                  <option key={name} value={String(i + 1)}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="i-parent">{t('dictionary.itemParent', { level: list.levels[0] ?? '' })}</label>
              <select id="i-parent" value={parent} onChange={(event) => update({ parent: event.target.value, level: event.target.value ? '' : level })}>
                <option value="">{t('common.all')}</option>
                {(tops.data?.items ?? []).map((i) => (
                  <option key={i.code} value={i.code}>
                    {pick(i.name)} ({i.code})
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <ClearFilters disabled={!filtered} onClear={() => { setText(''); clear(); }} />
      </form>
      <p className="result-count" role="status" aria-live="polite">
        {items.loading ? t('common.loading') : items.data ? t('dictionary.itemsCount', { count: items.data.total, formatted: formatNumber(items.data.total, lang) }) : ''}
      </p>
      <ErrorBox error={items.error} />
      {items.loading && !items.data && <Loading />}
      {items.data && items.data.items.length > 0 && (
        <TableWrap label={caption}>
          <table className="table table-compact" id="items-table" aria-busy={items.loading}>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dictionary.col.code')}</th>
                <th scope="col">{t('dictionary.col.name')}</th>
                <th scope="col">{t('dictionary.col.nameOther')}</th>
                {hierarchical && <th scope="col">{t('dictionary.itemLevel')}</th>}
                {hierarchical && <th scope="col">{t('dictionary.col.parent')}</th>}
                <th scope="col">{t('dictionary.col.validity')}</th>
              </tr>
            </thead>
            <tbody>
              {items.data.items.map((i) => {
                const up = i.parent ? topName.get(i.parent) : undefined;
                return (
                  <tr key={i.code}>
                    <td>
                      <code>{i.code}</code>
                    </td>
                    <th scope="row">{pick(i.name)}</th>
                    <td lang={lang === 'vi' ? 'en' : 'vi'}>{lang === 'vi' ? i.name.en : i.name.vi}</td>
                    {hierarchical && <td>{list.levels[i.level - 1] ?? i.level}</td>}
                    {hierarchical && <td>{i.parent ? `${up ? pick(up.name) : ''} (${i.parent})`.trim() : '—'}</td>}
                    <td className="nowrap">
                      {i.validFrom || i.validTo ? `${i.validFrom ? formatDate(i.validFrom, lang) : '…'} – ${i.validTo ? formatDate(i.validTo, lang) : '…'}` : '—'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {items.data && items.data.items.length === 0 && <p className="notice notice-info">{filtered ? t('dictionary.noItemsFiltered') : t('dictionary.noItems')}</p>}
      {items.data && <Pager total={items.data.total} limit={PAGE_SIZE} offset={offset} onChange={(o) => update({ offset: o ? String(o) : '' })} label={t('dictionary.itemsPager')} />}
    </section>
  );
}

function ItemImport({ list, onImported }: { list: CodeList; onImported: (result: ItemsSaved) => void }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="items-import-title">
      <h2 id="items-import-title">{t('dictionary.importItemsTitle')}</h2>
      <p className="hint">{t('dictionary.importItemsHint')}</p>
      <FileImportForm
        inputId="items-file"
        errorsId="items-import-errors"
        send={async (file) => onImported(await upload<ItemsSaved>(`${dictionaryApi('code_list', list.code)}/items/import`, file, fileContentType(file)))}
      />
    </section>
  );
}
