import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../api/types';
import { useApiQueryIf } from '../../../kit/query';
import { useLang } from '../../../kit/text';
import type { ControlProps } from '../../../kit/form/useForm';

interface ElementOption {
  code: string;
  name: { vi: string; en: string };
}

/** The codes of a data object's elements, as the form model keeps them ("a, b"). */
export const splitCodes = (value: string) => [...new Set(value.split(/[,;\s]+/).filter(Boolean))];

/**
 * The data dictionary elements a data object holds: the chosen ones as removable chips, and a combobox (WAI-ARIA
 * 1.2, list autocomplete) searching the approved elements by code or name, diacritics ignored, a moment after typing
 * stops. ↓/↑ move through the suggestions, Enter or a click adds one, Escape closes the list. A code that is not an
 * approved element (typed in, or kept from an older record) stays shown and removable, marked as such; the server
 * says whether it exists.
 */
export function ElementPicker({
  control,
  value,
  onChange,
  names,
}: {
  control: ControlProps;
  value: string;
  onChange: (value: string) => void;
  /** Names of the approved elements known so far, for the chips. */
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const listId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const codes = splitCodes(value);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);

  const found = useApiQueryIf<Page<ElementOption>>(open && query.length > 0, '/api/v1/dictionary/elements', { q: query, status: 'approved', limit: 10 });
  const options = (found.data?.items ?? []).filter((o) => !codes.includes(o.code));
  const expanded = open && query.length > 0 && text.trim().length > 0;

  const add = (code: string) => {
    const next = [...codes.filter((c) => c !== code), code];
    onChange(next.join(', '));
    setText('');
    setQuery('');
    setActive(-1);
  };
  const remove = (code: string) => onChange(codes.filter((c) => c !== code).join(', '));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (options.length ? (i + 1) % options.length : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (options.length ? (i <= 0 ? options.length - 1 : i - 1) : -1));
    } else if (event.key === 'Enter') {
      // Enter never submits the form from here: it adds the highlighted suggestion, or the code as typed.
      event.preventDefault();
      const option = expanded && active >= 0 ? options[active] : undefined;
      if (option) add(option.code);
      else if (text.trim()) splitCodes(text).forEach((c) => add(c));
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    } else if (event.key === 'Backspace' && !text && codes.length) {
      remove(codes[codes.length - 1]!);
    }
  };

  const activeOption = expanded && active >= 0 ? options[active] : undefined;
  return (
    <div className="element-picker">
      {codes.length > 0 && (
        <ul className="element-chips" aria-label={t('systemForm.elementsChosen')}>
          {codes.map((code) => {
            const name = names.get(code);
            return (
              <li key={code} className={name ? 'element-chip' : 'element-chip element-chip-unknown'}>
                <code>{code}</code>
                {name ? <span> {name}</span> : <span className="muted"> ({t('systemForm.elementNotApproved')})</span>}
                <button type="button" className="btn-link" onClick={() => remove(code)} aria-label={t('systemForm.elementRemove', { code })}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        type="text"
        {...control}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${activeOption.code}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        placeholder={t('systemForm.elementSearch')}
        autoComplete="off"
        spellCheck={false}
      />
      <ul id={listId} role="listbox" aria-label={t('systemForm.elementSuggestions')} className="element-options" hidden={!expanded}>
        {expanded &&
          options.map((o, i) => (
            <li
              key={o.code}
              id={`${listId}-${o.code}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'element-option active' : 'element-option'}
              // mousedown, not click: the input keeps the focus (its blur would close the list first).
              onMouseDown={(event) => {
                event.preventDefault();
                add(o.code);
              }}
            >
              <code>{o.code}</code> {pick(o.name)}
            </li>
          ))}
        {expanded && found.data && options.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="element-option muted">
            {t('systemForm.elementNoMatch')}
          </li>
        )}
      </ul>
    </div>
  );
}
