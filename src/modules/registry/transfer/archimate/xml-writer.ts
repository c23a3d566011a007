// A small XML writer for the ArchiMate export. Every text and attribute value is escaped here, always: no
// `&name;` or `&#NN;` in a value is passed through as markup (a general-purpose builder did, and `Sở TT&TT;`
// made the file unreadable), and characters XML 1.0 cannot carry are dropped. Pure: no I/O.

/**
 * What the XML 1.0 Char production excludes: C0 controls other than tab, LF and CR; U+FFFE and U+FFFF; surrogates
 * that are not half of a pair (a JavaScript string can hold them, a UTF-8 file cannot).
 */
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g; // eslint-disable-line no-control-regex -- exactly what XML 1.0 forbids

/** The text without the characters XML 1.0 forbids. */
export function dropForbiddenXmlChars(text: string): string {
  return text.replace(forbidden, '');
}

const textEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
// In attributes, tab and line breaks are escaped too: a reader would otherwise normalise them to spaces.
const attributeEscapes: Record<string, string> = { ...textEscapes, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

export function escapeText(text: string): string {
  return dropForbiddenXmlChars(text).replace(/[&<>\r]/g, (c) => textEscapes[c] ?? c);
}

export function escapeAttribute(value: string): string {
  return dropForbiddenXmlChars(value).replace(/[&<>"\t\n\r]/g, (c) => attributeEscapes[c] ?? c);
}

const namePattern = /^[A-Za-z_][A-Za-z0-9._:-]*$/;

/** An element: attributes in the order given, then either text or child elements (no mixed content). */
export class XmlElement {
  private readonly attributes: [string, string][] = [];
  private readonly children: XmlElement[] = [];
  private text: string | undefined;

  constructor(readonly name: string) {
    if (!namePattern.test(name)) throw new Error(`Not an XML name: ${name}`);
  }

  ele(name: string): XmlElement {
    const child = new XmlElement(name);
    this.children.push(child);
    return child;
  }

  att(name: string, value: string): this {
    if (!namePattern.test(name)) throw new Error(`Not an XML name: ${name}`);
    this.attributes.push([name, value]);
    return this;
  }

  txt(text: string): this {
    this.text = (this.text ?? '') + text;
    return this;
  }

  /** Indented two spaces per level; text stays inline, so no whitespace is added to any value. */
  write(out: string[], depth: number): void {
    const indent = '  '.repeat(depth);
    const attrs = this.attributes.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join('');
    if (this.children.length === 0) {
      out.push(this.text === undefined || this.text === '' ? `${indent}<${this.name}${attrs}/>` : `${indent}<${this.name}${attrs}>${escapeText(this.text)}</${this.name}>`);
      return;
    }
    out.push(`${indent}<${this.name}${attrs}>`);
    for (const child of this.children) child.write(out, depth + 1);
    out.push(`${indent}</${this.name}>`);
  }
}

/** The document: the XML declaration, then the root element. */
export function writeDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  root.write(out, 0);
  return out.join('\n');
}
