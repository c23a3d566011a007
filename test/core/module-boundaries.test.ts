import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

// The dependency rule of the README is the linter's: a module uses another only through its contract (api.ts),
// dependencies run one way, and core knows no module.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test('a module may use a lower module through its contract only', async () => {
  assert.deepEqual(await restrictedImports('src/modules/registry/probe.ts', "import { listAgencies } from '../framework/api.js';\nexport const x = listAgencies;\n"), []);
  const inside = await restrictedImports('src/modules/registry/transfer/probe.ts', "import { listAgencies } from '../../framework/service.js';\nexport const x = listAgencies;\n");
  assert.equal(inside.length, 1);
  assert.match(inside[0]!, /framework\/api\.ts/);
});

test('a lower module may not use a higher one, not even its contract', async () => {
  const messages = await restrictedImports('src/modules/dictionary/probe.ts', "import { getSystem } from '../registry/api.js';\nexport const x = getSystem;\n");
  assert.equal(messages.length, 1);
  assert.match(messages[0]!, /dependencies run one way/);
});

test('core imports no module', async () => {
  const messages = await restrictedImports('src/core/probe.ts', "import { modules } from '../modules/index.js';\nexport const x = modules;\n");
  assert.equal(messages.length, 1);
  assert.match(messages[0]!, /core\/ knows no module/);
});
