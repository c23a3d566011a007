/**
 * The public catalogue in the browser: a visitor, without logging in, opens "Danh mục hệ thống" from the navigation,
 * searches, opens a card (no security level, hosting or contacts on it), a commune's page and a data element's
 * "which systems hold me"; an officer maps a data object to an element with the form's picker, by keyboard.
 * axe-core on every page. Needs dist/web (npm run build) and /usr/bin/chromium.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectAccessible, failOnPageErrors, startBrowserSession, waitForText, type BrowserSession } from '../helpers/browser.js';
import { createAccounts, registerApproved, sampleSystem, type Account } from '../helpers/fixtures.js';

const officer: Account = { email: 'danh-muc.khcn@test.hungyen.gov.vn', name: 'Vũ Thị Mục', password: 'mat-khau-danh-muc-khcn', role: 'officer', agencyId: 'so-khcn' };
const reviewer: Account = { email: 'tham-dinh.danh-muc@test.hungyen.gov.vn', name: 'Đỗ Văn Duyệt', password: 'mat-khau-tham-dinh-dm', role: 'reviewer' };

describe('public catalogue in the browser', () => {
  let session: BrowserSession;
  let visitor: Page;
  const errors = () => session.pageErrors;

  before(async () => {
    session = await startBrowserSession();
    const [khcn, review] = await createAccounts(session.t, [officer, reviewer]);
    await registerApproved(
      khcn,
      review,
      sampleSystem({
        code: 'HY-QLVB',
        hostingNote: 'Phòng máy tầng 3',
        contacts: [{ name: 'Nguyễn Văn Bình', role: 'Quản trị', email: 'binh@hungyen.gov.vn' }],
        dataObjects: [{ name: 'Hồ sơ công dân', personal: true, sensitive: false, elements: ['ho_va_ten'] }],
      }),
    );
    await registerApproved(
      khcn,
      review,
      sampleSystem({ code: 'HY-DVC', name: { vi: 'Cổng dịch vụ công tỉnh Hưng Yên', en: 'Hưng Yên public service portal' }, audiences: ['citizens', 'businesses'], uiLanguages: ['vi', 'en'], accessibility: 'wcag_aa', authentication: ['vneid'], url: 'https://dichvucong.hungyen.gov.vn' }),
    );
    assert.equal((await khcn.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-NHAP', name: { vi: 'Hệ thống còn là bản nháp', en: 'Draft' } }))).status, 201);
    visitor = await session.newPage();
  });
  after(() => session?.close());

  it(
    'a visitor opens the catalogue from the navigation, searches and opens a card without a security level',
    failOnPageErrors(errors, async () => {
      const p = visitor;
      await p.goto(`${session.base}/`);
      await p.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Danh mục hệ thống' }).click();
      await p.getByRole('heading', { level: 1, name: 'Danh mục hệ thống' }).waitFor();
      await waitForText(p, '.result-count', /^2 hệ thống$/);
      assert.equal(await p.getByText('Hệ thống còn là bản nháp').count(), 0);
      await expectAccessible(p, 'catalogue');

      await p.getByLabel('Tìm hệ thống').fill('quan ly van ban');
      await waitForText(p, '.result-count', /^1 hệ thống$/);
      assert.match(p.url(), /[?&]q=quan\+ly\+van\+ban/);
      await p.getByRole('link', { name: 'Hệ thống quản lý văn bản và điều hành' }).click();
      await p.getByRole('heading', { level: 1, name: 'Hệ thống quản lý văn bản và điều hành' }).waitFor();
      const text = await p.locator('main').innerText();
      assert.match(text, /Sở Khoa học và Công nghệ/);
      assert.match(text, /Họ và tên/);
      assert.match(text, /Thông tin công khai của phiên bản đã được phê duyệt \(phiên bản 1\)/);
      for (const hidden of ['Cấp độ 3', '123/QĐ-UBND', 'Phòng máy', 'binh@hungyen.gov.vn', 'Nguyễn Văn Bình', 'Trung tâm dữ liệu', 'Hồ sơ công dân']) assert.ok(!text.includes(hidden), `the card shows ${hidden}`);
      await expectAccessible(p, 'catalogue card');

      // English through the language switch.
      await p.getByRole('button', { name: 'English' }).click();
      await p.getByRole('heading', { level: 1, name: 'Document management and workflow system' }).waitFor();
      assert.match(await p.locator('main').innerText(), /Data elements held/);
      await p.getByRole('button', { name: 'Tiếng Việt' }).click();
      await p.getByRole('heading', { level: 1, name: 'Hệ thống quản lý văn bản và điều hành' }).waitFor();
    }),
  );

  it(
    "a commune's page lists the provincial systems serving it, and an element's page the systems holding it",
    failOnPageErrors(errors, async () => {
      const p = visitor;
      await p.goto(`${session.base}/catalogue/communes/11953`);
      await p.getByRole('heading', { level: 1, name: 'Hệ thống phục vụ Phường Phố Hiến' }).waitFor();
      await p.getByRole('heading', { level: 2, name: 'Hệ thống dùng chung toàn tỉnh' }).waitFor();
      await p.locator('#commune-shared').getByRole('link', { name: 'Cổng dịch vụ công tỉnh Hưng Yên' }).waitFor();
      await expectAccessible(p, 'commune page');

      await p.goto(`${session.base}/dictionary/elements/ho_va_ten`);
      await p.getByRole('heading', { level: 2, name: 'Hệ thống đang lưu giữ phần tử này' }).waitFor();
      await waitForText(p, '#holders-table', /HY-QLVB/);
      await expectAccessible(p, 'element holders');
      await p.getByLabel('Cơ quan chủ quản').selectOption('so-y-te');
      await p.getByText('Chưa có hệ thống nào lưu giữ phần tử này.').waitFor();
    }),
  );

  it(
    'an officer maps a data object to an approved element with the picker, by keyboard',
    failOnPageErrors(errors, async () => {
      const p = await session.loggedIn(officer);
      await p.goto(`${session.base}/registry/HY-NHAP/edit`);
      const picker = p.getByRole('combobox', { name: /Phần tử dữ liệu/ });
      await picker.first().waitFor();
      await picker.first().fill('ho va');
      await p.getByRole('option', { name: /ho_va_ten Họ và tên/ }).waitFor();
      await picker.first().press('ArrowDown');
      assert.equal(await p.getByRole('option', { name: /ho_va_ten/ }).getAttribute('aria-selected'), 'true');
      await picker.first().press('Enter');
      await p.getByRole('list', { name: 'Phần tử dữ liệu đã chọn' }).getByText('Họ và tên').waitFor();
      assert.equal(await picker.first().inputValue(), '');
      // A code that is not an approved element is kept, and said to be so.
      await picker.first().fill('ma_cu_khong_con');
      await picker.first().press('Enter');
      await p.getByText('(chưa có trong từ điển đã phê duyệt)').waitFor();
      await expectAccessible(p, 'system form with the element picker');
      await p.getByRole('button', { name: 'Bỏ phần tử ma_cu_khong_con' }).click();
      await p.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
      await p.waitForURL(/\/registry\/HY-NHAP$/);
      const saved = await (await session.t.as('viewer')).get('/api/v1/registry/systems/HY-NHAP');
      assert.deepEqual(saved.json<{ dataObjects: { elements?: string[] }[] }>().dataObjects[0]?.elements, ['ho_va_ten']);
    }),
  );
});
