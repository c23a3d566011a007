/**
 * The IT application registry (task IV.1) in the browser: an officer registers a system through the form,
 * a reviewer returns it, the officer corrects and resubmits it, the reviewer approves it; then the
 * compliance overview, the agency's landscape, the overview's component dialog and the XLSX import.
 * Every new page is checked with axe-core (no serious or critical violation) and at 375 px.
 * Needs dist/web (npm run build) and /usr/bin/chromium. KT_E2E_SCREENSHOTS=<dir> saves screenshots.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { TestClient, type TestApp } from '../helpers/app.js';
import { expectAccessible, expectNoSidewaysScrolling, phone, shot, startBrowserSession, waitForRows, waitForText, type BrowserSession } from '../helpers/browser.js';
import { createAccounts, registerApproved, sampleSystem, type Account } from '../helpers/fixtures.js';

/** Waits until the table shows exactly these system codes, in this order: a count alone may still be the last filter's. */
const waitForCodes = (page: Page, codes: string[]) => waitForRows(page, '#systems-table', codes);

const khcnOfficer: Account = { email: 'dang-ky.khcn@test.hungyen.gov.vn', name: 'Trần Văn Khoa', password: 'mat-khau-dang-ky-khcn', role: 'officer', agencyId: 'so-khcn' };
const yteOfficer: Account = { email: 'dang-ky.yte@test.hungyen.gov.vn', name: 'Lê Thị Yến', password: 'mat-khau-dang-ky-yte', role: 'officer', agencyId: 'so-y-te' };
const reviewer: Account = { email: 'tham-dinh@test.hungyen.gov.vn', name: 'Phạm Minh Thẩm', password: 'mat-khau-tham-dinh-khcn', role: 'reviewer' };

/** The system the officer registers through the form. */
const NEW_CODE = 'HY-QLKH';
const NEW_NAME = 'Hệ thống quản lý nhiệm vụ khoa học và công nghệ';
const RETURN_COMMENT = 'Bổ sung quyết định phê duyệt cấp độ an toàn thông tin.';

