import { describe, expect, test } from '@jest/globals';
import { RateLimiter } from '../../src/sandbox/rate-limiter.js';
import { get, token, withSandbox } from './helpers.js';

describe('RateLimiter', () => {
  test('allows N per window per key, then answers with the seconds left (at least 1)', () => {
    let now = 1_000_000;
    const rl = new RateLimiter({ requests: 3, windowMs: 10_000 }, () => now);
    expect([1, 2, 3].map(() => rl.take('a').ok)).toEqual([true, true, true]);
    expect(rl.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(rl.take('b').ok).toBe(true);
    now += 9_500;
    expect(rl.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    now += 500;
    expect(rl.take('a').ok).toBe(true);
  });
});

describe('rate limiting over HTTP', () => {
  test('over `requests` per window per token: 429 with Retry-After and the Genesys body', async () => {
    await withSandbox({ rateLimit: { requests: 3, windowMs: 300 } }, async (sb) => {
      const a = await token(sb);
      const b = await token(sb);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await get(sb, '/api/v2/oauth/scopes', a)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await get<Record<string, unknown>>(sb, '/api/v2/oauth/clients', a);
      expect(limited.status).toBe(429);
      expect(limited.headers['retry-after']).toBe('1');
      expect(limited.json).toMatchObject({
        message: 'Rate limit exceeded the maximum. Retry the request in [1] seconds',
        code: 'too.many.requests.retry.after',
        status: 429,
        contextId: limited.headers['inin-correlation-id'],
        details: [],
        errors: [],
      });
      // Another token has its own budget; the token endpoint is not limited.
      expect((await get(sb, '/api/v2/oauth/scopes', b)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 320));
      expect((await get(sb, '/api/v2/oauth/scopes', a)).status).toBe(200);
    });
  });

  test('rateLimit: false turns it off', async () => {
    await withSandbox({ rateLimit: false }, async (sb) => {
      const a = await token(sb);
      const statuses = await Promise.all(
        Array.from({ length: 350 }, async () => (await get(sb, '/api/v2/oauth/scopes', a)).status),
      );
      expect(statuses.every((s) => s === 200)).toBe(true);
    });
  });

  test('the default is 300 requests per minute', async () => {
    await withSandbox({}, async (sb) => {
      const a = await token(sb);
      const statuses = await Promise.all(
        Array.from({ length: 301 }, async () => (await get(sb, '/api/v2/tokens/me', a)).status),
      );
      expect(statuses.filter((s) => s === 200)).toHaveLength(300);
      expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    });
  });
});
