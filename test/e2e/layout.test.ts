/**
 * Layout and robustness on a phone and when leaving pages quickly: /agencies and /registry fit 375 px (the
 * registry's filters fold behind "Bộ lọc (n)"), leaving /agencies within a second throws nothing from the chart
 * library, a visitor can check JSON records on /dictionary/validate, and an officer's menu offers what they may open.
 * Needs dist/web (npm run build) and /usr/bin/chromium. KT_E2E_SCREENSHOTS=<dir> saves screenshots.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectAccessible, failOnPageErrors, phone, shot, startBrowserSession, type BrowserSession } from '../helpers/browser.js';
import { createAccounts, type Account } from '../helpers/fixtures.js';

const officer: Account = { email: 'bo-cuc.khcn@test.hungyen.gov.vn', name: 'Hoàng Văn Bố', password: 'mat-khau-bo-cuc-khcn', role: 'officer', agencyId: 'so-khcn' };

async function scrollWidth(page: Page): Promise<number> {
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('layout on a phone, and leaving pages quickly', () => {
  let session: BrowserSession;
  let small: Page;
  const errors = () => session.pageErrors;

  before(async () => {
    session = await startBrowserSession();
    await createAccounts(session.t, [officer]);
    small = await session.loggedIn(officer, phone);
  });

  after(() => session?.close());

  it(
    'fits /agencies in 375 px',
    failOnPageErrors(errors, async () => {
      await small.goto(`${session.base}/agencies`);
      await small.getByRole('heading', { level: 1, name: 'Cơ quan và đơn vị hành chính' }).waitFor();
      await small.locator('#communes-title').waitFor();
      await small.locator('.commune-map svg').waitFor();
      const width = await scrollWidth(small);
      assert.ok(width <= 375, `no sideways scrolling on /agencies (scrollWidth ${width})`);
      await shot(small, 'agencies-phone');
    }),
  );

  it(
    'fits /registry in 375 px, with the filters behind "Bộ lọc (n)"',
    failOnPageErrors(errors, async () => {
      await small.goto(`${session.base}/registry`);
      await small.getByRole('heading', { level: 1, name: /Sổ đăng ký/ }).waitFor();
      const toggle = small.getByRole('button', { name: 'Bộ lọc (0)' });
      await toggle.waitFor();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.equal(await small.getByLabel('Vòng đời').isVisible(), false, 'the filters are folded');
      assert.equal(await small.getByLabel('Tìm theo mã, tên, mục tiêu').isVisible(), true, 'the search box is not');
      let width = await scrollWidth(small);
      assert.ok(width <= 375, `no sideways scrolling on /registry (scrollWidth ${width})`);
      await expectAccessible(small, 'registry at 375 px, filters folded');
      await shot(small, 'registry-phone');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await small.getByLabel('Vòng đời').selectOption({ index: 1 });
      await small.getByRole('button', { name: 'Bộ lọc (1)' }).waitFor();
      width = await scrollWidth(small);
      assert.ok(width <= 375, `no sideways scrolling with the filters open (scrollWidth ${width})`);
      await expectAccessible(small, 'registry at 375 px, filters open');
    }),
  );

  it(
    'shows every filter at once on a wide screen',
    failOnPageErrors(errors, async () => {
      const wide = await session.loggedIn(officer);
      await wide.goto(`${session.base}/registry`);
      await wide.getByLabel('Vòng đời').waitFor();
      assert.equal(await wide.getByRole('button', { name: /^Bộ lọc/ }).isVisible(), false);
    }),
  );

  it('logs no page error when /agencies is left within a second', async () => {
    const page = await session.newPage();
    const seen = session.pageErrors.length;
    for (const wait of [100, 250, 400, 600, 900]) {
      await page.goto(`${session.base}/agencies`);
      await page.waitForTimeout(wait);
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tổng quan Khung kiến trúc số' }).waitFor();
      await page.waitForTimeout(700);
    }
    assert.deepEqual(session.pageErrors.slice(seen), [], 'no script errors');
  });

  it(
    'lets a visitor check JSON records and says that files need a login',
    failOnPageErrors(errors, async () => {
      const page = await session.newPage();
      await page.goto(`${session.base}/dictionary/validate?entity=cong_dan`);
      await page.getByRole('heading', { level: 2, name: 'Kiểm tra bản ghi JSON' }).waitFor();
      await page.getByRole('link', { name: 'Đăng nhập để kiểm tra tệp' }).waitFor();
      await page.waitForFunction(() => (document.querySelector('#j-entity') as HTMLSelectElement | null)?.value === 'cong_dan');
      await page.getByLabel('Bản ghi (JSON)').fill('[{"ho_va_ten": 12}]');
      await page.getByRole('button', { name: 'Kiểm tra bản ghi' }).click();
      await page.locator('#json-findings').waitFor();
      assert.ok((await page.locator('#json-findings tbody tr').count()) > 0, 'findings are listed');
      await expectAccessible(page, 'validate as a visitor');
    }),
  );

  it(
    'offers an officer their API tokens in the menu, not "Người dùng"',
    failOnPageErrors(errors, async () => {
      const page = await session.loggedIn(officer);
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
      await nav.getByRole('link', { name: 'Khoá API của tôi' }).waitFor();
      assert.equal(await nav.getByRole('link', { name: 'Người dùng' }).count(), 0);
    }),
  );
});
