import fs from 'node:fs';

/** The platform's version, from package.json: shown by /health and the OpenAPI document. */
export const packageVersion = (JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
