// Rules across an entity's fields (a commune within the row's province): declared in the entity, refused when they
// cannot hold, checked on records and files, published in the JSON Schema.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';

interface Finding {
  row: number;
  field: string;
  problem: string;
  value?: string;
  message: { vi: string; en: string };
}

const citizen = {
  so_dinh_danh_ca_nhan: '033090001234',
  ho_va_ten: 'Nguyễn Văn An',
  ngay_sinh: '1990-05-12',
  gioi_tinh: '1',
  quoc_tich: 'VN',
  ma_tinh_thuong_tru: '33',
  ma_xa_thuong_tru: '11953',
};

describe('rules across an entity’s fields', () => {
  let t: TestApp;
  let officer: TestClient;
  before(async () => {
    t = await startTestApp();
    officer = await t.as('officer', 'so-khcn');
  });
  after(() => t.close());

  it('reports a commune that belongs to another province than the row’s, in records and in files', async () => {
    const samples = [citizen, { ...citizen, ma_tinh_thuong_tru: '01' }, { ...citizen, ma_tinh_thuong_tru: '01', ma_xa_thuong_tru: '00004' }];
    const res = await t.anonymous.post('/api/v1/dictionary/entities/cong_dan/validate', samples);
    assert.equal(res.status, 200);
    const findings = res.json<{ findings: Finding[] }>().findings;
    assert.deepEqual(findings.map((f) => [f.row, f.field, f.problem, f.value]), [[2, 'ma_xa_thuong_tru', 'inconsistent', '11953']]);
    assert.match(findings[0]?.message.vi ?? '', /«11953» thuộc «33», không thuộc mã «01»/);
    const file = ['so_dinh_danh_ca_nhan,ho_va_ten,ngay_sinh,gioi_tinh,quoc_tich,ma_tinh_thuong_tru,ma_xa_thuong_tru', '033090001234,An,1990-05-12,1,VN,33,11953', '033090001235,Bình,1990-05-12,1,VN,01,11953'].join('\r\n');
    const run = await officer.request('POST', '/api/v1/dictionary/entities/cong_dan/validate-file', file, { 'content-type': 'text/csv' });
    assert.equal(run.status, 201, run.body);
    const { id, summary } = run.json<{ id: string; summary: { invalidRows: number; byField: Record<string, Record<string, number>> } }>();
    assert.equal(summary.invalidRows, 1);
    assert.equal(summary.byField.ma_xa_thuong_tru?.inconsistent, 1);
    const kept = (await officer.get(`/api/v1/dictionary/validation-runs/${id}/findings?problem=inconsistent`)).json<{ items: Finding[] }>().items;
    assert.deepEqual(kept.map((f) => [f.field, f.value]), [['ma_xa_thuong_tru', '11953']]);
  });

  it('publishes the rule in the entity and in its JSON Schema, which agrees with the validator', async () => {
    const entity = (await t.anonymous.get('/api/v1/dictionary/entities/cong_dan')).json<{ rules?: unknown[] }>();
    assert.deepEqual(entity.rules, [{ kind: 'code_within', field: 'ma_xa_thuong_tru', within: 'ma_tinh_thuong_tru', description: 'Xã, phường, đặc khu thường trú thuộc tỉnh thường trú' }]);
    const schema = (await t.anonymous.get('/api/v1/dictionary/entities/cong_dan/schema.json')).json<{ allOf?: unknown[] }>();
    assert.equal(schema.allOf?.length, 34);
    const ajv = addFormats.default(new Ajv2020({ strict: false, allErrors: true }));
    const check = ajv.compile(schema);
    assert.equal(check(citizen), true);
    assert.equal(check({ ...citizen, ma_tinh_thuong_tru: '01' }), false);
    assert.equal(check({ ...citizen, ma_tinh_thuong_tru: '01', ma_xa_thuong_tru: '00004' }), true);
    assert.equal(check({ ...citizen, ma_tinh_thuong_tru: undefined }), true);
  });

  it('refuses a rule that cannot hold, with 400 naming the rule, and keeps nothing', async () => {
    const base = {
      code: 'dia_ban_thu',
      name: { vi: 'Địa bàn thử', en: 'Test place' },
      definition: 'Thử.',
      ownerAgencyId: 'so-khcn',
      attributes: [
        { element: 'ma_tinh', required: false, cardinality: 'one' },
        { element: 'ma_xa', required: false, cardinality: 'one' },
        { element: 'gioi_tinh', required: false, cardinality: 'one' },
        { element: 'ho_va_ten', required: false, cardinality: 'one' },
      ],
      relations: [],
    };
    const cases: [Record<string, string>, string][] = [
      [{ kind: 'code_within', field: 'ma_xa', within: 'khong_co' }, 'rules.0.within'],
      [{ kind: 'code_within', field: 'ho_va_ten', within: 'ma_tinh' }, 'rules.0.field'],
      [{ kind: 'code_within', field: 'ma_xa', within: 'gioi_tinh' }, 'rules.0.within'],
      [{ kind: 'code_within', field: 'ma_tinh', within: 'ma_xa' }, 'rules.0.field'],
      [{ kind: 'code_within', field: 'ma_xa', within: 'ma_xa' }, 'rules.0.within'],
    ];
    for (const [rule, field] of cases) {
      const error = assertError(await officer.post('/api/v1/dictionary/entities', { ...base, rules: [rule] }), 400, 'VALIDATION_FAILED');
      assert.equal((error.details as { field: string }[])[0]?.field, field, JSON.stringify(rule));
    }
    assertError(await officer.post('/api/v1/dictionary/entities', { ...base, rules: [{ kind: 'other', field: 'ma_xa', within: 'ma_tinh' }] }), 400, 'VALIDATION_FAILED');
    assertError(await officer.get('/api/v1/dictionary/entities/dia_ban_thu'), 404, 'NOT_FOUND');
    const ok = await officer.post('/api/v1/dictionary/entities', { ...base, rules: [{ kind: 'code_within', field: 'ma_xa', within: 'ma_tinh' }] });
    assert.equal(ok.status, 201, ok.body);
  });
});
