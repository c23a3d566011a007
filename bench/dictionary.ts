// npm run bench:dictionary — the data dictionary's streaming validation of a 1,000,000-row CSV (BENCH_ROWS) against a
// 10-field citizen entity with all 3,321 commune codes, beside a bare csv-parse of the same file (three ways of taking
// its records); each run in a fresh process. Then the peak memory at 100,000 and at 1,000,000 rows, to show it is flat.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { ElementSpec, ResolvedEntity } from '../src/modules/dictionary/model.js';
import { compileEntity } from '../src/modules/dictionary/validation/compile.js';
import { csvParseOptions, interceptRecords } from '../src/core/tabular/csv.js';
import { validateCsv } from '../src/modules/dictionary/validation/files.js';
import { fmt, median, startProcess, stop } from './lib/harness.js';

const rowsCount = Number(process.env.BENCH_ROWS ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const memoryRows = Number(process.env.BENCH_MEMORY_ROWS ?? 100_000);
const here = path.dirname(fileURLToPath(import.meta.url));

interface Province {
  Code: string;
  Wards: { Code: string }[];
}
const provinces = JSON.parse(fs.readFileSync(path.join(here, '../seed/admin-units/vn-units-2026-07.json'), 'utf8')) as Province[];

function element(code: string, vi: string, en: string, dataType: ElementSpec['dataType'], extra: Partial<ElementSpec> = {}): ElementSpec {
  return { code, name: { vi, en }, definition: vi, dataType, classification: 'personal', ownerAgencyId: 'bench', synonyms: [], examples: [], ...extra };
}

function benchEntity(): ResolvedEntity {
  const one = { cardinality: 'one' as const };
  return {
    code: 'cong_dan',
    version: '1.0',
    name: { vi: 'Công dân', en: 'Citizen' },
    attributes: [
      { name: 'so_dinh_danh_ca_nhan', required: true, ...one, element: element('so_dinh_danh_ca_nhan', 'Số định danh cá nhân', 'Personal ID number', 'text', { pattern: '\\d{12}', format: '12 chữ số' }) },
      { name: 'ho_va_ten', required: true, ...one, element: element('ho_va_ten', 'Họ và tên', 'Full name', 'text', { minLength: 1, maxLength: 100 }) },
      { name: 'ngay_sinh', required: true, ...one, element: element('ngay_sinh', 'Ngày sinh', 'Date of birth', 'date', { minimum: '1900-01-01', maximum: '2026-12-31' }) },
      { name: 'gioi_tinh', required: true, ...one, element: element('gioi_tinh', 'Giới tính', 'Sex', 'code', { codeList: 'gioi-tinh' }), codes: new Set(['0', '1', '2']) },
      { name: 'ma_tinh', required: true, ...one, element: element('ma_tinh', 'Mã tỉnh', 'Province code', 'code', { codeList: 'don-vi-hanh-chinh', codeLevel: 1 }), codes: new Set(provinces.map((p) => p.Code)) },
      { name: 'ma_xa', required: true, ...one, element: element('ma_xa', 'Mã xã', 'Commune code', 'code', { codeList: 'don-vi-hanh-chinh', codeLevel: 2 }), codes: new Set(provinces.flatMap((p) => p.Wards.map((w) => w.Code))) },
      { name: 'dia_chi', required: false, ...one, element: element('dia_chi', 'Địa chỉ', 'Address', 'text') },
      { name: 'so_dien_thoai', required: false, ...one, element: element('so_dien_thoai', 'Số điện thoại', 'Phone number', 'text', { pattern: '0\\d{9}', format: '10 chữ số, bắt đầu bằng 0' }) },
      { name: 'ngay_cap_nhat', required: true, ...one, element: element('ngay_cap_nhat', 'Ngày cập nhật', 'Updated at', 'datetime') },
      { name: 'so_lao_dong', required: false, ...one, element: element('so_lao_dong', 'Số lao động', 'Workers', 'integer', { minimum: 0 }) },
    ],
  };
}

// ---- the generated file ----

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ho = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const dem = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang', 'Thu', 'Xuân'];
const ten = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Ngọc', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Yến'];
const duong = ['Nguyễn Trãi', 'Lê Lợi', 'Trần Hưng Đạo', 'Hai Bà Trưng', 'Điện Biên Phủ', 'Phạm Ngũ Lão', 'Bạch Đằng'];
const header = 'so_dinh_danh_ca_nhan,ho_va_ten,ngay_sinh,gioi_tinh,ma_tinh,ma_xa,dia_chi,so_dien_thoai,ngay_cap_nhat,so_lao_dong';

