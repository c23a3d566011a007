import { it } from 'node:test';
import assert from 'node:assert/strict';
import { todayInVietnam } from '../../src/modules/framework/service.js';
import { foldForSearch, likePattern } from '../../src/core/text.js';

it('takes today in Viet Nam (UTC+7), not in UTC, for report dates', () => {
  assert.equal(todayInVietnam(new Date('2026-03-01T20:00:00Z')), '2026-03-02');
  assert.equal(todayInVietnam(new Date('2026-03-01T16:59:59Z')), '2026-03-01');
});

it('folds Vietnamese text for search and escapes LIKE wildcards', () => {
  assert.equal(foldForSearch('  Hệ thống   ĐĂNG KÝ ứng dụng '), 'he thong dang ky ung dung');
  assert.equal(foldForSearch('Phường Phố Hiến'), 'phuong pho hien');
  assert.equal(likePattern('100%_x'), '%100\\%\\_x%');
});
