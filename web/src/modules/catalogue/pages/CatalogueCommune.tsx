import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LIFECYCLES } from '../../../api/types';
import { Breadcrumb } from '../../../kit/Breadcrumb';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { ClearFilters, FilterSelect, useSearchText, useUrlFilters } from '../../../kit/filters';
import { useApiQuery } from '../../../kit/query';
import { Pager } from '../../../kit/table';
import { useLang } from '../../../kit/text';
import { useTitle } from '../../../kit/useTitle';
import { SystemCards } from '../components/SystemCards';
import type { PublicCommune, PublicSystem } from '../paths';

const PAGE_SIZE = 24;

/** A commune's page: the approved systems serving it, its own and the province's that serve every commune. */
export function CatalogueCommunePage() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { code = '' } = useParams();
  const { value, offset, update, clear } = useUrlFilters();
  const [text, setText] = useSearchText(value('q'), (q) => update({ q }), 350);
  const page = useApiQuery<{ commune: PublicCommune; systems: { items: PublicSystem[]; total: number } }>(`/api/v1/catalogue/communes/${encodeURIComponent(code)}`, {
    q: value('q'),
    lifecycle: value('lifecycle'),
    limit: PAGE_SIZE,
    offset,
  });
  const commune = page.data?.commune;
  const name = commune ? pick(commune.name) : code;
  useTitle(commune ? t('catalogue.communeTitle', { name }) : t('catalogue.title'));
  const own = page.data?.systems.items.filter((s) => s.commune?.code === code) ?? [];
  const shared = page.data?.systems.items.filter((s) => s.commune?.code !== code) ?? [];
  return (
    <div className="page">
      <Breadcrumb trail={[{ to: '/catalogue', label: t('catalogue.title') }]} current={name} />
      <ErrorBox error={page.error} />
      {page.loading && !page.data && <Loading />}
      {commune && (
        <>
          <h1>{t('catalogue.communeTitle', { name })}</h1>
          <p className="lead-text">{t('catalogue.communeIntro', { agency: pick(commune.agency.name) })}</p>
          <form className="filters" role="search" aria-label={t('catalogue.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
            <div className="field field-grow">
              <label htmlFor="cc-q">{t('catalogue.search')}</label>
              <input id="cc-q" type="search" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" />
            </div>
            <FilterSelect id="cc-lifecycle" label={t('fields.lifecycle')} value={value('lifecycle')} onChange={(v) => update({ lifecycle: v })} values={LIFECYCLES} optionLabel={(l) => t(`lifecycle.${l}`)} />
            <ClearFilters
              disabled={!value('q') && !value('lifecycle')}
              onClear={() => {
                setText('');
                clear();
              }}
            />
          </form>
          <p className="result-count" role="status" aria-live="polite">
            {page.data ? t('catalogue.count', { count: page.data.systems.total }) : ''}
          </p>
          <section aria-labelledby="cc-own">
            <h2 id="cc-own">{t('catalogue.communeOwn')}</h2>
            {own.length ? <SystemCards id="commune-own" systems={own} label={t('catalogue.communeOwn')} level={3} /> : <p className="muted">{t('catalogue.communeNoOwn')}</p>}
          </section>
          <section aria-labelledby="cc-shared">
            <h2 id="cc-shared">{t('catalogue.communeShared')}</h2>
            {shared.length ? <SystemCards id="commune-shared" systems={shared} label={t('catalogue.communeShared')} level={3} /> : <p className="muted">{t('catalogue.none')}</p>}
          </section>
          {page.data && <Pager total={page.data.systems.total} limit={PAGE_SIZE} offset={offset} onChange={(o) => update({ offset: o ? String(o) : '' })} label={t('catalogue.pager')} />}
        </>
      )}
    </div>
  );
}
