import crypto from 'node:crypto';

/** A URL-safe random secret with 256 bits of entropy. */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('base64url');
}

export function hmac(key: Buffer, value: string): string {
  return crypto.createHmac('sha256', key).update(value).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

/**
 * The installation secret, with one derived key per purpose, so that a token made for one
 * purpose (say CSRF) can never be accepted for another (say a form token).
 */
export class Keyring {
  readonly #master: Buffer;

  constructor(secret: string) {
    this.#master = Buffer.from(secret, 'utf8');
  }

  key(purpose: string): Buffer {
    return crypto.createHmac('sha256', this.#master).update(`digitale-kommune:${purpose}`).digest();
  }

  /**
   * Encrypts and authenticates a JSON value that expires: AES-256-GCM over
   * {v, exp}. Used for data that must travel through the browser without being stored.
   */
  seal(purpose: string, value: unknown, ttlSeconds: number, now = Date.now()): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.key(`seal:${purpose}`), iv);
    const plain = JSON.stringify({ v: value, exp: Math.floor(now / 1000) + ttlSeconds });
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The sealed value, or undefined when the token was tampered with, is foreign or expired. */
  unseal(purpose: string, token: string, now = Date.now()): unknown {
    try {
      const raw = Buffer.from(token, 'base64url');
      if (raw.length < 29) return undefined;
      const decipher = crypto.createDecipheriv('aes-256-gcm', this.key(`seal:${purpose}`), raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      const parsed = JSON.parse(plain) as { v: unknown; exp: number };
      if (typeof parsed.exp !== 'number' || parsed.exp * 1000 < now) return undefined;
      return parsed.v;
    } catch {
      return undefined;
    }
  }
}
