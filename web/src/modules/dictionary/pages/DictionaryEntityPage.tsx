import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { download } from '../../../api/client';
import type { DataElement, DataEntity, DictionaryRecord, Page } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { ErrorBox, LiveMessage } from '../../../kit/feedback';
import { DataTable } from '../../../kit/table';
import { SectionLinks } from '../../../kit/SectionLinks';
import { ClassificationBadge, GovStatusBadge, OtherName, OwnerFact } from '../components/badges';
import { ChangeLog, UsageList, useRefreshHistory, VersionList } from '../components/history';
import { GovernancePanel } from '../components/GovernancePanel';
import { useArrivalMessage } from '../useArrivalMessage';
import { DictionaryObjectShell } from '../components/shells';
import { dictionaryApi, dictionaryPath } from '../paths';
import { useLang } from '../../../kit/text';
import { useApiQuery } from '../../../kit/query';

export function DictionaryEntityPage() {
  const { code = '' } = useParams();
  return <DictionaryObjectShell<DataEntity> kind="entity" code={code} detail={(data, { setData }) => <EntityDetail key={data.id} entity={data} onChanged={(record) => setData(record as DataEntity)} />} />;
}

function EntityDetail({ entity, onChanged }: { entity: DataEntity; onChanged: (record: DictionaryRecord) => void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { user } = useAuth();
  const [arrival] = useArrivalMessage();
  const [message, setMessage] = useState<string | null>(arrival);
  const refreshHistory = useRefreshHistory('entity', entity.code);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const elements = useApiQuery<Page<DataElement>>(dictionaryApi('element'), { limit: 500 });
  const byCode = useMemo(() => new Map((elements.data?.items ?? []).map((e) => [e.code, e] as [string, DataElement])), [elements.data]);
  const entities = useApiQuery<Page<DataEntity>>(dictionaryApi('entity'), { limit: 500 });
  const entityName = (code: string) => {
    const e = entities.data?.items.find((x) => x.code === code);
    return e ? pick(e.name) : code;
  };
  const caption = t('dictionary.attributesCaption', { code: entity.code });
  const approved = entity.approvedVersion !== null && entity.status !== 'deprecated';

  const save = async (kind: 'schema' | 'template') => {
    setDownloadError(null);
    setDownloading(kind);
    try {
      const base = dictionaryApi('entity', entity.code);
      const name =
        kind === 'schema' ? await download(`${base}/schema.json`, `${entity.code}.schema.json`) : await download(`${base}/template.csv`, `${entity.code}-mau.csv`, { example: true });
      setMessage(t('dictionary.downloaded', { name }));
    } catch (err) {
      setDownloadError(err);
    } finally {
      setDownloading(null);
    }
  };

  return (
    <>
      <div className="badge-row">
        <GovStatusBadge status={entity.status} />
        <span className="kind-tag">{t('dictionary.versionN', { version: entity.version })}</span>
        <span className="kind-tag">{t('dictionary.attributeCount', { count: entity.attributes.length })}</span>
      </div>
      <OtherName name={entity.name} />
      <LiveMessage message={message} />
      <SectionLinks
        label={t('dictionary.sectionsLabel')}
        items={[
          { id: 'attributes-title', label: t('dictionary.attributesTitle') },
          { id: 'relations-title', label: t('dictionary.relationsTitle') },
          { id: 'governance-title', label: t('dictionary.governanceTitle') },
          ...(user ? [{ id: 'changes-title', label: t('dictionary.changesTitle') }] : []),
          { id: 'versions-title', label: t('dictionary.versionsTitle') },
        ]}
      />
      <section className="section" aria-labelledby="definition-title">
        <h2 id="definition-title">{t('dictionary.field.definition')}</h2>
        <p className="prose">{entity.definition}</p>
        <dl className="facts facts-wide">
          <OwnerFact id={entity.ownerAgencyId} />
          <div>
            <dt>{t('dictionary.field.steward')}</dt>
            <dd>{entity.steward || '—'}</dd>
          </div>
        </dl>
      </section>

      <section className="section" aria-labelledby="exchange-title">
        <h2 id="exchange-title">{t('dictionary.exchangeTitle')}</h2>
        {approved ? (
          <>
            <p className="hint">{t('dictionary.exchangeIntro', { version: entity.approvedVersion })}</p>
            <div className="toolbar">
              <button type="button" className="btn btn-secondary" disabled={downloading !== null} onClick={() => void save('schema')}>
                {downloading === 'schema' ? t('dictionary.downloading') : t('dictionary.downloadSchema')}
              </button>
              <button type="button" className="btn btn-secondary" disabled={downloading !== null} onClick={() => void save('template')}>
                {downloading === 'template' ? t('dictionary.downloading') : t('dictionary.downloadTemplate')}
              </button>
              <Link to={`/dictionary/validate?entity=${encodeURIComponent(entity.code)}`} className="btn btn-primary">
                {t('dictionary.validateWithEntity')}
              </Link>
            </div>
            <ErrorBox error={downloadError} />
          </>
        ) : (
          <p className="notice notice-info">{entity.status === 'deprecated' ? t('dictionary.exchangeDeprecated') : t('dictionary.exchangeNotApproved')}</p>
        )}
      </section>

      <section className="section" aria-labelledby="attributes-title">
        <h2 id="attributes-title">{t('dictionary.attributesTitle')}</h2>
        <DataTable label={caption} id="attributes-table" compact caption={caption} columns={[t('dictionary.col.fieldName'), t('dictionary.col.element'), t('dictionary.field.dataType'), t('dictionary.field.classification'), t('dictionary.col.required'), t('dictionary.col.cardinality'), t('dictionary.col.description')]}>
          {entity.attributes.map((a) => {
            const element = byCode.get(a.element);
            return (
              <tr key={a.name ?? a.element}>
                <th scope="row">
                  <code>{a.name ?? a.element}</code>
                </th>
                <td>
                  <Link to={dictionaryPath('element', a.element)}>{element ? pick(element.name) : a.element}</Link>
                  {element?.status === 'deprecated' && (
                    <span className="cell-sub">
                      <GovStatusBadge status="deprecated" />
                    </span>
                  )}
                </td>
                <td>
                  {element ? t(`dictionary.dataType.${element.dataType}`) : '—'}
                  {element?.codeList && (
                    <span className="cell-sub">
                      <Link to={dictionaryPath('code_list', element.codeList)}>
                        <code>{element.codeList}</code>
                      </Link>
                    </span>
                  )}
                </td>
                <td>{element ? <ClassificationBadge classification={element.classification} /> : '—'}</td>
                <td>{a.required ? t('common.yes') : t('common.no')}</td>
                <td>{t(`dictionary.cardinality.${a.cardinality}`)}</td>
                <td className="note-cell">{a.description ?? ''}</td>
              </tr>
            );
          })}
        </DataTable>
      </section>

      <section className="section" aria-labelledby="relations-title">
        <h2 id="relations-title">{t('dictionary.relationsTitle')}</h2>
        {entity.relations.length === 0 ? (
          <p>{t('dictionary.noRelations')}</p>
        ) : (
          <ul className="relation-list" id="entity-relations">
            {entity.relations.map((r, i) => (
              <li key={`${r.kind}-${r.target}-${i}`}>
                <span className="relation-type">{t(`dictionary.relationKind.${r.kind}`)}</span>{' '}
                <Link to={dictionaryPath('entity', r.target)}>
                  <code>{r.target}</code> — {entityName(r.target)}
                </Link>{' '}
                <span className="muted">({t(`dictionary.cardinality.${r.cardinality}`)})</span>
                {r.description && <span className="muted"> — {r.description}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <GovernancePanel
        kind="entity"
        record={entity}
        editPath={`${dictionaryPath('entity', entity.code)}/edit`}
        onChanged={(record, text) => {
          setMessage(text);
          refreshHistory();
          onChanged(record);
        }}
      />
      {user && <ChangeLog kind="entity" code={entity.code} />}
      <VersionList kind="entity" code={entity.code} />
      {user && <UsageList kind="entity" code={entity.code} />}
    </>
  );
}
