// Reading any ArchiMate Open Exchange file (Archi's exports included) into its elements and relationships, with the
// line of each fault. Safe against hostile XML: no DTD, a size limit, checked structure. Pure: no database, no I/O.
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { ARCHIMATE_NS, XML_NS, XSI_NS } from './vocabulary.js';

/** Files larger than this are refused before parsing; a province of 10,000 systems exports about 40 MB. */
export const MAX_ARCHIMATE_BYTES = 100 * 1024 * 1024;

export interface ImportedElement {
  identifier: string;
  type: string;
  /** The Vietnamese name (xml:lang="vi"), else the name without a language, else the first. */
  name: string;
  /** The English name (xml:lang="en"), when there is one. */
  nameEn?: string;
  documentation?: string;
  /** Property values by property definition name (its first name in the file). */
  properties: Record<string, string>;
  /** Line of the element in the file. */
  line?: number;
}

export interface ImportedRelationship {
  identifier: string;
  type: string;
  source: string;
  target: string;
  name?: string;
  nameEn?: string;
  /** The Vietnamese documentation (as for elements): the registry keeps it as the relation's note. */
  documentation?: string;
  line?: number;
}

export interface ImportedModel {
  name: string;
  elements: ImportedElement[];
  relationships: ImportedRelationship[];
}

export type ArchimateErrorCode = 'INVALID_ARCHIMATE' | 'XML_NOT_WELL_FORMED' | 'ARCHIMATE_TOO_LARGE';

export class ArchimateError extends Error {
  constructor(
    readonly messageVi: string,
    readonly messageEn: string,
    readonly line?: number,
    readonly code: ArchimateErrorCode = 'INVALID_ARCHIMATE',
    readonly column?: number,
  ) {
    super(messageEn);
    this.name = 'ArchimateError';
  }
}

interface XNode {
  ns: string;
  local: string;
  /** Attributes without a namespace by local name; namespaced ones as "{uri}local". */
  attrs: Map<string, string>;
  children: XNode[];
  text: string;
  line: number | undefined;
}

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** The five predefined XML entities. Given as an object, the parser decodes exactly these and numeric references. */
const xmlEntities = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' };

function lineIndex(text: string): (offset: number | undefined) => number | undefined {
  const starts: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i);
  return (offset) => {
    if (offset === undefined) return undefined;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 });
}

/**
 * Reads an ArchiMate Open Exchange file. Refuses files over `maxBytes`, any DTD (so no entity expansion),
 * malformed XML (with its line), other documents, and structural faults (missing identifier or type,
 * duplicate identifiers, relationships to unknown concepts).
 */
