// Builds the web UI when dist/web is missing or older than its sources, so `npm start` works on a fresh clone.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const index = path.join(root, 'dist/web/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Files outside web/ that the web imports: the modules' enum labels and the server's text folding. */
function sharedSources() {
  const modules = path.join(root, 'src/modules');
  const labels = fs.existsSync(modules) ? fs.readdirSync(modules).map((m) => path.join(modules, m, 'labels.json')) : [];
  return [...labels, path.join(root, 'src/core/text.ts')].filter((file) => fs.existsSync(file));
}

const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
const newest = Math.max(newestMtime(path.join(root, 'web')), ...sharedSources().map((file) => fs.statSync(file).mtimeMs));
if (built < newest) {
  console.log('Building the web UI (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
