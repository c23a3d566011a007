import { useEffect, useRef, useState } from 'react';
import { isAbort } from '../api/client';

/** Loads data for a component, aborting the request when inputs change or the component goes away. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (value: T) => void;
} {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    loadRef.current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setLoading(false);
      },
      (err: unknown) => {
        if (controller.signal.aborted || isAbort(err)) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => controller.abort();
    // callers list their own inputs in deps
  }, [...deps, tick]);
  return { data, error, loading, reload: () => setTick((n) => n + 1), setData };
}