describe('IT application registry in the browser', () => {
  let session: BrowserSession;
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let officerPage: Page;
  let reviewerPage: Page;

  const loggedIn = (account: Account, viewport?: { width: number; height: number }) => session.loggedIn(account, viewport);

  async function openQueue(page: Page): Promise<void> {
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thẩm định' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thẩm định hồ sơ đăng ký' }).waitFor();
  }

  before(async () => {
    session = await startBrowserSession();
    ({ t, base, browser } = session);

    // Accounts with known passwords, made the way an administrator would.
    const [khcn, yte, review] = await createAccounts(t, [khcnOfficer, yteOfficer, reviewer]);

    // The provincial LGSP of the Department of Science and Technology, approved.
    await registerApproved(
      khcn,
      review,
      sampleSystem({
        code: 'HY-LGSP',
        kind: 'platform',
        name: { vi: 'Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Hưng Yên', en: 'Hưng Yên data integration platform' },
        layer: 'II',
        components: [{ code: 'II.2(1)', link: 'implements' }],
        audiences: ['agencies'],
        dataObjects: [{ name: 'Nhật ký trao đổi dữ liệu', personal: false, sensitive: false, elements: ['ngay_cap_nhat'] }],
      }),
    );
    // A draft of the same department.
    assert.equal((await khcn.post('/api/v1/registry/systems', sampleSystem())).status, 201);
    // The health department's system: a direct link to another agency, so it fails the LGSP rule.
    const yteSystem = await yte.post(
      '/api/v1/registry/systems',
      sampleSystem({
        code: 'HY-YTE-HSSK',
        ownerAgencyId: 'so-y-te',
        name: { vi: 'Hệ thống quản lý hồ sơ sức khỏe điện tử', en: 'Electronic health records' },
        components: [{ code: 'III.2(1)', link: 'implements' }],
        interfaces: [{ name: 'Trao đổi với Công an tỉnh', direction: 'consumes', channel: 'direct', counterpartAgencyId: 'cong-an-tinh' }],
        securityLevel: null,
      }),
    );
    assert.equal(yteSystem.status, 201, yteSystem.body);
    const related = await yte.post(`/api/v1/registry/systems/${yteSystem.json<{ id: string }>().id}/relations`, { toId: 'HY-LGSP', type: 'uses' });
    assert.equal(related.status, 201, related.body);

    officerPage = await loggedIn(khcnOfficer);
    reviewerPage = await loggedIn(reviewer);
  });

  after(() => session?.close());

  it('lists the registry with filters, badges and the links for officers', async () => {
    const p = officerPage;
    const nav = p.getByRole('navigation', { name: 'Điều hướng chính' });
    for (const name of ['Sổ đăng ký', 'Thẩm định', 'Tuân thủ']) await nav.getByRole('link', { name }).waitFor();
    await nav.getByRole('link', { name: 'Sổ đăng ký' }).click();
    await p.getByRole('heading', { level: 1, name: 'Sổ đăng ký ứng dụng CNTT' }).waitFor();
    await waitForText(p, '.result-count', /Có 3 hệ thống/);
    const rows = p.locator('#systems-table tbody tr');
    assert.match(await rows.filter({ hasText: 'HY-LGSP' }).innerText(), /Nền tảng[\s\S]*Đạt[\s\S]*Đã phê duyệt/);
    await rows.filter({ hasText: 'HY-YTE-HSSK' }).filter({ hasText: 'Sở YT' }).waitFor();
    assert.match(await rows.filter({ hasText: 'HY-YTE-HSSK' }).innerText(), /\d+ lỗi[\s\S]*Nháp[\s\S]*Sở YT/);
    for (const name of ['CSV', 'XLSX', 'ArchiMate']) await p.getByRole('group', { name: 'Xuất Sổ đăng ký' }).getByRole('button', { name: new RegExp(name) }).waitFor();
    await p.getByRole('link', { name: 'Nhập từ tệp' }).waitFor();
    // An export is saved under the name the server gives it.
    const [csv] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'CSV' }).click()]);
    assert.match(csv.suggestedFilename(), /^so-dang-ky-ung-dung-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.match(fs.readFileSync(await csv.path(), 'utf8'), /HY-YTE-HSSK/);
    await waitForText(p, 'main .notice-success', /Đã tải tệp so-dang-ky-ung-dung-/);
    await expectAccessible(p, 'registry list');
    await shot(p, 'registry-list');

    await p.getByLabel('Loại', { exact: true }).selectOption('platform');
    await p.waitForURL(/kind=platform/);
    await waitForCodes(p, ['HY-LGSP']);
    await waitForText(p, '.result-count', /Có 1 hệ thống/);
    await p.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await p.getByLabel('Tuân thủ kiến trúc').selectOption('failing');
    await p.waitForURL(/compliance=failing/);
    await waitForCodes(p, ['HY-YTE-HSSK']);
    await waitForText(p, '.result-count', /Có 1 hệ thống/);
    await p.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await p.getByLabel('Tìm theo mã, tên, mục tiêu').fill('suc khoe');
    await p.waitForURL(/q=suc/);
    await waitForCodes(p, ['HY-YTE-HSSK']);
    await waitForText(p, '.result-count', /Có 1 hệ thống/);
    await p.getByRole('button', { name: 'Xóa bộ lọc' }).click();
  });

  it('lets an officer register a system through the form and see its findings with clauses', async () => {
    const p = officerPage;
    await p.getByRole('link', { name: /Đăng ký hệ thống mới/ }).click();
    await p.getByRole('heading', { level: 1, name: 'Đăng ký hệ thống mới' }).waitFor();
    // The owner is fixed to the officer's agency.
    const owner = p.getByRole('textbox', { name: /Cơ quan chủ quản/ });
    assert.equal(await owner.inputValue(), 'Sở Khoa học và Công nghệ');
    assert.equal(await owner.getAttribute('readonly'), '');
    await expectAccessible(p, 'registration form');
    await shot(p, 'registry-form-empty');

    // Sent empty: refused before it reaches the server, each field named at the top and beside it.
    await p.getByRole('button', { name: 'Lưu hồ sơ nháp' }).click();
    const summary = p.getByRole('alert');
    await summary.waitFor();
    assert.match(await summary.innerText(), /Mã hệ thống: Không được để trống[\s\S]*Lớp kiến trúc/);
    assert.equal(await p.locator('#sf-code').getAttribute('aria-invalid'), 'true');
    await p.locator('#sf-code-error').waitFor();

    await p.getByLabel(/^Mã hệ thống/).fill('mã sai!');
    await p.getByLabel(/Tên hệ thống \(tiếng Việt\)/).fill(NEW_NAME);
    await p.getByRole('button', { name: 'Lưu hồ sơ nháp' }).click();
    await waitForText(p, '[role=alert]', /Mã gồm 2–40 ký tự/);

    // A code already in use: the server's refusal names the field, shown beside it and at the top.
    await p.getByLabel(/^Mã hệ thống/).fill('HY-QLVB');
    await p.getByLabel('Tên tiếng Anh').fill('Science and technology task management');
    await p.getByLabel('Mục tiêu, chức năng chính').fill('Quản lý đề xuất, xét chọn, theo dõi và nghiệm thu nhiệm vụ khoa học và công nghệ của tỉnh.');
    await p.getByLabel(/Họ và tên/).fill('Trần Văn Khoa');
    await p.getByLabel('Thư điện tử').fill('khoa@hungyen.gov.vn');
    await p.getByLabel(/^Lớp kiến trúc/).selectOption('III');
    await p.getByLabel(/III\.2\(7\) Phần mềm quản lý chuyên ngành của các Sở/).selectOption('implements');
    await p.getByLabel(/III\.2\(2\) Nền tảng tích hợp/).selectOption('uses');
    await p.getByRole('combobox', { name: 'Vòng đời' }).selectOption('building');
    await p.getByLabel('Sẵn sàng IPv6').selectOption('ready');
    await p.getByRole('group', { name: 'Xác thực người dùng' }).getByLabel('Đăng nhập một lần (SSO) của tỉnh').check();
    await p.getByRole('button', { name: /Thêm đối tượng dữ liệu/ }).click();
    // The new row's first field has the focus.
    assert.equal(await p.evaluate(() => document.activeElement?.id), 'sf-dataObjects-0-name');
    await p.keyboard.type('Hồ sơ nhiệm vụ khoa học');
    await p.getByLabel('Chứa dữ liệu cá nhân', { exact: true }).check();
    await p.getByRole('button', { name: 'Lưu hồ sơ nháp' }).click();
    await waitForText(p, '#sf-code-error', /Mã hệ thống "HY-QLVB" đã được dùng/);
    assert.match(await p.getByRole('alert').innerText(), /Mã hệ thống "HY-QLVB" đã được dùng/);
    await p.getByLabel(/^Mã hệ thống/).fill(NEW_CODE);
    await p.getByRole('button', { name: 'Lưu hồ sơ nháp' }).click();

    await p.waitForURL(`${base}/registry/${NEW_CODE}`);
    await p.getByRole('heading', { level: 1, name: new RegExp(NEW_CODE) }).waitFor();
    await waitForText(p, 'main .notice-success', /Đã lưu hồ sơ HY-QLKH ở trạng thái Nháp/);
    assert.match(await p.locator('.badge-row').first().innerText(), /Nháp[\s\S]*Đang xây dựng/);
    const compliance = p.getByRole('region', { name: 'Tuân thủ Khung kiến trúc số' });
    await compliance.locator('.finding').first().waitFor();
    const failed = compliance.getByRole('region', { name: /^Không đạt/ });
    const failedText = await failed.innerText();
    assert.match(failedText, /Điều khoản VI\.2 \(lộ trình\)/, 'the security level rule cites its clause');
    assert.match(failedText, /Cấp độ an toàn thông tin được xác định và phê duyệt[\s\S]*Chưa xác định cấp độ an toàn thông tin[\s\S]*Cách khắc phục/);
    // Grouped: failed first, then passed, not applicable.
    const groups = await compliance.locator('.finding-group-title').allInnerTexts();
    assert.deepEqual(
      groups.map((g) => g.replace(/\s*\(\d+\)$/, '')),
      ['Không đạt', 'Đạt', 'Không áp dụng'],
    );
    await expectAccessible(p, 'system page (draft)');
  });

  it('adds a relation by searching, and draws the dependency graph with a text list', async () => {
    const p = officerPage;
    await p.getByLabel('Tìm hệ thống liên quan').fill('lgsp');
    await waitForText(p, '#rel-to-status', /Tìm thấy 1 hệ thống/);
    assert.match((await p.getByLabel('Hệ thống liên quan', { exact: true }).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)) ?? '', /^HY-LGSP — /);
    await p.getByLabel('Loại quan hệ').selectOption('uses');
    await p.getByRole('button', { name: 'Thêm quan hệ' }).click();
    await waitForText(p, '#relation-list', /sử dụng\s+HY-LGSP/);
    await p.locator('.graph svg').waitFor();
    assert.match((await p.locator('.graph').getAttribute('aria-label')) ?? '', /Đồ thị phụ thuộc của HY-QLKH/);
    const edges = await p.locator('.graph-edges li').allInnerTexts();
    assert.ok(edges.includes('HY-QLKH sử dụng HY-LGSP'), edges.join('\n'));
    assert.ok(edges.includes('HY-YTE-HSSK sử dụng HY-LGSP'), 'depth 2 reaches the systems using the same platform');
    await expectAccessible(p, 'system page with graph');
    await shot(p, 'registry-system-draft');
  });

  it('submits the establishment request, after which the form explains why nothing more can be sent', async () => {
    const p = officerPage;
    await p.getByLabel('Loại yêu cầu').selectOption('establish');
    await p.getByLabel('Nội dung đề nghị').fill('Đề nghị Sở KH&CN thẩm định thành lập hệ thống.');
    await p.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await waitForText(p, 'main .notice-success', /Đã gửi yêu cầu Thành lập/);
    await waitForText(p, '.badge-row', /Chờ thẩm định/);
    await waitForText(p, '#request-blocked', /đang chờ thẩm định/);
    assert.equal(await p.getByRole('button', { name: 'Gửi yêu cầu' }).isDisabled(), true);
    assert.equal(await p.getByRole('link', { name: 'Sửa hồ sơ' }).count(), 0, 'no editing while pending');
    assert.match(await p.locator('#request-history').innerText(), /Thành lập[\s\S]*Chờ thẩm định/);
  });

  it('lets the reviewer return the request with a comment', async () => {
    const p = reviewerPage;
    await openQueue(p);
    // Agency names arrive after the rows (a separate request): wait for the name, not just the row.
    const row = p.locator('#requests-table tbody tr', { hasText: NEW_CODE }).filter({ hasText: 'Sở KH&CN' });
    await row.waitFor();
    assert.match(await row.innerText(), /Sở KH&CN[\s\S]*Thành lập/);
    await expectAccessible(p, 'review queue');
    await row.getByRole('button', { name: `Thẩm định hồ sơ ${NEW_CODE}` }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByRole('heading', { level: 2, name: `Yêu cầu Thành lập: ${NEW_CODE}` }).waitFor();
    await dialog.getByText('Đăng ký lần đầu: chưa có phiên bản nào được phê duyệt.').waitFor();
    await dialog.locator('.finding').first().waitFor();
    assert.match(await dialog.innerText(), /Điều khoản VI\.2/);
    await expectAccessible(p, 'review panel');
    await shot(p, 'registry-review-panel');
    // Returning needs a comment.
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await waitForText(p, 'dialog [role=alert]', /ghi ý kiến thẩm định/);
    await dialog.getByLabel('Ý kiến thẩm định').fill(RETURN_COMMENT);
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitForText(p, '.notice-success', /Đã trả lại hồ sơ HY-QLKH/);
    await waitForText(p, '.result-count', /Có 0 yêu cầu/);
  });

  it('shows the officer the return with its comment; the officer corrects the record and resubmits', async () => {
    const p = officerPage;
    await p.reload();
    await waitForText(p, '.badge-row', /Trả lại/);
    const decision = p.locator('#decision-comment');
    await decision.waitFor();
    assert.match(await decision.innerText(), /Hồ sơ bị trả lại \(yêu cầu Thành lập\)[\s\S]*Bổ sung quyết định phê duyệt cấp độ an toàn thông tin\.[\s\S]*tham-dinh@test\.hungyen\.gov\.vn/);
    await expectAccessible(p, 'system page (returned)');
    await shot(p, 'registry-system-returned');

    await p.getByRole('link', { name: 'Sửa hồ sơ' }).click();
    await p.getByRole('heading', { level: 1, name: `Sửa hồ sơ ${NEW_CODE}` }).waitFor();
    assert.equal(await p.getByLabel(/Tên hệ thống \(tiếng Việt\)/).inputValue(), NEW_NAME);
    await p.getByLabel('Cấp độ', { exact: true }).selectOption('2');
    await p.getByLabel('Số quyết định phê duyệt').fill('45/QĐ-SKHCN');
    await p.getByLabel('Ngày phê duyệt').fill('2026-03-02');
    await p.getByLabel('Phần mềm quản lý chuyên ngành của Sở', { exact: true }).check();
    await p.getByRole('button', { name: /Thêm văn bản thống nhất của Bộ, ngành/ }).click();
    await p.getByLabel(/Trích yếu/).fill('Ý kiến thống nhất về phần mềm quản lý nhiệm vụ khoa học và công nghệ');
    await p.getByLabel('Số, ký hiệu').fill('1234/BKHCN-CĐSQG');
    await p.getByLabel('Ghi chú thay đổi').fill('Bổ sung cấp độ an toàn thông tin theo ý kiến thẩm định');
    await expectAccessible(p, 'edit form');
    await p.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await p.waitForURL(`${base}/registry/${NEW_CODE}`);
    await waitForText(p, 'main .notice-success', /Đã lưu phiên bản 2 của hồ sơ HY-QLKH/);
    const compliance = p.getByRole('region', { name: 'Tuân thủ Khung kiến trúc số' });
    // The findings of version 1 show until those of version 2 arrive: wait for the new one, not for the region.
    await compliance.getByRole('region', { name: /^Đạt/ }).filter({ hasText: /Cấp độ 2, phê duyệt theo 45\/QĐ-SKHCN/ }).waitFor();
    assert.match(await compliance.getByRole('region', { name: /^Đạt/ }).innerText(), /Cấp độ 2, phê duyệt theo 45\/QĐ-SKHCN/);

    await p.getByLabel('Loại yêu cầu').selectOption('establish');
    await p.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await waitForText(p, '.badge-row', /Chờ thẩm định/);
  });

  it('lets the reviewer approve, after which the system shows as approved and versions compare', async () => {
    const r = reviewerPage;
    await r.reload();
    const row = r.locator('#requests-table tbody tr', { hasText: NEW_CODE });
    await row.getByRole('button', { name: `Thẩm định hồ sơ ${NEW_CODE}` }).click();
    const dialog = r.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Phê duyệt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitForText(r, '.notice-success', /Đã phê duyệt hồ sơ HY-QLKH/);

    const p = officerPage;
    await p.reload();
    await waitForText(p, '.badge-row', /Đã phê duyệt/);
    assert.match(await p.locator('.facts').innerText(), /Phiên bản 2[\s\S]*phiên bản đã phê duyệt: 2/);
    // The form now offers only what an approved, unchanged system still being built allows.
    await waitForText(p, '#request-history tbody tr', /Thành lập[\s\S]*Đã phê duyệt/);
    assert.deepEqual(await p.locator('#req-type option').allInnerTexts(), ['Đưa vào sử dụng', 'Dừng hoạt động']);

    const versions = p.locator('#versions-table tbody tr');
    assert.equal(await versions.count(), 2);
    assert.match(await versions.first().innerText(), /2\s+Đã phê duyệt[\s\S]*Bổ sung cấp độ an toàn thông tin theo ý kiến thẩm định/);
    await p.getByLabel('So sánh phiên bản').selectOption('1');
    await p.getByLabel('với phiên bản').selectOption('2');
    await p.getByRole('button', { name: 'So sánh', exact: true }).click();
    const diff = p.locator('#diff-table');
    await diff.waitFor();
    const text = await diff.innerText();
    assert.match(text, /Cấp độ an toàn thông tin\s+—\s+Cấp độ: 2, Số quyết định phê duyệt: 45\/QĐ-SKHCN, Ngày phê duyệt: 02\/03\/2026/);
    assert.match(text, /Phần mềm quản lý chuyên ngành của Sở\s+Không\s+Có/);
    await expectAccessible(p, 'system page (approved, diff)');
    await shot(p, 'registry-system-approved');
  });

  it('shows compliance totals, the rule chart with its table, and the agencies with links', async () => {
    const p = reviewerPage;
    await p.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tuân thủ' }).click();
    await p.getByRole('heading', { level: 1, name: 'Tuân thủ kiến trúc' }).waitFor();
    const totals = p.getByRole('list', { name: 'Tổng hợp tuân thủ của tỉnh' });
    await totals.waitFor();
    assert.match(await totals.innerText(), /4\s+Hệ thống/);
    await p.locator('.chart-rules svg').waitFor();
    assert.match((await p.locator('.chart-rules').getAttribute('aria-label')) ?? '', /II\.2\(1\)/);
    assert.match(await p.locator('#rules-table').innerText(), /Trao đổi dữ liệu liên cơ quan qua nền tảng LGSP\s+II\.2\(1\)\s+Lỗi\s+1/);
    const agencyTable = p.locator('#agency-table');
    await waitForText(p, '#agency-table', /Sở Khoa học và Công nghệ/);
    await waitForText(p, '#agency-table', /Sở Y tế/);
    assert.match(await agencyTable.innerText(), /Sở Khoa học và Công nghệ\s+3/);
    assert.match(await agencyTable.innerText(), /Sở Y tế\s+1\s+1/);
    await p.getByRole('button', { name: 'Đánh giá lại' }).click();
    await waitForText(p, '.notice-success', /Đã đánh giá 4 hệ thống theo 10 quy tắc/);
    await expectAccessible(p, 'compliance');
    await shot(p, 'registry-compliance');

    await agencyTable.getByRole('link', { name: 'Sở Khoa học và Công nghệ' }).click();
    await p.getByRole('heading', { level: 1, name: 'Sở Khoa học và Công nghệ' }).waitFor();
    const layerIII = p.getByRole('region', { name: /III\. Lớp Ứng dụng và nghiệp vụ dùng chung/ });
    await layerIII.getByRole('link', { name: NEW_NAME }).waitFor();
    assert.match(await layerIII.innerText(), /HY-QLKH[\s\S]*Đã phê duyệt/);
    assert.match(await p.getByRole('region', { name: /II\. Lớp Dữ liệu và nền tảng lõi/ }).innerText(), /HY-LGSP/);
    await expectAccessible(p, 'agency landscape');
    await shot(p, 'registry-agency');
  });

  it('lists the systems of a component in the overview dialog, and asks anonymous visitors to log in', async () => {
    const p = officerPage;
    await p.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan' }).click();
    await p.getByRole('button', { name: /III\.2\(7\)/ }).click();
    const dialog = p.getByRole('dialog');
    const implementing = dialog.getByRole('list', { name: /Triển khai thành phần/ });
    await implementing.getByRole('link', { name: new RegExp(NEW_CODE) }).waitFor();
    assert.match(await implementing.innerText(), /HY-QLKH — Hệ thống quản lý nhiệm vụ khoa học và công nghệ\s+\(Sở KH&CN\)/);
    await expectAccessible(p, 'component dialog with systems');
    await p.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // Without the CSP bypass, as a visitor's browser; closed with the browser.
    const anonymous = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const a = await anonymous.newPage();
    await a.goto(`${base}/`);
    await a.getByRole('button', { name: /III\.2\(7\)/ }).click();
    await a.getByRole('dialog').getByText('Đăng nhập để xem các hệ thống đã đăng ký triển khai hoặc sử dụng thành phần này.').waitFor();
    assert.equal(await a.getByRole('dialog').getByRole('link', { name: new RegExp(NEW_CODE) }).count(), 0);
    assert.equal(await a.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sổ đăng ký' }).count(), 0, 'no registry link for anonymous visitors');
  });

  it('checks an XLSX import and shows the row errors', async (context) => {
    const officer = await new TestClient(t.app).login(khcnOfficer.email, khcnOfficer.password);
    const template = await t.app.inject({ method: 'GET', url: '/api/v1/registry/import/template.xlsx', headers: { cookie: officer.cookie ?? '' } });
    if (template.statusCode === 404) {
      context.skip('GET /api/v1/registry/import/template.xlsx answers 404: the import endpoints are not there yet');
      return;
    }
    assert.equal(template.statusCode, 200);
    // The template, filled with a good row and one whose code is not a valid code.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets.find((w) => String(w.getRow(1).getCell(1).value ?? '').startsWith('Mã hệ thống'));
    assert.ok(sheet, `a data sheet among ${workbook.worksheets.map((w) => w.name).join(', ')}`);
    const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? '').replace(/\s*\*$/, ''));
    const fill = (row: number, values: Record<string, string>) => {
      for (const [header, value] of Object.entries(values)) {
        const index = headers.indexOf(header);
        assert.ok(index > 0, `a column "${header}" among ${headers.join(' | ')}`);
        sheet.getRow(row).getCell(index).value = value;
      }
    };
    const good = { 'Mã hệ thống': 'HY-NHAP-1', Loại: 'Hệ thống thông tin', 'Tên (tiếng Việt)': 'Hệ thống nhập thử', 'Mã cơ quan chủ quản': 'so-khcn', 'Vòng đời': 'Đang sử dụng', 'Lớp kiến trúc': 'III' };
    fill(2, good);
    fill(3, { ...good, 'Mã hệ thống': 'MÃ SAI!', 'Tên (tiếng Việt)': 'Dòng có lỗi' });
    const dataRow = 3;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-import-')), 'so-dang-ky.xlsx');
    await workbook.xlsx.writeFile(file);

    const p = officerPage;
    await p.goto(`${base}/registry/import`);
    await p.getByRole('heading', { level: 1, name: 'Nhập Sổ đăng ký từ tệp' }).waitFor();
    assert.equal(await p.getByRole('button', { name: 'Nhập dữ liệu' }).isDisabled(), true, 'import waits for a check');
    await p.getByLabel('Tệp Excel đã điền').setInputFiles(file);
    await p.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const errors = p.locator('#import-errors');
    await errors.waitFor();
    const rows = await errors.locator('tbody tr').allInnerTexts();
    assert.ok(
      rows.some((r) => r.startsWith(`${dataRow}\t`) && r.includes('MÃ SAI!')),
      `an error on row ${dataRow} for the code:\n${rows.join('\n')}`,
    );
    assert.equal(await p.getByRole('button', { name: 'Nhập dữ liệu' }).isDisabled(), true, 'a file with errors is not imported');
    await expectAccessible(p, 'import with errors');
    await shot(p, 'registry-import');
  });

  it('lets a reviewer check an ArchiMate model before importing it', async () => {
    const review = await new TestClient(t.app).login(reviewer.email, reviewer.password);
    const exported = await review.get('/api/v1/registry/export/archimate');
    assert.equal(exported.status, 200);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-archimate-')), 'mo-hinh.xml');
    fs.writeFileSync(file, exported.body);
    const p = reviewerPage;
    await p.goto(`${base}/registry/import`);
    await p.getByRole('heading', { level: 2, name: 'Nhập mô hình ArchiMate' }).waitFor();
    assert.equal(await p.getByLabel('Tệp Excel đã điền').count(), 0, 'reviewers do not import XLSX');
    await p.getByLabel('Tệp ArchiMate (.xml)').setInputFiles(file);
    await p.getByRole('region', { name: 'Nhập mô hình ArchiMate' }).getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const verdict = await waitForText(p, '#archimate-title ~ [role=status]', /Tệp hợp lệ/);
    assert.match(verdict, /thêm mới 0, cập nhật 0, giữ nguyên 4 hệ thống[\s\S]*Chưa có gì được ghi/);
    await expectAccessible(p, 'ArchiMate check');
  });

  it('asks the reviewer for a waiver per failed error rule to approve a failing system, then shows them as waived', async () => {
    // The health department submits its system, which fails the LGSP rule (an error).
    const yte = await new TestClient(t.app).login(yteOfficer.email, yteOfficer.password);
    const found = await yte.get('/api/v1/registry/systems/HY-YTE-HSSK');
    assert.equal(found.status, 200, found.body);
    const submitted = await yte.post(`/api/v1/registry/systems/${found.json<{ id: string }>().id}/requests`, { type: 'establish' });
    assert.equal(submitted.status, 201, submitted.body);

    const r = reviewerPage;
    await r.goto(`${base}/registry/requests`);
    const row = r.locator('#requests-table tbody tr', { hasText: 'HY-YTE-HSSK' });
    await row.getByRole('button', { name: 'Thẩm định hồ sơ HY-YTE-HSSK' }).click();
    const dialog = r.getByRole('dialog');
    await waitForText(r, 'dialog .notice-warning', /Không đạt: \d+ lỗi, \d+ cảnh báo/);
    const waivers = dialog.getByRole('region', { name: 'Miễn trừ cho các quy tắc bắt buộc không đạt' });
    await waivers.waitFor();
    const rules = waivers.locator('fieldset');
    const count = await rules.count();
    assert.ok(count >= 1, 'one waiver row per failed error rule');
    assert.match(await rules.first().locator('legend').innerText(), /Điều khoản/);
    // Approving without them is refused in the form, beside each field.
    await dialog.getByRole('button', { name: 'Phê duyệt' }).click();
    await waitForText(r, 'dialog .notice-error', /ghi lý do và ngày hết hạn cho từng miễn trừ/);
    assert.equal(await dialog.locator('.field-error', { hasText: 'Vui lòng ghi lý do miễn trừ.' }).count(), count);
    await expectAccessible(r, 'review with waivers');
    const nextYear = `${new Date().getFullYear() + 1}-06-30`;
    for (let i = 0; i < count; i++) {
      const rule = rules.nth(i);
      await rule.getByLabel('Lý do miễn trừ').fill('Kết nối trực tiếp với Công an tỉnh chờ chuyển sang LGSP theo kế hoạch năm sau.');
      await rule.getByLabel('Hiệu lực đến ngày').fill(nextYear);
    }
    await dialog.getByRole('button', { name: 'Phê duyệt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitForText(r, '.notice-success', /Đã phê duyệt hồ sơ HY-YTE-HSSK/);

    await r.goto(`${base}/registry/HY-YTE-HSSK`);
    await waitForText(r, '.badge-row', /Đã phê duyệt/);
    const compliance = r.getByRole('region', { name: 'Tuân thủ Khung kiến trúc số' });
    const waived = compliance.getByRole('region', { name: /^Được miễn trừ/ });
    await waived.waitFor();
    assert.match(await waived.innerText(), new RegExp(`Được miễn trừ đến 30/06/${new Date().getFullYear() + 1}[\\s\\S]*chờ chuyển sang LGSP`));
    assert.doesNotMatch(await r.locator('#compliance-result').innerText(), /Không đạt/);
    assert.match(await r.locator('#waivers-table').innerText(), /chờ chuyển sang LGSP[^\n]*\ttham-dinh@test\.hungyen\.gov\.vn\t30\/06\/\d{4}\tCòn hiệu lực/);
    await expectAccessible(r, 'system page with waivers');
  });

  it('says when a colleague saved the record meanwhile, keeps what was typed, and marks changes not yet approved', async () => {
    const p = officerPage;
    await p.goto(`${base}/registry/${NEW_CODE}/edit`);
    await p.getByRole('heading', { level: 1, name: `Sửa hồ sơ ${NEW_CODE}` }).waitFor();
    const supplier = p.getByLabel('Đơn vị cung cấp, phát triển');
    await supplier.waitFor();
    // A colleague saves first, from another session.
    const colleague = await new TestClient(t.app).login(khcnOfficer.email, khcnOfficer.password);
    const found = await colleague.get(`/api/v1/registry/systems/${NEW_CODE}`);
    const saved = await colleague.patch(`/api/v1/registry/systems/${found.json<{ id: string }>().id}`, { purpose: 'Đồng nghiệp đã sửa mục tiêu trước.' });
    assert.equal(saved.status, 200, saved.body);
    const current = saved.json<{ version: number }>().version;
    await supplier.fill('Công ty Cổ phần Phần mềm Hưng Yên');
    await p.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await waitForText(p, '.error-summary-anchor .notice-error', new RegExp(`Hồ sơ đã được người khác sửa \\(phiên bản ${current}\\) sau khi bạn mở nó`));
    await p.locator('.error-summary-anchor').getByRole('link', { name: /Tải lại hồ sơ mới nhất/ }).waitFor();
    assert.equal(await supplier.inputValue(), 'Công ty Cổ phần Phần mềm Hưng Yên', 'the input is kept');
    await expectAccessible(p, 'edit conflict');

    await p.goto(`${base}/registry/${NEW_CODE}`);
    await waitForText(p, '.badge-row', /Đã phê duyệt\s*Có thay đổi chưa được phê duyệt/);
  });

  it('keeps every new page usable at 375 px without sideways scrolling', async () => {
    const p = await loggedIn(khcnOfficer, phone);
    const pages: [string, RegExp][] = [
      ['/registry', /Sổ đăng ký ứng dụng CNTT/],
      ['/registry/new', /Đăng ký hệ thống mới/],
      [`/registry/${NEW_CODE}`, /HY-QLKH/],
      [`/registry/${NEW_CODE}/edit`, /Sửa hồ sơ/],
      ['/registry/requests', /Thẩm định hồ sơ đăng ký/],
      ['/compliance', /Tuân thủ kiến trúc/],
      ['/agencies/so-khcn', /Sở Khoa học và Công nghệ/],
      ['/registry/import', /Nhập Sổ đăng ký từ tệp/],
    ];
    await expectNoSidewaysScrolling(p, base, pages);
    await expectAccessible(p, 'import at 375 px');
  });
});
