import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { SystemRecord } from '../../../api/types';
import { api, ApiError } from '../../../api/client';
import { useAuth } from '../../../kit/auth';
import { Breadcrumb } from '../../../kit/Breadcrumb';
import { AccessDenied, ErrorBox, Loading } from '../../../kit/feedback';
import { useTitle } from '../../../kit/useTitle';
import { FormErrorSummary } from '../../../kit/form/FormErrorSummary';
import { ConflictReload, useConflictMessage } from '../../../kit/form/conflict';
import { useApiQueryIf } from '../../../kit/query';
import { canEditSystem, canRegister } from '../access';
import { fieldLabel } from '../fields';
import { systemPath } from '../paths';
import { changesFrom, inputFrom, targetOf } from '../system-form/model';
import { useSystemForm } from '../system-form/useSystemForm';
import { GeneralSection } from '../system-form/sections/GeneralSection';
import { OwnerSection } from '../system-form/sections/OwnerSection';
import { ArchitectureSection } from '../system-form/sections/ArchitectureSection';
import { LifecycleSection } from '../system-form/sections/LifecycleSection';
import { SecuritySection } from '../system-form/sections/SecuritySection';
import { InfrastructureSection } from '../system-form/sections/InfrastructureSection';
import { ChannelsSection } from '../system-form/sections/ChannelsSection';
import { DataSection } from '../system-form/sections/DataSection';
import { InterfacesSection } from '../system-form/sections/InterfacesSection';
import { DocumentsSection } from '../system-form/sections/DocumentsSection';
import { ownerAgencyFixed } from '../../framework/access';

export function SystemFormPage({ mode }: { mode: 'new' | 'edit' }) {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { user } = useAuth();
  const title = mode === 'new' ? t('systemForm.newTitle') : t('systemForm.editTitle', { code });
  useTitle(title);
  const system = useApiQueryIf<SystemRecord>(mode === 'edit' && Boolean(user), `/api/v1/registry/systems/${encodeURIComponent(code)}`);

  let body: ReactNode;
  if (user === undefined) body = <Loading />;
  else if (user === null) body = <AccessDenied reason="login" />;
  else if (mode === 'new') {
    body = canRegister(user) ? (
      <SystemForm record={null} />
    ) : (
      <div className="notice notice-warning" role="status">
        <p>{t('systemForm.noRightNew')}</p>
      </div>
    );
  } else if (system.loading && !system.data) body = <Loading />;
  else if (system.error) body = <ErrorBox error={system.error} />;
  else if (system.data) {
    const record = system.data;
    if (!canEditSystem(user, record.ownerAgencyId)) {
      body = (
        <div className="notice notice-warning" role="status">
          <p>{t('systemForm.noRightEdit')}</p>
        </div>
      );
    } else if (record.status === 'pending') {
      body = (
        <div className="notice notice-warning" role="status">
          <p>{t('systemForm.pending')}</p>
          <p>
            <Link to={systemPath(record.code)}>{t('systemForm.backToSystem')}</Link>
          </p>
        </div>
      );
    } else body = <SystemForm record={record} />;
  }

  return (
    <div className="page">
      <Breadcrumb
        trail={[{ to: '/registry', label: t('registry.title') }, ...(mode === 'edit' ? [{ to: systemPath(code), label: code }] : [])]}
        current={mode === 'new' ? t('systemForm.newCrumb') : t('common.edit')}
      />
      <h1>{title}</h1>
      {body}
    </div>
  );
}

const SECTIONS = ['general', 'owner', 'architecture', 'lifecycle', 'security', 'infrastructure', 'channels', 'data', 'interfaces', 'documents'] as const;

/** The registration form: its table of contents, the error summary, one component per section, and saving. */
function SystemForm({ record }: { record: SystemRecord | null }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const { form, rows } = useSystemForm(record, user);
  const s = form.state;
  const sectionProps = { form, rows };
  // Someone saved the record after it was loaded: the server refuses the change and says which version is current.
  const conflictMessage = useConflictMessage(form.submitError);

  const save = form.submit(async (state) => {
    let saved: SystemRecord;
    if (record) {
      const changes = changesFrom(record, state);
      if (!changes) {
        form.refuse(new ApiError(400, 'CLIENT', { vi: t('systemForm.noChanges', { lng: 'vi' }), en: t('systemForm.noChanges', { lng: 'en' }) }));
        return;
      }
      saved = await api<SystemRecord>(`/api/v1/registry/systems/${encodeURIComponent(record.id)}`, { method: 'PATCH', body: changes, ifMatch: record.version });
    } else {
      saved = await api<SystemRecord>('/api/v1/registry/systems', { method: 'POST', body: inputFrom(state) });
    }
    navigate(systemPath(saved.code), { state: { message: record ? t('systemForm.updated', { code: saved.code, version: saved.version }) : t('systemForm.created', { code: saved.code }) } });
  });

  return (
    <div className="form-layout">
      <nav className="form-toc" aria-label={t('systemForm.tocLabel')}>
        <h2 className="form-toc-title">{t('systemForm.toc')}</h2>
        <ol>
          {SECTIONS.map((section) => (
            <li key={section}>
              <a
                href={`#sec-${section}`}
                onClick={(event) => {
                  event.preventDefault();
                  const heading = document.getElementById(`sec-${section}`);
                  heading?.scrollIntoView({ block: 'start' });
                  heading?.focus({ preventScroll: true });
                }}
              >
                {t(`systemForm.section.${section}`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <form className="system-form" onSubmit={(event) => void save(event)} noValidate>
        <p className="hint">{t('systemForm.intro')}</p>
        <FormErrorSummary
          anchor={form.summaryRef}
          submitError={form.submitError}
          localErrors={form.localErrors}
          fixErrorsText={t('systemForm.fixErrors')}
          errors={form.errorList}
          label={(path) => fieldLabel(path, t)}
          targetOf={(path) => targetOf(s, path)}
          message={conflictMessage}
        >
          <ConflictReload error={form.submitError} />
        </FormErrorSummary>

        <GeneralSection {...sectionProps} />
        <OwnerSection {...sectionProps} officer={ownerAgencyFixed(user, 'registry.system.edit')} />
        <ArchitectureSection {...sectionProps} initialLayer={record?.layer ?? ''} />
        <LifecycleSection {...sectionProps} />
        <SecuritySection {...sectionProps} />
        <InfrastructureSection {...sectionProps} />
        <ChannelsSection {...sectionProps} />
        <DataSection {...sectionProps} />
        <InterfacesSection {...sectionProps} recordId={record?.id} />
        <DocumentsSection {...sectionProps} />

        <div className="form-footer">
          {record && (
            <div className="field">
              <label htmlFor="sf-change-note">{t('systemForm.changeNote')}</label>
              <textarea id="sf-change-note" rows={2} maxLength={1000} value={s.changeNote} onChange={(e) => form.set('changeNote', e.target.value)} aria-describedby="sf-change-note-hint" />
              <p className="hint" id="sf-change-note-hint">
                {t('systemForm.changeNoteHint')}
              </p>
            </div>
          )}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={form.busy}>
              {form.busy ? t('common.saving') : record ? t('systemForm.saveChanges') : t('systemForm.saveDraft')}
            </button>
            <Link to={record ? systemPath(record.code) : '/registry'} className="btn btn-secondary">
              {t('common.cancel')}
            </Link>
          </div>
          {!record && <p className="hint">{t('systemForm.draftHint')}</p>}
        </div>
      </form>
    </div>
  );
}
