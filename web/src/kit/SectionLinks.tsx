/** Links to the sections of a long page; following one moves the focus to that section's heading. */
export function SectionLinks({ label, items }: { label: string; items: { id: string; label: string }[] }) {
  return (
    <nav className="page-sections" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              onClick={(event) => {
                const target = document.getElementById(item.id);
                if (!target) return;
                event.preventDefault();
                target.setAttribute('tabindex', '-1');
                target.scrollIntoView({ block: 'start' });
                target.focus({ preventScroll: true });
              }}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
