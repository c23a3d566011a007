/**
 * The province-wide landscape in the browser: a viewer opens "Toàn cảnh" from the navigation, reads the integration
 * map (its legend and the connections as a table), then the heat map (a cell's counts as text, its legend) and follows
 * a cell to the systems it counts. Both tabs are checked with axe-core and at 375 px.
 * Needs dist/web (npm run build) and /usr/bin/chromium. KT_E2E_SCREENSHOTS=<dir> saves screenshots.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectAccessible, expectNoSidewaysScrolling, failOnPageErrors, phone, shot, startBrowserSession, waitForRows, waitForText, type BrowserSession } from '../helpers/browser.js';
import { createAccounts, sampleSystem, type Account } from '../helpers/fixtures.js';

const viewer: Account = { email: 'kien-truc-su@test.hungyen.gov.vn', name: 'Đỗ Thu Hà', password: 'mat-khau-kien-truc-su', role: 'viewer' };

describe('province-wide landscape in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  const errors = () => session.pageErrors;

  before(async () => {
    session = await startBrowserSession();
    const { t } = session;
    const admin = await t.as('admin');
    await createAccounts(t, [viewer]);
    const create = async (system: ReturnType<typeof sampleSystem>) => {
      const res = await admin.post('/api/v1/registry/systems', system);
      assert.equal(res.status, 201, res.body);
      return res.json<{ id: string }>().id;
    };
    const police = await create(sampleSystem({ code: 'HY-CA-CUTRU', ownerAgencyId: 'cong-an-tinh', name: { vi: 'Hệ thống quản lý cư trú', en: 'Residence' }, components: [{ code: 'III.2(1)', link: 'implements' }] }));
    const lgsp = await create(sampleSystem({ code: 'HY-LGSP', kind: 'platform', layer: 'II', name: { vi: 'Nền tảng tích hợp, chia sẻ dữ liệu', en: 'LGSP' }, components: [{ code: 'II.2(1)', link: 'implements' }] }));
    // Point to point with the police: fails the LGSP rule, so its heat-map cell is failing.
    await create(
      sampleSystem({
        code: 'HY-YTE-HSSK',
        ownerAgencyId: 'so-y-te',
        name: { vi: 'Hệ thống hồ sơ sức khỏe điện tử', en: 'Health records' },
        components: [{ code: 'III.2(1)', link: 'implements' }],
        interfaces: [
          { name: 'Tra cứu cư trú', direction: 'consumes', channel: 'direct', counterpartSystemId: police },
          { name: 'Gửi dữ liệu qua LGSP', direction: 'provides', channel: 'lgsp', counterpartSystemId: lgsp },
        ],
      }),
    );
    page = await session.loggedIn(viewer);
  });
  after(() => session.close());

  it(
    'shows the integration map with its legend and the connections as a table',
    failOnPageErrors(errors, async () => {
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Toàn cảnh' }).click();
      await page.getByRole('heading', { level: 1, name: 'Toàn cảnh kiến trúc' }).waitFor();
      assert.equal(await page.getByRole('tab', { name: 'Bản đồ tích hợp' }).getAttribute('aria-selected'), 'true');
      await waitForText(page, '.result-count', /3 hệ thống, 2 kết nối: 1 qua LGSP, 0 qua NDXP, 1 điểm – điểm/);
      const legend = page.getByRole('list', { name: 'Chú giải đường kết nối' });
      for (const item of ['Qua LGSP (nét liền)', 'Qua NDXP (nét đứt)', 'Điểm – điểm (chấm chấm)']) await legend.getByText(item).waitFor();
      await page.getByRole('list', { name: 'Chú giải màu hệ thống' }).getByText('Không đạt (có lỗi)').waitFor();
      // The graph is drawn, and says in words what it shows.
      await page.locator('.graph-province svg').first().waitFor();
      assert.match((await page.locator('.graph-province').getAttribute('aria-label')) ?? '', /3 hệ thống/);
      await waitForRows(page, '#edges-table', ['HY-YTE-HSSK', 'HY-LGSP']);
      await waitForText(page, '#edges-table', /HY-YTE-HSSK.*lấy dữ liệu điểm – điểm từ.*HY-CA-CUTRU/);
      await shot(page, 'landscape-map');
      await expectAccessible(page, 'integration map');

      // A filter narrows the map and stays in the address.
      await page.getByLabel('Cơ quan chủ quản').selectOption('so-y-te');
      await waitForText(page, '.result-count', /1 hệ thống, 0 kết nối.*2 kết nối với hệ thống nằm ngoài bộ lọc/);
      assert.match(page.url(), /agency=so-y-te/);
      await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
      await waitForText(page, '.result-count', /3 hệ thống/);
    }),
  );

  it(
    'shows the heat map with counts as text and its legend, and a cell leads to the systems it counts',
    failOnPageErrors(errors, async () => {
      await page.getByRole('tab', { name: 'Bản đồ nhiệt' }).click();
      assert.match(page.url(), /tab=heatmap/);
      await page.locator('#heat-table').waitFor();
      const legend = page.getByRole('list', { name: 'Chú giải bản đồ nhiệt' });
      for (const item of ['Có hệ thống không đạt', 'Mọi hệ thống đều đạt']) await legend.getByText(item).waitFor();
      const cell = page.getByRole('link', { name: /^III\.2\(1\), Sở Y tế: 1 hệ thống, 1 không đạt/ });
      await cell.waitFor();
      // Readable without colour: the count and the mark of failing systems are text in the cell.
      assert.match(await cell.innerText(), /1\s*✗1/);
      assert.ok(await cell.evaluate((a) => a.closest('td')?.classList.contains('heat-failing')));
      await shot(page, 'landscape-heatmap');
      await expectAccessible(page, 'heat map');

      await cell.click();
      await page.getByRole('heading', { level: 1, name: 'Sổ đăng ký ứng dụng CNTT' }).waitFor();
      await waitForRows(page, '#systems-table', ['HY-YTE-HSSK']);
      await page.getByText('Chỉ các hệ thống triển khai thành phần').waitFor();
    }),
  );

  it(
    'fits a phone',
    failOnPageErrors(errors, async () => {
      const small = await session.loggedIn(viewer, phone);
      await expectNoSidewaysScrolling(small, session.base, [
        ['/landscape', /Toàn cảnh kiến trúc/],
        ['/landscape?tab=heatmap', /Toàn cảnh kiến trúc/],
      ]);
    }),
  );
});