async function generate(file: string, rows: number): Promise<{ bytes: number; corrupted: number }> {
  const random = mulberry32(20260701);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const digits = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(random() * 10);
    return s;
  };
  const two = (n: number) => String(n).padStart(2, '0');
  const out = fs.createWriteStream(file);
  let corrupted = 0;
  let batch: string[] = [header];
  for (let r = 1; r <= rows; r++) {
    const province = pick(provinces);
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const year = 1940 + Math.floor(random() * 80);
    const values = [
      digits(12),
      `${pick(ho)} ${pick(dem)} ${pick(ten)}`,
      random() < 0.5 ? `${two(day)}/${two(month)}/${year}` : `${year}-${two(month)}-${two(day)}`,
      String(Math.floor(random() * 3)),
      province.Code,
      pick(province.Wards).Code,
      `"Số ${1 + Math.floor(random() * 200)}, đường ${pick(duong)}, tổ ${1 + Math.floor(random() * 30)}"`,
      random() < 0.8 ? `0${pick(['3', '5', '7', '8', '9'])}${digits(8)}` : '',
      random() < 0.5 ? `2026-0${1 + Math.floor(random() * 6)}-${two(day)}T${two(Math.floor(random() * 24))}:${two(Math.floor(random() * 60))}:00+07:00` : `${two(day)}/07/2026 08:${two(Math.floor(random() * 60))}`,
      String(Math.floor(random() * 500)),
    ];
    if (random() < 0.01) {
      corrupted++;
      const bad = ['1234567890', `"${'Nguyễn '.repeat(20)}"`, '30/02/1990', '5', '99', '99999', '', '12345', 'hôm qua', '-3'];
      const column = Math.floor(random() * bad.length);
      values[column] = bad[column] as string;
    }
    batch.push(values.join(','));
    if (batch.length >= 10_000) {
      if (!out.write(`${batch.join('\n')}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      batch = [];
    }
  }
  if (batch.length) out.write(`${batch.join('\n')}\n`);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { bytes: fs.statSync(file).size, corrupted };
}

// ---- measurements ----

/** Bare csv-parse of the same file with the same options, counting rows on the stream's 'data' events. */
async function bareParse(file: string): Promise<number> {
  let rows = -1;
  const parser = fs.createReadStream(file).pipe(parse(csvParseOptions(',')));
  parser.on('data', () => rows++);
  await new Promise((resolve, reject) => parser.on('end', resolve).on('error', reject));
  return rows;
}

/** Bare csv-parse counting in on_record and pushing nothing — the leanest way to consume it, as the validation does. */
async function bareParseOnRecord(file: string): Promise<number> {
  let rows = -1;
  const parser = parse({
    ...csvParseOptions(','),
    on_record: () => {
      rows++;
      return null;
    },
  });
  fs.createReadStream(file).pipe(parser);
  parser.resume();
  await new Promise((resolve, reject) => parser.on('end', resolve).on('error', reject));
  return rows;
}

/** Bare csv-parse with its records taken as the validation takes them (push intercepted): csv-parse's raw speed. */
async function bareParseIntercepted(file: string): Promise<number> {
  let rows = -1;
  const parser = interceptRecords(parse(csvParseOptions(',')), () => rows++);
  fs.createReadStream(file).pipe(parser);
  parser.resume();
  await new Promise((resolve, reject) => parser.on('end', resolve).on('error', reject));
  return rows;
}

async function validate(file: string) {
  const compiled = compileEntity(benchEntity());
  return validateCsv(compiled, fs.createReadStream(file), { maxFindings: 1000, maxBytes: Number.MAX_SAFE_INTEGER });
}

type Mode = 'parse-data' | 'parse-on-record' | 'parse-intercepted' | 'validate';
const modes: { mode: Mode; label: string }[] = [
  { mode: 'parse-data', label: "bare csv-parse, rows counted on 'data'" },
  { mode: 'parse-on-record', label: 'bare csv-parse, rows counted in on_record' },
  { mode: 'parse-intercepted', label: 'bare csv-parse, records intercepted (as below)' },
  { mode: 'validate', label: 'validateCsv (10 fields, 3,321 commune codes)' },
];

interface ChildResult {
  rows: number;
  ms: number;
  maxRssKb: number;
  findings?: number;
  invalidRows?: number;
}

/** Child mode: one measurement in a fresh process (no JIT feedback shared between variants), with its peak RSS. */
async function child(file: string, mode: Mode) {
  const t0 = performance.now();
  let result: Omit<ChildResult, 'ms' | 'maxRssKb'>;
  if (mode === 'validate') {
    const { summary } = await validate(file);
    result = { rows: summary.rows, findings: summary.findings, invalidRows: summary.invalidRows };
  } else {
    result = { rows: await (mode === 'parse-data' ? bareParse : mode === 'parse-on-record' ? bareParseOnRecord : bareParseIntercepted)(file) };
  }
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ...result, ms, maxRssKb: process.resourceUsage().maxRSS }));
}

function runChild(file: string, mode: Mode): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', file, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as ChildResult) : reject(new Error(`child ${mode} exited with ${code}`))));
  });
}

async function main() {
  console.log(`Kiến trúc — bench:dictionary (Node ${process.version}, ${os.cpus().length} cores; ${rowsCount.toLocaleString('en')} rows; each run in a fresh process, median of ${runs})\n`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bench-dictionary-'));
  try {
    const file = path.join(dir, 'cong-dan.csv');
    const t0 = performance.now();
    const generated = await generate(file, rowsCount);
    console.log(
      `Generated ${(generated.bytes / 1_048_576).toFixed(1)} MB CSV in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${generated.corrupted.toLocaleString('en')} rows (${((100 * generated.corrupted) / rowsCount).toFixed(2)}%) with a bad value\n`,
    );

    const results = new Map<Mode, ChildResult[]>(modes.map((m) => [m.mode, []]));
    for (let i = 0; i < runs; i++) {
      for (const { mode } of modes) {
        const r = await runChild(file, mode);
        if (r.rows !== rowsCount) throw new Error(`${mode} counted ${r.rows} rows of ${rowsCount}`);
        results.get(mode)?.push(r);
      }
    }
    const mbps = (ms: number) => generated.bytes / 1_048_576 / (ms / 1000);
    const rate = (ms: number) => rowsCount / (ms / 1000);
    const medianMs = (mode: Mode) => median((results.get(mode) ?? []).map((r) => r.ms));
    const baselineMode = modes.slice(0, 3).reduce((best, m) => (medianMs(m.mode) < medianMs(best.mode) ? m : best));
    console.log('Throughput                                               ms     rows/s       MB/s  peak RSS MB');
    for (const { mode, label } of modes) {
      const peak = Math.max(...(results.get(mode) ?? []).map((r) => r.maxRssKb)) / 1024;
      console.log(`  ${label.padEnd(47)}${fmt(medianMs(mode), 0)} ${fmt(rate(medianMs(mode)), 0)}  ${fmt(mbps(medianMs(mode)))}    ${fmt(peak)}`);
    }
    const ratio = medianMs(baselineMode.mode) / medianMs('validate');
    console.log(`  ratio validation / fastest bare parse          ${fmt(ratio, 2)}   (target ≥ 0.5: ${ratio >= 0.5 ? 'met' : 'NOT MET'})`);
    const last = results.get('validate')?.at(-1);
    if (last) {
      console.log(`  findings: ${(last.findings ?? 0).toLocaleString('en')} in ${(last.invalidRows ?? 0).toLocaleString('en')} invalid rows of ${last.rows.toLocaleString('en')} (first 1,000 kept)`);
    }

    console.log('\nPeak memory against file size (maxRSS of a fresh process)        rows    file MB  peak RSS MB');
    const small = memoryRows;
    const smallFile = path.join(dir, `cong-dan-${small}.csv`);
    const smallBytes = (await generate(smallFile, small)).bytes;
    for (const [mode, label] of [
      ['parse-data', 'bare csv-parse'],
      ['validate', 'validateCsv'],
    ] as const) {
      const r = await runChild(smallFile, mode);
      const big = Math.max(...(results.get(mode) ?? []).map((x) => x.maxRssKb));
      console.log(`  ${label.padEnd(58)} ${small.toLocaleString('en').padStart(10)} ${fmt(smallBytes / 1_048_576)}  ${fmt(r.maxRssKb / 1024)}`);
      console.log(`  ${label.padEnd(58)} ${rowsCount.toLocaleString('en').padStart(10)} ${fmt(generated.bytes / 1_048_576)}  ${fmt(big / 1024)}`);
    }
    await throughServer(file, generated.bytes, medianMs(baselineMode.mode));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The path a user takes: the same file uploaded to a running server (embedded PGlite) against an approved entity with
 * the same ten columns, streamed over HTTP, its findings stored; beside the bare parse measured above.
 */
async function throughServer(file: string, bytes: number, bareMs: number) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bench-dictionary-db-'));
  const admin = { email: 'bench@kientruc.local', password: 'mat-khau-do-hieu-nang' };
  const server = await startProcess(['src/cli.ts', 'serve'], { DATA_DIR: dataDir, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, SEED_KNOWN_SYSTEMS: '0' }, (port) => `http://127.0.0.1:${port}/health`);
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '', 'x-csrf-token': csrfToken };
    const call = async (url: string, body: unknown) => {
      const res = await fetch(`${base}${url}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    };
    const columns: [string, string][] = [
      ['so_dinh_danh_ca_nhan', 'so_dinh_danh_ca_nhan'],
      ['ho_va_ten', 'ho_va_ten'],
      ['ngay_sinh', 'ngay_sinh'],
      ['gioi_tinh', 'gioi_tinh'],
      ['ma_tinh', 'ma_tinh'],
      ['ma_xa', 'ma_xa'],
      ['dia_chi', 'dia_chi_chi_tiet'],
      ['so_dien_thoai', 'so_dien_thoai'],
      ['ngay_cap_nhat', 'ngay_cap_nhat'],
      ['so_lao_dong', 'so_lao_dong'],
    ];
    await call('/api/v1/dictionary/entities', {
      code: 'bench_cong_dan',
      name: { vi: 'Công dân (đo hiệu năng)', en: 'Citizen (benchmark)' },
      definition: 'Thực thể dùng để đo hiệu năng kiểm tra tệp.',
      ownerAgencyId: 'cong-an-tinh',
      attributes: columns.map(([name, element]) => ({ element, name, required: benchEntity().attributes.some((a) => a.name === name && a.required), cardinality: 'one' })),
      relations: [],
    });
    await call('/api/v1/dictionary/entities/bench_cong_dan/submit', {});
    await call('/api/v1/dictionary/entities/bench_cong_dan/approve', {});
    const started = performance.now();
    const res = await fetch(`${base}/api/v1/dictionary/entities/bench_cong_dan/validate-file?fileName=cong-dan.csv`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/csv', 'content-length': String(bytes) },
      body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>,
      duplex: 'half',
    } as RequestInit);
    const ms = performance.now() - started;
    if (res.status !== 201) throw new Error(`validate-file: ${res.status} ${await res.text()}`);
    const run = (await res.json()) as { summary: { rows: number; invalidRows: number; findings: number } };
    console.log('\nThrough the server (embedded PGlite): upload, stream, validate, store findings        ms     rows/s    ratio');
    console.log(`  POST …/validate-file, ${(bytes / 1_048_576).toFixed(1)} MB, ${run.summary.rows.toLocaleString('en')} rows, ${run.summary.findings.toLocaleString('en')} findings stored`.padEnd(82) + `${fmt(ms, 0)} ${fmt(run.summary.rows / (ms / 1000), 0)}  ${fmt(bareMs / ms, 2)}`);
  } finally {
    await stop(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3] ?? '', (process.argv[4] ?? 'validate') as Mode).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
