import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { assertError, injectionStrings } from '../../helpers/assert.js';

interface Component {
  code: string;
  layer: string;
  scope: string;
  name: { vi: string; en: string };
  shortName: string | null;
  description: { vi: string; en: string };
  clause: string;
}
interface Framework {
  source: { number: string; date: string };
  layers: { code: string; name: { vi: string }; scopes: { scope: string; components: Component[] }[] }[];
  principles: { code: string; clause: string }[];
}
interface Task {
  code: string;
  group: string;
  title: { vi: string; en: string };
  lead: { text: string; agencies: string[]; groups: string[] };
  coordinating: { text: string };
  period: { from: number; to: number };
  priority: string;
  status: string;
}
interface Page<T> {
  items: T[];
  total: number;
}

describe('framework, roadmap, agencies and administrative units', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('serves the four layers of Decision 2352/QĐ-UBND to anyone, each with national and provincial components', async () => {
    const res = await t.anonymous.get('/api/v1/framework');
    assert.equal(res.status, 200);
    const framework = res.json<Framework>();
    assert.equal(framework.source.number, '2352/QĐ-UBND');
    assert.equal(framework.source.date, '2025-12-29');
    assert.deepEqual(framework.layers.map((l) => l.code), ['I', 'II', 'III', 'IV']);
    assert.equal(framework.layers[0]?.name.vi, 'Lớp Hạ tầng số và an ninh mạng dùng chung');
    const counts = framework.layers.map((l) => l.scopes.map((s) => `${s.scope}:${s.components.length}`).join(' '));
    // Counts of the items the decision lists, layer by layer (I.1 (1)–(9), I.2 (1)–(7), II.1 (1)–(8), II.2 (1)–(6), …).
    assert.deepEqual(counts, ['national:9 provincial:7', 'national:8 provincial:6', 'national:14 provincial:18', 'national:3 provincial:2']);
    const all = framework.layers.flatMap((l) => l.scopes.flatMap((s) => s.components));
    assert.equal(new Set(all.map((c) => c.code)).size, all.length, 'component codes are unique');
    for (const c of all) {
      assert.ok(c.name.vi && c.name.en && c.description.vi && c.description.en && c.clause, `${c.code} is complete`);
      assert.equal(c.name.vi, c.name.vi.normalize('NFC'));
    }
    const lgsp = all.find((c) => c.code === 'II.2(1)');
    assert.equal(lgsp?.shortName, 'LGSP');
    assert.match(lgsp?.description.vi ?? '', /kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia/);
    assert.ok(framework.principles.some((p) => /trùng lặp/.test(JSON.stringify(p))), 'the no-duplication principle is there');
  });

  it('finds components by code and by text without diacritics', async () => {
    const vapex = (await t.anonymous.get('/api/v1/framework/components/II.1(2)')).json<Component>();
    assert.match(vapex.name.vi, /V-APEX/);
    const found = (await t.anonymous.get('/api/v1/framework/components?q=trung%20tam%20du%20lieu')).json<{ items: Component[] }>();
    assert.ok(found.items.some((c) => c.code === 'I.2(1)'), 'finds "Trung tâm dữ liệu" typed without accents');
    const layerIv = (await t.anonymous.get('/api/v1/framework/components?layer=IV&scope=provincial')).json<{ items: Component[] }>();
    assert.ok(layerIv.items.length > 0 && layerIv.items.every((c) => c.layer === 'IV' && c.scope === 'provincial'));
    assertError(await t.anonymous.get('/api/v1/framework/components/IX.9(9)'), 404, 'NOT_FOUND');
    assertError(await t.anonymous.get('/api/v1/framework/components?scope=galactic'), 400, 'VALIDATION_FAILED');
  });

  it('serves the 36 roadmap tasks of section 2.1 in groups I–VII, with lead units, period and priority', async () => {
    const groups = (await t.anonymous.get('/api/v1/roadmap/groups')).json<{ items: { code: string }[] }>();
    assert.deepEqual(groups.items.map((g) => g.code), ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    const tasks = (await t.anonymous.get('/api/v1/roadmap/tasks?limit=500')).json<Page<Task>>();
    assert.equal(tasks.total, 36);
    const perGroup = Object.fromEntries(groups.items.map((g) => [g.code, tasks.items.filter((x) => x.group === g.code).length]));
    assert.deepEqual(perGroup, { I: 7, II: 3, III: 10, IV: 5, V: 5, VI: 3, VII: 3 });
    const registry = tasks.items.find((x) => x.code === 'IV.1');
    assert.equal(registry?.title.vi, 'Xây dựng hệ thống quản lý và đăng ký ứng dụng CNTT trên địa bàn tỉnh');
    assert.equal(registry?.lead.text, 'Sở Khoa học và Công nghệ');
    assert.deepEqual(registry?.lead.agencies, ['so-khcn']);
    assert.deepEqual(registry?.period, { from: 2026, to: 2027 });
    assert.equal(registry?.priority, 'priority');
    assert.equal(registry?.status, 'not_started');
    const soc = tasks.items.find((x) => x.code === 'VI.1');
    assert.deepEqual(soc?.lead.agencies, ['cong-an-tinh']);
  });

  it('filters tasks by group, lead unit, unit group, priority, year, status and text', async () => {
    const get = async (query: string) => (await t.anonymous.get(`/api/v1/roadmap/tasks?limit=500&${query}`)).json<Page<Task>>();
    const groupIv = await get('group=IV');
    assert.equal(groupIv.total, 5);
    assert.ok(groupIv.items.every((x) => x.group === 'IV'));
    const skhcn = await get('lead=so-khcn');
    assert.ok(skhcn.total > 5 && skhcn.items.every((x) => x.lead.agencies.includes('so-khcn')));
    const communes = await get('leadGroup=communes');
    assert.ok(communes.total > 0 && communes.items.every((x) => x.lead.groups.includes('communes')));
    const priority = await get('priority=priority');
    assert.ok(priority.items.every((x) => x.priority === 'priority'));
    const in2025 = await get('year=2025');
    assert.deepEqual(in2025.items.map((x) => x.code), ['III.2'], 'only the virtual assistant pilot starts in 2025');
    const in2030 = await get('year=2030');
    assert.ok(in2030.items.every((x) => x.period.from <= 2030 && x.period.to >= 2030) && in2030.total > 0);
    const dictionary = await get('q=tu%20dien%20du%20lieu');
    assert.deepEqual(dictionary.items.map((x) => x.code), ['IV.2']);
    assert.equal((await get('status=done')).total, 0);
    assert.equal((await get(`q=${encodeURIComponent("' or 1=1 --")}`)).total, 0);
    assert.equal((await get('q=100%25')).total, 0, 'LIKE wildcards are taken literally');
    assertError(await t.anonymous.get('/api/v1/roadmap/tasks?status=finished'), 400, 'VALIDATION_FAILED');
    assertError(await t.anonymous.get('/api/v1/roadmap/tasks?year=twenty'), 400, 'VALIDATION_FAILED');
    assertError(await t.anonymous.get('/api/v1/roadmap/tasks/XI.1'), 404, 'NOT_FOUND');
  });

  it('lets the lead unit, reviewers and administrators report dated progress, and nobody else', async () => {
    const note = { status: 'in_progress', note: 'Đã khảo sát hiện trạng 21 sở, ngành.', reportedOn: '2026-03-31' };
    assertError(await t.anonymous.post('/api/v1/roadmap/tasks/IV.1/progress', note), 401, 'UNAUTHENTICATED');
    assertError(await (await t.as('viewer')).post('/api/v1/roadmap/tasks/IV.1/progress', note), 403, 'FORBIDDEN');
    assertError(await (await t.as('officer', 'so-y-te')).post('/api/v1/roadmap/tasks/IV.1/progress', note), 403, 'FORBIDDEN');
    assertError(await (await t.as('officer', 'xa-11953')).post('/api/v1/roadmap/tasks/VI.1/progress', note), 403, 'FORBIDDEN');

    const lead = await t.as('officer', 'so-khcn');
    const res = await lead.post('/api/v1/roadmap/tasks/IV.1/progress', note);
    assert.equal(res.status, 201, res.body);
    assert.equal(res.json<{ task: Task }>().task.status, 'in_progress');
    // "Các sở, ban, ngành; UBND cấp xã" lead I.1: any department or commune may report on it.
    assert.equal((await (await t.as('officer', 'xa-11953')).post('/api/v1/roadmap/tasks/I.1/progress', note)).status, 201);
    assert.equal((await (await t.as('officer', 'so-y-te')).post('/api/v1/roadmap/tasks/I.1/progress', note)).status, 201);
    const reviewer = await t.as('reviewer');
    assert.equal((await reviewer.post('/api/v1/roadmap/tasks/IV.1/progress', { ...note, status: 'done', reportedOn: '2026-06-30' })).status, 201);

    const detail = (await t.anonymous.get('/api/v1/roadmap/tasks/IV.1')).json<Task & { progress: { status: string; note: string; reportedOn: string }[] }>();
    assert.equal(detail.status, 'done');
    assert.deepEqual(detail.progress.map((p) => [p.status, p.reportedOn]), [['done', '2026-06-30'], ['in_progress', '2026-03-31']]);
    assert.equal((await t.anonymous.get('/api/v1/roadmap/tasks?status=done')).json<Page<Task>>().total, 1);

    const admin = await t.as('admin');
    const audit = (await admin.get('/api/v1/audit?entity=roadmap_task&entityId=IV.1')).json<{ items: { before: { status: string }; after: { status: string } }[] }>();
    assert.deepEqual(audit.items.map((a) => [a.before.status, a.after.status]), [['in_progress', 'done'], ['not_started', 'in_progress']]);
  });

  it('refuses bad progress reports and changes nothing', async () => {
    const admin = await t.as('admin');
    const before = (await t.anonymous.get('/api/v1/roadmap/tasks/II.3')).json<Task & { progress: unknown[] }>();
    const bad = [
      [{ status: 'finished', note: 'x', reportedOn: '2026-01-01' }, 'VALIDATION_FAILED'],
      [{ status: 'done', note: '', reportedOn: '2026-01-01' }, 'VALIDATION_FAILED'],
      [{ status: 'done', note: '   ', reportedOn: '2026-01-01' }, 'VALIDATION_FAILED'],
      [{ status: 'done', note: 'x'.repeat(4001), reportedOn: '2026-01-01' }, 'VALIDATION_FAILED'],
      [{ status: 'done', note: 'x', reportedOn: '31/12/2026' }, 'VALIDATION_FAILED'],
      [{ status: 'done', note: 'x', reportedOn: '2026-02-30' }, 'VALIDATION_FAILED'],
      [{ status: 'done', note: 'x', reportedOn: '2999-01-01' }, 'DATE_IN_FUTURE'],
      [{ status: 'done', note: 'x' }, 'VALIDATION_FAILED'],
      [{ status: 'done', note: 'x', reportedOn: '2026-01-01', extra: 1 }, 'VALIDATION_FAILED'],
      [{ status: 1, note: 'x', reportedOn: '2026-01-01' }, 'VALIDATION_FAILED'],
    ] as const;
    for (const [body, code] of bad) assertError(await admin.post('/api/v1/roadmap/tasks/II.3/progress', body), 400, code);
    assertError(await admin.post('/api/v1/roadmap/tasks/ZZ.9/progress', { status: 'done', note: 'x', reportedOn: '2026-01-01' }), 404, 'NOT_FOUND');
    const afterwards = (await t.anonymous.get('/api/v1/roadmap/tasks/II.3')).json<Task & { progress: unknown[] }>();
    assert.deepEqual(afterwards, before);
  });

  it('keeps notes with injection strings as plain text', async () => {
    const admin = await t.as('admin');
    for (const text of injectionStrings.filter((s) => !s.includes('\u0000'))) {
      const res = await admin.post('/api/v1/roadmap/tasks/VII.3/progress', { status: 'in_progress', note: text, reportedOn: '2026-01-02' });
      assert.equal(res.status, 201, res.body);
    }
    const detail = (await t.anonymous.get('/api/v1/roadmap/tasks/VII.3')).json<{ progress: { note: string }[] }>();
    assert.deepEqual(new Set(detail.progress.map((p) => p.note)), new Set(injectionStrings.filter((s) => !s.includes('\u0000')).map((s) => s.trim())));
    assert.equal((await t.anonymous.get('/api/v1/roadmap/tasks?limit=1')).json<Page<Task>>().total, 36);
  });

  it('lists the agencies the decision names and the 104 commune-level units with their official codes', async () => {
    const provincial = (await t.anonymous.get('/api/v1/agencies?limit=500&namedInDecision=true')).json<Page<{ id: string; name: { vi: string } }>>();
    const names = provincial.items.map((a) => a.name.vi);
    for (const expected of ['Sở Khoa học và Công nghệ', 'Sở Tài chính', 'Sở Nội vụ', 'Công an tỉnh', 'Thanh tra tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh']) {
      assert.ok(names.some((n) => n.includes(expected) || n === expected), `${expected} is among the agencies`);
    }
    const communes = (await t.anonymous.get('/api/v1/agencies?kind=commune&limit=500')).json<Page<{ id: string; adminUnitCode: string; name: { vi: string } }>>();
    assert.equal(communes.total, 104);
    const csv = fs.readFileSync('seed/admin-units/hung-yen-communes.csv', 'utf8').trim().split('\n').slice(1);
    const official = new Map(csv.map((line) => line.split(',')).map(([code, name]) => [code, name]));
    assert.equal(official.size, 104);
    for (const c of communes.items) {
      assert.ok(official.has(c.adminUnitCode), `${c.adminUnitCode} is an official code`);
      assert.equal(c.name.vi, `UBND ${official.get(c.adminUnitCode)}`);
    }
    const phoHien = (await t.anonymous.get('/api/v1/agencies?q=pho%20hien')).json<Page<{ id: string }>>();
    assert.deepEqual(phoHien.items.map((a) => a.id), ['xa-11953']);
    assertError(await t.anonymous.get('/api/v1/agencies/so-khong-co'), 404, 'NOT_FOUND');
    assertError(await t.anonymous.get('/api/v1/agencies?kind=planet'), 400, 'VALIDATION_FAILED');
  });

  it('serves the administrative units of Viet Nam: 34 provinces, 3,321 communes, 104 in Hưng Yên', async () => {
    const provinces = (await t.anonymous.get('/api/v1/admin-units?level=province&limit=100')).json<Page<{ code: string; name: { vi: string } }>>();
    assert.equal(provinces.total, 34);
    assert.ok(provinces.items.some((p) => p.code === '33' && p.name.vi === 'Hưng Yên'));
    assert.equal((await t.anonymous.get('/api/v1/admin-units?level=commune&limit=1')).json<Page<unknown>>().total, 3321);
    const hungYen = (await t.anonymous.get('/api/v1/admin-units?province=33&limit=500')).json<Page<{ code: string; provinceCode: string }>>();
    assert.equal(hungYen.total, 104);
    const unit = (await t.anonymous.get('/api/v1/admin-units/11953')).json<{ fullName: { vi: string }; type: { vi: string } }>();
    assert.equal(unit.fullName.vi, 'Phường Phố Hiến');
    assert.equal(unit.type.vi, 'Phường');
    const search = (await t.anonymous.get('/api/v1/admin-units?province=33&q=dien%20ha')).json<Page<{ code: string }>>();
    assert.deepEqual(search.items.map((u) => u.code), ['12619']);
    assertError(await t.anonymous.get('/api/v1/admin-units/99999'), 404, 'NOT_FOUND');
    assertError(await t.anonymous.get('/api/v1/admin-units?level=district'), 400, 'VALIDATION_FAILED');
  });
});
