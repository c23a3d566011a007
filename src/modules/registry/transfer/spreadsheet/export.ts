// The registry as CSV and XLSX: one row per system, enum values as their codes (in_use, provincial_dc_hung_yen, ...) so
// the files can be processed and imported again. Text a spreadsheet would run as a formula is defused (core/tabular).
import { stringify } from 'csv-stringify/sync';
import { defuseCell } from '../../../../core/tabular/formula.js';
import type { DataObject, SystemRecord } from '../../model.js';
import { DATA_SHEET, registryColumns, type RegistryColumnKey, type SheetColumn } from './columns.js';
import { freezeHeader, newWorkbook, styleHeader, toBuffer } from './workbook.js';

type Cell = string | number | boolean | null;

function systemRow(s: SystemRecord): Record<RegistryColumnKey, Cell> {
  return {
    code: s.code,
    kind: s.kind,
    name_vi: s.name.vi,
    name_en: s.name.en,
    owner_agency_id: s.ownerAgencyId,
    purpose: s.purpose,
    audiences: s.audiences.join(', '),
    lifecycle: s.lifecycle,
    layer: s.layer,
    components: s.components.map((c) => `${c.code}:${c.link}`).join('; '),
    security_level: s.securityLevel?.level ?? null,
    security_approval_number: s.securityLevel?.approvalNumber ?? null,
    security_approval_date: s.securityLevel?.approvalDate ?? null,
    hosting: s.hosting,
    ipv6: s.ipv6,
    authentication: s.authentication.join(', '),
    ui_languages: s.uiLanguages.join(', '),
    accessibility: s.accessibility,
    secure_sessions: s.secureSessions,
    access_logging: s.accessLogging,
    department_software: s.departmentSoftware,
    data_objects: s.dataObjects.map(formatDataObject).join('; '),
    supplier: s.supplier ?? null,
    year_started: s.yearStarted ?? null,
    url: s.url ?? null,
    status: s.status,
    verified: s.verified,
    version: s.version,
    updated_at: s.updatedAt,
  };
}

/** "Name [personal] {ELEMENT, ELEMENT}", as the import reads it back. */
function formatDataObject(d: DataObject): string {
  const flagged = d.sensitive ? `${d.name} [sensitive]` : d.personal ? `${d.name} [personal]` : d.name;
  return d.elements?.length ? `${flagged} {${d.elements.join(', ')}}` : flagged;
}

/** RFC 4180 CSV (CRLF, quoted where needed), UTF-8 with a BOM so Excel shows Vietnamese, Vietnamese headers. */
export function systemsToCsv(systems: SystemRecord[]): string {
  const records = systems.map((s) => {
    const row = systemRow(s);
    return Object.fromEntries(registryColumns.map((c) => [c.key, defuseCell(row[c.key])]));
  });
  return stringify(records, {
    bom: true,
    header: true,
    columns: registryColumns.map((c) => ({ key: c.key, header: c.header.vi })),
    record_delimiter: 'windows',
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
}

/** A sheet "Hệ thống" with a frozen bold header, readable widths and the owner agency's name beside its id. */
export async function systemsToXlsx(systems: SystemRecord[], agencies: { id: string; name: { vi: string } }[]): Promise<Buffer> {
  const agencyNames = new Map(agencies.map((a) => [a.id, a.name.vi]));
  const columns: SheetColumn[] = registryColumns.flatMap((c) =>
    c.key === 'owner_agency_id' ? [c, { key: 'owner_agency_name', header: { vi: 'Tên cơ quan chủ quản', en: 'Owner agency' }, width: 36 }] : [c],
  );
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(DATA_SHEET);
  sheet.columns = columns.map((c) => ({ key: c.key, header: c.header.vi, width: c.width }));
  styleHeader(sheet.getRow(1));
  freezeHeader(sheet);
  for (const s of systems) {
    sheet.addRow({ ...systemRow(s), owner_agency_name: agencyNames.get(s.ownerAgencyId) ?? null });
  }
  for (const key of ['purpose', 'name_vi', 'data_objects', 'components']) sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return toBuffer(workbook);
}
