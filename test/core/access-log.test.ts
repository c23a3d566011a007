import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../helpers/app.js';

describe('access log of the web app', () => {
  let t: TestApp;
  let webDir: string;
  before(async () => {
    // A built web app in miniature: the page and one of its script files.
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-web-'));
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Kiến trúc</title>');
    fs.writeFileSync(path.join(webDir, 'assets', 'app-1234.js'), 'console.log(1)');
    fs.writeFileSync(path.join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await startTestApp({ webDir });
  });
  after(async () => {
    await t.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('records the pages people open and the API they call, not the app\u2019s script and image files', async () => {
    assert.equal((await t.anonymous.get('/roadmap/IV.1')).status, 200);
    assert.equal((await t.anonymous.get('/assets/app-1234.js')).status, 200);
    assert.equal((await t.anonymous.get('/favicon.svg')).status, 200);
    assert.equal((await t.anonymous.get('/api/v1/framework')).status, 200);
    const admin = await t.as('admin');
    const paths = (await admin.get('/api/v1/access-log?limit=500')).json<{ items: { path: string }[] }>().items.map((e) => e.path);
    assert.ok(paths.includes('/roadmap/IV.1'), 'the page view is logged');
    assert.ok(paths.includes('/api/v1/framework'), 'the API call is logged');
    assert.ok(!paths.includes('/assets/app-1234.js') && !paths.includes('/favicon.svg'), `no static files: ${paths.join(', ')}`);
  });
});
