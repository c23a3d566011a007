import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../text';
import { fieldErrors } from './fieldErrors';

/** The props that tie a control to its field path: its id, and its error when it has one. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface Form<S> {
  state: S;
  setState: (update: (prev: S) => S) => void;
  set: <K extends keyof S>(key: K, value: S[K]) => void;
  busy: boolean;
  submitError: unknown;
  localErrors: ReadonlyMap<string, string>;
  /** The errors shown: the form's own checks first, else the server's refusal (details[].field). */
  errors: ReadonlyMap<string, string>;
  errorList: [string, string][];
  /** Receives the focus after a refused submit (FormErrorSummary's anchor). */
  summaryRef: React.RefObject<HTMLDivElement | null>;
  control: (path: string, hintId?: string) => ControlProps;
  /** The error under a field, linked from the control by aria-describedby. */
  errorOf: (path: string) => ReactNode;
  /** The submit handler: checks, then sends; a refusal is shown at the top and focused. */
  submit: (send: (state: S) => Promise<void>) => (event: FormEvent) => Promise<void>;
  /** Shows a refusal the form decided itself (nothing changed), like a server's. */
  refuse: (error: unknown) => void;
  clearErrors: () => void;
  /** Moves the focus to the element with this id once the next render is on screen (a row added or removed). */
  focusAfterRender: (id: string) => void;
}

/**
 * The state and error handling every form repeats: values, the form's own checks, the server's field errors by path,
 * the ids and descriptions that tie controls to their errors, and focus on the error summary after a refusal.
 */
export function useForm<S>({
  initial,
  idOf,
  validate,
  mapServerErrors,
}: {
  initial: () => S;
  idOf: (path: string) => string;
  validate: (state: S) => Map<string, string>;
  mapServerErrors?: (errors: Map<string, string>) => Map<string, string>;
}): Form<S> {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [state, setState] = useState<S>(initial);
  const [busy, setBusy] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [localErrors, setLocalErrors] = useState<Map<string, string>>(new Map());
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);
  const mapRef = useRef(mapServerErrors);
  mapRef.current = mapServerErrors;

  const serverErrors = useMemo(() => {
    const found = fieldErrors(submitError, lang, t);
    return mapRef.current ? mapRef.current(found) : found;
  }, [submitError, lang, t]);
  const errors = localErrors.size > 0 ? localErrors : serverErrors;

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  const refuse = (error: unknown) => {
    setSubmitError(error);
    setBusy(false);
    focusSummary();
  };

  return {
    state,
    setState,
    set: (key, value) => setState((prev) => ({ ...prev, [key]: value })),
    busy,
    submitError,
    localErrors,
    errors,
    errorList: [...errors.entries()],
    summaryRef,
    control: (path, hintId) => {
      const invalid = errors.has(path);
      const describedBy = [hintId, invalid ? `${idOf(path)}-error` : undefined].filter(Boolean).join(' ');
      return { id: idOf(path), 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined };
    },
    errorOf: (path) =>
      errors.has(path) ? (
        <p className="field-error" id={`${idOf(path)}-error`}>
          {errors.get(path)}
        </p>
      ) : null,
    submit: (send) => async (event) => {
      event.preventDefault();
      setSubmitError(null);
      const local = validate(state);
      setLocalErrors(local);
      if (local.size > 0) {
        focusSummary();
        return;
      }
      setBusy(true);
      try {
        await send(state);
      } catch (err) {
        refuse(err);
      }
    },
    refuse,
    clearErrors: () => {
      setLocalErrors(new Map());
      setSubmitError(null);
    },
    focusAfterRender: (id) => {
      focusNext.current = id;
    },
  };
}

/** "(bắt buộc)" after the label of a required field. */
export function Required() {
  const { t } = useTranslation();
  return <span className="required">({t('common.required')})</span>;
}
