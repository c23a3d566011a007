import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../helpers/app.js';
import { schemaCompilerStats } from '../../src/core/schema-compilers.js';

// Apps of one process share compiled validators and serializers (start-up is mostly compiling them). Sharing must
// not change what any app accepts, refuses or sends.

test('a second app of the same modules compiles no schema again, and validates and serializes as the first', async () => {
  const first = await startTestApp();
  const compiledByFirst = schemaCompilerStats.compiled;
  const second = await startTestApp();
  try {
    assert.equal(schemaCompilerStats.compiled, compiledByFirst, 'the second app reused every compiled schema');
    for (const { anonymous } of [first, second]) {
      // A query string is coerced (text to integer) and bounded; a body is never coerced.
      const badLimit = await anonymous.get('/api/v1/dictionary/elements?limit=0');
      assert.equal(badLimit.status, 400);
      assert.equal(badLimit.json().code, 'VALIDATION_FAILED');
      const page = await anonymous.get('/api/v1/dictionary/elements?limit=2');
      assert.equal(page.status, 200);
      assert.equal(page.json().limit, 2);
      // A response goes through its shared serializer.
      const me = await anonymous.get('/api/v1/auth/me');
      assert.equal(me.status, 200);
      assert.equal(me.json().user, null);
    }
    const admin = await second.as('admin');
    const wrongType = await admin.post('/api/v1/registry/systems', { code: 12, nameVi: ['not text'] });
    assert.equal(wrongType.status, 400);
    assert.equal(wrongType.json().code, 'VALIDATION_FAILED');
  } finally {
    await Promise.all([first.close(), second.close()]);
  }
});

test('an app serving other modules gets validators of its own shared schemas, not another set’s', async () => {
  const all = await startTestApp();
  const gateway = await startTestApp({}, false, 'gateway');
  try {
    // The registry is not served by the gateway process: the route does not exist there.
    assert.equal((await gateway.anonymous.get('/api/v1/registry/systems')).status, 404);
    const admin = await all.as('admin');
    assert.equal((await admin.get('/api/v1/registry/systems?limit=1')).status, 200);
    assert.equal((await gateway.anonymous.get('/api/v1/auth/me')).status, 200);
  } finally {
    await Promise.all([all.close(), gateway.close()]);
  }
});
