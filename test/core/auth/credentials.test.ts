import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, TestClient, type TestApp } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';
import { checkPasswordStrength } from '../../../src/core/auth/password-policy.js';

describe('credentials', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  async function officerWithToken(agencyId: string) {
    const admin = await t.as('admin');
    const email = `can-bo-${Math.random().toString(36).slice(2, 8)}@so.hungyen.gov.vn`;
    const created = await admin.post('/api/v1/users', { email, name: 'Trần Thị Mai', role: 'officer', agencyId, password: 'mat-khau-can-bo-rat-dai' });
    assert.equal(created.status, 201, created.body);
    const officer = await new TestClient(t.app).login(email, 'mat-khau-can-bo-rat-dai');
    const { token } = (await officer.post('/api/v1/auth/tokens', { name: 'máy chủ' })).json<{ token: string }>();
    const machine = new TestClient(t.app).withToken(token);
    assert.equal((await machine.get('/api/v1/auth/me')).status, 200);
    return { admin, officer, machine, id: created.json<{ id: string }>().id };
  }

  it('revokes API tokens when the owner changes their password', async () => {
    const { officer, machine } = await officerWithToken('so-khcn');
    const changed = await officer.post('/api/v1/auth/password', { currentPassword: 'mat-khau-can-bo-rat-dai', newPassword: 'mot-cum-tu-moi-kho-doan' });
    assert.equal(changed.status, 204, changed.body);
    assertError(await machine.get('/api/v1/auth/me'), 401, 'INVALID_TOKEN');
  });

  it('revokes API tokens when an administrator resets the password or moves the user to another agency', async () => {
    const reset = await officerWithToken('so-khcn');
    assert.equal((await reset.admin.patch(`/api/v1/users/${reset.id}`, { password: 'mat-khau-dat-lai-kho-doan' })).status, 200);
    assertError(await reset.machine.get('/api/v1/auth/me'), 401, 'INVALID_TOKEN');

    const moved = await officerWithToken('so-khcn');
    assert.equal((await moved.admin.patch(`/api/v1/users/${moved.id}`, { agencyId: 'so-y-te' })).status, 200);
    assertError(await moved.machine.get('/api/v1/auth/me'), 401, 'INVALID_TOKEN');
  });

  it('keeps API tokens when only the name changes', async () => {
    const renamed = await officerWithToken('so-khcn');
    assert.equal((await renamed.admin.patch(`/api/v1/users/${renamed.id}`, { name: 'Trần Thị Mai Anh' })).status, 200);
    assert.equal((await renamed.machine.get('/api/v1/auth/me')).status, 200);
  });

  it('refuses common, repetitive, sequential and context-specific passwords (NIST SP 800-63B), saying why', async () => {
    const admin = await t.as('admin');
    for (const password of ['password123', '1234567890', 'nguyen.van.an@so.hungyen.gov.vn', '          ', 'aaaaaaaaaaaa', 'qwertyuiop', 'hungyen2026', 'kientruc123']) {
      const res = await admin.post('/api/v1/users', { email: 'nguyen.van.an@so.hungyen.gov.vn', name: 'Nguyễn Văn An', role: 'viewer', password });
      const body = assertError(res, 400, 'WEAK_PASSWORD');
      assert.equal((body.details as { field: string }).field, 'password');
    }
    // The account's own name is context too.
    assert.throws(() => checkPasswordStrength('nguyenvanan2026', ['an@x.vn', 'Nguyen Van An']), /too easy to guess/);
    assert.doesNotThrow(() => checkPasswordStrength('mot cum tu dai ve song Hong', ['an@x.vn', 'Nguyễn Văn An']));
    const strong = await admin.post('/api/v1/users', { email: 'nguyen.van.an@so.hungyen.gov.vn', name: 'Nguyễn Văn An', role: 'viewer', password: 'mot cum tu dai ve song Hong' });
    assert.equal(strong.status, 201, strong.body);
  });
});
