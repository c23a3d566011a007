import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';
import { sampleSystem } from '../../helpers/fixtures.js';
import { dueDate } from '../../../src/modules/inbox/due.js';

interface Inbox {
  items: { kind: string; title: { vi: string; en: string }; link: string; dueAt: string | null; overdue: boolean }[];
  total: number;
  overdue: number;
  unreadNotifications: number;
}
interface Notifications {
  items: { id: string; kind: string; title: { vi: string; en: string }; link: string; readAt: string | null; emailed: boolean }[];
  unread: number;
}

describe('inbox and notifications', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const mails: { to: string[]; text: string }[] = [];
  let officer: TestClient;
  let reviewer: TestClient;

  before(async () => {
    // A local SMTP server, as the province's mail relay would be.
    smtp = new SMTPServer({
      authOptional: true,
      hideSTARTTLS: true,
      closeTimeout: 100,
      onData(stream, session, callback) {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), text });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    t = await startTestApp({ moduleSettings: { inbox: { smtpUrl: `smtp://127.0.0.1:${port}`, reviewDueWorkingDays: 10 } } });
    officer = await t.as('officer', 'so-khcn');
    reviewer = await t.as('reviewer');
  });
  after(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const inbox = async (client: TestClient) => {
    const res = await client.get('/api/v1/inbox');
    assert.equal(res.status, 200, res.body);
    return res.json<Inbox>();
  };

  it('counts working days to the due date, Monday to Friday in Viet Nam', () => {
    // Friday 9:00 in Ha Noi (02:00 UTC): one working day later is Monday.
    assert.equal(dueDate(new Date('2026-12-04T02:00:00Z'), 1).toISOString(), '2026-12-07T02:00:00.000Z');
    assert.equal(dueDate(new Date('2026-12-04T02:00:00Z'), 10).toISOString(), '2026-12-18T02:00:00.000Z');
    // Friday 23:30 in Ha Noi is still Friday there though Friday 16:30 UTC.
    assert.equal(dueDate(new Date('2026-12-04T16:30:00Z'), 1).toISOString(), '2026-12-07T16:30:00.000Z');
  });

  it('puts a submitted request in the reviewers\u2019 inbox with its due date, notifies them and e-mails them', async () => {
    assert.equal((await officer.post('/api/v1/registry/systems', sampleSystem())).status, 201);
    const submitted = await officer.post(`/api/v1/registry/systems/${sampleSystem().code}/requests`, { type: 'establish', note: 'Đăng ký mới' });
    assert.equal(submitted.status, 201, submitted.body);

    const work = await inbox(reviewer);
    const item = work.items.find((i) => i.kind === 'registry_request_to_decide');
    assert.ok(item, JSON.stringify(work));
    assert.equal(item.link, `/registry/${sampleSystem().code}`);
    assert.ok(item.dueAt && new Date(item.dueAt) > new Date(), 'due in the future');
    assert.equal(item.overdue, false);
    assert.equal(work.unreadNotifications, 1);

    const notices = (await reviewer.get('/api/v1/inbox/notifications')).json<Notifications>();
    assert.equal(notices.items[0]?.kind, 'registry_request_submitted');
    assert.equal(notices.items[0]?.emailed, true);
    const me = (await reviewer.get('/api/v1/auth/me')).json<{ user: { email: string } }>().user;
    assert.ok(mails.some((m) => m.to.includes(me.email) && /Subject: =\?UTF-8\?/i.test(m.text)), 'an e-mail went to the reviewer');
    assert.equal((await inbox(officer)).items.length, 0, 'the officer has nothing to do yet');
  });

  it('shows an overdue request first and counts it', async () => {
    await t.database.db.execute(sql`update registry_requests set submitted_at = now() - interval '30 days' where status = 'pending'`);
    const work = await inbox(reviewer);
    assert.equal(work.items[0]?.overdue, true);
    assert.equal(work.overdue, 1);
    const counts = (await reviewer.get('/api/v1/inbox/counts')).json<{ total: number; overdue: number }>();
    assert.deepEqual([counts.total, counts.overdue], [1, 1]);
  });

  it('tells the officers of the agency when their request is returned, and lists the record to fix', async () => {
    const [pending] = (await reviewer.get('/api/v1/registry/requests?status=pending')).json<{ items: { id: string }[] }>().items;
    assert.ok(pending);
    const decided = await reviewer.post(`/api/v1/registry/requests/${pending.id}/decision`, { decision: 'return', comment: 'Bổ sung văn bản phê duyệt cấp độ' });
    assert.equal(decided.status, 200, decided.body);

    const notices = (await officer.get('/api/v1/inbox/notifications?unread=true')).json<Notifications>();
    assert.equal(notices.items[0]?.kind, 'registry_request_returned');
    assert.match(notices.items[0]?.title.vi ?? '', /Bổ sung văn bản/);
    const work = await inbox(officer);
    assert.equal(work.items[0]?.kind, 'registry_system_returned');
    assert.equal((await inbox(reviewer)).total, 0, 'nothing left to decide');

    const marked = await officer.post('/api/v1/inbox/notifications/read', { ids: notices.items.map((n) => n.id) });
    assert.equal(marked.json<{ marked: number }>().marked, notices.items.length);
    assert.equal((await officer.get('/api/v1/inbox/notifications?unread=true')).json<Notifications>().unread, 0);
  });

  it('keeps each inbox to its owner', async () => {
    const viewer = await t.as('viewer');
    assert.equal((await inbox(viewer)).total, 0);
    const [theirs] = (await officer.get('/api/v1/inbox/notifications')).json<Notifications>().items;
    assert.ok(theirs);
    assert.equal((await viewer.post('/api/v1/inbox/notifications/read', { ids: [theirs.id] })).json<{ marked: number }>().marked, 0);
    assert.equal((await officer.get('/api/v1/inbox/notifications')).json<Notifications>().items[0]?.id, theirs.id);
    assertError(await t.anonymous.get('/api/v1/inbox'), 401, 'UNAUTHENTICATED');
    assertError(await viewer.post('/api/v1/inbox/notifications/read', { ids: ['not-a-uuid'] }), 400, 'VALIDATION_FAILED');
  });
});
