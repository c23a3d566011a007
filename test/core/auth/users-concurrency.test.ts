// Two administrators creating the same account at once: the second gets 409 EMAIL_TAKEN, not a 500 (on PostgreSQL,
// where the requests really run together).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';

const TRIES = 10;

describe('accounts: simultaneous creates', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it(`answers ${TRIES} simultaneous creates of one account e-mail with one 201 and 409 EMAIL_TAKEN, not 500`, async () => {
    const admin = await t.as('admin');
    const body = { email: 'cung.mot.nguoi@test.hungyen.gov.vn', name: 'Cùng Một Người', role: 'viewer', password: 'Hoa-sen-no-tren-dam-2026' };
    const answers = await Promise.all(Array.from({ length: TRIES }, () => admin.post('/api/v1/users', body)));
    assert.equal(answers.filter((a) => a.status === 201).length, 1, answers.map((a) => a.body).join('\n'));
    for (const a of answers.filter((r) => r.status !== 201)) assertError(a, 409, 'EMAIL_TAKEN');
  });
});
