/**
 * The web UI, driven like a person would in Debian's Chromium: every page is also checked with axe-core
 * (no serious or critical WCAG violation). Needs dist/web (npm run build) and /usr/bin/chromium.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { ADMIN, type TestApp } from '../helpers/app.js';
import { expectAccessible, logIn, startBrowserSession, waitForText, type BrowserSession } from '../helpers/browser.js';

describe('web UI', () => {
  let session: BrowserSession;
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  // Script errors in the page, reported with a failing step so a rare failure explains itself.
  let pageErrors: string[] = [];
  const officer = { email: 'can-bo.khcn@test.hungyen.gov.vn', name: 'Nguyễn Thị Hoa', password: 'mat-khau-can-bo-khcn' };

  before(async () => {
    session = await startBrowserSession();
    ({ t, base, browser, pageErrors } = session);
    page = await session.newPage();
  });

  after(() => session?.close());

  it('shows the four layers with Vietnamese names, the decision and the principles', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: 'Tổng quan Khung kiến trúc số' }).waitFor();
    await page.getByRole('heading', { name: 'Lớp Hạ tầng số và an ninh mạng dùng chung' }).waitFor();
    const layerHeadings = await page.locator('.layer h3').allTextContents();
    assert.deepEqual(
      layerHeadings.map((h) => h.replace(/^[IV]+\. /, '')),
      ['Lớp Kênh tương tác và đo lường hiệu quả', 'Lớp Ứng dụng và nghiệp vụ dùng chung', 'Lớp Dữ liệu và nền tảng lõi', 'Lớp Hạ tầng số và an ninh mạng dùng chung'],
      'layers are drawn from IV at the top down to I',
    );
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    // The first Tab reaches the skip link.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className + ': ' + document.activeElement?.textContent), 'skip-link: Chuyển đến nội dung chính');
    assert.match(await page.locator('.source-box').innerText(), /2352\/QĐ-UBND.*29\/12\/2025/);
    assert.equal(await page.locator('.tile').count(), 67, 'every component has a tile');
    // The principles are collapsed until asked for.
    const firstPrinciple = page.locator('.principles li').first();
    assert.equal(await firstPrinciple.isVisible(), false);
    await page.getByText(/Xem 19 nguyên tắc/).click();
    assert.equal(await firstPrinciple.isVisible(), true);
    await expectAccessible(page, 'overview');
  });

  it('opens a component in an accessible dialog and gives focus back on close', async () => {
    const tile = page.getByRole('button', { name: /II\.2\(1\).*LGSP/ });
    await tile.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    assert.equal(await dialog.getByRole('heading', { level: 2 }).innerText(), 'Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)');
    const text = await dialog.innerText();
    assert.match(text, /Điều khoản\s+II\.2\(1\)/i);
    assert.match(text, /Đăng nhập để xem các hệ thống đã đăng ký triển khai hoặc sử dụng thành phần này/);
    assert.equal(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog'))), true, 'focus moves into the dialog');
    await expectAccessible(page, 'component dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await tile.evaluate((el) => el === document.activeElement), true, 'focus returns to the tile');
  });

  it('filters the tiles without regard to diacritics', async () => {
    await page.getByLabel('Tìm thành phần').fill('tich hop chia se');
    await page.waitForFunction(() => document.querySelectorAll('.tile').length < 67);
    const codes = await page.locator('.tile-code').allTextContents();
    assert.ok(codes.includes('II.2(1)') && codes.includes('II.1(1)'), `LGSP and NDXP match: ${codes.join(', ')}`);
    assert.ok(!codes.includes('I.2(5)'), 'SOC does not match');
    await page.getByLabel('Tìm thành phần').fill('');
    await page.waitForFunction(() => document.querySelectorAll('.tile').length === 67);
  });

  it('switches to English and remembers it', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Shared digital infrastructure and cybersecurity layer' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Digital Architecture Framework overview' }).waitFor();
    await page.getByRole('button', { name: /II\.2\(1\).*LGSP/ }).click();
    assert.equal(await page.getByRole('dialog').getByRole('heading', { level: 2 }).innerText(), 'Provincial data integration and sharing platform (LGSP)');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Lớp Hạ tầng số và an ninh mạng dùng chung' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  });

  it('lists the roadmap, filters by group and searches the text on the server', async () => {
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lộ trình triển khai' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lộ trình triển khai' }).waitFor();
    await waitForText(page, '.result-count', /Tìm thấy 36 nhiệm vụ/);
    assert.equal(await page.locator('.task-group').count(), 7);
    await page.locator('.chart svg').waitFor();
    assert.match((await page.locator('.chart').getAttribute('aria-label')) ?? '', /36 nhiệm vụ/);
    await expectAccessible(page, 'roadmap');

    await page.getByLabel('Nhóm nhiệm vụ', { exact: true }).selectOption('IV');
    await waitForText(page, '.result-count', /Tìm thấy 5 nhiệm vụ/);
    const codes = await page.locator('.task-card .task-code').allTextContents();
    assert.deepEqual(codes, ['IV.1', 'IV.2', 'IV.3', 'IV.4', 'IV.5']);
    assert.match(page.url(), /group=IV/);

    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await waitForText(page, '.result-count', /Tìm thấy 36 nhiệm vụ/);
    await page.getByLabel('Tìm theo nội dung').fill('tu dien');
    await waitForText(page, '.result-count', /Tìm thấy 1 nhiệm vụ/);
    assert.deepEqual(await page.locator('.task-card .task-code').allTextContents(), ['IV.2']);
    assert.match(await page.locator('.task-card').innerText(), /từ điển dữ liệu/);

    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await page.getByLabel('Đơn vị chủ trì', { exact: true }).selectOption('agency:cong-an-tinh');
    await waitForText(page, '.result-count', /Tìm thấy 3 nhiệm vụ/);
    assert.deepEqual(await page.locator('.task-card .task-code').allTextContents(), ['VI.1', 'VI.2', 'VI.3']);
  });

  it('lists the agencies and pages and searches the 104 communes', async () => {
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cơ quan, đơn vị' }).click();
    await page.waitForURL(/\/agencies$/).catch((error: Error) => {
      throw new Error(`${error.message}\nstill at ${page.url()}; page errors: ${JSON.stringify(pageErrors)}`);
    });
    await page.getByRole('heading', { level: 1, name: 'Cơ quan và đơn vị hành chính' }).waitFor();
    const agencies = page.getByRole('region', { name: /Bảng: Danh sách \d+ cơ quan/ });
    await agencies.getByRole('rowheader', { name: 'Sở Khoa học và Công nghệ' }).waitFor();
    assert.equal(await agencies.getByRole('rowheader', { name: /^(Phường|Xã|UBND Xã|UBND Phường) / }).count(), 0, 'no commune among the agencies');
    await waitForText(page, '#communes-title ~ .result-count', /Có 104 xã\/phường/);
    const communeRows = page.locator('.communes-table tbody tr');
    assert.equal(await communeRows.count(), 20);
    await page.locator('.commune-map svg path').first().waitFor();
    await expectAccessible(page, 'agencies');
    await page.getByRole('navigation', { name: 'Phân trang danh sách xã/phường' }).getByRole('button', { name: /Trang sau/ }).click();
    await waitForText(page, '.communes-table .pager-info', /^21–40 trong tổng số 104/);
    await page.getByLabel('Tìm xã/phường').fill('pho hien');
    await waitForText(page, '#communes-title ~ .result-count', /Có 1 xã\/phường/);
    assert.deepEqual((await communeRows.allInnerTexts()).map((r) => r.split('\t').slice(0, 3)), [['11953', 'Phường Phố Hiến', 'Phường']]);
  });

  it('shows a task with its history, and asks an anonymous visitor to log in', async () => {
    await page.goto(`${base}/roadmap?group=IV`);
    await page.getByRole('link', { name: 'Xây dựng hệ thống quản lý và đăng ký ứng dụng CNTT trên địa bàn tỉnh' }).click();
    await page.getByRole('heading', { level: 1, name: /IV\.1/ }).waitFor();
    assert.match(await page.locator('.facts').innerText(), /Sở Khoa học và Công nghệ/);
    await page.getByText('Chưa có báo cáo tiến độ nào.').waitFor();
    await page.getByText('Đăng nhập để cập nhật tiến độ nhiệm vụ.').waitFor();
    assert.equal(await page.locator('#p-note').count(), 0, 'no form for anonymous visitors');
    await expectAccessible(page, 'task detail');
    // A reload keeps the page (deep link).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /IV\.1/ }).waitFor();
  });

  it('logs in through the form and returns to the page it came from', async () => {
    const taskUrl = page.url();
    await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await expectAccessible(page, 'login');
    await page.getByLabel('Thư điện tử').fill(ADMIN.email);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-roi');
    await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByRole('main').getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /\S/);
    assert.equal(new URL(page.url()).pathname, '/login');
    await page.getByLabel('Mật khẩu').fill(ADMIN.password);
    await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(taskUrl);
    await page.getByRole('banner').getByRole('button', { name: 'Đăng xuất' }).waitFor();
  });

  it('reports progress on task IV.1 and shows it in the history', async () => {
    await page.getByRole('heading', { name: 'Cập nhật tiến độ' }).waitFor();
    await page.getByLabel('Trạng thái mới').selectOption('in_progress');
    const note = 'Đã khảo sát hiện trạng ứng dụng CNTT tại 12 sở, ngành.';
    await page.getByLabel(/Nội dung tiến độ/).fill(note);
    await page.getByRole('button', { name: 'Cập nhật tiến độ' }).click();
    await waitForText(page, 'form [role=status]', /Đã cập nhật tiến độ/);
    const row = page.locator('#progress-history tbody tr').first();
    assert.match(await row.innerText(), /Đang triển khai/);
    assert.match(await row.innerText(), /Đã khảo sát hiện trạng ứng dụng CNTT tại 12 sở, ngành\./);
    assert.match(await page.locator('.facts').innerText(), /Đang triển khai/);
    // The server has it too.
    const stored = await t.anonymous.get('/api/v1/roadmap/tasks/IV.1');
    const task = stored.json<{ status: string; progress: { note: string }[] }>();
    assert.equal(task.status, 'in_progress');
    assert.deepEqual(
      task.progress.map((p) => p.note),
      [note],
    );
  });

  it('lets an administrator create an officer of the Department of Science and Technology', async () => {
    await page.getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Người dùng và vai trò' }).waitFor();
    await page.locator('#users-table').waitFor();
    await expectAccessible(page, 'users');
    await page.getByRole('button', { name: /Thêm người dùng/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel('Thư điện tử').fill(officer.email);
    await dialog.getByLabel('Họ và tên').fill(officer.name);
    await dialog.getByLabel('Vai trò').selectOption('officer');
    // An officer needs an agency: refused before it reaches the server.
    await dialog.getByLabel('Mật khẩu ban đầu').fill(officer.password);
    await dialog.getByRole('button', { name: 'Tạo người dùng' }).click();
    await dialog.getByRole('alert').waitFor();
    assert.match(await dialog.getByRole('alert').innerText(), /phải thuộc một cơ quan/);
    await dialog.getByLabel(/Cơ quan/).selectOption('so-khcn');
    await expectAccessible(page, 'create user dialog');
    await dialog.getByRole('button', { name: 'Tạo người dùng' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.locator('#users-table tbody tr', { hasText: officer.email });
    await row.waitFor();
    assert.match(await row.innerText(), /Cán bộ đơn vị/);
    assert.match(await row.innerText(), /Sở KH&CN/);
    const users = await (await t.as('admin')).get(`/api/v1/users?q=${encodeURIComponent(officer.email)}`);
    assert.deepEqual(
      users.json<{ items: { role: string; agencyId: string }[] }>().items.map((u) => [u.role, u.agencyId]),
      [['officer', 'so-khcn']],
    );
  });

  it('shows the access log with the login request, and verifies the audit trail', async () => {
    await page.getByRole('link', { name: 'Lưu vết truy cập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lưu vết truy cập' }).waitFor();
    await page.locator('#access-table').waitFor();
    await expectAccessible(page, 'access log');
    await page.getByLabel('Phương thức').selectOption('POST');
    await page.getByLabel('Đường dẫn bắt đầu bằng').fill('/api/v1/auth/login');
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('#access-table tbody tr')];
      return rows.length > 0 && rows.every((r) => r.textContent?.includes('/api/v1/auth/login'));
    });
    const rows = await page.locator('#access-table tbody tr').allInnerTexts();
    assert.ok(rows.length >= 2, 'the failed and the successful login');
    assert.ok(rows.every((r) => /POST/.test(r)));
    assert.ok(rows.some((r) => /\b401\b/.test(r)) && rows.some((r) => /\b200\b/.test(r)), rows.join('\n'));

    await page.getByRole('tab', { name: 'Nhật ký thay đổi' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nhật ký thay đổi' }).waitFor();
    await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
    const verdict = await waitForText(page, '#verify-result', /Toàn vẹn|sai lệch/);
    assert.match(verdict, /Toàn vẹn: đã kiểm tra \d+ bản ghi/);
    assert.match(await page.locator('.tab-panel table').innerText(), /Cập nhật tiến độ/);
    await expectAccessible(page, 'audit trail');
  });

  it('answers an unknown address with a 404 page', async () => {
    await page.goto(`${base}/khong-co-trang-nay`);
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
    assert.match(await page.getByRole('main').innerText(), /\/khong-co-trang-nay/);
    await expectAccessible(page, '404');
  });

  it('shows the server refusal to an officer of another unit, and no admin pages', async () => {
    const officerContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    try {
      const p = await officerContext.newPage();
      await logIn(p, base, officer);
      // II.1 is led by the Office of the People's Committee, not by this officer's department.
      await p.goto(`${base}/roadmap/II.1`);
      await p.getByLabel(/Nội dung tiến độ/).fill('Thử cập nhật nhiệm vụ của đơn vị khác');
      await p.getByRole('button', { name: 'Cập nhật tiến độ' }).click();
      const alert = p.getByRole('main').getByRole('alert');
      await alert.waitFor();
      assert.equal(await alert.innerText(), 'Chỉ đơn vị chủ trì, cán bộ thẩm định hoặc quản trị viên được cập nhật tiến độ nhiệm vụ này.');
      assert.equal(await p.locator('#progress-history').count(), 0, 'nothing was recorded');

      assert.equal(await p.getByRole('link', { name: 'Lưu vết truy cập' }).count(), 0, 'no access-log link for officers');
      await p.goto(`${base}/access-log`);
      await p.getByText('Bạn không có quyền truy cập chức năng này.', { exact: false }).waitFor();
      await p.goto(`${base}/users`);
      await p.getByText('Bạn không có quyền truy cập chức năng này.', { exact: false }).waitFor();
      await p.getByRole('heading', { name: 'Mã truy cập API' }).waitFor();
    } finally {
      await officerContext.close();
    }
  });

  it('works on a 375 px wide phone: the menu button opens the navigation', async () => {
    const mobile = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const p = await mobile.newPage();
      const cspErrors: string[] = [];
      p.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
      });
      await p.goto(`${base}/`);
      await p.getByRole('heading', { name: 'Lớp Hạ tầng số và an ninh mạng dùng chung' }).waitFor();
      const nav = p.getByRole('navigation', { name: 'Điều hướng chính' });
      const menu = nav.getByRole('button', { name: 'Danh mục' });
      const roadmapLink = nav.getByRole('link', { name: 'Lộ trình triển khai' });
      assert.equal(await roadmapLink.isVisible(), false, 'links are folded away');
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      await menu.click();
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      assert.equal(await roadmapLink.isVisible(), true);
      await roadmapLink.click();
      await p.getByRole('heading', { level: 1, name: 'Lộ trình triển khai' }).waitFor();
      assert.equal(await roadmapLink.isVisible(), false, 'the menu closes after navigating');
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at 375 px (overflow ${overflow}px)`);
      assert.deepEqual(cspErrors, [], 'the app runs under the Content-Security-Policy');
    } finally {
      await mobile.close();
    }
  });
});
