import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * Tabs with their panel (WAI-ARIA tabs pattern): the arrow keys, Home and End move between tabs and select them, only
 * the selected tab is in the tab order. The page keeps which tab is selected (in the address, usually).
 */
export function Tabs<T extends string>({
  tabs,
  selected,
  onSelect,
  label,
  tabLabel,
  children,
}: {
  tabs: readonly T[];
  selected: T;
  onSelect: (tab: T) => void;
  /** The name of the tab list, for screen readers. */
  label: string;
  tabLabel: (tab: T) => ReactNode;
  /** The selected tab's panel. */
  children: ReactNode;
}) {
  const refs = useRef<Partial<Record<T, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.indexOf(selected);
    let next: T | undefined;
    if (event.key === 'ArrowRight') next = tabs[(index + 1) % tabs.length];
    else if (event.key === 'ArrowLeft') next = tabs[(index - 1 + tabs.length) % tabs.length];
    else if (event.key === 'Home') next = tabs[0];
    else if (event.key === 'End') next = tabs[tabs.length - 1];
    if (next) {
      event.preventDefault();
      onSelect(next);
      refs.current[next]?.focus();
    }
  };
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label}>
        {tabs.map((name) => (
          <button
            key={name}
            ref={(el) => {
              refs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={selected === name}
            aria-controls={`panel-${name}`}
            tabIndex={selected === name ? 0 : -1}
            onClick={() => onSelect(name)}
            onKeyDown={onKeyDown}
          >
            {tabLabel(name)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`} className="tab-panel">
        {children}
      </div>
    </>
  );
}
