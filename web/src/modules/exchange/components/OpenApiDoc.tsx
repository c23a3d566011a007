/**
 * The documentation of a service, rendered from its OpenAPI 3 description by the app itself: per operation its
 * method, path, summary, parameters, request body and responses as tables, and code samples through the gateway.
 * No renderer package: none of the ones looked at fits the Content-Security-Policy and the bundle (see the report).
 */
import { useTranslation } from 'react-i18next';
import { CodeSamples } from './CodeSamples';

type Json = Record<string, unknown>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;

const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Follows a local $ref ("#/components/schemas/X") inside the document. */
function deref(doc: Json, value: unknown, seen = new Set<string>()): Json {
  const v = obj(value);
  const ref = str(v.$ref);
  if (!ref.startsWith('#/') || seen.has(ref)) return v;
  seen.add(ref);
  let target: unknown = doc;
  for (const part of ref.slice(2).split('/')) target = obj(target)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return deref(doc, target, seen);
}

function typeOf(doc: Json, schema: Json): string {
  const s = deref(doc, schema);
  const ref = str(obj(schema).$ref);
  const name = ref ? ref.split('/').pop() : '';
  if (Array.isArray(s.enum)) return s.enum.map(String).join(' | ');
  for (const key of ['oneOf', 'anyOf', 'allOf']) if (Array.isArray(s[key])) return (s[key] as unknown[]).map((x) => typeOf(doc, obj(x))).join(key === 'allOf' ? ' & ' : ' | ');
  const type = Array.isArray(s.type) ? (s.type as unknown[]).map(String).join(' | ') : str(s.type) || (s.properties ? 'object' : '');
  if (type === 'array') return `${typeOf(doc, obj(s.items))}[]`;
  const format = str(s.format);
  return [name && type === 'object' ? name : type || name || 'any', format ? `(${format})` : ''].join(' ').trim();
}

