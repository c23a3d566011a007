import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DictionaryFormShell } from '../components/shells';
import { api } from '../../../api/client';
import { CLASSIFICATIONS, DATA_TYPES, type Classification, type CodeList, type DataElement, type DataType, type ElementSpec, type Page } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { useTitle } from '../../../kit/useTitle';
import { FormErrorSummary } from '../../../kit/form/FormErrorSummary';
import { ConflictReload, useConflictMessage } from '../../../kit/form/conflict';
import { Required, useForm } from '../../../kit/form/useForm';
import { CODE_PATTERN, dictFieldId, dictionaryFieldLabel, splitList } from '../format';
import { dictionaryApi, dictionaryPath } from '../paths';
import { useLang } from '../../../kit/text';
import { useApiQuery } from '../../../kit/query';
import { OwnerAgencyField } from '../../framework/components/OwnerAgencyField';
import { ownerAgencyFixed } from '../../framework/access';

interface FormState {
  code: string;
  nameVi: string;
  nameEn: string;
  definition: string;
  dataType: DataType;
  pattern: string;
  format: string;
  minLength: string;
  maxLength: string;
  minimum: string;
  maximum: string;
  codeList: string;
  codeLevel: string;
  classification: Classification;
  ownerAgencyId: string;
  steward: string;
  synonyms: string;
  externalRef: string;
  examples: string;
  changeNote: string;
}

const hasLength = (type: DataType) => type === 'text' || type === 'code';
const hasBounds = (type: DataType) => type === 'integer' || type === 'decimal' || type === 'date' || type === 'datetime';
const numeric = (type: DataType) => type === 'integer' || type === 'decimal';

function stateFrom(record: DataElement | null, ownerAgencyId: string): FormState {
  const text = (v: number | string | undefined) => (v === undefined ? '' : String(v));
  return {
    code: record?.code ?? '',
    nameVi: record?.name.vi ?? '',
    nameEn: record?.name.en ?? '',
    definition: record?.definition ?? '',
    dataType: record?.dataType ?? 'text',
    pattern: record?.pattern ?? '',
    format: record?.format ?? '',
    minLength: text(record?.minLength),
    maxLength: text(record?.maxLength),
    minimum: text(record?.minimum),
    maximum: text(record?.maximum),
    codeList: record?.codeList ?? '',
    codeLevel: text(record?.codeLevel),
    classification: record?.classification ?? 'public',
    ownerAgencyId: record?.ownerAgencyId ?? ownerAgencyId,
    steward: record?.steward ?? '',
    synonyms: (record?.synonyms ?? []).join('\n'),
    externalRef: record?.externalRef ?? '',
    examples: (record?.examples ?? []).join('\n'),
    changeNote: '',
  };
}

const INTEGER = /^\d+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Checks made before sending, keyed by the same field paths as the server's refusals. */
function clientErrors(s: FormState, t: (key: string, options?: Record<string, unknown>) => string): Map<string, string> {
  const out = new Map<string, string>();
  const code = s.code.trim();
  if (!code) out.set('code', t('validation.empty'));
  else if (code.length > 64 || !CODE_PATTERN.test(code)) out.set('code', t('dictionary.form.codeInvalid'));
  if (!s.nameVi.trim()) out.set('name.vi', t('validation.empty'));
  if (!s.nameEn.trim()) out.set('name.en', t('validation.empty'));
  if (!s.definition.trim()) out.set('definition', t('validation.empty'));
  if (!s.ownerAgencyId) out.set('ownerAgencyId', t('dictionary.form.ownerRequired'));
  if (hasLength(s.dataType)) {
    for (const key of ['minLength', 'maxLength'] as const) if (s[key].trim() && !INTEGER.test(s[key].trim())) out.set(key, t('dictionary.form.wholeNumber'));
  }
  if (numeric(s.dataType)) {
    for (const key of ['minimum', 'maximum'] as const) if (s[key].trim() && !NUMBER.test(s[key].trim())) out.set(key, t('dictionary.form.number'));
  }
  if (s.dataType === 'code' && !s.codeList) out.set('codeList', t('dictionary.form.codeListRequired'));
  return out;
}

