/**
 * The data dictionary (task IV.2) in the browser: an anonymous visitor finds an approved element without typing
 * diacritics and looks up a commune in the administrative units; an officer of the Department of Science and
 * Technology creates an element, a reviewer returns it with a comment, the officer submits it again and the reviewer
 * approves it, after which the change log shows the approval and the public finds it; a reviewer sees where an element
 * is used and cannot delete it; an officer validates a CSV file against the entity "Công dân" and reads the
 * Vietnamese findings, then downloads them as CSV. Every page is checked with axe-core (no serious or critical
 * violation) and at 375 px. Needs dist/web (npm run build) and /usr/bin/chromium. KT_E2E_SCREENSHOTS=<dir> saves
 * screenshots.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/app.js';
import {
  expectAccessible,
  expectNoSidewaysScrolling,
  failOnPageErrors,
  phone,
  shot,
  startBrowserSession,
  waitForRenderedText,
  waitForRows,
  type BrowserSession,
} from '../helpers/browser.js';
import { createAccounts, sampleSystem, type Account } from '../helpers/fixtures.js';

const khcnOfficer: Account = { email: 'tu-dien.khcn@test.hungyen.gov.vn', name: 'Trần Văn Khoa', password: 'mat-khau-tu-dien-khcn', role: 'officer', agencyId: 'so-khcn' };
const reviewer: Account = { email: 'tham-dinh.tu-dien@test.hungyen.gov.vn', name: 'Phạm Minh Thẩm', password: 'mat-khau-tham-dinh-tu-dien', role: 'reviewer' };

/** The element the officer creates through the form. */
const NEW_CODE = 'ma_ho_so_tthc';
const NEW_NAME = 'Mã hồ sơ thủ tục hành chính';
const RETURN_COMMENT = 'Bổ sung từ đồng nghĩa "mã biên nhận".';

/** A small file of citizens: one good row, a short ID, a date that does not exist, an unknown sex code. */
const CITIZENS_CSV = [
  'so_dinh_danh_ca_nhan,ho_va_ten,ngay_sinh,gioi_tinh,quoc_tich',
  '033090001234,Nguyễn Văn An,1990-05-12,1,VN',
  '12345,Trần Thị Bình,1991-01-01,2,VN',
  '034195012345,Lê Văn Cường,30/02/1990,1,VN',
  '033090009999,Phạm Thị Dung,1992-03-04,9,VN',
].join('\n');

