import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { exportArchimate, type ModelSnapshot } from '../../../src/modules/registry/transfer/archimate/export.js';
import { ArchimateError, MAX_ARCHIMATE_BYTES, parseArchimate, type ImportedModel } from '../../../src/modules/registry/transfer/archimate/parse.js';
import { codeFromName, planRegistryImport } from '../../../src/modules/registry/transfer/archimate/plan.js';
import type { Relation, RelationType, SystemKind, SystemRecord } from '../../../src/modules/registry/model.js';
import { normalise } from '../../../src/modules/registry/systems.js';
import { foldForSearch } from '../../../src/core/text.js';
import { systemRecord } from '../../helpers/fixtures.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/archimate');
const xsd = path.join(fixtures, 'archimate3_Diagram.xsd');
/** archimate3_Diagram.xsd plus Dublin Core, for files with <metadata><dc:…> (Archi's exports). */
const xsdWithDc = path.join(fixtures, 'archimate3_Diagram_with_dc.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

function xmllint(xml: string, schema = xsd): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archimate-'));
  const file = path.join(dir, 'model.xml');
  fs.writeFileSync(file, xml);
  try {
    // --nonet: the schemas must load from the local files only.
    const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schema, file], { encoding: 'utf8' });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------- a registry by hand

const ids = {
  tthc: '3f1c2a9e-5b7d-4c1e-9a2b-0c1d2e3f4a01',
  lgsp: '3f1c2a9e-5b7d-4c1e-9a2b-0c1d2e3f4a02',
  csdl: '3f1c2a9e-5b7d-4c1e-9a2b-0c1d2e3f4a03',
  api: '3f1c2a9e-5b7d-4c1e-9a2b-0c1d2e3f4a04',
  portal: '3f1c2a9e-5b7d-4c1e-9a2b-0c1d2e3f4a05',
  oldPortal: '3f1c2a9e-5b7d-4c1e-9a2b-0c1d2e3f4a06',
  dc: '3f1c2a9e-5b7d-4c1e-9a2b-0c1d2e3f4a07',
  commune: '3f1c2a9e-5b7d-4c1e-9a2b-0c1d2e3f4a08',
};

/** A system as the registry stores it, with what these tests take as given (interface in Vietnamese, version 3). */
function system(overrides: Partial<SystemRecord> & Pick<SystemRecord, 'id' | 'code' | 'kind' | 'name' | 'ownerAgencyId'>): SystemRecord {
  return systemRecord({ uiLanguages: ['vi'], version: 3, ...overrides });
}

