/**
 * The data layer: TanStack Query. Every GET of the API is cached under a key made of its path segments and its
 * query, so a change invalidates everything under the object it touched (`invalidate('/api/v1/registry/systems/X')`
 * refreshes the system, its findings, relations, graph and versions) instead of pages counting refreshes.
 */
import { keepPreviousData, QueryClient, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { api, type Query } from '../api/client';
import { asQuery, fillPath, type GetJson, type GetPath, type GetPathParams, type GetQuery } from '../api/paths';

export const queryClient = new QueryClient({
  defaultOptions: {
    // The pages show the API's refusal as it comes and offer their own retry; reloading on focus would move rows
    // under a user who is reading them.
    queries: { retry: false, refetchOnWindowFocus: false },
  },
});

/** The cache key of an API address: its path segments, then its query without empty values. */
export function apiKey(path: string, query: Query = {}): QueryKey {
  const segments = path.split('?')[0]!.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  const params = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  return Object.keys(params).length > 0 ? [...segments, params] : segments;
}

/** What a page reads of a query: the data (kept while the next key loads), the error, and whether a request is out. */
export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Fetches again now (after a change the page made). */
  reload: () => void;
  /** Puts what the server answered to a change in the cache, without asking again. */
  setData: (value: T) => void;
}

interface LoadOptions {
  enabled?: boolean;
  /** Reference data (framework, agencies, rules) does not change while the app is open. */
  staleTime?: number;
  /** A value that makes the answer stale when it changes (the record's `updatedAt`, a system's version). */
  version?: unknown;
  /** Fetches again every so many milliseconds while on screen (the header's inbox counts). */
  refetchInterval?: number;
}

/** A query with its own key and loader, for what is not a plain GET of JSON (a mapped answer, a conditional load). */
export function useLoaded<T>(key: QueryKey, load: (signal: AbortSignal) => Promise<T>, options: LoadOptions = {}): Loaded<T> {
  const client = useQueryClient();
  const result = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => load(signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    staleTime: options.staleTime ?? 0,
    refetchInterval: options.refetchInterval,
  });
  const { refetch } = result;
  const reload = useCallback(() => void refetch(), [refetch]);
  const keyRef = useRef(key);
  keyRef.current = key;
  const setData = useCallback((value: T) => void client.setQueryData(keyRef.current, value), [client]);
  return { data: result.data, error: result.error, loading: result.isFetching, reload, setData };
}

/** GET `path` (with `query`) as JSON. */
export function useApiQuery<T>(path: string, query: Query = {}, options: LoadOptions = {}): Loaded<T> {
  const key = options.version === undefined ? apiKey(path, query) : [...apiKey(path, query), { version: options.version }];
  return useLoaded<T>(key, (signal) => api<T>(path, { signal, query }), options);
}

/** Marks everything cached under an API address as stale and fetches again what is on screen. */
export function useInvalidate(): (path: string) => Promise<void> {
  const client = useQueryClient();
  return useCallback((path: string) => client.invalidateQueries({ queryKey: apiKey(path) }), [client]);
}

/** GET `path` only `when` the page needs it (signed in, a choice made); null otherwise. */
export function useApiQueryIf<T>(when: boolean, path: string, query: Query = {}, options: LoadOptions = {}): Loaded<T | null> {
  return useLoaded<T | null>([...apiKey(path, query), { when, version: options.version }], (signal) => (when ? api<T>(path, { signal, query }) : Promise.resolve(null)), options);
}

/**
 * GET an operation of the generated document: `useGet('/api/v1/registry/systems/{id}/versions', { path: { id } })`.
 * The answer's type, the path parameters and the query come from the document.
 */
export function useGet<P extends GetPath>(
  template: P,
  params: { path?: GetPathParams<P>; query?: GetQuery<P> } & LoadOptions = {},
): Loaded<GetJson<P>> {
  const { path, query, ...options } = params;
  return useApiQuery<GetJson<P>>(fillPath(template, (path ?? {}) as Record<string, string | number>), asQuery(query), options);
}