function specFrom(s: FormState): ElementSpec {
  const opt = <K extends string>(key: K, value: string) => (value.trim() ? ({ [key]: value.trim() } as { [P in K]: string }) : {});
  const int = <K extends string>(key: K, value: string) => (value.trim() ? ({ [key]: Number(value.trim()) } as { [P in K]: number }) : {});
  const bound = <K extends string>(key: K, value: string) => (value.trim() ? ({ [key]: numeric(s.dataType) ? Number(value.trim()) : value.trim() } as { [P in K]: number | string }) : {});
  return {
    code: s.code.trim(),
    name: { vi: s.nameVi.trim(), en: s.nameEn.trim() },
    definition: s.definition.trim(),
    dataType: s.dataType,
    ...(hasLength(s.dataType) ? { ...(s.pattern ? { pattern: s.pattern } : {}), ...int('minLength', s.minLength), ...int('maxLength', s.maxLength) } : {}),
    ...opt('format', s.format),
    ...(hasBounds(s.dataType) ? { ...bound('minimum', s.minimum), ...bound('maximum', s.maximum) } : {}),
    ...(s.dataType === 'code' ? { codeList: s.codeList, ...int('codeLevel', s.codeLevel) } : {}),
    classification: s.classification,
    ownerAgencyId: s.ownerAgencyId,
    ...opt('steward', s.steward),
    synonyms: [...new Set(splitList(s.synonyms))],
    ...opt('externalRef', s.externalRef),
    examples: splitList(s.examples, /\r?\n/),
  };
}

export function DictionaryElementFormPage({ mode }: { mode: 'new' | 'edit' }) {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const title = mode === 'new' ? t('dictionary.form.newElement') : t('dictionary.form.editElement', { code });
  useTitle(title);
  return <DictionaryFormShell<DataElement> kind="element" mode={mode} code={code} title={title} listPath={'/dictionary'} form={(record) => <ElementForm record={record} />} />;
}