const systems: SystemRecord[] = [
  system({
    id: ids.tthc,
    code: 'HY-TTHC',
    kind: 'information_system',
    name: { vi: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh', en: 'Provincial administrative procedures system' },
    ownerAgencyId: 'van-phong-ubnd',
    purpose: 'Tiếp nhận & giải quyết hồ sơ TTHC ở 3 cấp; liên thông với Cổng DVC quốc gia.',
    audiences: ['citizens', 'businesses', 'agencies'],
    components: [
      { code: 'III.2(3)', link: 'implements' },
      { code: 'II.2(1)', link: 'uses' },
    ],
    securityLevel: { level: 3, approvalNumber: '125/QĐ-SKHCN', approvalDate: '2026-03-02' },
    hosting: 'provincial_dc_hung_yen',
    ipv6: 'ready',
    supplier: 'VNPT (VNPT-iGate)',
    yearStarted: 2019,
    url: 'https://dichvucong.hungyen.gov.vn',
  }),
  system({
    id: ids.lgsp,
    code: 'HY-LGSP',
    kind: 'platform',
    name: { vi: 'Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)', en: 'Provincial integration platform (LGSP)' },
    ownerAgencyId: 'so-khcn',
    layer: 'II',
    components: [{ code: 'II.2(1)', link: 'implements' }],
    hosting: 'provincial_dc_hung_yen',
    ipv6: 'partial',
  }),
  system({
    id: ids.csdl,
    code: 'HY-CSDL-YT',
    kind: 'database',
    // Characters that need escaping in XML, in a Vietnamese name.
    name: { vi: 'CSDL "sức khỏe" & <hồ sơ> bệnh án của người dân \'HY\'', en: 'Health & <records> "database"' },
    ownerAgencyId: 'so-y-te',
    layer: 'II',
    lifecycle: 'building',
    components: [{ code: 'II.2(5)', link: 'implements' }],
    verified: false,
    status: 'pending',
  }),
  system({
    id: ids.api,
    code: 'HY-TTHC-API',
    kind: 'api',
    name: { vi: 'API tra cứu hồ sơ thủ tục hành chính', en: 'Dossier lookup API' },
    ownerAgencyId: 'van-phong-ubnd',
    components: [{ code: 'III.2(3)', link: 'uses' }],
  }),
  system({
    id: ids.portal,
    code: 'HY-PORTAL',
    kind: 'information_system',
    name: { vi: 'Cổng Thông tin điện tử tỉnh Hưng Yên', en: 'Hưng Yên provincial web portal' },
    ownerAgencyId: 'van-phong-ubnd',
    layer: 'IV',
    components: [{ code: 'IV.2(1)', link: 'implements' }],
  }),
  system({
    id: ids.oldPortal,
    code: 'HY-PORTAL-2015',
    kind: 'information_system',
    name: { vi: 'Cổng Thông tin điện tử tỉnh (phiên bản 2015)', en: '' },
    ownerAgencyId: 'van-phong-ubnd',
    layer: 'IV',
    lifecycle: 'retired',
  }),
  system({
    id: ids.dc,
    code: 'HY-TTDL',
    kind: 'platform',
    name: { vi: 'Trung tâm dữ liệu tỉnh Hưng Yên', en: 'Hưng Yên provincial data centre' },
    ownerAgencyId: 'so-khcn',
    layer: 'I',
    components: [{ code: 'I.2(1)', link: 'implements' }],
    securityLevel: { level: 4 },
  }),
  system({
    id: ids.commune,
    code: 'XA-TL-QLVB',
    kind: 'information_system',
    name: { vi: 'Phần mềm quản lý văn bản xã Tiên Lữ', en: 'Tiên Lữ commune document management' },
    ownerAgencyId: 'xa-12345',
    lifecycle: 'phasing_out',
  }),
];

const relations: Relation[] = [
  { fromId: ids.tthc, toId: ids.lgsp, type: 'uses', note: 'Kết nối qua LGSP tới Cổng DVC quốc gia & CSDL dân cư' },
  { fromId: ids.tthc, toId: ids.csdl, type: 'uses' },
  { fromId: ids.portal, toId: ids.tthc, type: 'uses' },
  { fromId: ids.api, toId: ids.csdl, type: 'uses' },
  { fromId: ids.csdl, toId: ids.lgsp, type: 'uses' },
  { fromId: ids.tthc, toId: ids.dc, type: 'uses' },
  { fromId: ids.api, toId: ids.tthc, type: 'part_of' },
  { fromId: ids.lgsp, toId: ids.dc, type: 'part_of' },
  { fromId: ids.csdl, toId: ids.tthc, type: 'part_of' },
  { fromId: ids.portal, toId: ids.oldPortal, type: 'replaces' },
  { fromId: ids.commune, toId: ids.tthc, type: 'duplicates' },
];

const snapshot: ModelSnapshot = {
  title: 'Khung kiến trúc số tỉnh Hưng Yên',
  generatedAt: '2026-10-15T03:00:00.000Z',
  layers: [
    { code: 'I', name: { vi: 'Lớp Hạ tầng số và an ninh mạng dùng chung', en: 'Shared digital infrastructure and cybersecurity layer' } },
    { code: 'II', name: { vi: 'Lớp Dữ liệu và nền tảng lõi', en: 'Data and core platforms layer' } },
    { code: 'III', name: { vi: 'Lớp Ứng dụng và nghiệp vụ dùng chung', en: 'Shared applications and business layer' } },
    { code: 'IV', name: { vi: 'Lớp Kênh tương tác và đo lường hiệu quả', en: 'Channels and performance measurement layer' } },
  ],
  components: [
    { code: 'I.2(1)', layer: 'I', scope: 'provincial', name: { vi: 'Trung tâm dữ liệu', en: 'Data centre' }, description: { vi: 'Trung tâm dữ liệu của tỉnh.', en: 'The province’s data centre.' } },
    { code: 'II.1(1)', layer: 'II', scope: 'national', name: { vi: 'Nền tảng tích hợp, chia sẻ dữ liệu Quốc gia (NDXP)', en: 'National data exchange platform (NDXP)' }, description: { vi: 'NDXP.', en: 'NDXP.' } },
    { code: 'II.2(1)', layer: 'II', scope: 'provincial', name: { vi: 'Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)', en: 'Provincial integration platform (LGSP)' }, description: { vi: 'LGSP kết nối các hệ thống < > & " \'.', en: 'LGSP.' } },
    { code: 'II.2(5)', layer: 'II', scope: 'provincial', name: { vi: 'Các CSDL dùng chung, CSDL chuyên ngành', en: 'Shared and sector databases' }, description: { vi: 'CSDL.', en: 'Databases.' } },
    { code: 'III.2(3)', layer: 'III', scope: 'provincial', name: { vi: 'Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh', en: 'Provincial administrative procedures system' }, description: { vi: 'TTHC.', en: 'Procedures.' } },
    { code: 'IV.2(1)', layer: 'IV', scope: 'provincial', name: { vi: 'Cổng/Trang thông tin điện tử', en: 'Web portals' }, description: { vi: 'Cổng.', en: 'Portals.' } },
  ],
  agencies: [
    { id: 'van-phong-ubnd', kind: 'people-committee-office', name: { vi: 'Văn phòng Ủy ban nhân dân tỉnh', en: 'Office of the Provincial People’s Committee' } },
    { id: 'so-khcn', kind: 'department', name: { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' } },
    { id: 'so-y-te', kind: 'department', name: { vi: 'Sở Y tế', en: 'Department of Health' } },
    { id: 'cong-an-tinh', kind: 'police', name: { vi: 'Công an tỉnh Hưng Yên', en: 'Hưng Yên Provincial Police' } },
    { id: 'xa-12345', kind: 'commune', name: { vi: 'UBND xã Tiên Lữ', en: 'Tiên Lữ Commune People’s Committee' } },
    { id: 'xa-99999', kind: 'commune', name: { vi: 'UBND xã Hoàng Hoa Thám', en: 'Hoàng Hoa Thám Commune People’s Committee' } },
  ],
  systems,
  relations,
};

const ctx = {
  agencyIds: new Set(snapshot.agencies.map((a) => a.id)),
  componentCodes: new Set(['I.2(1)', 'II.1(1)', 'II.2(1)', 'II.2(5)', 'III.2(3)', 'III.2(7)', 'IV.2(1)']),
  defaultAgencyId: 'so-khcn',
  agencyByName: new Map(snapshot.agencies.map((a) => [foldForSearch(a.name.vi), a.id])),
};

function expectError(fn: () => unknown, pattern: RegExp, line?: number): ArchimateError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof ArchimateError, `expected ArchimateError, got ${String(err)}`);
    assert.match(err.messageEn, pattern);
    assert.ok(err.messageVi.length > 0);
    if (line !== undefined) assert.equal(err.line, line, `line of: ${err.messageEn}`);
    return err;
  }
  assert.fail('expected an ArchimateError');
}

