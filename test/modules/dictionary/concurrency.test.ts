// Lost updates and races in the data dictionary: ETag / If-Match on elements (the same for entities and code lists),
// and simultaneous creates of one code. PGlite runs one query at a time, so the race shows only on PostgreSQL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';
import { sampleElement } from '../../helpers/fixtures.js';

const TRIES = 10;
const elements = '/api/v1/dictionary/elements';

describe('data dictionary: revisions and simultaneous requests', () => {
  let t: TestApp;
  let officer: TestClient;
  let colleague: TestClient;
  let reviewer: TestClient;
  before(async () => {
    t = await startTestApp();
    officer = await t.as('officer', 'so-khcn');
    colleague = await t.as('officer', 'so-khcn');
    reviewer = await t.as('reviewer');
  });
  after(() => t.close());

  it('puts the revision in an ETag and refuses a save from an older view with 409 VERSION_CONFLICT', async () => {
    const created = await officer.post(elements, sampleElement({ code: 'etag_element' }));
    assert.equal(created.status, 201, created.body);
    assert.equal(created.headers.etag, '"1"');
    const seen = (await officer.get(`${elements}/etag_element`)).headers.etag as string;
    assert.equal(seen, '"1"');
    const first = await colleague.request('PUT', `${elements}/etag_element`, sampleElement({ code: 'etag_element', definition: 'Định nghĩa của đồng nghiệp.' }), { 'if-match': seen });
    assert.equal(first.status, 200, first.body);
    assert.equal(first.headers.etag, '"2"');
    const stale = await officer.request('PUT', `${elements}/etag_element`, sampleElement({ code: 'etag_element', definition: 'Định nghĩa của tôi.' }), { 'if-match': seen });
    assert.deepEqual(assertError(stale, 409, 'VERSION_CONFLICT').details, { yours: 1, current: 2 });
    const now = (await officer.get(`${elements}/etag_element`)).json<{ definition: string; revision: number }>();
    assert.equal(now.definition, 'Định nghĩa của đồng nghiệp.');
    assert.equal(now.revision, 2);
    // A governance step names the revision too: a reviewer cannot approve what changed after they read it.
    const submitted = await officer.request('POST', `${elements}/etag_element/submit`, {}, { 'if-match': '"2"' });
    assert.equal(submitted.status, 200, submitted.body);
    assert.equal(submitted.headers.etag, '"3"');
    assertError(await reviewer.request('POST', `${elements}/etag_element/approve`, {}, { 'if-match': '"2"' }), 409, 'VERSION_CONFLICT');
    assert.equal((await officer.get(`${elements}/etag_element`)).json<{ status: string }>().status, 'in_review');
    // Without If-Match, as before.
    assert.equal((await reviewer.post(`${elements}/etag_element/approve`, {})).status, 200);
  });

  it(`answers ${TRIES} simultaneous creates of one code with one 201 and 409 CODE_TAKEN, not 500`, async () => {
    const answers = await Promise.all(Array.from({ length: TRIES }, (_, i) => (i % 2 ? officer : colleague).post(elements, sampleElement({ code: 'same_element' }))));
    assert.equal(answers.filter((a) => a.status === 201).length, 1, answers.map((a) => a.body).join('\n'));
    for (const a of answers.filter((r) => r.status !== 201)) assert.deepEqual(assertError(a, 409, 'CODE_TAKEN').details, [{ field: 'code', value: 'same_element' }]);
  });
});
