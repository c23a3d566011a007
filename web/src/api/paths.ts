/**
 * The API's GET operations typed by the generated document: the address template, its path and query parameters,
 * and the JSON it answers all come from `paths`, so a renamed route, a wrong parameter or a changed answer fails the
 * type check instead of the page.
 */
import type { paths } from './generated/schema';
import type { Query } from './client';

type Get<P extends keyof paths> = paths[P] extends { get: infer O } ? O : never;

/** The addresses that answer a GET with JSON. */
export type GetPath = {
  [P in keyof paths]: Get<P> extends { responses: { 200: { content: { 'application/json': unknown } } } } ? P : never;
}[keyof paths];

/** The JSON a GET answers. */
export type GetJson<P extends GetPath> = Get<P> extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;

/** The path parameters of a GET ({} when it has none). */
export type GetPathParams<P extends GetPath> = Get<P> extends { parameters: { path: infer T } } ? (T extends Record<string, unknown> ? T : Record<string, never>) : Record<string, never>;

/** The query parameters of a GET. */
export type GetQuery<P extends GetPath> = Get<P> extends { parameters: { query?: infer T } } ? (T extends Record<string, unknown> ? T : Record<string, never>) : Record<string, never>;

/** The address of a template with its parameters filled in (each encoded): `/api/v1/registry/systems/{id}` → `/api/v1/registry/systems/HY-LGSP`. */
export function fillPath(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} of ${template}`);
    return encodeURIComponent(String(value));
  });
}

/** The query as the client sends it. */
export function asQuery(query: Record<string, unknown> | undefined): Query {
  return (query ?? {}) as Query;
}