interface Row {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

/** The properties of a schema, nested ones with dotted names (a few levels deep). */
function schemaRows(doc: Json, schema: unknown, prefix = '', depth = 0, seen = new Set<unknown>()): Row[] {
  const s = deref(doc, schema);
  if (seen.has(s) || depth > 3) return [];
  seen.add(s);
  if (str(s.type) === 'array' || s.items) return schemaRows(doc, s.items, prefix ? `${prefix}[]` : '[]', depth + 1, seen);
  const all = Array.isArray(s.allOf) ? (s.allOf as unknown[]).map((x) => deref(doc, x)) : [s];
  const rows: Row[] = [];
  for (const part of all) {
    const required = Array.isArray(part.required) ? (part.required as unknown[]).map(String) : [];
    for (const [name, raw] of Object.entries(obj(part.properties))) {
      const p = deref(doc, raw);
      const full = prefix ? `${prefix}.${name}` : name;
      rows.push({ name: full, type: typeOf(doc, obj(raw)), required: required.includes(name), description: str(p.description) || str(p.title) });
      const inner = str(p.type) === 'array' ? deref(doc, p.items) : p;
      if (inner.properties || Array.isArray(inner.allOf)) rows.push(...schemaRows(doc, raw, full, depth + 1, seen));
    }
  }
  return rows;
}

function firstContent(content: unknown): { type: string; schema: unknown } | null {
  const entries = Object.entries(obj(content));
  const json = entries.find(([type]) => type.includes('json')) ?? entries[0];
  return json ? { type: json[0], schema: obj(json[1]).schema } : null;
}

function SchemaTable({ doc, schema, caption }: { doc: Json; schema: unknown; caption: string }) {
  const { t } = useTranslation();
  const rows = schemaRows(doc, schema);
  if (rows.length === 0) return <p className="muted">{t('exchange.doc.schemaType', { type: typeOf(doc, obj(schema)) })}</p>;
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="table table-compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange.doc.field')}</th>
            <th scope="col">{t('exchange.doc.type')}</th>
            <th scope="col">{t('exchange.doc.required')}</th>
            <th scope="col">{t('exchange.doc.description')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <td>
                <code>{r.name}</code>
              </td>
              <td>{r.type}</td>
              <td>{r.required ? t('common.yes') : t('common.no')}</td>
              <td>{r.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The operations of a description, grouped as the document lists them. */
export function OpenApiDoc({ doc, serviceIdentifier }: { doc: Json; serviceIdentifier: string }) {
  const { t } = useTranslation();
  const info = obj(doc.info);
  const servers = Array.isArray(doc.servers) ? (doc.servers as unknown[]).map((s) => str(obj(s).url)).filter(Boolean) : [];
  const ops = Object.entries(obj(doc.paths)).flatMap(([path, item]) => {
    const shared = Array.isArray(obj(item).parameters) ? (obj(item).parameters as unknown[]) : [];
    return METHODS.filter((m) => obj(item)[m]).map((m) => ({ path, method: m, op: obj(obj(item)[m]), shared }));
  });
  return (
    <div className="ex-doc">
      <p>
        <strong>{str(info.title)}</strong> {str(info.version) && <span className="muted">({t('exchange.doc.version', { version: str(info.version) })})</span>}
      </p>
      {str(info.description) && <p className="ex-pre-line">{str(info.description)}</p>}
      {servers.length > 0 && (
        <p>
          {t('exchange.doc.server')} <code>{servers.join(', ')}</code>
        </p>
      )}
      {ops.length === 0 && <p className="muted">{t('exchange.doc.noOperations')}</p>}
      {ops.map(({ path, method, op, shared }) => {
        const id = `op-${method}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
        const params = [...shared, ...(Array.isArray(op.parameters) ? (op.parameters as unknown[]) : [])].map((p) => deref(doc, p));
        const body = deref(doc, op.requestBody);
        const bodyContent = firstContent(body.content);
        const responses = Object.entries(obj(op.responses));
        const title = `${method.toUpperCase()} ${path}`;
        return (
          <section key={id} className="ex-op" aria-labelledby={id}>
            <h3 id={id} className="ex-op-title">
              <span className={`ex-method ex-method-${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
              {str(op.summary) && <span className="ex-op-summary"> — {str(op.summary)}</span>}
            </h3>
            {op.deprecated === true && <p className="notice notice-warning">{t('exchange.doc.deprecated')}</p>}
            {str(op.description) && <p className="ex-pre-line">{str(op.description)}</p>}
            <h4 className="ex-subhead">{t('exchange.doc.parameters')}</h4>
            {params.length === 0 ? (
              <p className="muted">{t('exchange.doc.noParameters')}</p>
            ) : (
              <div className="table-wrap" role="region" aria-label={t('exchange.doc.parametersOf', { op: title })} tabIndex={0}>
                <table className="table table-compact">
                  <caption className="visually-hidden">{t('exchange.doc.parametersOf', { op: title })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('exchange.doc.name')}</th>
                      <th scope="col">{t('exchange.doc.in')}</th>
                      <th scope="col">{t('exchange.doc.type')}</th>
                      <th scope="col">{t('exchange.doc.required')}</th>
                      <th scope="col">{t('exchange.doc.description')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {params.map((p) => (
                      <tr key={`${str(p.in)}-${str(p.name)}`}>
                        <td>
                          <code>{str(p.name)}</code>
                        </td>
                        <td>{str(p.in)}</td>
                        <td>{typeOf(doc, obj(p.schema))}</td>
                        <td>{p.required === true ? t('common.yes') : t('common.no')}</td>
                        <td>{str(p.description)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {bodyContent && (
              <>
                <h4 className="ex-subhead">
                  {t('exchange.doc.requestBody')} <span className="muted">({bodyContent.type})</span>
                </h4>
                <SchemaTable doc={doc} schema={bodyContent.schema} caption={t('exchange.doc.requestBodyOf', { op: title })} />
              </>
            )}
            <h4 className="ex-subhead">{t('exchange.doc.responses')}</h4>
            <dl className="ex-responses">
              {responses.map(([status, raw]) => {
                const r = deref(doc, raw);
                const content = firstContent(r.content);
                return (
                  <div key={status}>
                    <dt>
                      <code>{status}</code> {str(r.description)}
                    </dt>
                    <dd>{content ? <SchemaTable doc={doc} schema={content.schema} caption={t('exchange.doc.responseOf', { op: title, status })} /> : <span className="muted">{t('exchange.doc.noContent')}</span>}</dd>
                  </div>
                );
              })}
            </dl>
            <CodeSamples serviceIdentifier={serviceIdentifier} method={method} path={path} hasBody={Boolean(bodyContent) || ['post', 'put', 'patch'].includes(method)} />
          </section>
        );
      })}
    </div>
  );
}
