/** Access tokens the sandbox issued: opaque random strings, remembered with their expiry. */
import { randomBytes } from 'node:crypto';

interface IssuedToken {
  clientId: string;
  expiresAt: number;
}

export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(clientId: string, ttlSeconds: number): string {
    const token = randomBytes(48).toString('base64url');
    this.tokens.set(token, { clientId, expiresAt: this.now() + ttlSeconds * 1000 });
    return token;
  }

  /** The token's record when it is known and unexpired; expired tokens are forgotten. */
  check(token: string): IssuedToken | undefined {
    const t = this.tokens.get(token);
    if (!t) return undefined;
    if (this.now() >= t.expiresAt) {
      this.tokens.delete(token);
      return undefined;
    }
    return t;
  }

  revoke(token: string): void {
    this.tokens.delete(token);
  }
}

/** The bearer token of an `Authorization` header, if any. */
export function bearerToken(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1];
}

/** Client ID and secret of a Basic `Authorization` header, if well-formed. */
export function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
