import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import type { Page, RegistrationRequest, SystemRecord } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { Breadcrumb } from '../../../kit/Breadcrumb';
import { AccessDenied, ErrorBox, LiveMessage, Loading } from '../../../kit/feedback';
import { useTitle } from '../../../kit/useTitle';
import { ComplianceBadge, KindTag, LifecycleBadge, RecordStatusBadge, UnapprovedChangesBadge } from '../components/badges';
import { SectionLinks } from '../../../kit/SectionLinks';
import { useAgencyMap, agencyLabel } from '../../framework/agencies';
import { canEditSystem, canSeeRequests } from '../access';
import { systemPath } from '../paths';
import { formatDateTime, useLang } from '../../../kit/text';
import { useApiQueryIf, useInvalidate } from '../../../kit/query';
import { Overview } from '../system/Overview';
import { ComponentsSection } from '../system/ComponentsSection';
import { ComplianceSection } from '../system/ComplianceSection';
import { RelationsSection } from '../system/RelationsSection';
import { RequestsSection } from '../system/RequestsSection';
import { VersionsSection } from '../system/VersionsSection';
import { DetailsSection } from '../system/DetailsSection';

export function SystemPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  // A message handed over by the form is shown once: a reload or a later visit must not repeat it.
  const [arrival] = useState(() => ({ code, message: (location.state as { message?: string } | null)?.message ?? null }));
  useEffect(() => {
    if (location.state) navigate(location.pathname + location.search, { replace: true, state: null });
  }, [location.state]);
  const system = useApiQueryIf<SystemRecord>(Boolean(user), `/api/v1/registry/systems/${encodeURIComponent(code)}`);
  const data = system.data;
  useTitle(data ? `${data.code} — ${data.name.vi}` : t('system.title', { code }));
  const notFound = system.error instanceof ApiError && system.error.status === 404;

  return (
    <div className="page">
      <Breadcrumb trail={[{ to: '/registry', label: t('registry.title') }]} current={code} />
      <h1>
        {data ? (
          <>
            <span className="task-code">{data.code}</span> {data.name.vi}
          </>
        ) : (
          t('system.title', { code })
        )}
      </h1>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <AccessDenied reason="login" />
      ) : (
        <>
          {system.loading && !data && <Loading />}
          {notFound ? (
            <p className="notice notice-warning" role="alert">
              {t('system.notFound', { code })}
            </p>
          ) : (
            <ErrorBox error={system.error} />
          )}
          {data && <SystemDetail key={data.id} system={data} arrival={arrival.code === code ? arrival.message : null} reload={system.reload} />}
        </>
      )}
    </div>
  );
}

function SystemDetail({ system, arrival, reload }: { system: SystemRecord; arrival: string | null; reload: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { user } = useAuth();
  const agencyMap = useAgencyMap();
  const editable = canEditSystem(user, system.ownerAgencyId);
  const [message, setMessage] = useState<string | null>(arrival);
  // Everything that depends on the record's state is fetched again after a change: its findings, relations, graph,
  // versions and requests, and the other systems' relations that point to it.
  const invalidate = useInvalidate();
  const changed = (text: string | null) => {
    if (text) setMessage(text);
    void invalidate('/api/v1/registry');
    reload();
  };
  const showRequests = canSeeRequests(user);
  const requests = useApiQueryIf<Page<RegistrationRequest>>(showRequests, '/api/v1/registry/requests', { system: system.id, limit: 100 }, { version: system.status });
  const lastDecided = (requests.data?.items ?? []).find((r) => r.status !== 'pending');
  const decisionShown = (system.status === 'returned' || system.status === 'rejected') && lastDecided?.decisionComment ? lastDecided : undefined;

  return (
    <>
      <div className="badge-row">
        <KindTag kind={system.kind} />
        <RecordStatusBadge status={system.status} />
        <UnapprovedChangesBadge system={system} />
        <LifecycleBadge lifecycle={system.lifecycle} />
        <ComplianceBadge compliance={system.compliance} />
        {!system.verified && <span className="unverified">{t('registry.unverified')}</span>}
      </div>
      {system.name.en && (
        <p className="lead-text" lang="en">
          {system.name.en}
        </p>
      )}
      <LiveMessage message={message} />
      {decisionShown && (
        <div className={system.status === 'rejected' ? 'notice notice-error decision-box' : 'notice notice-warning decision-box'} id="decision-comment">
          <p>
            <strong>{t(`system.decided.${system.status}`, { type: t(`requestType.${decisionShown.type}`) })}</strong>
          </p>
          <blockquote className="decision-comment">{decisionShown.decisionComment}</blockquote>
          <p className="muted">{t('system.decidedBy', { name: decisionShown.decidedByLabel ?? '', date: formatDateTime(decisionShown.decidedAt, lang) })}</p>
          {editable && <p>{t(`system.decidedNext.${system.status}`)}</p>}
        </div>
      )}
      <div className="toolbar">
        {editable && system.status !== 'pending' && (
          <Link to={`${systemPath(system.code)}/edit`} className="btn btn-primary">
            {t('system.edit')}
          </Link>
        )}
        {editable && system.status === 'pending' && <p className="hint">{t('system.editPending')}</p>}
      </div>

      <SectionLinks
        label={t('system.sectionsLabel')}
        items={[
          { id: 'compliance-title', label: t('system.complianceTitle') },
          { id: 'relations-title', label: t('system.relationsTitle') },
          { id: 'requests-title', label: t('system.requestsTitle') },
          { id: 'versions-title', label: t('system.versionsTitle') },
          { id: 'details-title', label: t('system.detailsTitle') },
        ]}
      />
      <Overview system={system} />
      <ComponentsSection system={system} />

      <ComplianceSection system={system} />
      <RelationsSection system={system} editable={editable} onChanged={changed} />
      <RequestsSection system={system} editable={editable} requests={showRequests ? requests : null} onChanged={changed} />
      <VersionsSection system={system} />
      <DetailsSection system={system} agencyName={(id) => agencyLabel(agencyMap.get(id), id, lang)} />
    </>
  );
}
