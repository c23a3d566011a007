import assert from 'node:assert/strict';
import type { TestResponse } from './app.js';

export interface ErrorBody {
  code: string;
  message: { vi: string; en: string };
  details?: unknown;
}

/** The response is the API's error shape, with this status and code and a message in both languages. */
export function assertError(res: TestResponse, status: number, code: string): ErrorBody {
  assert.equal(res.status, status, `expected ${status} ${code}, got ${res.status}: ${res.body}`);
  const body = res.json<ErrorBody>();
  assert.equal(body.code, code);
  assert.ok(body.message.vi.length > 0 && body.message.en.length > 0, 'message in Vietnamese and English');
  return body;
}

/** Strings an attacker would try in any text field. */
export const injectionStrings = [
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '<script>alert("xss")</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  'Robert\u0000Tables',
];
