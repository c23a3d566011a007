import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import type { DictionaryKind, DictionaryRecord } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { canCreateObject, canEditObject } from '../access';
import { dictionaryApi, dictionaryPath, dictionaryTabPath } from '../paths';
import { useLang } from '../../../kit/text';
import { AccessDenied, ErrorBox, Loading } from '../../../kit/feedback';
import { Breadcrumb } from '../../../kit/Breadcrumb';
import { useTitle } from '../../../kit/useTitle';
import { useApiQuery, useApiQueryIf } from '../../../kit/query';

/**
 * The frame of a create or edit form: who may use it, loading the record, and why an object cannot be edited
 * (deprecated, or in review: a reviewer is looking at exactly this version).
 */
export function DictionaryFormShell<R extends DictionaryRecord>({
  kind,
  mode,
  code,
  title,
  listPath,
  form,
}: {
  kind: DictionaryKind;
  mode: 'new' | 'edit';
  code: string;
  title: string;
  listPath: string;
  form: (record: R | null) => ReactNode;
}) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const record = useApiQueryIf<R>(mode === 'edit' && Boolean(user), dictionaryApi(kind, code));

  let body: ReactNode;
  if (user === undefined) body = <Loading />;
  else if (user === null) body = <AccessDenied reason="login" />;
  else if (mode === 'new') body = canCreateObject(user) ? form(null) : <p className="notice notice-warning">{t('dictionary.form.noRightNew')}</p>;
  else if (record.loading && !record.data) body = <Loading />;
  else if (record.error) body = <ErrorBox error={record.error} />;
  else if (record.data) {
    const r = record.data;
    if (!canEditObject(user, r.ownerAgencyId)) body = <p className="notice notice-warning">{t('dictionary.form.noRightEdit')}</p>;
    else if (r.status === 'deprecated' || r.status === 'in_review')
      body = (
        <div className="notice notice-warning" role="status">
          <p>{t(`dictionary.form.locked.${r.status}`)}</p>
          <p>
            <Link to={dictionaryPath(kind, r.code)}>{t('dictionary.form.back')}</Link>
          </p>
        </div>
      );
    else body = form(r);
  }

  return (
    <div className="page">
      <Breadcrumb
        trail={[{ to: listPath, label: t('dictionary.title') }, ...(mode === 'edit' ? [{ to: dictionaryPath(kind, code), label: code }] : [])]}
        current={mode === 'new' ? t('dictionary.form.newCrumb') : t('common.edit')}
      />
      <h1>{title}</h1>
      {body}
    </div>
  );
}

const TITLE_KEYS: Record<DictionaryKind, string> = { element: 'dictionary.elementTitle', entity: 'dictionary.entityTitle', code_list: 'dictionary.codeListTitle' };

/**
 * The frame of an element, entity or code-list page: loads the object (again when the user changes, since signed-in
 * users see working copies and visitors approved versions), titles the page, and says when it does not exist.
 */
export function DictionaryObjectShell<R extends DictionaryRecord>({
  kind,
  code,
  detail,
}: {
  kind: DictionaryKind;
  code: string;
  detail: (record: R, actions: { setData: (record: R) => void; reload: () => void }) => ReactNode;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { user } = useAuth();
  const object = useApiQuery<R>(dictionaryApi(kind, code), {}, { enabled: user !== undefined });
  const data = object.data;
  useTitle(data ? `${data.code} — ${pick(data.name)}` : t(TITLE_KEYS[kind], { code }));
  const notFound = object.error instanceof ApiError && object.error.status === 404;

  return (
    <div className="page">
      <Breadcrumb trail={[{ to: dictionaryTabPath(kind), label: t('dictionary.title') }]} current={code} />
      <h1>
        {data ? (
          <>
            <code className="task-code">{data.code}</code> {pick(data.name)}
          </>
        ) : (
          t(TITLE_KEYS[kind], { code })
        )}
      </h1>
      {(object.loading || user === undefined) && !data && <Loading />}
      {notFound ? (
        <p className="notice notice-warning" role="alert">
          {t('dictionary.notFound', { what: t(`dictionary.kind.${kind}`), code })}
        </p>
      ) : (
        <ErrorBox error={object.error} />
      )}
      {data && detail(data, { setData: object.setData, reload: object.reload })}
    </div>
  );
}
