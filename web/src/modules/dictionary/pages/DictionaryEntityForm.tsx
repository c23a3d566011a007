import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DictionaryFormShell } from '../components/shells';
import { api } from '../../../api/client';
import { CARDINALITIES, ENTITY_RELATION_KINDS, type Cardinality, type DataElement, type DataEntity, type EntityRelationKind, type EntitySpec, type Page } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { useTitle } from '../../../kit/useTitle';
import { FormErrorSummary } from '../../../kit/form/FormErrorSummary';
import { ConflictReload, useConflictMessage } from '../../../kit/form/conflict';
import { Required, useForm } from '../../../kit/form/useForm';
import { CODE_PATTERN, dictFieldId, dictionaryFieldLabel } from '../format';
import { dictionaryApi, dictionaryPath } from '../paths';
import { useLang } from '../../../kit/text';
import { useApiQuery } from '../../../kit/query';
import { OwnerAgencyField } from '../../framework/components/OwnerAgencyField';
import { RepeatItem } from '../../../kit/form/Repeater';
import { ownerAgencyFixed } from '../../framework/access';

let keySeed = 0;
const newKey = () => `a${++keySeed}`;
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface AttributeRow {
  key: string;
  element: string;
  name: string;
  required: boolean;
  cardinality: Cardinality;
  description: string;
}
interface RelationRow {
  key: string;
  kind: EntityRelationKind;
  target: string;
  cardinality: Cardinality;
  description: string;
}
interface FormState {
  code: string;
  nameVi: string;
  nameEn: string;
  definition: string;
  ownerAgencyId: string;
  steward: string;
  attributes: AttributeRow[];
  relations: RelationRow[];
  /** Cross-field rules (commune within province): not edited here, but kept, since a change without them removes them. */
  rules: NonNullable<EntitySpec['rules']>;
  changeNote: string;
}

const emptyAttribute = (): AttributeRow => ({ key: newKey(), element: '', name: '', required: false, cardinality: 'one', description: '' });
const emptyRelation = (): RelationRow => ({ key: newKey(), kind: 'refers_to', target: '', cardinality: 'one', description: '' });

function stateFrom(record: DataEntity | null, ownerAgencyId: string): FormState {
  return {
    code: record?.code ?? '',
    nameVi: record?.name.vi ?? '',
    nameEn: record?.name.en ?? '',
    definition: record?.definition ?? '',
    ownerAgencyId: record?.ownerAgencyId ?? ownerAgencyId,
    steward: record?.steward ?? '',
    attributes: record ? record.attributes.map((a) => ({ key: newKey(), element: a.element, name: a.name ?? '', required: a.required, cardinality: a.cardinality, description: a.description ?? '' })) : [emptyAttribute()],
    relations: (record?.relations ?? []).map((r) => ({ key: newKey(), kind: r.kind, target: r.target, cardinality: r.cardinality, description: r.description ?? '' })),
    rules: record?.rules ?? [],
    changeNote: '',
  };
}

function specFrom(s: FormState): EntitySpec {
  const opt = <K extends string>(key: K, value: string) => (value.trim() ? ({ [key]: value.trim() } as { [P in K]: string }) : {});
  return {
    code: s.code.trim(),
    name: { vi: s.nameVi.trim(), en: s.nameEn.trim() },
    definition: s.definition.trim(),
    ownerAgencyId: s.ownerAgencyId,
    ...opt('steward', s.steward),
    attributes: s.attributes.map((a) => ({ element: a.element, ...opt('name', a.name), required: a.required, cardinality: a.cardinality, ...opt('description', a.description) })),
    relations: s.relations.map((r) => ({ kind: r.kind, target: r.target, cardinality: r.cardinality, ...opt('description', r.description) })),
    ...(s.rules.length ? { rules: s.rules } : {}),
  };
}

