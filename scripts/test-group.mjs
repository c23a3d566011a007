// One process for a group of test files (scripts/test.mjs). The files are imported together, by one module of static
// imports, so every file's describe() bodies have run before the first test starts: a test that changes the process
// (TMPDIR, say) for a moment cannot catch another file's set-up inside it. Their tests then run one file after another.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-test-group-'));
const entry = path.join(dir, 'group.mjs');
fs.writeFileSync(entry, process.argv.slice(2).map((file) => `import ${JSON.stringify(pathToFileURL(path.resolve(file)).href)};\n`).join(''));
try {
  await import(pathToFileURL(entry).href);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
