import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { CodeList, CodeListSpec } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { DictionaryFormShell } from '../components/shells';
import { AgencySelect } from '../../framework/components/AgencySelect';
import { ErrorBox } from '../../../kit/feedback';
import { useTitle } from '../../../kit/useTitle';
import { CODE_PATTERN, dictFieldId, splitList } from '../format';
import { dictionaryApi, dictionaryPath } from '../paths';
import { fieldErrors } from '../../../kit/form/fieldErrors';
import { useLang } from '../../../kit/text';
import { useAgencies } from '../../framework/data';
import { ownerAgencyFixed } from '../../framework/access';
import { ConflictReload } from '../../../kit/form/conflict';

export function DictionaryCodeListFormPage({ mode }: { mode: 'new' | 'edit' }) {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const title = mode === 'new' ? t('dictionary.form.newCodeList') : t('dictionary.form.editCodeList', { code });
  useTitle(title);
  return <DictionaryFormShell<CodeList> kind="code_list" mode={mode} code={code} title={title} listPath="/dictionary?tab=code-lists" form={(record) => <CodeListForm record={record} />} />;
}

/** A code list's own facts; its items are added on the list's page (one by one from a file, or by the API). */
function CodeListForm({ record }: { record: CodeList | null }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { user } = useAuth();
  const navigate = useNavigate();
  const officer = ownerAgencyFixed(user, 'dictionary.object.edit');
  const agencies = useAgencies();
  const [code, setCode] = useState(record?.code ?? '');
  const [nameVi, setNameVi] = useState(record?.name.vi ?? '');
  const [nameEn, setNameEn] = useState(record?.name.en ?? '');
  const [definition, setDefinition] = useState(record?.definition ?? '');
  const [owner, setOwner] = useState(record?.ownerAgencyId ?? (officer ? (user?.agencyId ?? '') : ''));
  const [source, setSource] = useState(record?.source ?? '');
  const [levels, setLevels] = useState((record?.levels ?? []).join('\n'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const serverErrors = useMemo(() => fieldErrors(error, lang, t), [error, lang, t]);

  const errorOf = (path: string, local?: string | null) => {
    const text = local ?? serverErrors.get(path);
    return text ? (
      <p className="field-error" id={`${dictFieldId(path)}-error`}>
        {text}
      </p>
    ) : null;
  };
  const invalid = (path: string, local?: string | null) => (local ?? serverErrors.get(path) ? { 'aria-invalid': true, 'aria-describedby': `${dictFieldId(path)}-error` } : {});

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!record && !CODE_PATTERN.test(code.trim())) {
      setCodeError(t('dictionary.form.codeInvalid'));
      document.getElementById(dictFieldId('code'))?.focus();
      return;
    }
    setCodeError(null);
    const spec: CodeListSpec = {
      code: record?.code ?? code.trim(),
      name: { vi: nameVi.trim(), en: nameEn.trim() },
      definition: definition.trim(),
      ownerAgencyId: owner,
      ...(source.trim() ? { source: source.trim() } : {}),
      levels: splitList(levels, /\r?\n/),
    };
    setBusy(true);
    setError(null);
    try {
      const saved = record
        ? await api<CodeList>(dictionaryApi('code_list', record.code), { method: 'PUT', body: spec, ifMatch: record.revision })
        : await api<CodeList>(dictionaryApi('code_list'), { method: 'POST', body: spec });
      const message = record
        ? t('dictionary.form.updated', { code: saved.code, version: saved.version, status: t(`dictionary.status.${saved.status}`) })
        : t('dictionary.form.created', { code: saved.code });
      navigate(dictionaryPath('code_list', saved.code), { state: { message } });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <p className="hint">{t('dictionary.form.codeListIntro')}</p>
      <ErrorBox error={error} />
      <ConflictReload error={error} />
      <div className="field">
        <label htmlFor={dictFieldId('code')}>{t('dictionary.field.code')}</label>
        <input id={dictFieldId('code')} type="text" value={code} onChange={(e) => setCode(e.target.value)} readOnly={Boolean(record)} required maxLength={64} autoComplete="off" spellCheck={false} {...invalid('code', codeError)} />
        {errorOf('code', codeError)}
      </div>
      <div className="field">
        <label htmlFor={dictFieldId('name.vi')}>{t('dictionary.field.nameVi')}</label>
        <input id={dictFieldId('name.vi')} type="text" value={nameVi} onChange={(e) => setNameVi(e.target.value)} required maxLength={300} {...invalid('name.vi')} />
        {errorOf('name.vi')}
      </div>
      <div className="field">
        <label htmlFor={dictFieldId('name.en')}>{t('dictionary.field.nameEn')}</label>
        <input id={dictFieldId('name.en')} type="text" value={nameEn} onChange={(e) => setNameEn(e.target.value)} required maxLength={300} lang="en" {...invalid('name.en')} />
        {errorOf('name.en')}
      </div>
      <div className="field">
        <label htmlFor={dictFieldId('definition')}>{t('dictionary.field.definition')}</label>
        <textarea id={dictFieldId('definition')} value={definition} onChange={(e) => setDefinition(e.target.value)} required maxLength={4000} rows={3} {...invalid('definition')} />
        {errorOf('definition')}
      </div>
      <div className="field">
        <label htmlFor={dictFieldId('ownerAgencyId')}>{t('dictionary.field.ownerAgencyId')}</label>
        <AgencySelect
          id={dictFieldId('ownerAgencyId')}
          value={owner}
          onChange={setOwner}
          agencies={officer ? (agencies.data ?? []).filter((a) => a.id === user?.agencyId) : (agencies.data ?? [])}
          required
          emptyLabel={t('dictionary.form.chooseAgency')}
          invalid={serverErrors.has('ownerAgencyId')}
          describedBy={serverErrors.has('ownerAgencyId') ? `${dictFieldId('ownerAgencyId')}-error` : undefined}
        />
        {errorOf('ownerAgencyId')}
      </div>
      <div className="field">
        <label htmlFor={dictFieldId('source')}>{t('dictionary.field.source')}</label>
        <input id={dictFieldId('source')} type="text" value={source} onChange={(e) => setSource(e.target.value)} maxLength={1000} />
      </div>
      <div className="field">
        <label htmlFor={dictFieldId('levels')}>{t('dictionary.field.levels')}</label>
        <textarea id={dictFieldId('levels')} value={levels} onChange={(e) => setLevels(e.target.value)} rows={3} aria-describedby="df-levels-hint" />
        <p className="hint" id="df-levels-hint">
          {t('dictionary.form.levelsHint')}
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {record ? t('common.save') : t('dictionary.form.createCodeList')}
        </button>
      </div>
    </form>
  );
}
