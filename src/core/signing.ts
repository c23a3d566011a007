import fs from 'node:fs';
import path from 'node:path';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/**
 * The platform's Ed25519 signing key: it seals the audit trail's checkpoints (and will sign the LGSP message log).
 * It never lives in the database, so whoever can write the database cannot forge what it signed.
 */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The first 16 hex digits of the SHA-256 of the raw public key: names the key in what it signed. */
  keyId: string;
}

export interface SigningKeySource {
  /** PEM (PKCS#8) from SIGNING_KEY; "\n" escapes are accepted for one-line environment values. */
  pem?: string | undefined;
  /** A PEM file, created with a new key (mode 0600) when it does not exist. Without pem or file: a key for this process only. */
  file?: string | undefined;
}

export function loadSigningKey(source: SigningKeySource): SigningKey {
  if (source.pem) return fromPrivateKey(createPrivateKey(source.pem.replace(/\\n/g, '\n')));
  if (source.file) {
    if (fs.existsSync(source.file)) return fromPrivateKey(createPrivateKey(fs.readFileSync(source.file, 'utf8')));
    const key = generateSigningKey();
    fs.mkdirSync(path.dirname(source.file), { recursive: true });
    // wx: two processes starting together must not both write a key; the loser reads the winner's.
    try {
      fs.writeFileSync(source.file, key.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadSigningKey(source);
      throw err;
    }
    return key;
  }
  return generateSigningKey();
}

/** The configured key, without creating one: null when there is none (e.g. for verifying elsewhere). */
export function existingSigningKey(source: SigningKeySource): SigningKey | null {
  if (source.pem || (source.file && fs.existsSync(source.file))) return loadSigningKey(source);
  return null;
}

export function generateSigningKey(): SigningKey {
  return fromPrivateKey(generateKeyPairSync('ed25519').privateKey);
}

function fromPrivateKey(privateKey: KeyObject): SigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`the signing key must be Ed25519, not ${privateKey.asymmetricKeyType}`);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

export function keyIdOf(publicKey: KeyObject): string {
  const raw = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}

export function signText(key: SigningKey, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64');
}

export function verifyText(publicKey: KeyObject, text: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