export function parseArchimate(xml: string | Uint8Array, options: { maxBytes?: number } = {}): ImportedModel {
  const maxBytes = options.maxBytes ?? MAX_ARCHIMATE_BYTES;
  const size = typeof xml === 'string' ? Buffer.byteLength(xml, 'utf8') : xml.byteLength;
  if (size > maxBytes) {
    throw new ArchimateError(
      `Tệp ArchiMate quá lớn (${mb(size)} MB, tối đa ${mb(maxBytes)} MB).`,
      `The ArchiMate file is too large (${mb(size)} MB; the limit is ${mb(maxBytes)} MB).`,
      undefined,
      'ARCHIMATE_TOO_LARGE',
    );
  }
  let text = typeof xml === 'string' ? xml : Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lineOf = lineIndex(text);
  if (text.trim() === '') throw new ArchimateError('Tệp rỗng.', 'The file is empty.');

  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) {
    throw new ArchimateError(
      `Tệp có khai báo DOCTYPE (dòng ${lineOf(doctype.index)}). Tệp trao đổi ArchiMate không dùng DTD; vì an toàn, hệ thống không đọc DTD và thực thể.`,
      `The file declares a DOCTYPE (line ${lineOf(doctype.index)}). ArchiMate exchange files use no DTD; for safety, DTDs and entities are not processed.`,
      lineOf(doctype.index),
    );
  }

  checkWellFormed(text);

  let tree: unknown[];
  try {
    const parser = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      captureMetaData: true,
      processEntities: true,
      // Typed as boolean; an object is the supported way to name the entity set (numeric references included).
      htmlEntities: xmlEntities as unknown as boolean,
    });
    tree = parser.parse(text) as unknown[];
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new ArchimateError(`Không đọc được tệp XML: ${msg}`, `The XML could not be read: ${msg}`);
  }

  const root = toNodes(tree, new Map([['xml', XML_NS]]), lineOf).find(() => true);
  if (!root || root.ns !== ARCHIMATE_NS || root.local !== 'model') {
    const found = root ? `<${root.local}>${root.ns ? ` (${root.ns})` : ''}` : '—';
    throw new ArchimateError(
      `Đây không phải mô hình ArchiMate theo định dạng trao đổi mở (Open Exchange Format): phần tử gốc là ${found}, cần <model> trong không gian tên ${ARCHIMATE_NS}.`,
      `This is not an ArchiMate Open Exchange Format model: the root element is ${found}; expected <model> in the namespace ${ARCHIMATE_NS}.`,
      root?.line,
    );
  }

  checkUniqueIdentifiers(root);

  const propertyNames = new Map<string, string>();
  for (const def of children(root, 'propertyDefinitions').flatMap((c) => children(c, 'propertyDefinition'))) {
    const id = def.attrs.get('identifier');
    const first = children(def, 'name')[0];
    if (id) propertyNames.set(id, first ? normaliseSpace(first.text) : id);
  }

  const elements: ImportedElement[] = [];
  for (const node of children(root, 'elements').flatMap((c) => children(c, 'element'))) {
    const { identifier, type } = identity(node, 'element', 'phần tử');
    const names = langTexts(node, 'name');
    const docs = langTexts(node, 'documentation');
    // Names and documentation as the registry stores text (NFC, trimmed), so our own export comes back unchanged.
    const element: ImportedElement = { identifier, type, name: storedText(pickVi(names) ?? ''), properties: readProperties(node, propertyNames), line: node.line };
    const nameEn = pickLang(names, 'en');
    if (nameEn !== undefined) element.nameEn = storedText(nameEn);
    const documentation = storedText(pickVi(docs) ?? '');
    if (documentation) element.documentation = documentation;
    elements.push(element);
  }

  const relationships: ImportedRelationship[] = [];
  for (const node of children(root, 'relationships').flatMap((c) => children(c, 'relationship'))) {
    const { identifier, type } = identity(node, 'relationship', 'quan hệ');
    const source = node.attrs.get('source')?.trim();
    const target = node.attrs.get('target')?.trim();
    if (!source || !target) {
      throw new ArchimateError(
        `Quan hệ «${identifier}» (dòng ${node.line ?? '?'}) thiếu nguồn (source) hoặc đích (target).`,
        `Relationship "${identifier}" (line ${node.line ?? '?'}) has no source or target.`,
        node.line,
      );
    }
    const names = langTexts(node, 'name');
    const relationship: ImportedRelationship = { identifier, type: type.replace(/(?<=.)Relationship$/, ''), source, target, line: node.line };
    const name = pickVi(names);
    if (name !== undefined) relationship.name = normaliseSpace(name);
    const nameEn = pickLang(names, 'en');
    if (nameEn !== undefined) relationship.nameEn = normaliseSpace(nameEn);
    const documentation = storedText(pickVi(langTexts(node, 'documentation')) ?? '');
    if (documentation) relationship.documentation = documentation;
    relationships.push(relationship);
  }

  const concepts = new Set([...elements.map((e) => e.identifier), ...relationships.map((r) => r.identifier)]);
  for (const r of relationships) {
    for (const end of [r.source, r.target]) {
      if (!concepts.has(end)) {
        throw new ArchimateError(
          `Quan hệ «${r.identifier}» (dòng ${r.line ?? '?'}) trỏ tới «${end}», không có phần tử hay quan hệ nào mang định danh này.`,
          `Relationship "${r.identifier}" (line ${r.line ?? '?'}) points at "${end}", which no element or relationship has as its identifier.`,
          r.line,
        );
      }
    }
  }

  return { name: normaliseSpace(pickVi(langTexts(root, 'name')) ?? ''), elements, relationships };
}