describe('data dictionary in the browser', () => {
  let session: BrowserSession;
  let t: TestApp;
  let base: string;
  let anonymousPage: Page;
  let officerPage: Page;
  let reviewerPage: Page;

  const loggedIn = (account: Account, viewport?: { width: number; height: number }) => session.loggedIn(account, viewport);
  /** Runs a step and fails it on any script error in the pages; a failure carries the page errors seen. */
  const step = (fn: () => Promise<void>) => failOnPageErrors(() => session.pageErrors, fn);

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

  before(async () => {
    session = await startBrowserSession();
    ({ t, base } = session);

    // Accounts with known passwords, made the way an administrator would.
    const [khcn] = await createAccounts(t, [khcnOfficer, reviewer]);
    // A registered system with two data objects, one mapped to approved elements: 50 % for the department.
    const system = await khcn.post(
      '/api/v1/registry/systems',
      sampleSystem({
        dataObjects: [
          { name: 'Hồ sơ công dân gửi kèm văn bản', personal: true, sensitive: false, elements: ['so_dinh_danh_ca_nhan', 'ho_va_ten'] },
          { name: 'Văn bản đến', personal: false, sensitive: false },
        ],
      }),
    );
    assert.equal(system.status, 201, system.body);

    anonymousPage = await session.newPage();
  });

  after(() => session?.close());

  it(
    'lets an anonymous visitor find an approved element without typing diacritics, and read it',
    step(async () => {
      const p = anonymousPage;
      await p.goto(`${base}/`);
      await nav(p).getByRole('link', { name: 'Từ điển dữ liệu' }).click();
      await p.getByRole('heading', { level: 1, name: 'Từ điển dữ liệu' }).waitFor();
      await p.getByText('Bạn đang xem các phiên bản đã được phê duyệt.').waitFor();
      await waitForRenderedText(p, '.result-count', /Có \d+ phần tử dữ liệu/);
      assert.equal(await p.getByLabel('Trạng thái', { exact: true }).count(), 0, 'the public sees approved objects only: no status filter');
      await expectAccessible(p, 'dictionary (anonymous)');
      await shot(p, 'dictionary-anonymous');

      await p.getByLabel('Tìm theo mã, tên, định nghĩa').fill('so dinh danh');
      await p.waitForURL(/q=so\+dinh\+danh|q=so%20dinh%20danh/);
      await waitForRows(p, '#dictionary-table', ['so_dinh_danh_ca_nhan']);
      const row = p.locator('#dictionary-table tbody tr').first();
      assert.match(await row.innerText(), /Số định danh cá nhân[\s\S]*Văn bản[\s\S]*Dữ liệu cá nhân[\s\S]*Đã phê duyệt[\s\S]*1\.0[\s\S]*Công an tỉnh/);
      // Filters live in the address, so the result can be shared and survives a reload.
      await p.getByLabel('Phân loại').selectOption('sensitive');
      await p.waitForURL(/classification=sensitive/);
      await waitForRenderedText(p, '.result-count', /Có 0 phần tử dữ liệu/);
      await p.reload();
      assert.equal(await p.getByLabel('Phân loại').inputValue(), 'sensitive');
      await p.getByRole('button', { name: 'Xóa bộ lọc' }).click();
      await waitForRenderedText(p, '.result-count', /Có \d+ phần tử dữ liệu/);
      await p.getByLabel('Tìm theo mã, tên, định nghĩa').fill('so dinh danh');
      await waitForRows(p, '#dictionary-table', ['so_dinh_danh_ca_nhan']);

      await p.getByRole('link', { name: 'Số định danh cá nhân' }).click();
      await p.getByRole('heading', { level: 1, name: /so_dinh_danh_ca_nhan\s+Số định danh cá nhân/ }).waitFor();
      const facts = await waitForRenderedText(p, '#element-facts', /Công an tỉnh/);
      assert.match(facts, /Kiểu dữ liệu\s+Văn bản/i);
      assert.match(facts, /12 chữ số/);
      assert.match(facts, /đúng 12 ký tự/);
      assert.match(facts, /Dữ liệu cá nhân/);
      assert.match(await p.locator('.governance').innerText(), /Đã phê duyệt[\s\S]*1\.0/);
      await p.locator('#versions-table').waitFor();
      assert.equal(await p.getByRole('heading', { name: 'Nhật ký thay đổi' }).count(), 0, 'the change log is for signed-in users');
      assert.equal(await p.getByRole('button', { name: 'Gửi thẩm định' }).count(), 0);
      await expectAccessible(p, 'element (anonymous)');
      await shot(p, 'dictionary-element-anonymous');
    }),
  );

  it(
    'looks up a commune in the administrative units by name without diacritics, and lists a province\u2019s communes',
    step(async () => {
      const p = anonymousPage;
      await p.goto(`${base}/dictionary`);
      await p.getByRole('tab', { name: 'Danh mục mã' }).click();
      await p.waitForURL(/tab=code-lists/);
      await p.getByRole('link', { name: 'Danh mục đơn vị hành chính' }).click();
      await p.getByRole('heading', { level: 1, name: /don-vi-hanh-chinh\s+Danh mục đơn vị hành chính/ }).waitFor();
      await waitForRenderedText(p, '.badge-row', /3\.355 mã/);
      await p.getByLabel('Tìm theo mã hoặc tên').fill('pho hien');
      await p.waitForURL(/q=pho/);
      await waitForRows(p, '#items-table', ['11953']);
      assert.match(await p.locator('#items-table tbody tr').first().innerText(), /11953\s+Phường Phố Hiến\s+Pho Hien Ward\s+Xã\/phường\/đặc khu/);
      await expectAccessible(p, 'code list search');
      await shot(p, 'dictionary-code-list');

      // A province chosen: its communes, 104 for Hưng Yên.
      await p.getByRole('button', { name: 'Xóa bộ lọc' }).click();
      await p.getByLabel('Thuộc Tỉnh/thành phố').selectOption('33');
      await p.waitForURL(/parent=33/);
      await waitForRenderedText(p, '#items-title ~ .result-count', /Có 104 mã/);
      assert.match(await p.locator('#items-table tbody tr').first().innerText(), /Tỉnh Hưng Yên \(33\)/);
    }),
  );

  it(
    'lets an officer create an element through the form, with the server\u2019s refusals beside the fields, and submit it',
    step(async () => {
      officerPage = await loggedIn(khcnOfficer);
      const p = officerPage;
      await nav(p).getByRole('link', { name: 'Từ điển dữ liệu' }).click();
      await p.getByRole('heading', { level: 1, name: 'Từ điển dữ liệu' }).waitFor();
      // Signed in: the mapping of registered systems' data to approved elements.
      const mapping = p.getByRole('region', { name: 'Mức độ ánh xạ dữ liệu', exact: true });
      await waitForRenderedText(p, '#mapping-agencies', /Sở KH&CN\s+1\s+1\/2\s+50 %/);
      assert.match(await mapping.innerText(), /Toàn tỉnh: 1\/2 đối tượng dữ liệu đã ánh xạ \(50 %\)/);
      await expectAccessible(p, 'dictionary (officer)');
      await shot(p, 'dictionary-officer');

      await p.getByRole('link', { name: /Thêm phần tử dữ liệu/ }).click();
      await p.getByRole('heading', { level: 1, name: 'Thêm phần tử dữ liệu' }).waitFor();
      const owner = p.getByRole('textbox', { name: /Cơ quan chủ quản/ });
      assert.equal(await owner.inputValue(), 'Sở Khoa học và Công nghệ');

      // Sent empty: refused before it reaches the server, each field named at the top and beside it.
      await p.getByRole('button', { name: 'Lưu bản nháp' }).click();
      const summary = await waitForRenderedText(p, '[role=alert]', /Hãy sửa các lỗi sau/);
      assert.match(summary, /Mã: Không được để trống[\s\S]*Tên \(tiếng Việt\): Không được để trống[\s\S]*Định nghĩa: Không được để trống/);
      assert.equal(await p.locator('#df-code').getAttribute('aria-invalid'), 'true');
      await expectAccessible(p, 'element form with errors');

      await p.locator('#df-code').fill(NEW_CODE);
      await p.getByLabel(/^Tên \(tiếng Việt\)/).fill(NEW_NAME);
      await p.getByLabel(/^Tên tiếng Anh/).fill('Administrative procedure file number');
      await p.getByLabel(/^Định nghĩa/).fill('Mã số do Hệ thống thông tin giải quyết thủ tục hành chính tỉnh cấp cho mỗi hồ sơ.');
      // Not a regular expression: the server says so, and the message stands beside the field.
      await p.getByLabel('Mẫu định dạng (biểu thức chính quy)').fill('[0-9]{3');
      await p.getByLabel('Độ dài tối đa').fill('40');
      await p.getByLabel('Mô tả định dạng').fill('Mã cơ quan.H33-yyMMdd-nnnn');
      await p.getByRole('radio', { name: /^Nội bộ/ }).check();
      await p.getByLabel('Đơn vị, người quản lý').fill('Phòng Chuyển đổi số, Sở KH&CN');
      await p.getByLabel('Từ đồng nghĩa').fill('số hồ sơ');
      await p.getByLabel('Ví dụ').fill('000.00.33.H33-261127-0001');
      await p.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await waitForRenderedText(p, '#df-pattern-error', /không phải biểu thức chính quy ECMAScript hợp lệ/);
      assert.match(await p.getByRole('alert').innerText(), /Mẫu định dạng \(biểu thức chính quy\): Mẫu định dạng không phải biểu thức chính quy ECMAScript hợp lệ/);
      await p.getByLabel('Mẫu định dạng (biểu thức chính quy)').fill('[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.H[0-9]{2}-[0-9]{6}-[0-9]{4}');
      await p.getByRole('button', { name: 'Lưu bản nháp' }).click();

      await p.waitForURL(`${base}/dictionary/elements/${NEW_CODE}`);
      await p.getByRole('heading', { level: 1, name: new RegExp(`${NEW_CODE}\\s+${NEW_NAME}`) }).waitFor();
      await waitForRenderedText(p, 'main .notice-success', /Đã lưu ma_ho_so_tthc ở trạng thái Bản nháp/);
      assert.match(await p.locator('.badge-row').innerText(), /Bản nháp[\s\S]*Nội bộ[\s\S]*Văn bản/);
      assert.match(await p.locator('.governance').innerText(), /Phiên bản đã phê duyệt\s+chưa phê duyệt/i);
      await waitForRenderedText(p, '#changes-table', /Tạo mới/);
      await expectAccessible(p, 'element (draft)');
      await shot(p, 'dictionary-element-draft');

      await p.getByRole('button', { name: 'Gửi thẩm định' }).click();
      await waitForRenderedText(p, 'main .notice-success', /Đã gửi thẩm định phần tử dữ liệu ma_ho_so_tthc/);
      await waitForRenderedText(p, '.governance', /Chờ thẩm định/);
      assert.equal(await p.getByRole('link', { name: 'Sửa', exact: true }).count(), 0, 'no editing while in review');
      assert.equal(await p.getByRole('button', { name: 'Phê duyệt' }).count(), 0, 'officers do not approve');
    }),
  );

  it(
    'lets a reviewer return the element with a comment, which the officer reads before submitting again',
    step(async () => {
      reviewerPage = await loggedIn(reviewer);
      const r = reviewerPage;
      await r.goto(`${base}/dictionary?status=in_review`);
      await waitForRows(r, '#dictionary-table', [NEW_CODE]);
      await r.getByRole('link', { name: NEW_NAME }).click();
      await r.getByRole('heading', { level: 1, name: new RegExp(NEW_CODE) }).waitFor();
      const decision = r.getByRole('form', { name: 'Thẩm định' });
      await decision.getByRole('button', { name: 'Trả lại' }).click();
      await waitForRenderedText(r, '#gov-comment-error', /Hãy ghi lý do trả lại/);
      await expectAccessible(r, 'element review');
      await shot(r, 'dictionary-element-review');
      await decision.getByLabel('Ý kiến thẩm định').fill(RETURN_COMMENT);
      await decision.getByRole('button', { name: 'Trả lại' }).click();
      await waitForRenderedText(r, 'main .notice-success', /Đã trả lại phần tử dữ liệu ma_ho_so_tthc/);
      await waitForRenderedText(r, '.governance', /Bản nháp/);

      const p = officerPage;
      await p.reload();
      const returned = await waitForRenderedText(p, '#return-comment', /Bị trả lại/);
      assert.match(returned, /Bổ sung từ đồng nghĩa "mã biên nhận"\.[\s\S]*tham-dinh\.tu-dien@test\.hungyen\.gov\.vn/);
      await p.getByRole('link', { name: 'Sửa', exact: true }).click();
      await p.getByRole('heading', { level: 1, name: `Sửa phần tử dữ liệu ${NEW_CODE}` }).waitFor();
      assert.equal(await p.locator('#df-code').getAttribute('readonly'), '', 'the code is fixed');
      await p.getByLabel('Từ đồng nghĩa').fill('số hồ sơ\nmã biên nhận');
      await p.getByLabel('Ghi chú thay đổi').fill('Bổ sung từ đồng nghĩa theo ý kiến thẩm định');
      await expectAccessible(p, 'element edit form');
      await p.getByRole('button', { name: 'Lưu thay đổi' }).click();
      await p.waitForURL(`${base}/dictionary/elements/${NEW_CODE}`);
      await waitForRenderedText(p, 'main .notice-success', /Đã lưu ma_ho_so_tthc, phiên bản 1\.0 \(Bản nháp\)/);
      await waitForRenderedText(p, '#changes-table', /Từ đồng nghĩa[\s\S]*số hồ sơ[\s\S]*số hồ sơ; mã biên nhận[\s\S]*Bổ sung từ đồng nghĩa theo ý kiến thẩm định/);
      await p.getByRole('button', { name: 'Gửi thẩm định' }).click();
      await waitForRenderedText(p, '.governance', /Chờ thẩm định/);
    }),
  );

  it(
    'lets the reviewer approve it; the change log shows the approval and the public finds it by a synonym',
    step(async () => {
      const r = reviewerPage;
      await r.reload();
      await r.getByRole('form', { name: 'Thẩm định' }).getByRole('button', { name: 'Phê duyệt' }).click();
      await waitForRenderedText(r, 'main .notice-success', /Đã phê duyệt phần tử dữ liệu ma_ho_so_tthc, phiên bản 1\.0/);
      await waitForRenderedText(r, '.governance', /Đã phê duyệt[\s\S]*Phiên bản đã phê duyệt\s+1\.0/i);
      const latest = await waitForRenderedText(r, '#changes-table tbody tr:first-child', /Phê duyệt/);
      assert.match(latest, /Phê duyệt\s+1\.0\s+Trạng thái\s+Chờ thẩm định[\s\S]*Đã phê duyệt\s+tham-dinh\.tu-dien@test\.hungyen\.gov\.vn/);
      assert.match(await r.locator('#changes-table').innerText(), /Trả lại[\s\S]*Bổ sung từ đồng nghĩa "mã biên nhận"\./);
      await waitForRows(r, '#versions-table', ['1.0']);
      await expectAccessible(r, 'element (approved)');
      await shot(r, 'dictionary-element-approved');

      const a = anonymousPage;
      await a.goto(`${base}/dictionary?q=${encodeURIComponent('ma bien nhan')}`);
      await waitForRows(a, '#dictionary-table', [NEW_CODE]);
    }),
  );

  it(
    'shows where an element is used, links registered systems, and refuses to delete what is in use',
    step(async () => {
      const r = reviewerPage;
      await r.goto(`${base}/dictionary/elements/so_dinh_danh_ca_nhan`);
      const usages = r.getByRole('region', { name: 'Nơi sử dụng' });
      await usages.getByRole('link', { name: /cong_dan — Công dân/ }).waitFor();
      await usages.getByRole('link', { name: /HY-QLVB — Hệ thống quản lý văn bản và điều hành/ }).waitFor();
      r.once('dialog', (dialog) => void dialog.accept());
      await r.getByRole('button', { name: 'Xóa', exact: true }).click();
      await waitForRenderedText(r, '.governance [role=alert]', /Không xóa được: phần tử dữ liệu "so_dinh_danh_ca_nhan" đang được dùng \(.*cong_dan.*\)\. Hãy chuyển sang ngừng sử dụng\./);
      await expectAccessible(r, 'element in use');
      await usages.getByRole('link', { name: /HY-QLVB/ }).click();
      await r.waitForURL(`${base}/registry/HY-QLVB`);

      // The entity: attributes with their elements, downloads, and the way to validation.
      await r.goto(`${base}/dictionary/entities/cong_dan`);
      await r.getByRole('heading', { level: 1, name: /cong_dan\s+Công dân/ }).waitFor();
      await waitForRenderedText(r, '#attributes-table', /ma_tinh_thuong_tru\s+Mã tỉnh/);
      assert.match(await r.locator('#attributes-table tbody tr').first().innerText(), /so_dinh_danh_ca_nhan\s+Số định danh cá nhân\s+Văn bản\s+Dữ liệu cá nhân\s+Có\s+Một giá trị/);
      const [template] = await Promise.all([r.waitForEvent('download'), r.getByRole('button', { name: 'Tải tệp CSV mẫu' }).click()]);
      assert.equal(template.suggestedFilename(), 'cong_dan-mau.csv');
      assert.match(fs.readFileSync(await template.path(), 'utf8'), /so_dinh_danh_ca_nhan/);
      await expectAccessible(r, 'entity');
      await shot(r, 'dictionary-entity');
    }),
  );

  it(
    'lets a reviewer create a code list through the form, as a draft',
    step(async () => {
      const r = reviewerPage;
      await r.goto(`${base}/dictionary?tab=code-lists`);
      await r.getByRole('link', { name: '+ Thêm danh mục mã' }).click();
      await r.getByRole('heading', { level: 1, name: 'Thêm danh mục mã' }).waitFor();
      await r.getByLabel('Mã', { exact: true }).fill('linh-vuc-tthc');
      await r.getByLabel('Tên (tiếng Việt)').fill('Lĩnh vực thủ tục hành chính');
      await r.getByLabel('Tên tiếng Anh').fill('Administrative procedure fields');
      await r.getByLabel('Định nghĩa').fill('Các lĩnh vực giải quyết thủ tục hành chính của tỉnh.');
      await r.getByLabel('Cơ quan chủ quản').selectOption('so-khcn');
      await r.getByLabel('Các cấp').fill('Lĩnh vực\nNhóm thủ tục');
      await expectAccessible(r, 'code list form');
      await r.getByRole('button', { name: 'Tạo danh mục mã' }).click();
      await r.waitForURL(`${base}/dictionary/code-lists/linh-vuc-tthc`);
      await r.getByRole('heading', { level: 1, name: /linh-vuc-tthc/ }).waitFor();
      await waitForRenderedText(r, '.governance', /Bản nháp/);
    }),
  );

  it(
    'validates a CSV file against the entity Công dân and shows the Vietnamese findings, also as a CSV download',
    step(async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-dictionary-')), 'cong-dan.csv');
      fs.writeFileSync(file, CITIZENS_CSV);

      const a = anonymousPage;
      await a.goto(`${base}/dictionary/validate`);
      await a.getByRole('heading', { level: 1, name: 'Kiểm tra dữ liệu theo thực thể' }).waitFor();
      // A visitor checks JSON records here; files need a login (it said only "log in" before).
      await a.getByRole('heading', { level: 2, name: 'Kiểm tra bản ghi JSON' }).waitFor();
      await a.getByRole('link', { name: 'Đăng nhập để kiểm tra tệp' }).waitFor();
      assert.equal(await a.getByLabel('Tệp dữ liệu').count(), 0);

      const p = officerPage;
      await p.goto(`${base}/dictionary/entities/cong_dan`);
      await p.getByRole('link', { name: 'Kiểm tra tệp theo thực thể này' }).click();
      await p.getByRole('heading', { level: 1, name: 'Kiểm tra dữ liệu theo thực thể' }).waitFor();
      await p.waitForFunction(() => (document.querySelector('#v-entity') as HTMLSelectElement | null)?.value === 'cong_dan');
      await p.getByLabel('Tệp dữ liệu').setInputFiles(file);
      await expectAccessible(p, 'validate form');
      await shot(p, 'dictionary-validate');
      await p.getByRole('button', { name: 'Kiểm tra tệp' }).click();

      await p.waitForURL(/\/dictionary\/validation-runs\/[0-9a-f-]{36}$/);
      await p.getByRole('heading', { level: 1, name: 'Kết quả kiểm tra theo thực thể cong_dan' }).waitFor();
      await waitForRenderedText(p, 'main .notice-success', /Đã kiểm tra 4 dòng; có 3 lỗi/);
      const totals = await waitForRenderedText(p, '#run-totals', /Số dòng/);
      assert.match(totals, /4\s+Số dòng\s+1\s+Dòng hợp lệ\s+3\s+Dòng có lỗi\s+3\s+Lỗi/);
      assert.match(await p.locator('#run-facts').innerText(), /cong-dan\.csv/);
      assert.match(await p.locator('#run-matrix').innerText(), /gioi_tinh[\s\S]*ngay_sinh[\s\S]*so_dinh_danh_ca_nhan/);

      const findings = await waitForRenderedText(p, '#findings-table', /«12345»/);
      assert.match(findings, /3\s+so_dinh_danh_ca_nhan\s+[^\n]*\s+12345\s+Trường «so_dinh_danh_ca_nhan»: giá trị «12345»/);
      assert.match(findings, /4\s+ngay_sinh\s+[^\n]*\s+30\/02\/1990\s+Trường «ngay_sinh»: giá trị «30\/02\/1990» không phải một ngày có thật/);
      assert.match(findings, /5\s+gioi_tinh\s+Mã không có trong danh mục\s+9\s+Trường «gioi_tinh»: mã «9» không có trong danh mục «gioi-tinh»/);
      assert.doesNotMatch(findings, /Nguyễn Văn An|^2\s/m, 'the good row has no findings');
      await expectAccessible(p, 'validation run');
      await shot(p, 'dictionary-run');

      // Filtered by field: only the sex code.
      await p.getByLabel('Trường', { exact: true }).selectOption('gioi_tinh');
      await p.waitForURL(/field=gioi_tinh/);
      await waitForRows(p, '#findings-table', ['5']);
      await waitForRenderedText(p, '#findings-title ~ .result-count', /Có 1 lỗi/);

      // The findings as CSV, with the Vietnamese messages.
      const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Tải kết quả (CSV)' }).click()]);
      assert.equal(download.suggestedFilename(), 'ket-qua-kiem-tra-cong_dan.csv');
      const csv = fs.readFileSync(await download.path(), 'utf8');
      assert.match(csv, /^\uFEFFDòng \/ Row,Trường \/ Field,Lỗi \/ Problem,Giá trị \/ Value,Thông báo \/ Message \(vi\),Thông báo \/ Message \(en\)\r\n/);
      assert.match(csv, /Trường «gioi_tinh»: mã «9» không có trong danh mục «gioi-tinh»/);
      assert.match(csv, /«30\/02\/1990» không phải một ngày có thật/);
      await waitForRenderedText(p, 'main .notice-success', /Đã tải tệp ket-qua-kiem-tra-cong_dan\.csv/);

      // The run is listed among the earlier validations.
      await p.getByRole('link', { name: 'Kiểm tra tệp khác' }).click();
      await waitForRenderedText(p, '#runs-table', /cong-dan\.csv\s+cong_dan\s+1\.0\s+4\s+3\s+3/);
    }),
  );

  it(
    'keeps the dictionary pages usable at 375 px without sideways scrolling',
    step(async () => {
      const p = await loggedIn(khcnOfficer, phone);
      const pages: [string, RegExp][] = [
        ['/dictionary', /Từ điển dữ liệu/],
        ['/dictionary?tab=code-lists', /Từ điển dữ liệu/],
        [`/dictionary/elements/${NEW_CODE}`, new RegExp(NEW_CODE)],
        ['/dictionary/elements/new', /Thêm phần tử dữ liệu/],
        ['/dictionary/entities/cong_dan', /Công dân/],
        ['/dictionary/code-lists/don-vi-hanh-chinh', /Danh mục đơn vị hành chính/],
        ['/dictionary/validate', /Kiểm tra dữ liệu theo thực thể/],
      ];
      await expectNoSidewaysScrolling(p, base, pages);
      await p.goto(`${base}/dictionary`);
      await waitForRenderedText(p, '.result-count', /phần tử dữ liệu/);
      await expectAccessible(p, 'dictionary at 375 px');
    }),
  );
});
