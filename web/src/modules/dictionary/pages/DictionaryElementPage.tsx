import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { DataElement, DictionaryRecord } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { LiveMessage } from '../../../kit/feedback';
import { SectionLinks } from '../../../kit/SectionLinks';
import { AgencyName, ClassificationBadge, GovStatusBadge, OtherName } from '../components/badges';
import { ChangeLog, UsageList, useRefreshHistory, VersionList } from '../components/history';
import { GovernancePanel } from '../components/GovernancePanel';
import { useArrivalMessage } from '../useArrivalMessage';
import { DictionaryObjectShell } from '../components/shells';
import { dictionaryApi, dictionaryPath } from '../paths';
import { agencyPath } from '../../framework/agencies';
import { useLang } from '../../../kit/text';
import { useLoaded, apiKey } from '../../../kit/query';
import { ElementHolders } from '../../catalogue/components/ElementHolders';

export function DictionaryElementPage() {
  const { code = '' } = useParams();
  return <DictionaryObjectShell<DataElement> kind="element" code={code} detail={(data, { setData }) => <ElementDetail key={data.id} element={data} onChanged={(record) => setData(record as DataElement)} />} />;
}

function ElementDetail({ element, onChanged }: { element: DataElement; onChanged: (record: DictionaryRecord) => void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { user } = useAuth();
  const [arrival] = useArrivalMessage();
  const [message, setMessage] = useState<string | null>(arrival);
  const refreshHistory = useRefreshHistory('element', element.code);
  const codeListApi = element.codeList ? dictionaryApi('code_list', element.codeList) : null;
  // A code list the visitor may not read (a draft, for an anonymous visitor) is simply not linked.
  const codeList = useLoaded([...apiKey(codeListApi ?? 'none'), 'if-readable'], (signal) =>
    codeListApi ? api<DictionaryRecord & { levels: string[] }>(codeListApi, { signal }).catch(() => null) : Promise.resolve(null),
  );
  const levelName = element.codeLevel ? codeList.data?.levels[element.codeLevel - 1] : undefined;

  const range = (min: number | string | undefined, max: number | string | undefined): string | null => {
    if (min === undefined && max === undefined) return null;
    if (min !== undefined && max !== undefined && String(min) === String(max)) return t('dictionary.exactly', { value: String(min) });
    if (min !== undefined && max !== undefined) return t('dictionary.between', { min: String(min), max: String(max) });
    if (min !== undefined) return t('dictionary.atLeast', { min: String(min) });
    return t('dictionary.atMost', { max: String(max) });
  };
  const lengths = range(element.minLength, element.maxLength);
  const values = range(element.minimum, element.maximum);
  const facts: { key: string; label: string; value: ReactNode }[] = [
    { key: 'dataType', label: t('dictionary.field.dataType'), value: t(`dictionary.dataType.${element.dataType}`) },
    ...(element.pattern ? [{ key: 'pattern', label: t('dictionary.field.pattern'), value: <code className="pattern">{element.pattern}</code> }] : []),
    ...(element.format ? [{ key: 'format', label: t('dictionary.field.format'), value: element.format }] : []),
    ...(lengths ? [{ key: 'length', label: t('dictionary.length'), value: t('dictionary.lengthChars', { range: lengths }) }] : []),
    ...(values ? [{ key: 'range', label: t('dictionary.range'), value: values }] : []),
    ...(element.codeList
      ? [
          {
            key: 'codeList',
            label: t('dictionary.field.codeList'),
            value: (
              <>
                <Link to={dictionaryPath('code_list', element.codeList)}>{codeList.data ? pick(codeList.data.name) : element.codeList}</Link>
                {element.codeLevel && <span className="muted"> ({levelName ?? t('dictionary.levelN', { n: element.codeLevel })})</span>}
              </>
            ),
          },
        ]
      : []),
    {
      key: 'classification',
      label: t('dictionary.field.classification'),
      value: (
        <>
          <ClassificationBadge classification={element.classification} />
          <span className="hint block">{t(`dictionary.classificationHint.${element.classification}`)}</span>
        </>
      ),
    },
    {
      key: 'owner',
      label: t('dictionary.field.ownerAgencyId'),
      value: (
        <Link to={agencyPath(element.ownerAgencyId)}>
          <AgencyName id={element.ownerAgencyId} />
        </Link>
      ),
    },
    { key: 'steward', label: t('dictionary.field.steward'), value: element.steward || '—' },
    { key: 'synonyms', label: t('dictionary.field.synonyms'), value: element.synonyms.length ? element.synonyms.join('; ') : '—' },
    { key: 'externalRef', label: t('dictionary.field.externalRef'), value: element.externalRef ? <code>{element.externalRef}</code> : '—' },
  ];

  return (
    <>
      <div className="badge-row">
        <GovStatusBadge status={element.status} />
        <ClassificationBadge classification={element.classification} />
        <span className="kind-tag">{t(`dictionary.dataType.${element.dataType}`)}</span>
        <span className="kind-tag">{t('dictionary.versionN', { version: element.version })}</span>
      </div>
      <OtherName name={element.name} />
      <LiveMessage message={message} />
      {user && (
        <SectionLinks
          label={t('dictionary.sectionsLabel')}
          items={[
            { id: 'governance-title', label: t('dictionary.governanceTitle') },
            { id: 'changes-title', label: t('dictionary.changesTitle') },
            { id: 'versions-title', label: t('dictionary.versionsTitle') },
            { id: 'usages-title', label: t('dictionary.usagesTitle') },
            { id: 'holders-title', label: t('catalogue.holders') },
          ]}
        />
      )}
      <section className="section" aria-labelledby="definition-title">
        <h2 id="definition-title">{t('dictionary.field.definition')}</h2>
        <p className="prose">{element.definition}</p>
      </section>
      <dl className="facts facts-wide" id="element-facts">
        {facts.map((f) => (
          <div key={f.key}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {element.examples.length > 0 && (
        <section className="section" aria-labelledby="examples-title">
          <h2 id="examples-title">{t('dictionary.field.examples')}</h2>
          <ul className="examples">
            {element.examples.map((e, i) => (
              <li key={i}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <GovernancePanel
        kind="element"
        record={element}
        editPath={`${dictionaryPath('element', element.code)}/edit`}
        onChanged={(record, text) => {
          setMessage(text);
          refreshHistory();
          onChanged(record);
        }}
      />
      {user && <ChangeLog kind="element" code={element.code} />}
      <VersionList kind="element" code={element.code} />
      {user && <UsageList kind="element" code={element.code} />}
      <ElementHolders code={element.code} />
    </>
  );
}
