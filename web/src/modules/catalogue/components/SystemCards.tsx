import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../kit/text';
import { KindTag, LifecycleBadge } from '../../registry/components/badges';
import { cataloguePath, type PublicSystem } from '../paths';
import '../catalogue.css';

/** The systems of a catalogue page as a list of cards: name, code, owner, lifecycle, purpose. */
export function SystemCards({ systems, id, label, level = 2 }: { systems: PublicSystem[]; id: string; label: string; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const { pick } = useLang();
  return (
    <ul className="catalogue-cards" id={id} aria-label={label}>
      {systems.map((s) => (
        <li key={s.code} className="catalogue-card">
          <Heading className="catalogue-card-title">
            <Link to={cataloguePath(s.code)}>{pick(s.name)}</Link>
          </Heading>
          <p className="catalogue-card-meta">
            <code className="system-code">{s.code}</code> <KindTag kind={s.kind} /> <LifecycleBadge lifecycle={s.lifecycle} />
          </p>
          <p className="catalogue-card-owner">
            <span className="muted">{t('catalogue.owner')}:</span> {pick(s.owner.name)}
            {s.servesEveryCommune && <span className="catalogue-tag">{t('catalogue.provinceWide')}</span>}
          </p>
          {s.purpose && <p className="catalogue-card-purpose">{s.purpose.length > 260 ? `${s.purpose.slice(0, 257)}…` : s.purpose}</p>}
        </li>
      ))}
    </ul>
  );
}