// ---------------------------------------------------------------------------- export

describe('ArchiMate export', () => {
  const xml = exportArchimate(snapshot);

  it('loads the schemas offline (xml.xsd and dc.xsd imported from the local files)', { skip: !hasXmllint && 'xmllint not installed' }, () => {
    for (const schema of [xsd, xsdWithDc]) {
      const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schema, path.join(fixtures, 'archi-sample.xml')], { encoding: 'utf8' });
      assert.doesNotMatch(r.stderr, /failed to load|WXS schema .* failed to compile|I\/O error/i, r.stderr);
    }
  });

  it('validates against archimate3_Diagram.xsd with xmllint', { skip: !hasXmllint && 'xmllint not installed' }, () => {
    const r = xmllint(xml);
    assert.ok(r.ok, r.output);
    assert.match(r.output, /validates/);
    // The check is not a formality: an unknown type or a dangling reference fails it.
    assert.equal(xmllint(xml.replace('xsi:type="Grouping"', 'xsi:type="Groupe"')).ok, false);
    assert.equal(xmllint(xml.replace('target="id-comp-II.2-1"', 'target="id-comp-nowhere"')).ok, false);
  });

  it('is stable: the same registry gives the same file and identifiers', () => {
    assert.equal(exportArchimate(snapshot), xml);
    assert.match(xml, new RegExp(`identifier="id-sys-${ids.tthc}"`));
    assert.match(xml, /identifier="id-comp-II\.2-1"/);
    assert.match(xml, /identifier="id-agency-so-khcn"/);
    assert.match(xml, /identifier="id-layer-I"/);
    assert.match(xml, /xmlns="http:\/\/www\.opengroup\.org\/xsd\/archimate\/3\.0\/"/);
    assert.match(xml, /xsi:schemaLocation="http:\/\/www\.opengroup\.org\/xsd\/archimate\/3\.0\/ [^"]*archimate3_Diagram\.xsd"/);
  });

  it('escapes text through the XML writer and keeps Vietnamese in both languages', () => {
    assert.ok(!xml.includes('& <hồ sơ>'), 'raw markup characters must not appear');
    assert.match(xml, /<name xml:lang="vi">CSDL "sức khỏe" &amp; &lt;hồ sơ&gt; bệnh án của người dân 'HY'<\/name>/);
    assert.match(xml, /<name xml:lang="en">Provincial integration platform \(LGSP\)<\/name>/);
    const parsed = parseArchimate(xml);
    const csdl = parsed.elements.find((e) => e.identifier === `id-sys-${ids.csdl}`);
    assert.equal(csdl?.name, 'CSDL "sức khỏe" & <hồ sơ> bệnh án của người dân \'HY\'');
    assert.equal(csdl?.nameEn, 'Health & <records> "database"');
    // A system without an English name has only the Vietnamese one.
    const old = parsed.elements.find((e) => e.identifier === `id-sys-${ids.oldPortal}`);
    assert.equal(old?.name, 'Cổng Thông tin điện tử tỉnh (phiên bản 2015)');
    assert.equal(old?.nameEn, undefined);
  });

  it('maps layers and components to groupings, agencies to actors, systems by kind', () => {
    const parsed = parseArchimate(xml);
    const typeOf = (id: string) => parsed.elements.find((e) => e.identifier === id)?.type;
    assert.equal(typeOf('id-layer-II'), 'Grouping');
    assert.equal(typeOf('id-comp-III.2-3'), 'Grouping');
    assert.equal(typeOf('id-agency-so-y-te'), 'BusinessActor');
    assert.equal(typeOf(`id-sys-${ids.tthc}`), 'ApplicationComponent');
    assert.equal(typeOf(`id-sys-${ids.lgsp}`), 'SystemSoftware');
    assert.equal(typeOf(`id-sys-${ids.csdl}`), 'DataObject');
    assert.equal(typeOf(`id-sys-${ids.api}`), 'ApplicationInterface');
    // Communes only when they own a system; the other agencies always.
    assert.equal(typeOf('id-agency-xa-12345'), 'BusinessActor');
    assert.equal(typeOf('id-agency-xa-99999'), undefined);
    assert.equal(typeOf('id-agency-cong-an-tinh'), 'BusinessActor');
    const tthc = parsed.elements.find((e) => e.identifier === `id-sys-${ids.tthc}`);
    assert.equal(tthc?.documentation, systems[0]?.purpose);
    assert.equal(tthc?.properties['Mã hệ thống'], 'HY-TTHC');
    assert.equal(tthc?.properties['Cấp độ an toàn hệ thống thông tin'], '3');
    assert.equal(tthc?.properties['Đã được cơ quan chủ quản xác nhận'], 'true');
  });

  it('chooses relationships the ArchiMate 3.1 table allows', () => {
    const parsed = parseArchimate(xml);
    const rel = (source: string, target: string) => parsed.relationships.filter((r) => r.source === source && r.target === target).map((r) => `${r.type}${r.nameEn ? ` ${r.nameEn}` : ''}`);
    const s = (id: string) => `id-sys-${id}`;
    assert.deepEqual(rel('id-layer-II', 'id-comp-II.2-1'), ['Composition']);
    assert.deepEqual(rel('id-agency-van-phong-ubnd', s(ids.tthc)), ['Association owns']);
    assert.deepEqual(rel(s(ids.tthc), 'id-comp-III.2-3'), ['Realization']);
    assert.deepEqual(rel(s(ids.tthc), 'id-comp-II.2-1'), ['Association uses']);
    assert.deepEqual(rel(s(ids.lgsp), s(ids.tthc)), ['Serving'], 'platform serves the system that uses it');
    assert.deepEqual(rel(s(ids.tthc), s(ids.csdl)), ['Access'], 'a user of a data object accesses it');
    assert.deepEqual(rel(s(ids.tthc), s(ids.portal)), ['Serving']);
    assert.deepEqual(rel(s(ids.api), s(ids.csdl)), ['Access']);
    assert.deepEqual(rel(s(ids.csdl), s(ids.lgsp)), ['Association uses'], 'a data object serves nothing');
    assert.deepEqual(rel(s(ids.tthc), s(ids.api)), ['Aggregation'], 'different types: aggregation where valid');
    assert.deepEqual(rel(s(ids.dc), s(ids.lgsp)), ['Composition'], 'same type: composition whole → part');
    assert.deepEqual(rel(s(ids.csdl), s(ids.tthc)), ['Association part of'], 'component → data object allows no aggregation');
    assert.deepEqual(rel(s(ids.portal), s(ids.oldPortal)), ['Association replaces']);
    assert.deepEqual(rel(s(ids.commune), s(ids.tthc)), ['Association duplicates']);
    assert.ok(parsed.relationships.every((r) => r.identifier.startsWith('id-rel-')));
  });
});

