#!/usr/bin/env node
/**
 * Generates web/src/api/generated/schema.d.ts from the server's OpenAPI document (`kientruc openapi`).
 *   node web/tools/api-generate.mjs          write the file (npm run api:generate)
 *   node web/tools/api-generate.mjs --check  fail when the file is not what the server's document gives (npm run check)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const target = join(repo, 'web/src/api/generated/schema.d.ts');
const HEADER = `/**
 * Generated — do not edit. Run \`npm run api:generate\` after changing the server's routes or schemas;
 * \`npm run check\` fails while this file is stale. Source: the OpenAPI document of \`kientruc openapi\`.
 */

`;

const json = execFileSync(process.execPath, ['--import', 'tsx', join(repo, 'src/cli.ts'), 'openapi'], {
  cwd: repo,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  env: { ...process.env, LOG_LEVEL: 'silent' },
});
const document = JSON.parse(json);
const ast = await openapiTS(document, { alphabetize: true, defaultNonNullable: false });
const text = HEADER + astToString(ast);

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error(`${target} is stale: run npm run api:generate and commit the result.`);
    process.exit(1);
  }
  console.log('api types are up to date');
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