function clientErrors(s: FormState, t: (key: string, options?: Record<string, unknown>) => string): Map<string, string> {
  const out = new Map<string, string>();
  const code = s.code.trim();
  if (!code) out.set('code', t('validation.empty'));
  else if (code.length > 64 || !CODE_PATTERN.test(code)) out.set('code', t('dictionary.form.codeInvalid'));
  if (!s.nameVi.trim()) out.set('name.vi', t('validation.empty'));
  if (!s.nameEn.trim()) out.set('name.en', t('validation.empty'));
  if (!s.definition.trim()) out.set('definition', t('validation.empty'));
  if (!s.ownerAgencyId) out.set('ownerAgencyId', t('dictionary.form.ownerRequired'));
  if (s.attributes.length === 0) out.set('attributes', t('dictionary.form.needAttribute'));
  const names = new Set<string>();
  s.attributes.forEach((a, i) => {
    if (!a.element) out.set(`attributes.${i}.element`, t('dictionary.form.chooseElementError'));
    const name = a.name.trim() || a.element;
    if (a.name.trim() && !FIELD_NAME.test(a.name.trim())) out.set(`attributes.${i}.name`, t('dictionary.form.fieldNameInvalid'));
    else if (name && names.has(name)) out.set(`attributes.${i}.name`, t('dictionary.form.fieldNameTaken', { name }));
    if (name) names.add(name);
  });
  s.relations.forEach((r, i) => {
    if (!r.target) out.set(`relations.${i}.target`, t('dictionary.form.chooseEntityError'));
  });
  return out;
}

export function DictionaryEntityFormPage({ mode }: { mode: 'new' | 'edit' }) {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const title = mode === 'new' ? t('dictionary.form.newEntity') : t('dictionary.form.editEntity', { code });
  useTitle(title);
  return <DictionaryFormShell<DataEntity> kind="entity" mode={mode} code={code} title={title} listPath={'/dictionary?tab=entities'} form={(record) => <EntityForm record={record} />} />;
}

