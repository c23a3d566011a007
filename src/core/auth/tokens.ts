import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a cookie or API token, and the hash under which it is stored. */
export function newSecret(prefix = ''): { secret: string; hash: string } {
  const secret = prefix + randomBytes(32).toString('base64url');
  return { secret, hash: sha256(secret) };
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export const API_TOKEN_PREFIX = 'kt_';