const reference = /&(?:[A-Za-z_:\u00C0-\uFFFF][\w.:\u00B7\u00C0-\uFFFF-]*|#[0-9]+|#x[0-9A-Fa-f]+);/y;
const sectionEnds: [string, string][] = [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '?>']];

/**
 * An `&` that begins no reference (`a & b`), outside comments, CDATA sections and processing instructions, with its
 * line and column. saxes refuses it too, but only at the end of the file.
 */
function bareAmpersand(text: string): { line: number; column: number; message: string } | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<') {
      const section = sectionEnds.find(([open]) => text.startsWith(open, i));
      if (section) {
        const end = text.indexOf(section[1], i + section[0].length);
        if (end === -1) return undefined; // unterminated: saxes says so
        i = end + section[1].length - 1;
      }
    } else if (c === '&') {
      reference.lastIndex = i;
      if (!reference.test(text)) {
        const lineStart = text.lastIndexOf('\n', i) + 1;
        const line = text.slice(0, lineStart).split('\n').length;
        return { line, column: i - lineStart + 1, message: 'an "&" that begins no entity or character reference (write "&amp;")' };
      }
    }
  }
  return undefined;
}

/** What a conforming XML reader says of common faults, in Vietnamese; any other fault is quoted as the reader gives it. */
const faultsVi: [RegExp, string][] = [
  [/^an "&" that begins no/, 'dấu & không mở đầu tham chiếu nào (hãy viết &amp;)'],
  [/^undefined entity/, 'tham chiếu thực thể không xác định (XML chỉ có &amp; &lt; &gt; &quot; &apos; và &#số;; dấu & phải viết là &amp;)'],
  [/^malformed character entity|^disallowed character/, 'ký tự không được phép trong XML'],
  [/^unbound namespace prefix/, 'tiền tố không gian tên chưa được khai báo'],
  [/^unexpected close tag|^unclosed tag/, 'thẻ mở và thẻ đóng không khớp'],
  [/^document must contain a root element/, 'tài liệu không có phần tử gốc'],
  [/^text data outside of root node|^documents may contain only one root/, 'có nội dung nằm ngoài phần tử gốc'],
];

/**
 * Refuses a file that is not well-formed XML 1.0 with namespaces (undefined entities such as `&TT;`, forbidden
 * characters, unbound prefixes, mismatched tags, …), with the line and column, before anything is read from it.
 * saxes is a conforming non-validating reader; the tree itself is built by fast-xml-parser, which is lenient.
 */
function checkWellFormed(text: string): void {
  let fault = bareAmpersand(text);
  if (!fault) {
    const reader = new SaxesParser({ xmlns: true, position: true });
    reader.on('error', (err) => {
      fault ??= { line: reader.line, column: reader.column, message: err.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '') };
    });
    reader.write(text).close();
  }
  if (!fault) return;
  const { line, column, message } = fault;
  const vi = faultsVi.find(([pattern]) => pattern.test(message))?.[1] ?? message;
  throw new ArchimateError(
    `XML không hợp lệ ở dòng ${line}, cột ${column}: ${vi}. Tệp không phải XML đúng cú pháp; hãy xuất lại từ công cụ mô hình hóa (Archi, …) hoặc sửa chỗ này.`,
    `Malformed XML at line ${line}, column ${column}: ${message}. The file is not well-formed XML; export it again from the modelling tool (Archi, …) or correct it there.`,
    line,
    'XML_NOT_WELL_FORMED',
    column,
  );
}

