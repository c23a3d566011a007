import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The modules and the modules each may use, lower ones first (README, "Layout"). A module imports another only
 * through its contract, api.ts; core imports no module. Listing a new module here is part of adding it.
 */
const moduleDependencies = {
  framework: [],
  dictionary: ['framework'],
  registry: ['framework', 'dictionary'],
  catalogue: ['framework', 'dictionary', 'registry'],
  inbox: ['registry', 'dictionary'],
  exchange: ['framework', 'registry'],
};

const moduleFolders = fs.readdirSync(new URL('./src/modules/', import.meta.url), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
for (const name of moduleFolders) {
  if (!(name in moduleDependencies)) throw new Error(`eslint.config.js: add the module "${name}" and what it depends on to moduleDependencies`);
}

const contractOnly = (name) => ({
  group: [`**/modules/${name}/**`, `../${name}/**`, `../../${name}/**`, `../../../${name}/**`, `!**/modules/${name}/api.js`, `!../${name}/api.js`, `!../../${name}/api.js`, `!../../../${name}/api.js`],
  message: `Use the ${name} module only through its contract, ${name}/api.ts.`,
});
const forbidden = (name, why) => ({
  group: [`**/modules/${name}/**`, `../${name}/**`, `../../${name}/**`, `../../../${name}/**`],
  message: why,
});

const boundaryRules = Object.entries(moduleDependencies).map(([name, uses]) => ({
  files: [`src/modules/${name}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: moduleFolders
          .filter((other) => other !== name)
          .map((other) => (uses.includes(other) ? contractOnly(other) : forbidden(other, `The ${name} module may not use ${other}: dependencies run one way (${name} uses ${uses.join(', ') || 'no other module'}). Offer an extension point instead.`))),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'drizzle', 'coverage', 'openapi.generated.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/modules/**'], message: 'core/ knows no module: let the module register what core needs when the app is assembled.' }] }] },
  },
  {
    files: ['src/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['./modules/*/**', '!./modules/*/api.js'], message: 'The app uses a module through src/modules/index.ts (its manifest) or its contract, api.ts.' }] },
      ],
    },
  },
  ...boundaryRules,
  {
    files: ['**/*.mjs', 'bin/**', 'scripts/**', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
