/**
 * The inbox in the browser: an officer submits a registration through the API, a reviewer logs in, sees the work
 * counted in the header, opens the inbox (the request is overdue at once: REVIEW_DUE_WORKING_DAYS is 0 here), follows
 * the item to the system's page and marks the notification read. axe-core on the inbox, desktop and 375 px.
 * Needs dist/web (npm run build) and /usr/bin/chromium. KT_E2E_SCREENSHOTS=<dir> saves screenshots.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectAccessible, expectNoSidewaysScrolling, failOnPageErrors, phone, shot, startBrowserSession, waitForText, type BrowserSession } from '../helpers/browser.js';
import { createAccounts, sampleSystem, type Account } from '../helpers/fixtures.js';

const officer: Account = { email: 'nop-ho-so.khcn@test.hungyen.gov.vn', name: 'Đỗ Thị Lan', password: 'mat-khau-nop-ho-so-khcn', role: 'officer', agencyId: 'so-khcn' };
const reviewer: Account = { email: 'tham-dinh.hop-thu@test.hungyen.gov.vn', name: 'Vũ Quang Định', password: 'mat-khau-tham-dinh-hop-thu', role: 'reviewer' };
const CODE = 'HY-HOPTHU';
const NAME = 'Hệ thống một cửa điện tử cấp xã';

describe('inbox in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  const errors = () => session.pageErrors;

  before(async () => {
    session = await startBrowserSession({ moduleSettings: { inbox: { reviewDueWorkingDays: 0 } } });
    const [khcn] = await createAccounts(session.t, [officer, reviewer]);
    const created = await khcn.post('/api/v1/registry/systems', sampleSystem({ code: CODE, name: { vi: NAME, en: 'Commune one-stop shop' } }));
    assert.equal(created.status, 201, created.body);
    const submitted = await khcn.post(`/api/v1/registry/systems/${created.json<{ id: string }>().id}/requests`, { type: 'establish' });
    assert.equal(submitted.status, 201, submitted.body);
    page = await session.loggedIn(reviewer);
  });

  after(() => session?.close());

  it(
    'counts the waiting work in the header, with what the number is in the name',
    failOnPageErrors(errors, async () => {
      const link = page.getByRole('banner').getByRole('link', { name: /^Hộp công việc/ });
      await waitForText(page, '#inbox-link', /mục: 1 việc cần làm \(1 quá hạn\), \d+ thông báo chưa đọc/);
      const name = (await link.textContent()) ?? '';
      assert.match(name, /^Hộp công việc \d+ mục: 1 việc cần làm \(1 quá hạn\), \d+ thông báo chưa đọc$/);
      assert.match(await page.locator('#inbox-link .inbox-count').innerText(), /^\d+$/, 'the number is shown');
      await link.click();
      await page.getByRole('heading', { level: 1, name: 'Hộp công việc' }).waitFor();
    }),
  );

  it(
    'lists the request as overdue in words, with dd/mm/yyyy dates, and the notifications',
    failOnPageErrors(errors, async () => {
      const work = page.locator('section[aria-labelledby="inbox-work-title"] .inbox-item');
      await work.first().waitFor();
      assert.equal(await work.count(), 1);
      const text = await work.first().innerText();
      assert.match(text, /Yêu cầu cần quyết định/);
      assert.match(text, /Quá hạn/, 'overdue is said, not only coloured');
      assert.match(text, new RegExp(NAME));
      assert.match(text, /Đã quá hạn \d{2}\/\d{2}\/\d{4}/);
      assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/, 'no ISO dates');
      await page.getByRole('heading', { level: 2, name: 'Thông báo' }).waitFor();
      await expectAccessible(page, 'inbox');
      await shot(page, 'inbox');
    }),
  );

  it(
    'marks a notification read and the header count follows',
    failOnPageErrors(errors, async () => {
      const unread = page.locator('.inbox-item-unread');
      const before = await unread.count();
      if (before === 0) return; // the registry sent no notification for a submit: nothing to mark
      const headerBefore = Number(await page.locator('#inbox-link .inbox-count').innerText());
      await unread.first().getByRole('button', { name: /^Đánh dấu đã đọc/ }).click();
      await waitForText(page, '.notice-success', /Đã đánh dấu 1 thông báo là đã đọc/);
      await page.waitForFunction((n) => document.querySelectorAll('.inbox-item-unread').length === n, before - 1);
      await page.waitForFunction((n) => document.querySelector('#inbox-link .inbox-count')?.textContent === String(n) || (n === 0 && !document.querySelector('#inbox-link .inbox-count')), headerBefore - 1);
    }),
  );

  it(
    'follows the work item to the system it is about',
    failOnPageErrors(errors, async () => {
      await page.locator('section[aria-labelledby="inbox-work-title"] .inbox-item a').first().click();
      await page.waitForURL(new RegExp(`/registry/${CODE}$`));
      await page.getByRole('heading', { level: 1, name: new RegExp(NAME) }).waitFor();
    }),
  );

  it(
    'fits a 375 px phone',
    failOnPageErrors(errors, async () => {
      const small = await session.loggedIn(reviewer, phone);
      await expectNoSidewaysScrolling(small, session.base, [['/inbox', /^Hộp công việc$/]]);
      await small.locator('.inbox-item').first().waitFor();
      await expectAccessible(small, 'inbox at 375 px');
      await shot(small, 'inbox-phone');
    }),
  );
});