function EntityForm({ record }: { record: DataEntity | null }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { user } = useAuth();
  const navigate = useNavigate();
  const officer = ownerAgencyFixed(user, 'dictionary.object.edit');
  const form = useForm<FormState>({ initial: () => stateFrom(record, officer ? (user?.agencyId ?? '') : ''), idOf: dictFieldId, validate: (state) => clientErrors(state, t) });
  const { state: s, setState, set, busy, submitError, localErrors, errors, errorList, summaryRef, control, errorOf } = form;
  const elements = useApiQuery<Page<DataElement>>(dictionaryApi('element'), { limit: 500 });
  const entities = useApiQuery<Page<DataEntity>>(dictionaryApi('entity'), { limit: 500 });
  const inUse = new Set(s.attributes.map((a) => a.element));
  const elementOptions = (elements.data?.items ?? []).filter((e) => e.status !== 'deprecated' || inUse.has(e.code));
  const targets = (entities.data?.items ?? []).filter((e) => e.status !== 'deprecated' || s.relations.some((r) => r.target === e.code));
  const elementByCode = useMemo(() => new Map((elements.data?.items ?? []).map((e) => [e.code, e] as [string, DataElement])), [elements.data]);


  const updateAttribute = (index: number, changes: Partial<AttributeRow>) => setState((prev) => ({ ...prev, attributes: prev.attributes.map((a, i) => (i === index ? { ...a, ...changes } : a)) }));
  const updateRelation = (index: number, changes: Partial<RelationRow>) => setState((prev) => ({ ...prev, relations: prev.relations.map((r, i) => (i === index ? { ...r, ...changes } : r)) }));
  const targetOf = (path: string) => {
    if (path === 'attributes') return 'df-add-attribute';
    if (path === 'relations') return 'df-add-relation';
    if (/^attributes\.\d+$/.test(path) || /^relations\.\d+$/.test(path)) return dictFieldId(`${path}.${path.startsWith('attributes') ? 'element' : 'target'}`);
    return dictFieldId(path === 'name' ? 'name.vi' : path);
  };

  const conflictMessage = useConflictMessage(submitError);
  const submit = form.submit(async (s) => {
    const spec = specFrom(s);
    const saved = record
      ? await api<DataEntity>(dictionaryApi('entity', record.code), { method: 'PUT', body: { ...spec, ...(s.changeNote.trim() ? { changeNote: s.changeNote.trim() } : {}) }, ifMatch: record.revision })
      : await api<DataEntity>(dictionaryApi('entity'), { method: 'POST', body: spec });
    const message = record
      ? t('dictionary.form.updated', { code: saved.code, version: saved.version, status: t(`dictionary.status.${saved.status}`) })
      : t('dictionary.form.created', { code: saved.code });
    navigate(dictionaryPath('entity', saved.code), { state: { message } });
  });


  return (
    <form className="system-form dictionary-form" onSubmit={(event) => void submit(event)} noValidate>
      <p className="hint">{t('dictionary.form.entityIntro')}</p>
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

      <section className="form-section" aria-labelledby="ef-sec-general">
        <h2 id="ef-sec-general">{t('dictionary.form.general')}</h2>
        <div className="field">
          <label htmlFor={dictFieldId('code')}>
            {t('dictionary.field.code')} <Required />
          </label>
          <input type="text" {...control('code', 'df-code-hint')} value={s.code} onChange={(e) => set('code', e.target.value)} maxLength={64} autoComplete="off" readOnly={record !== null} required aria-required="true" />
          <p className="hint" id="df-code-hint">
            {record ? t('dictionary.form.codeFixed') : t('dictionary.form.codeHint')}
          </p>
          {errorOf('code')}
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
          <textarea {...control('definition')} rows={3} maxLength={4000} value={s.definition} onChange={(e) => set('definition', e.target.value)} required aria-required="true" />
          {errorOf('definition')}
        </div>
        <div className="form-row">
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
            <input type="text" {...control('steward')} value={s.steward} onChange={(e) => set('steward', e.target.value)} maxLength={200} />
            {errorOf('steward')}
          </div>
        </div>
      </section>

      <section className="form-section" aria-labelledby="ef-sec-attributes">
        <h2 id="ef-sec-attributes">{t('dictionary.attributesTitle')}</h2>
        <p className="hint">{t('dictionary.form.attributesHint')}</p>
        {errorOf('attributes')}
        <div className="repeater">
          {s.attributes.map((a, i) => {
            const element = elementByCode.get(a.element);
            return (
              <RepeatItem
                key={a.key}
                legend={t('dictionary.form.attributeN', { n: i + 1 })}
                removeLabel={t('dictionary.form.removeAttribute', { n: i + 1 })}
                onRemove={() => {
                  form.focusAfterRender('df-add-attribute');
                  setState((prev) => ({ ...prev, attributes: prev.attributes.filter((_, j) => j !== i) }));
                  form.clearErrors();
                }}
              >
                <div className="form-row">
                  <div className="field">
                    <label htmlFor={dictFieldId(`attributes.${i}.element`)}>
                      {t('dictionary.col.element')} <Required />
                    </label>
                    <select {...control(`attributes.${i}.element`)} value={a.element} onChange={(e) => updateAttribute(i, { element: e.target.value })} required aria-required="true">
                      <option value="">{t('dictionary.form.chooseElement')}</option>
                      {elementOptions.map((e) => (
                        <option key={e.code} value={e.code}>
                          {e.code} — {pick(e.name)}
                          {e.approvedVersion === null ? ` (${t('dictionary.notYetApproved')})` : ''}
                        </option>
                      ))}
                    </select>
                    {element && <p className="hint">{t(`dictionary.dataType.${element.dataType}`)}</p>}
                    {errorOf(`attributes.${i}.element`)}
                  </div>
                  <div className="field">
                    <label htmlFor={dictFieldId(`attributes.${i}.name`)}>{t('dictionary.col.fieldName')}</label>
                    <input
                      type="text"
                      {...control(`attributes.${i}.name`, 'df-field-name-hint')}
                      value={a.name}
                      placeholder={a.element}
                      onChange={(e) => updateAttribute(i, { name: e.target.value })}
                      maxLength={64}
                      autoComplete="off"
                    />
                    {errorOf(`attributes.${i}.name`)}
                  </div>
                </div>
                <div className="form-row">
                  <div className="field field-check">
                    <input type="checkbox" id={dictFieldId(`attributes.${i}.required`)} checked={a.required} onChange={(e) => updateAttribute(i, { required: e.target.checked })} />
                    <label htmlFor={dictFieldId(`attributes.${i}.required`)}>{t('dictionary.col.required')}</label>
                  </div>
                  <div className="field">
                    <label htmlFor={dictFieldId(`attributes.${i}.cardinality`)}>{t('dictionary.col.cardinality')}</label>
                    <select {...control(`attributes.${i}.cardinality`)} value={a.cardinality} onChange={(e) => updateAttribute(i, { cardinality: e.target.value as Cardinality })}>
                      {CARDINALITIES.map((c) => (
                        <option key={c} value={c}>
                          {t(`dictionary.cardinality.${c}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={dictFieldId(`attributes.${i}.description`)}>{t('dictionary.col.description')}</label>
                    <input type="text" {...control(`attributes.${i}.description`)} value={a.description} onChange={(e) => updateAttribute(i, { description: e.target.value })} maxLength={1000} />
                  </div>
                </div>
              </RepeatItem>
            );
          })}
          <p className="hint" id="df-field-name-hint">
            {t('dictionary.form.fieldNameHint')}
          </p>
          <button
            type="button"
            id="df-add-attribute"
            className="btn btn-secondary btn-small"
            onClick={() => {
              form.focusAfterRender(dictFieldId(`attributes.${s.attributes.length}.element`));
              setState((prev) => ({ ...prev, attributes: [...prev.attributes, emptyAttribute()] }));
            }}
          >
            + {t('dictionary.form.addAttribute')}
          </button>
        </div>
      </section>

      <section className="form-section" aria-labelledby="ef-sec-relations">
        <h2 id="ef-sec-relations">{t('dictionary.relationsTitle')}</h2>
        <div className="repeater">
          {s.relations.length === 0 && <p className="muted">{t('dictionary.noRelations')}</p>}
          {s.relations.map((r, i) => (
            <RepeatItem
              key={r.key}
              legend={t('dictionary.form.relationN', { n: i + 1 })}
              removeLabel={t('dictionary.form.removeRelation', { n: i + 1 })}
              onRemove={() => {
                form.focusAfterRender('df-add-relation');
                setState((prev) => ({ ...prev, relations: prev.relations.filter((_, j) => j !== i) }));
                form.clearErrors();
              }}
            >
              <div className="form-row">
                <div className="field">
                  <label htmlFor={dictFieldId(`relations.${i}.kind`)}>{t('dictionary.form.relationKind')}</label>
                  <select {...control(`relations.${i}.kind`)} value={r.kind} onChange={(e) => updateRelation(i, { kind: e.target.value as EntityRelationKind })}>
                    {ENTITY_RELATION_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`dictionary.relationKind.${k}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={dictFieldId(`relations.${i}.target`)}>
                    {t('dictionary.form.relationTarget')} <Required />
                  </label>
                  <select {...control(`relations.${i}.target`)} value={r.target} onChange={(e) => updateRelation(i, { target: e.target.value })} required aria-required="true">
                    <option value="">{t('dictionary.form.chooseEntity')}</option>
                    {targets.map((e) => (
                      <option key={e.code} value={e.code}>
                        {e.code} — {pick(e.name)}
                      </option>
                    ))}
                  </select>
                  {errorOf(`relations.${i}.target`)}
                </div>
                <div className="field">
                  <label htmlFor={dictFieldId(`relations.${i}.cardinality`)}>{t('dictionary.col.cardinality')}</label>
                  <select {...control(`relations.${i}.cardinality`)} value={r.cardinality} onChange={(e) => updateRelation(i, { cardinality: e.target.value as Cardinality })}>
                    {CARDINALITIES.map((c) => (
                      <option key={c} value={c}>
                        {t(`dictionary.cardinality.${c}`)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <div className="field">
                <label htmlFor={dictFieldId(`relations.${i}.description`)}>{t('dictionary.col.description')}</label>
                <input type="text" {...control(`relations.${i}.description`)} value={r.description} onChange={(e) => updateRelation(i, { description: e.target.value })} maxLength={1000} />
              </div>
            </RepeatItem>
          ))}
          <button
            type="button"
            id="df-add-relation"
            className="btn btn-secondary btn-small"
            onClick={() => {
              form.focusAfterRender(dictFieldId(`relations.${s.relations.length}.kind`));
              setState((prev) => ({ ...prev, relations: [...prev.relations, emptyRelation()] }));
            }}
          >
            + {t('dictionary.form.addRelation')}
          </button>
        </div>
      </section>

      {record && (
        <div className="field">
          <label htmlFor={dictFieldId('changeNote')}>{t('dictionary.field.changeNote')}</label>
          <textarea {...control('changeNote', 'df-note-hint')} rows={2} maxLength={1000} value={s.changeNote} onChange={(e) => set('changeNote', e.target.value)} />
          <p className="hint" id="df-note-hint">
            {t('dictionary.form.changeNoteHint')}
          </p>
        </div>
      )}

      <div className="form-actions form-footer">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common.saving') : record ? t('dictionary.form.saveChanges') : t('dictionary.form.saveDraft')}
        </button>
        <Link to={record ? dictionaryPath('entity', record.code) : '/dictionary?tab=entities'} className="btn btn-secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
