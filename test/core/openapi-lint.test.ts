/**
 * The OpenAPI document as `kientruc openapi` prints it, through the Redocly linter with the project's rules. The
 * document does not depend on the database (the command builds the app on PGlite in memory), so this file uses
 * none and runs once, not once per engine.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

it('prints an OpenAPI document that passes the Redocly linter', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-openapi-'));
  const file = path.join(dir, 'openapi.generated.json');
  const doc = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'openapi'], { encoding: 'utf8' });
  assert.equal(doc.status, 0, doc.stderr);
  fs.writeFileSync(file, doc.stdout);
  fs.copyFileSync('.redocly.lint-ignore.yaml', path.join(dir, '.redocly.lint-ignore.yaml'));
  fs.copyFileSync('redocly.yaml', path.join(dir, 'redocly.yaml'));
  const lint = spawnSync(path.resolve('node_modules/.bin/redocly'), ['lint', '--config', 'redocly.yaml', '--format', 'stylish', 'openapi.generated.json'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const output = `${lint.stdout}\n${lint.stderr}`;
  assert.equal(lint.status, 0, output);
  assert.doesNotMatch(output, /\b(warning|error)\b\s+\S+/, output);
});