// ---------------------------------------------------------------------------- text that looks like markup

/** A model of the given systems and relations, with the rest of the hand-made registry. */
function modelOf(systemList: SystemRecord[], relationList: Relation[]): ModelSnapshot {
  return { ...snapshot, systems: systemList, relations: relationList };
}

describe('ArchiMate export of text that looks like markup', () => {
  // xmlbuilder2 wrote `&name;` and `&#NN;` as they were: the file declared entities it never defined.
  const tricky = 'Sở TT&TT; Hưng Yên &#65; &#x1EC7; &amp; &lt;b&gt; ]]> "x" \'y\'';
  const model: ModelSnapshot = {
    ...modelOf(
      [system({ id: ids.tthc, code: 'HY-TT', kind: 'information_system', name: { vi: tricky, en: `EN ${tricky}` }, ownerAgencyId: 'so-tttt', purpose: `Mục đích: ${tricky}\r\ndòng 2` }), system({ id: ids.lgsp, code: 'HY-LGSP', kind: 'platform', name: { vi: 'LGSP', en: '' }, ownerAgencyId: 'so-tttt' })],
      [{ fromId: ids.tthc, toId: ids.lgsp, type: 'uses', note: `Ghi chú ${tricky}` }],
    ),
    title: `Khung &TT; ${tricky}`,
    agencies: [{ id: 'so-tttt', kind: 'department', name: { vi: 'Sở TT&TT;', en: 'Department of I&C &IC;' } }],
  };
  const xml = exportArchimate(model);

  it('writes every & as &amp;, so the file is well-formed and valid', { skip: !hasXmllint && 'xmllint not installed' }, () => {
    assert.ok(!/&(?!amp;|lt;|gt;|quot;|#13;|#9;|#10;)/.test(xml), 'no entity reference but the predefined ones and the escapes of CR, tab and LF');
    assert.match(xml, /<name xml:lang="vi">Sở TT&amp;TT;<\/name>/);
    const r = xmllint(xml);
    assert.ok(r.ok, r.output);
  });

  it('reads back the same text', () => {
    const parsed = parseArchimate(xml);
    const tt = parsed.elements.find((e) => e.identifier === `id-sys-${ids.tthc}`);
    assert.equal(tt?.name, tricky);
    assert.equal(tt?.nameEn, `EN ${tricky}`);
    assert.equal(tt?.documentation, `Mục đích: ${tricky}\r\ndòng 2`, 'a CR survives as &#13;');
    assert.equal(parsed.elements.find((e) => e.identifier === 'id-agency-so-tttt')?.name, 'Sở TT&TT;');
    assert.equal(parsed.name, `Khung &TT; ${tricky}`);
    const plan = planRegistryImport(parsed, { ...ctx, agencyIds: new Set(['so-tttt']) });
    assert.deepEqual(plan.relations.map((r) => r.note), [`Ghi chú ${tricky}`]);
  });

  it('drops the characters XML 1.0 cannot carry, and names that are left empty fall back to the code', { skip: !hasXmllint && 'xmllint not installed' }, () => {
    const bad = exportArchimate(
      modelOf([system({ id: ids.csdl, code: 'HY-BAD', kind: 'database', name: { vi: '\u0001\u0008', en: 'a\u0000b\u000Bc\uFFFEd\uFFFFe\uD800f\uDC00g\u{1F600}' }, ownerAgencyId: 'so-y-te', purpose: 'p\u001Fq' })], []),
    );
    assert.ok(xmllint(bad).ok);
    const e = parseArchimate(bad).elements.find((x) => x.identifier === `id-sys-${ids.csdl}`);
    assert.deepEqual([e?.name, e?.nameEn, e?.documentation], ['HY-BAD', 'abcdefg\u{1F600}', 'pq']);
  });
});

// ---------------------------------------------------------------------------- property: any text survives the round trip

/** The XML 1.0 Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
function xmlChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000) out += ch;
  }
  return out;
}

/**
 * "The same text" after a round trip: the text as the registry stores it (NFC, trimmed: `normalise`), without the
 * characters outside the XML 1.0 Char production, then again NFC and trimmed (dropping a character can leave two
 * marks side by side, or space at an end). Nothing else changes: no entity is decoded, no space collapsed, and CR, tab
 * and line breaks stay as they are.
 */
const same = (stored: string): string => xmlChars(stored).normalize('NFC').trim();

const specialUnits = ['&', '<', '>', '"', "'", ';', '#', '&TT;', '&amp;', '&lt;', '&#65;', '&#x1EC7;', '&#0;', ']]>', '<!--', '<![CDATA[', '\r', '\n', '\r\n', '\t', ' ', '  ', '\u00A0', '\u2028', '\uFEFF', '\u0000', '\u0001', '\u001F', '\u007F', '\u0085', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', 'e\u0301', '\u0301', 'Sở TT&TT;'];
const unit = fc.oneof(
  fc.constantFrom(...specialUnits),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), // any code point
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), // any UTF-16 unit, lone surrogates included
);
const anyText = fc.string({ unit, maxLength: 30 });
const kinds: SystemKind[] = ['information_system', 'platform', 'database', 'api'];
const relationTypes: RelationType[] = ['uses', 'part_of', 'replaces', 'duplicates'];

describe('ArchiMate round trip of any text (fast-check)', () => {
  const systemArb = fc.record({
    kind: fc.constantFrom(...kinds),
    // The registry refuses a blank Vietnamese name; what it stores is what is written.
    vi: anyText.filter((t) => same(normalise(t)) !== ''),
    en: anyText,
    purpose: anyText,
  });
  const modelArb = fc.record({
    systems: fc.array(systemArb, { minLength: 1, maxLength: 4 }),
    notes: fc.array(fc.record({ type: fc.constantFrom(...relationTypes), note: anyText }), { maxLength: 4 }),
  });

  it('exports a well-formed, schema-valid file, and importing it gives the same names, purposes and notes', { skip: !hasXmllint && 'xmllint not installed' }, () => {
    fc.assert(
      fc.property(modelArb, ({ systems: drawn, notes }) => {
        const list = drawn.map((d, i) =>
          // Stored as the registry stores text (normalise: NFC, trimmed).
          system({ id: `3f1c2a9e-5b7d-4c1e-9a2b-0c1d2e3f4b${String(i).padStart(2, '0')}`, code: `HY-P${i}`, kind: d.kind, name: normalise({ vi: d.vi, en: d.en }), ownerAgencyId: 'so-khcn', purpose: normalise(d.purpose) }),
        );
        // Relations between distinct systems, at most one per pair and type.
        const rels: Relation[] = list.length < 2 ? [] : notes.map((n, i) => ({ fromId: list[i % list.length]!.id, toId: list[(i + 1) % list.length]!.id, type: n.type, note: normalise(n.note) }));
        const unique = [...new Map(rels.map((r) => [`${r.fromId} ${r.toId} ${r.type}`, r])).values()];
        const xml = exportArchimate(modelOf(list, unique));

        const lint = xmllint(xml);
        assert.ok(lint.ok, lint.output);

        const plan = planRegistryImport(parseArchimate(xml), ctx);
        for (const original of list) {
          const back = plan.systems.find((p) => p.registryId === original.id);
          assert.ok(back, `${original.code} comes back`);
          const input = normalise(back.input); // as the import saves it
          const vi = same(original.name.vi);
          assert.equal(input.name.vi, vi);
          assert.equal(input.name.en, same(original.name.en) || vi, 'no English name: the Vietnamese one');
          assert.equal(input.purpose, same(original.purpose));
        }
        const noteOf = (fromId: string, toId: string, type: RelationType) =>
          plan.relations.find((r) => r.fromSourceId === `id-sys-${fromId}` && r.toSourceId === `id-sys-${toId}` && r.type === type)?.note ?? '';
        for (const r of unique) assert.equal(noteOf(r.fromId, r.toId, r.type), same(r.note ?? ''), `note of ${r.type}`);
      }),
      { numRuns: 40 },
    );
  });
});

// ---------------------------------------------------------------------------- round trip

describe('ArchiMate round trip', () => {
  const plan = planRegistryImport(parseArchimate(exportArchimate(snapshot)), ctx);

  it('finds our own systems by registry id, with kinds, owners, codes and facts', () => {
    assert.equal(plan.systems.length, systems.length);
    for (const original of systems) {
      const planned = plan.systems.find((p) => p.registryId === original.id);
      assert.ok(planned, `system ${original.code} found`);
      const input = planned.input;
      assert.equal(input.code, original.code);
      assert.equal(input.kind, original.kind);
      assert.equal(input.ownerAgencyId, original.ownerAgencyId);
      assert.equal(input.name.vi, original.name.vi);
      assert.equal(input.name.en, original.name.en || original.name.vi);
      assert.equal(input.purpose, original.purpose);
      assert.equal(input.lifecycle, original.lifecycle);
      assert.equal(input.layer, original.layer);
      assert.deepEqual(input.components, original.components);
      assert.deepEqual(input.audiences, original.audiences);
      assert.deepEqual(input.securityLevel, original.securityLevel);
      assert.equal(input.hosting, original.hosting);
      assert.equal(input.ipv6, original.ipv6);
      assert.equal(input.supplier, original.supplier);
      assert.equal(input.yearStarted, original.yearStarted);
      assert.equal(input.url, original.url);
    }
  });

  it('recovers every relation, and reports nothing of ours as skipped', () => {
    const sourceOf = (id: string) => `id-sys-${id}`;
    const expected = relations.map((r) => `${sourceOf(r.fromId)} ${r.type} ${sourceOf(r.toId)}`).sort();
    const actual = plan.relations.map((r) => `${r.fromSourceId} ${r.type} ${r.toSourceId}`).sort();
    assert.deepEqual(actual, expected);
    assert.deepEqual(plan.skipped, []);
  });
});

// ---------------------------------------------------------------------------- an Archi file

describe('an Archi export', () => {
  const xml = fs.readFileSync(path.join(fixtures, 'archi-sample.xml'), 'utf8');
  const id = (n: number) => `id-0a1b2c3d4e5f40718293a4b5c6d7e8${String(n).padStart(2, '0')}`;

  it('validates against the schema (with Dublin Core metadata)', { skip: !hasXmllint && 'xmllint not installed' }, () => {
    const r = xmllint(xml, xsdWithDc);
    assert.ok(r.ok, r.output);
  });

  it('parses elements, names, documentation, properties and relationships', () => {
    const model = parseArchimate(xml);
    assert.equal(model.name, 'Kiến trúc ứng dụng ngành Y tế Hưng Yên');
    assert.equal(model.elements.length, 15);
    assert.equal(model.relationships.length, 17);
    const his = model.elements.find((e) => e.identifier === id(4));
    assert.deepEqual(
      { type: his?.type, name: his?.name, nameEn: his?.nameEn, documentation: his?.documentation, properties: his?.properties },
      {
        type: 'ApplicationComponent',
        name: 'Hệ thống quản lý bệnh viện (HIS)',
        nameEn: 'Hospital information system (HIS)',
        documentation: 'Quản lý khám chữa bệnh, viện phí & thanh toán BHYT tại các bệnh viện tuyến tỉnh.',
        properties: { 'Mã hệ thống': 'SYT-HIS', 'Nhà cung cấp': 'VNPT' },
      },
    );
    assert.equal(model.elements.find((e) => e.identifier === id(5))?.documentation, 'Hồ sơ sức khỏe điện tử của người dân.\nLiên thông với ứng dụng VNeID.');
    assert.equal(his?.line, 23);
  });

  it('plans the systems, owners, component links and relations, and explains what it skips', () => {
    const plan = planRegistryImport(parseArchimate(xml), ctx);
    const summary = plan.systems.map((s) => ({
      source: s.sourceId,
      code: s.input.code,
      kind: s.input.kind,
      owner: s.input.ownerAgencyId,
      layer: s.input.layer,
      components: s.input.components.map((c) => `${c.code}:${c.link}`),
      registryId: s.registryId,
    }));
    assert.deepEqual(summary, [
      { source: id(4), code: 'SYT-HIS', kind: 'information_system', owner: 'so-y-te', layer: 'III', components: ['III.2(7):implements'], registryId: undefined },
      { source: id(5), code: 'PMQLHSSKDT', kind: 'information_system', owner: 'so-khcn', layer: 'II', components: ['II.2(5):uses'], registryId: undefined },
      { source: id(6), code: 'PMHSSKPBC', kind: 'information_system', owner: 'so-khcn', layer: 'III', components: [], registryId: undefined },
      { source: id(7), code: 'CSDLSKND', kind: 'database', owner: 'so-y-te', layer: 'II', components: ['II.2(5):implements'], registryId: undefined },
      { source: id(8), code: 'CMCAHTTTDLT', kind: 'platform', owner: 'so-khcn', layer: 'I', components: [], registryId: undefined }, // a Node: technology, layer I
      { source: id(9), code: 'APILTDTQG', kind: 'api', owner: 'so-khcn', layer: 'III', components: [], registryId: undefined },
      { source: id(10), code: 'DVDLKTT', kind: 'platform', owner: 'so-khcn', layer: 'III', components: [], registryId: undefined },
    ]);
    const his = plan.systems[0]?.input;
    assert.equal(his?.supplier, 'VNPT');
    assert.deepEqual(his?.name, { vi: 'Hệ thống quản lý bệnh viện (HIS)', en: 'Hospital information system (HIS)' });
    // Defaults for what Archi does not carry.
    assert.deepEqual(
      { lifecycle: his?.lifecycle, hosting: his?.hosting, ipv6: his?.ipv6, securityLevel: his?.securityLevel, contacts: his?.contacts, audiences: his?.audiences },
      { lifecycle: 'in_use', hosting: 'unknown', ipv6: 'unknown', securityLevel: null, contacts: [], audiences: [] },
    );
    // Only one name: it is both the Vietnamese and the English one.
    assert.deepEqual(plan.systems[1]?.input.name, { vi: 'Phần mềm quản lý hồ sơ sức khỏe điện tử', en: 'Phần mềm quản lý hồ sơ sức khỏe điện tử' });

    assert.deepEqual(
      plan.relations.map((r) => `${r.fromSourceId.slice(-2)} ${r.type} ${r.toSourceId.slice(-2)}`),
      [
        '05 uses 04', // Serving HIS → HSSK
        '04 uses 07', // Access HIS → CSDL
        '04 uses 09', // Flow API → HIS: the receiver uses the sender
        '05 uses 09', // Triggering HSSK → API
        '09 part_of 04', // Composition HIS → API
        '04 uses 08', // Serving Node → HIS
        '05 replaces 06', // Association "thay thế"
      ],
    );
    assert.deepEqual(
      plan.skipped.map((s) => `${s.identifier.slice(-2)} ${s.type}`),
      [
        ...['02 BusinessActor', '03 BusinessProcess', '11 ApplicationFunction', '14 Grouping', '15 Requirement'],
        // Relationships in file order: those with a skipped end (the unknown actor 02, the function 11, the grouping 14), and one between systems that maps to no relation.
        ...['03 Serving', '11 Realization', '12 Assignment', '16 Aggregation', '17 Serving'],
      ],
    );
    assert.match(plan.skipped.find((s) => s.identifier.endsWith('e803') && s.type === 'Serving')?.reason.en ?? '', /is skipped because its end "Bệnh viện Đa khoa tỉnh" is skipped/);
    for (const s of plan.skipped) assert.ok(s.reason.vi.length > 10 && s.reason.en.length > 10);
    assert.match(plan.skipped[0]?.reason.en ?? '', /Bệnh viện Đa khoa tỉnh.*matches no agency/);
  });

  it('puts technology elements in layer I (Node, Device, SystemSoftware, CommunicationNetwork, …), others in III', () => {
    const types = ['Node', 'Device', 'SystemSoftware', 'CommunicationNetwork', 'TechnologyService', 'TechnologyCollaboration', 'TechnologyInterface', 'Artifact', 'ApplicationComponent', 'ApplicationService', 'DataObject', 'ApplicationInterface'];
    const model: ImportedModel = { name: 'm', elements: types.map((type) => ({ identifier: `e-${type}`, type, name: `Phần tử ${type}`, properties: {} })), relationships: [] };
    const layers = Object.fromEntries(planRegistryImport(model, ctx).systems.map((s) => [s.sourceId.slice(2), s.input.layer]));
    assert.deepEqual(layers, {
      ...Object.fromEntries(types.slice(0, 8).map((t) => [t, 'I'])),
      ...Object.fromEntries(types.slice(8).map((t) => [t, 'III'])),
    });
  });

  it('reads the same model written with a namespace prefix and prefixed xsi:type values', () => {
    const prefixed = xml
      .replace('xmlns="http://www.opengroup.org/xsd/archimate/3.0/"', 'xmlns:archimate="http://www.opengroup.org/xsd/archimate/3.0/"')
      .replace(/<(\/?)(model|name|documentation|metadata|schema|schemaversion|elements|element|relationships|relationship|properties|property|value|organizations|item|label|propertyDefinitions|propertyDefinition|views|diagrams|view|node|connection|style|fillColor|lineColor|font|color|bendpoint)([\s>/])/g, '<$1archimate:$2$3')
      .replace(/xsi:type="(?!archimate:)/g, 'xsi:type="archimate:');
    assert.match(prefixed, /<archimate:element identifier="[^"]+" xsi:type="archimate:ApplicationComponent">/);
    if (hasXmllint) assert.ok(xmllint(prefixed, xsdWithDc).ok, 'the prefixed variant is still a valid exchange file');
    const a = parseArchimate(xml);
    const b = parseArchimate(prefixed);
    const strip = (m: ImportedModel) => ({ ...m, elements: m.elements.map(({ line: _l, ...e }) => e), relationships: m.relationships.map(({ line: _l, ...r }) => r) });
    assert.deepEqual(strip(b), strip(a));
  });

  it('decodes character references and accepts a byte buffer with a BOM', () => {
    const model = parseArchimate(
      Buffer.from(
        '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m"><name>H&#x1EC7; th&#7889;ng &amp; c&#244;ng ngh&#7879;</name>' +
          '<elements><element identifier="e1" xsi:type="ApplicationComponent"><name>A &lt;b&gt;</name></element></elements></model>',
        'utf8',
      ),
    );
    assert.equal(model.name, 'Hệ thống & công nghệ');
    assert.equal(model.elements[0]?.name, 'A <b>');
  });
});

// ---------------------------------------------------------------------------- what is refused

describe('ArchiMate input that is refused', () => {
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">\n<name>M</name>\n';

  it('malformed XML, with the line', () => {
    expectError(() => parseArchimate(`${head}<elements>\n<element identifier="a" xsi:type="Node"><name>x</name>\n</elements>\n</model>`), /Malformed XML at line 6/, 6);
    expectError(() => parseArchimate('not xml at all'), /Malformed XML at line 1/, 1);
    expectError(() => parseArchimate('   '), /empty/);
  });

  it('text that is not well-formed: undefined entities, forbidden characters, unbound prefixes (code XML_NOT_WELL_FORMED, line and column)', () => {
    const refused = (body: string, pattern: RegExp, line: number, column?: number) => {
      const err = expectError(() => parseArchimate(`${head}${body}\n</model>`), pattern, line);
      assert.equal(err.code, 'XML_NOT_WELL_FORMED');
      if (column !== undefined) assert.equal(err.column, column);
      return err;
    };
    // fast-xml-parser's validator let each of these through, and the name was imported with «&TT;» in it.
    const entity = refused('<elements>\n<element identifier="a" xsi:type="Node"><name>Sở TT&TT; Hưng Yên</name></element>\n</elements>', /Malformed XML at line 5, column 55: undefined entity/, 5, 55); // the column of the reference's «;»
    assert.match(entity.messageVi, /dòng 5, cột 55: tham chiếu thực thể không xác định/);
    refused('<elements>\n<element identifier="a" xsi:type="Node"><name>x &#0; y</name></element>\n</elements>', /line 5, column \d+: malformed character entity/, 5);
    refused('<elements>\n<element identifier="a" xsi:type="Node"><name>x \u0001 y</name></element>\n</elements>', /line 5, column \d+: disallowed character/, 5);
    refused('<elements>\n<element identifier="a" xsi:type="Node" name="&TT;"/>\n</elements>', /line 5, .*undefined entity/, 5);
    refused('<elements>\n<p:element identifier="a" xsi:type="Node"/>\n</elements>', /line 5, .*unbound namespace prefix/, 5);
    refused('<elements>\n<element identifier="a" xsi:type="Node"><name>a & b</name></element>\n</elements>', /line 5, column 49: an "&" that begins no entity/, 5, 49);
    // An & is text in comments, CDATA sections and processing instructions.
    assert.equal(parseArchimate(`${head}<!-- a & b --><?pi a & b?><documentation><![CDATA[a & b]]></documentation>\n</model>`).name, 'M');
  });

  it('a document that is not an exchange model', () => {
    expectError(() => parseArchimate('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>'), /not an ArchiMate Open Exchange Format model: the root element is <svg> \(http:\/\/www\.w3\.org\/2000\/svg\)/, 2);
    // The right name in the wrong namespace (e.g. the ArchiMate 2.1 exchange format).
    expectError(() => parseArchimate('<model xmlns="http://www.opengroup.org/xsd/archimate"><name>x</name></model>'), /not an ArchiMate Open Exchange Format model/);
    expectError(() => parseArchimate('<model><name>x</name></model>'), /not an ArchiMate/);
  });

  it('elements without identifier or type', () => {
    expectError(() => parseArchimate(`${head}<elements>\n<element xsi:type="Node"><name>x</name></element>\n</elements>\n</model>`), /element at line 5 has no identifier/, 5);
    expectError(() => parseArchimate(`${head}<elements>\n<element identifier="a"><name>x</name></element>\n</elements>\n</model>`), /element "a" at line 5 has no type/, 5);
  });

  it('relationships that point at unknown elements', () => {
    const xml = `${head}<elements>\n<element identifier="a" xsi:type="Node"><name>x</name></element>\n</elements>\n<relationships>\n<relationship identifier="r" source="a" target="ghost" xsi:type="Serving"/>\n</relationships>\n</model>`;
    expectError(() => parseArchimate(xml), /Relationship "r" \(line 8\) points at "ghost"/, 8);
  });

  it('duplicate identifiers', () => {
    const xml = `${head}<elements>\n<element identifier="a" xsi:type="Node"><name>x</name></element>\n<element identifier="a" xsi:type="Device"><name>y</name></element>\n</elements>\n</model>`;
    expectError(() => parseArchimate(xml), /identifier "a" is used twice \(lines 5 and 6\)/, 6);
  });

  it('files over the size limit, before reading them', () => {
    const big = `${head}<documentation>${'x'.repeat(2048)}</documentation></model>`;
    const err = expectError(() => parseArchimate(big, { maxBytes: 1024 }), /too large/);
    assert.equal(err.code, 'ARCHIMATE_TOO_LARGE');
    const huge = Buffer.alloc(MAX_ARCHIMATE_BYTES + 1, 0x20);
    expectError(() => parseArchimate(huge), /too large .*the limit is 100 MB/);
  });

  it('a billion-laughs DTD, refused without expanding anything', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE model [',
      '  <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
      ']>',
      '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" identifier="m"><name>&lol9;</name></model>',
    ].join('\n');
    expectError(() => parseArchimate(lol), /DOCTYPE \(line 2\)/, 2);
    // An external entity (XXE) is refused the same way.
    expectError(() => parseArchimate('<?xml version="1.0"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<model>&x;</model>'), /DOCTYPE/);
  });

  it('deeply nested input is an error, not a crash', () => {
    const deep = `${head}<elements><element identifier="a" xsi:type="Node"><name>x</name>${'<x:y xmlns:x="urn:x">'.repeat(500)}${'</x:y>'.repeat(500)}</element></elements></model>`;
    expectError(() => parseArchimate(deep), /could not be read|Malformed/);
  });
});

describe('codes derived from names', () => {
  it('takes ASCII initials and keeps acronyms and numbers', () => {
    assert.equal(codeFromName('Hệ thống thông tin giải quyết TTHC'), 'HTTTGQTTHC');
    assert.equal(codeFromName('Đăng ký kinh doanh 2025'), 'DKKD2025');
    assert.equal(codeFromName('Ứng'), 'HTU');
  });

  it('keeps codes unique within a plan', () => {
    const model: ImportedModel = {
      name: 'm',
      elements: [
        { identifier: 'a', type: 'ApplicationComponent', name: 'Quản lý văn bản', properties: {} },
        { identifier: 'b', type: 'ApplicationComponent', name: 'Quản lý vận bản', properties: {} },
        { identifier: 'c', type: 'ApplicationComponent', name: 'Khác', properties: { 'System code': 'QLVB' } },
      ],
      relationships: [],
    };
    const plan = planRegistryImport(model, ctx);
    assert.deepEqual(
      plan.systems.map((s) => s.input.code),
      ['QLVB-2', 'QLVB-3', 'QLVB'],
    );
  });
});
