/**
 * The exchange's developer path in the browser: a provider officer registers a service from an OpenAPI file and
 * publishes it; a consumer officer finds it in the portal ("Cổng nhà phát triển"), reads its documentation with code
 * samples through the gateway and requests access; the provider approves with a quota; the consumer creates an API
 * key and sees its secret once. Members and subsystems are set up through the API. axe-core on every page. Needs
 * dist/web (npm run build) and /usr/bin/chromium.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expectAccessible, failOnPageErrors, shot, startBrowserSession, waitForText, type BrowserSession } from '../helpers/browser.js';
import { createAccounts, sampleSystem, type Account } from '../helpers/fixtures.js';
import { ADMIN, type TestClient } from '../helpers/app.js';

const base = '/api/v1/exchange';
const providerAccount: Account = { email: 'lgsp.khcn@test.hungyen.gov.vn', name: 'Trần Thị Cung', password: 'mat-khau-lgsp-khcn', role: 'officer', agencyId: 'so-khcn' };
const consumerAccount: Account = { email: 'lgsp.yte@test.hungyen.gov.vn', name: 'Lê Văn Dùng', password: 'mat-khau-lgsp-y-te', role: 'officer', agencyId: 'so-y-te' };

const description = {
  openapi: '3.0.3',
  info: { title: 'Tra cứu hồ sơ thủ tục hành chính', version: '2.1.0', description: 'Tra cứu tình trạng hồ sơ theo mã hồ sơ.' },
  servers: [{ url: 'http://backend.internal/api' }],
  paths: {
    '/ho-so/{maHoSo}': {
      get: {
        summary: 'Tra cứu một hồ sơ',
        parameters: [{ name: 'maHoSo', in: 'path', required: true, description: 'Mã hồ sơ', schema: { type: 'string' } }],
        responses: { '200': { description: 'Hồ sơ', content: { 'application/json': { schema: { $ref: '#/components/schemas/HoSo' } } } }, '404': { description: 'Không có hồ sơ' } },
      },
    },
    '/ho-so': {
      post: {
        summary: 'Tiếp nhận hồ sơ',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/HoSo' } } } },
        responses: { '201': { description: 'Đã tiếp nhận' } },
      },
    },
  },
  components: { schemas: { HoSo: { type: 'object', required: ['maHoSo'], properties: { maHoSo: { type: 'string', description: 'Mã hồ sơ' }, trangThai: { type: 'string', enum: ['moi', 'dang_xu_ly', 'da_xong'] } } } } },
};

describe('exchange: the developer path in the browser', () => {
  let session: BrowserSession;
  let providerApi: TestClient;
  let consumerApi: TestClient;
  let consumerSubsystem: { id: string; identifier: string };
  let file: string;
  let serviceId = '';
  let provider: Page;
  let consumer: Page;
  const errors = () => session.pageErrors;

  before(async () => {
    session = await startBrowserSession();
    [providerApi, consumerApi] = await createAccounts(session.t, [providerAccount, consumerAccount]);
    const admin = await session.t.as('admin');
    const created = async <T>(res: { status: number; body: string; json<U>(): U }): Promise<T> => {
      assert.equal(res.status, 201, res.body);
      return res.json<T>();
    };
    const providerSystem = await created<{ id: string }>(await providerApi.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-HOSO' })));
    const consumerSystem = await created<{ id: string }>(await consumerApi.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-YTE', ownerAgencyId: 'so-y-te' })));
    const providerMember = await created<{ id: string }>(await admin.post(`${base}/members`, { agencyId: 'so-khcn', memberClass: 'GOV' }));
    const consumerMember = await created<{ id: string }>(await admin.post(`${base}/members`, { agencyId: 'so-y-te', memberClass: 'GOV' }));
    await created(await providerApi.post(`${base}/members/${providerMember.id}/subsystems`, { code: 'ho-so', systemId: providerSystem.id }));
    consumerSubsystem = await created(await consumerApi.post(`${base}/members/${consumerMember.id}/subsystems`, { code: 'y-te', systemId: consumerSystem.id }));
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-exchange-')), 'tra-cuu-ho-so.json');
    fs.writeFileSync(file, JSON.stringify(description, null, 2));
    provider = await session.loggedIn(providerAccount);
    consumer = await session.loggedIn(consumerAccount);
  });
  after(() => session?.close());

  it(
    'a provider officer registers a service from an OpenAPI file and publishes it',
    failOnPageErrors(errors, async () => {
      const p = provider;
      await p.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nền tảng LGSP' }).click();
      await p.getByRole('heading', { level: 1, name: 'Cổng nhà phát triển' }).waitFor();
      await p.getByRole('navigation', { name: 'Các trang của Nền tảng LGSP' }).getByRole('link', { name: 'Dịch vụ cung cấp' }).click();
      await p.getByRole('heading', { level: 1, name: 'Dịch vụ cung cấp' }).waitFor();
      await p.getByLabel('Mã dịch vụ').waitFor();
      await expectAccessible(p, 'provider page');

      // A refusal of the form's own: nothing chosen.
      await p.getByRole('button', { name: 'Đăng ký dịch vụ' }).click();
      await p.getByRole('alert').getByText('Chưa gửi được: vui lòng sửa các mục dưới đây.').waitFor();

      await p.getByLabel('Mã dịch vụ').fill('tra-cuu-ho-so');
      await p.getByLabel('Tệp mô tả OpenAPI 3 (JSON hoặc YAML)').setInputFiles(file);
      await p.getByText('Đã đọc tra-cuu-ho-so.json').waitFor();
      await p.getByLabel('Địa chỉ máy chủ dịch vụ (backend)').fill('http://127.0.0.1:9/api');
      await p.getByLabel('Chủ đề').fill('Thủ tục hành chính');
      await p.getByRole('button', { name: 'Đăng ký dịch vụ' }).click();
      await p.getByRole('heading', { name: 'Đọc được 2 điểm cuối từ mô tả' }).waitFor();
      await waitForText(p, '#rg-result', /GET\s*\/ho-so\/\{maHoSo\}/);
      await p.getByRole('link', { name: /Mở trang dịch vụ “Tra cứu hồ sơ thủ tục hành chính”/ }).click();
      await p.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ thủ tục hành chính' }).waitFor();
      serviceId = /\/exchange\/services\/([^/?#]+)/.exec(p.url())![1]!;
      assert.match(await p.locator('main').innerText(), /Bản nháp/);
      await p.getByRole('button', { name: 'Công bố' }).click();
      await p.getByText('Đã chuyển trạng thái: Đang cung cấp.').waitFor();
      await expectAccessible(p, 'service page as its provider');
    }),
  );

  let identifier = '';
  it(
    'a consumer officer finds it in the portal, reads its documentation and requests access',
    failOnPageErrors(errors, async () => {
      const p = consumer;
      await p.goto(`${session.base}/exchange`);
      await p.getByRole('heading', { level: 1, name: 'Cổng nhà phát triển' }).waitFor();
      // The API's search matches the title as written (diacritics included).
      await p.getByLabel('Tìm dịch vụ').fill('hồ sơ thủ tục');
      await p.waitForURL(/[?&]q=/);
      await waitForText(p, '.result-count', /^1 dịch vụ$/);
      await expectAccessible(p, 'portal');
      await shot(p, 'exchange-portal');
      await p.getByRole('link', { name: 'Tra cứu hồ sơ thủ tục hành chính' }).click();
      await p.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ thủ tục hành chính' }).waitFor();
      const text = await p.locator('main').innerText();
      assert.match(text, /Sở Khoa học và Công nghệ/);
      assert.match(text, /Đang cung cấp/);
      assert.ok(!text.includes('127.0.0.1:9'), 'the backend address is shown to a consumer');
      identifier = (await p.locator('dd code.ex-identifier').first().innerText()).trim();
      assert.match(identifier, /\/ho-so\/tra-cuu-ho-so$/);

      // The documentation, from the description: operations, parameters, the body's fields, code samples.
      await p.getByRole('heading', { level: 3, name: /GET \/ho-so\/\{maHoSo\} — Tra cứu một hồ sơ/ }).waitFor();
      await p.getByRole('region', { name: 'Tham số của GET /ho-so/{maHoSo}' }).getByText('maHoSo', { exact: true }).waitFor();
      await p.getByRole('region', { name: 'Nội dung yêu cầu của POST /ho-so' }).getByText('moi | dang_xu_ly | da_xong', { exact: true }).waitFor();
      const op = p.locator('section.ex-op').filter({ has: p.getByRole('heading', { name: /GET \/ho-so\/\{maHoSo\}/ }) });
      for (const name of ['curl', 'JavaScript (fetch)', 'Python (requests)', 'Java (java.net.http)']) {
        const details = op.locator('details', { has: p.locator('summary', { hasText: name }) });
        await details.locator('summary').click();
        const sample = await details.locator('pre').innerText();
        assert.ok(sample.includes(`${session.base}/r1/${identifier}/ho-so/{maHoSo}`), `${name}: ${sample}`);
        assert.match(sample, /X-Road-Client/);
        assert.match(sample, /LGSP-Api-Key/);
      }
      await expectAccessible(p, 'service documentation');
      await shot(p, 'exchange-service');

      await p.getByLabel('Mục đích sử dụng').fill('Tra cứu tình trạng hồ sơ khám sức khỏe của công dân');
      await p.getByLabel('Căn cứ pháp lý').fill('Nghị định 47/2020/NĐ-CP');
      await p.getByLabel('Có xử lý dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP)').check();
      await p.getByRole('button', { name: 'Gửi yêu cầu đăng ký' }).click();
      await p.getByText('Đã gửi yêu cầu đăng ký. Cơ quan cung cấp sẽ xem xét.').waitFor();
      await expectAccessible(p, 'service page after the request');
    }),
  );

  it(
    'the provider approves the request with a quota',
    failOnPageErrors(errors, async () => {
      const p = provider;
      await p.goto(`${session.base}/exchange/provider`);
      const request = p.locator('.ex-queue li').filter({ hasText: consumerSubsystem.identifier });
      await request.getByText('Tra cứu tình trạng hồ sơ khám sức khỏe của công dân').waitFor();
      await request.getByLabel('Hạn mức mỗi phút').fill('30');
      await request.getByLabel('Hạn mức mỗi ngày').fill('5000');
      await request.getByLabel('Ghi chú quyết định').fill('Đồng ý theo đề nghị');
      await expectAccessible(p, 'subscription queue');
      await request.getByRole('button', { name: 'Duyệt' }).click();
      await p.getByText(`Đã duyệt yêu cầu của ${consumerSubsystem.identifier}.`).waitFor();
      const subs = (await providerApi.get(`${base}/subscriptions?as=provider&serviceId=${serviceId}`)).json<{ status: string; quotaPerMinute: number; quotaPerDay: number; decisionNote: string }[]>();
      assert.deepEqual(subs.map((s) => [s.status, s.quotaPerMinute, s.quotaPerDay, s.decisionNote]), [['approved', 30, 5000, 'Đồng ý theo đề nghị']]);
    }),
  );

  it(
    'the consumer sees the approval and creates an API key, shown once',
    failOnPageErrors(errors, async () => {
      const p = consumer;
      await p.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.base });
      await p.goto(`${session.base}/exchange/mine`);
      await p.getByRole('heading', { level: 1, name: 'Đăng ký của tôi' }).waitFor();
      await waitForText(p, '#mine-subscriptions', /Đã duyệt/);
      await waitForText(p, '#mine-subscriptions', /30\/phút; 5.000\/ngày/);
      await p.getByLabel('Tên gợi nhớ').fill('Máy chủ ứng dụng y tế');
      await p.getByRole('button', { name: 'Tạo', exact: true }).click();
      const dialog = p.getByRole('dialog', { name: 'Thông tin xác thực mới' });
      await dialog.getByText('Bí mật chỉ hiện một lần và không thể xem lại', { exact: false }).waitFor();
      const secret = (await dialog.locator('#ex-secret').innerText()).trim();
      assert.ok(secret.length >= 20, secret);
      await expectAccessible(p, 'the secret dialog');
      await dialog.getByRole('button', { name: 'Sao chép' }).click();
      await dialog.getByText('Đã sao chép vào bộ nhớ tạm.').waitFor();
      assert.equal(await p.evaluate(() => navigator.clipboard.readText()), secret);
      await dialog.getByRole('button', { name: 'Tôi đã lưu bí mật' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await waitForText(p, 'main', /Máy chủ ứng dụng y tế/);
      assert.ok(!(await p.locator('main').innerText()).includes(secret), 'the secret is still on the page');
      const listed = await consumerApi.get(`${base}/subsystems/${consumerSubsystem.id}/credentials`);
      assert.ok(!listed.body.includes(secret));
      await p.reload();
      await waitForText(p, 'main', /Máy chủ ứng dụng y tế/);
      assert.ok(!(await p.content()).includes(secret));
      await shot(p, 'exchange-mine');
    }),
  );

  it(
    'an administrator sees the members, creates an access-right group and adds the consumer to it',
    failOnPageErrors(errors, async () => {
      const p = await session.loggedIn({ email: ADMIN.email, password: ADMIN.password });
      await p.goto(`${session.base}/exchange/admin`);
      await p.getByRole('heading', { level: 1, name: 'Thành viên và nhóm quyền' }).waitFor();
      await waitForText(p, '#ad-member-table', /Sở Y tế/);
      await p.getByRole('button', { name: /Hệ thống con của .*so-y-te/ }).click();
      await p.getByRole('heading', { level: 3, name: /Hệ thống con của .*so-y-te/ }).waitFor();
      await waitForText(p, 'main', new RegExp(consumerSubsystem.identifier.replace(/[/.]/g, '\\$&')));
      await expectAccessible(p, 'members');
      await p.getByLabel('Mã nhóm').fill('y-te-tinh');
      await p.getByLabel(/^Mô tả/).fill('Các hệ thống ngành y tế của tỉnh');
      await p.getByRole('button', { name: 'Tạo nhóm' }).click();
      await p.getByText(/Đã tạo nhóm .*y-te-tinh/).waitFor();
      await p.getByLabel('Định danh hệ thống con').fill(consumerSubsystem.identifier);
      await p.getByRole('button', { name: 'Thêm vào nhóm' }).click();
      await p.getByText(new RegExp(`Đã thêm ${consumerSubsystem.identifier.replace(/[/.]/g, '\\$&')} vào`)).waitFor();
      await expectAccessible(p, 'groups');
      const groups = (await (await session.t.as('admin')).get(`${base}/groups`)).json<{ code: string; members: string[] }[]>();
      assert.deepEqual(groups.find((g) => g.code === 'y-te-tinh')?.members, [consumerSubsystem.identifier]);
    }),
  );
});