function ElementForm({ record }: { record: DataElement | null }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { user } = useAuth();
  const navigate = useNavigate();
  const officer = ownerAgencyFixed(user, 'dictionary.object.edit');
  const form = useForm<FormState>({ initial: () => stateFrom(record, officer ? (user?.agencyId ?? '') : ''), idOf: dictFieldId, validate: (state) => clientErrors(state, t) });
  const { state: s, setState, set, busy, submitError, localErrors, errors, errorList, summaryRef, control, errorOf } = form;
  const lists = useApiQuery<Page<CodeList>>(dictionaryApi('code_list'), { limit: 500 });
  const codeLists = (lists.data?.items ?? []).filter((l) => l.status !== 'deprecated' || l.code === s.codeList);
  const chosenList = codeLists.find((l) => l.code === s.codeList);


  const targetOf = (path: string) => dictFieldId(path.replace(/\.\d+$/, '').replace(/^name$/, 'name.vi'));

  const conflictMessage = useConflictMessage(submitError);
  const submit = form.submit(async (s) => {
    const spec = specFrom(s);
    const saved = record
      ? await api<DataElement>(dictionaryApi('element', record.code), { method: 'PUT', body: { ...spec, ...(s.changeNote.trim() ? { changeNote: s.changeNote.trim() } : {}) }, ifMatch: record.revision })
      : await api<DataElement>(dictionaryApi('element'), { method: 'POST', body: spec });
    const message = record
      ? t('dictionary.form.updated', { code: saved.code, version: saved.version, status: t(`dictionary.status.${saved.status}`) })
      : t('dictionary.form.created', { code: saved.code });
    navigate(dictionaryPath('element', saved.code), { state: { message } });
  });


  return (
    <form className="system-form dictionary-form" onSubmit={(event) => void submit(event)} noValidate>
      <p className="hint">{record ? t('dictionary.form.editIntro') : t('dictionary.form.newIntro')}</p>
      <FormErrorSummary
        anchor={summaryRef}
        submitError={submitError}
        localErrors={localErrors}
        fixErrorsText={t('dictionary.form.fixErrors')}
        errors={errorList}
        label={(path) => dictionaryFieldLabel(path, t)}
        targetOf={targetOf}
        message={conflictMessage}
      >
        <ConflictReload error={submitError} />
      </FormErrorSummary>

      <section className="form-section" aria-labelledby="df-sec-general">
        <h2 id="df-sec-general">{t('dictionary.form.general')}</h2>
        <div className="form-row">
          <div className="field">
            <label htmlFor={dictFieldId('code')}>
              {t('dictionary.field.code')} <Required />
            </label>
            <input
              type="text"
              {...control('code', 'df-code-hint')}
              value={s.code}
              onChange={(e) => set('code', e.target.value)}
              maxLength={64}
              autoComplete="off"
              readOnly={record !== null}
              aria-readonly={record !== null || undefined}
              required
              aria-required="true"
            />
            <p className="hint" id="df-code-hint">
              {record ? t('dictionary.form.codeFixed') : t('dictionary.form.codeHint')}
            </p>
            {errorOf('code')}
          </div>
          <div className="field">
            <label htmlFor={dictFieldId('dataType')}>
              {t('dictionary.field.dataType')} <Required />
            </label>
            <select {...control('dataType', 'df-type-hint')} value={s.dataType} onChange={(e) => set('dataType', e.target.value as DataType)}>
              {DATA_TYPES.map((d) => (
                <option key={d} value={d}>
                  {t(`dictionary.dataType.${d}`)}
                </option>
              ))}
            </select>
            <p className="hint" id="df-type-hint">
              {t(`dictionary.dataTypeHint.${s.dataType}`)}
            </p>
            {errorOf('dataType')}
          </div>
        </div>
        <div className="field">
          <label htmlFor={dictFieldId('name.vi')}>
            {t('dictionary.field.nameVi')} <Required />
          </label>
          <input type="text" {...control('name.vi')} lang="vi" value={s.nameVi} onChange={(e) => set('nameVi', e.target.value)} maxLength={300} required aria-required="true" />
          {errorOf('name.vi')}
        </div>
        <div className="field">
          <label htmlFor={dictFieldId('name.en')}>
            {t('dictionary.field.nameEn')} <Required />
          </label>
          <input type="text" {...control('name.en')} lang="en" value={s.nameEn} onChange={(e) => set('nameEn', e.target.value)} maxLength={300} required aria-required="true" />
          {errorOf('name.en')}
        </div>
        <div className="field">
          <label htmlFor={dictFieldId('definition')}>
            {t('dictionary.field.definition')} <Required />
          </label>
          <textarea {...control('definition', 'df-definition-hint')} rows={4} maxLength={4000} value={s.definition} onChange={(e) => set('definition', e.target.value)} required aria-required="true" />
          <p className="hint" id="df-definition-hint">
            {t('dictionary.form.definitionHint')}
          </p>
          {errorOf('definition')}
        </div>
      </section>

      <section className="form-section" aria-labelledby="df-sec-format">
        <h2 id="df-sec-format">{t('dictionary.form.format')}</h2>
        {hasLength(s.dataType) && (
          <>
            <div className="field">
              <label htmlFor={dictFieldId('pattern')}>{t('dictionary.field.pattern')}</label>
              <input type="text" className="mono" {...control('pattern', 'df-pattern-hint')} value={s.pattern} onChange={(e) => set('pattern', e.target.value)} maxLength={500} autoComplete="off" spellCheck={false} />
              <p className="hint" id="df-pattern-hint">
                {t('dictionary.form.patternHint')}
              </p>
              {errorOf('pattern')}
            </div>
            <div className="form-row">
              <div className="field field-narrow">
                <label htmlFor={dictFieldId('minLength')}>{t('dictionary.field.minLength')}</label>
                <input type="text" inputMode="numeric" {...control('minLength')} value={s.minLength} onChange={(e) => set('minLength', e.target.value)} maxLength={7} />
                {errorOf('minLength')}
              </div>
              <div className="field field-narrow">
                <label htmlFor={dictFieldId('maxLength')}>{t('dictionary.field.maxLength')}</label>
                <input type="text" inputMode="numeric" {...control('maxLength')} value={s.maxLength} onChange={(e) => set('maxLength', e.target.value)} maxLength={7} />
                {errorOf('maxLength')}
              </div>
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor={dictFieldId('format')}>{t('dictionary.field.format')}</label>
          <input type="text" {...control('format', 'df-format-hint')} value={s.format} onChange={(e) => set('format', e.target.value)} maxLength={200} />
          <p className="hint" id="df-format-hint">
            {t('dictionary.form.formatHint')}
          </p>
          {errorOf('format')}
        </div>
        {hasBounds(s.dataType) && (
          <div className="form-row">
            <div className="field">
              <label htmlFor={dictFieldId('minimum')}>{t('dictionary.field.minimum')}</label>
              <input type="text" inputMode={numeric(s.dataType) ? 'decimal' : 'text'} {...control('minimum', 'df-bounds-hint')} value={s.minimum} onChange={(e) => set('minimum', e.target.value)} maxLength={40} />
              {errorOf('minimum')}
            </div>
            <div className="field">
              <label htmlFor={dictFieldId('maximum')}>{t('dictionary.field.maximum')}</label>
              <input type="text" inputMode={numeric(s.dataType) ? 'decimal' : 'text'} {...control('maximum', 'df-bounds-hint')} value={s.maximum} onChange={(e) => set('maximum', e.target.value)} maxLength={40} />
              {errorOf('maximum')}
            </div>
            <p className="hint" id="df-bounds-hint">
              {numeric(s.dataType) ? t('dictionary.form.boundsNumber') : t('dictionary.form.boundsDate')}
            </p>
          </div>
        )}
        {s.dataType === 'code' && (
          <div className="form-row">
            <div className="field">
              <label htmlFor={dictFieldId('codeList')}>
                {t('dictionary.field.codeList')} <Required />
              </label>
              <select
                {...control('codeList')}
                value={s.codeList}
                onChange={(e) => setState((prev) => ({ ...prev, codeList: e.target.value, codeLevel: '' }))}
                required
                aria-required="true"
              >
                <option value="">{t('dictionary.form.chooseCodeList')}</option>
                {codeLists.map((l) => (
                  <option key={l.code} value={l.code}>
                    {pick(l.name)} ({l.code})
                  </option>
                ))}
              </select>
              {errorOf('codeList')}
            </div>
            {chosenList && chosenList.levels.length > 1 && (
              <div className="field">
                <label htmlFor={dictFieldId('codeLevel')}>{t('dictionary.field.codeLevel')}</label>
                <select {...control('codeLevel')} value={s.codeLevel} onChange={(e) => set('codeLevel', e.target.value)}>
                  <option value="">{t('dictionary.form.allLevels')}</option>
                  {chosenList.levels.map((name, i) => (
                    <option key={name} value={String(i + 1)}>
                      {t('dictionary.levelN', { n: i + 1 })}: {name}
                    </option>
                  ))}
                </select>
                {errorOf('codeLevel')}
              </div>
            )}
          </div>
        )}
        <div className="field">
          <label htmlFor={dictFieldId('examples')}>{t('dictionary.field.examples')}</label>
          <textarea {...control('examples', 'df-examples-hint')} rows={3} value={s.examples} onChange={(e) => set('examples', e.target.value)} />
          <p className="hint" id="df-examples-hint">
            {t('dictionary.form.onePerLine')}
          </p>
          {errorOf('examples')}
        </div>
      </section>

      <section className="form-section" aria-labelledby="df-sec-stewardship">
        <h2 id="df-sec-stewardship">{t('dictionary.form.stewardship')}</h2>
        <fieldset className="check-group" id={dictFieldId('classification')} tabIndex={-1}>
          <legend>
            {t('dictionary.field.classification')} <Required />
          </legend>
          <div className="radio-options">
            {CLASSIFICATIONS.map((c) => (
              <div key={c} className="field field-check">
                <input type="radio" name="classification" id={`df-class-${c}`} value={c} checked={s.classification === c} onChange={() => set('classification', c)} aria-describedby={`df-class-${c}-hint`} />
                <label htmlFor={`df-class-${c}`}>
                  {t(`dictionary.classification.${c}`)}
                  <span className="hint block" id={`df-class-${c}-hint`}>
                    {t(`dictionary.classificationHint.${c}`)}
                  </span>
                </label>
              </div>
            ))}
          </div>
          {errorOf('classification')}
        </fieldset>
        <OwnerAgencyField
          id={dictFieldId('ownerAgencyId')}
          label={t('dictionary.field.ownerAgencyId')}
          officer={officer}
          value={s.ownerAgencyId}
          onChange={(v) => set('ownerAgencyId', v)}
          fixedHintId="df-owner-hint"
          fixedHint={t('dictionary.form.ownerFixed')}
          chooseLabel={t('dictionary.form.chooseAgency')}
          invalid={errors.has('ownerAgencyId')}
          error={errorOf('ownerAgencyId')}
        />
        <div className="field">
          <label htmlFor={dictFieldId('steward')}>{t('dictionary.field.steward')}</label>
          <input type="text" {...control('steward', 'df-steward-hint')} value={s.steward} onChange={(e) => set('steward', e.target.value)} maxLength={200} />
          <p className="hint" id="df-steward-hint">
            {t('dictionary.form.stewardHint')}
          </p>
          {errorOf('steward')}
        </div>
        <div className="field">
          <label htmlFor={dictFieldId('synonyms')}>{t('dictionary.field.synonyms')}</label>
          <textarea {...control('synonyms', 'df-synonyms-hint')} rows={2} value={s.synonyms} onChange={(e) => set('synonyms', e.target.value)} />
          <p className="hint" id="df-synonyms-hint">
            {t('dictionary.form.synonymsHint')}
          </p>
          {errorOf('synonyms')}
        </div>
        <div className="field">
          <label htmlFor={dictFieldId('externalRef')}>{t('dictionary.field.externalRef')}</label>
          <input type="text" {...control('externalRef', 'df-external-hint')} value={s.externalRef} onChange={(e) => set('externalRef', e.target.value)} maxLength={200} />
          <p className="hint" id="df-external-hint">
            {t('dictionary.form.externalRefHint')}
          </p>
          {errorOf('externalRef')}
        </div>
      </section>

      {record && (
        <div className="field">
          <label htmlFor={dictFieldId('changeNote')}>{t('dictionary.field.changeNote')}</label>
          <textarea {...control('changeNote', 'df-note-hint')} rows={2} maxLength={1000} value={s.changeNote} onChange={(e) => set('changeNote', e.target.value)} />
          <p className="hint" id="df-note-hint">
            {t('dictionary.form.changeNoteHint')}
          </p>
          {errorOf('changeNote')}
        </div>
      )}

      <div className="form-actions form-footer">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common.saving') : record ? t('dictionary.form.saveChanges') : t('dictionary.form.saveDraft')}
        </button>
        <Link to={record ? dictionaryPath('element', record.code) : '/dictionary'} className="btn btn-secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