function toNodes(items: unknown[], scope: Map<string, string>, lineOf: (offset: number | undefined) => number | undefined): XNode[] {
  const nodes: XNode[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const meta = (item as Record<symbol, { startIndex?: number } | undefined>)[META];
    const tag = Object.keys(record).find((k) => k !== ':@');
    if (tag === undefined || tag === '#text' || tag.startsWith('?')) continue;
    const rawAttrs = (record[':@'] ?? {}) as Record<string, string>;
    let local = scope;
    for (const [name, value] of Object.entries(rawAttrs)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        if (local === scope) local = new Map(scope);
        local.set(name === 'xmlns' ? '' : name.slice(6), value);
      }
    }
    const resolve = (qname: string, isAttribute: boolean): { ns: string; local: string } => {
      const colon = qname.indexOf(':');
      if (colon === -1) return { ns: isAttribute ? '' : (local.get('') ?? ''), local: qname };
      const prefix = qname.slice(0, colon);
      return { ns: local.get(prefix) ?? `unbound:${prefix}`, local: qname.slice(colon + 1) };
    };
    const attrs = new Map<string, string>();
    for (const [name, value] of Object.entries(rawAttrs)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const r = resolve(name, true);
      attrs.set(r.ns ? `{${r.ns}}${r.local}` : r.local, String(value));
    }
    const content = Array.isArray(record[tag]) ? (record[tag] as unknown[]) : [];
    let text = '';
    for (const c of content) {
      if (typeof c === 'object' && c !== null && '#text' in c) text += String((c as Record<string, unknown>)['#text']);
    }
    const name = resolve(tag, false);
    nodes.push({ ns: name.ns, local: name.local, attrs, children: toNodes(content, local, lineOf), text, line: lineOf(meta?.startIndex) });
  }
  return nodes;
}

function children(node: XNode, local: string): XNode[] {
  return node.children.filter((c) => c.ns === ARCHIMATE_NS && c.local === local);
}

function checkUniqueIdentifiers(root: XNode): void {
  const seen = new Map<string, number | undefined>();
  const visit = (node: XNode) => {
    const id = node.ns === ARCHIMATE_NS ? node.attrs.get('identifier') : undefined;
    if (id !== undefined) {
      if (seen.has(id)) {
        const first = seen.get(id);
        throw new ArchimateError(
          `Định danh «${id}» bị dùng hai lần (dòng ${first ?? '?'} và dòng ${node.line ?? '?'}); định danh trong tệp phải duy nhất.`,
          `The identifier "${id}" is used twice (lines ${first ?? '?'} and ${node.line ?? '?'}); identifiers must be unique in the file.`,
          node.line,
        );
      }
      seen.set(id, node.line);
    }
    node.children.forEach(visit);
  };
  visit(root);
}

function identity(node: XNode, what: string, whatVi: string): { identifier: string; type: string } {
  const identifier = node.attrs.get('identifier')?.trim();
  if (!identifier) {
    throw new ArchimateError(
      `Một ${whatVi} ở dòng ${node.line ?? '?'} thiếu định danh (identifier).`,
      `An ${what} at line ${node.line ?? '?'} has no identifier.`,
      node.line,
    );
  }
  const rawType = node.attrs.get(`{${XSI_NS}}type`)?.trim();
  if (!rawType) {
    throw new ArchimateError(
      `${whatVi[0]?.toUpperCase()}${whatVi.slice(1)} «${identifier}» ở dòng ${node.line ?? '?'} thiếu loại (xsi:type).`,
      `The ${what} "${identifier}" at line ${node.line ?? '?'} has no type (xsi:type).`,
      node.line,
    );
  }
  return { identifier, type: rawType.slice(rawType.indexOf(':') + 1) };
}

function langTexts(node: XNode, local: string): { lang: string | undefined; text: string }[] {
  return children(node, local).map((c) => ({ lang: c.attrs.get(`{${XML_NS}}lang`)?.toLowerCase(), text: c.text }));
}

function pickLang(list: { lang: string | undefined; text: string }[], lang: string): string | undefined {
  return list.find((t) => t.lang === lang || t.lang?.startsWith(`${lang}-`))?.text;
}

function pickVi(list: { lang: string | undefined; text: string }[]): string | undefined {
  return pickLang(list, 'vi') ?? list.find((t) => t.lang === undefined)?.text ?? list[0]?.text;
}

function storedText(text: string): string {
  return text.normalize('NFC').trim();
}

function normaliseSpace(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function readProperties(node: XNode, names: Map<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const p of children(node, 'properties').flatMap((c) => children(c, 'property'))) {
    const ref = p.attrs.get('propertyDefinitionRef');
    if (!ref) continue;
    const value = pickVi(langTexts(p, 'value'));
    if (value !== undefined) result[names.get(ref) ?? ref] = value.normalize('NFC').trim();
  }
  return result;
}
