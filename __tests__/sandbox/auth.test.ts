import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type Sandbox, startSandbox } from '../../src/sandbox/server.js';
import { UUID, basic, get, postToken, token, withSandbox } from './helpers.js';

const INVALID_CLIENT = {
  error: 'invalid_client',
  description: 'authentication failed',
  error_description: 'authentication failed',
};

describe('POST /oauth/token', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ clientId: 'audit-id', clientSecret: 's3cr3t:with:colons' });
  });
  afterAll(() => sb.close());

  test('client credentials with Basic auth give a bearer token', async () => {
    const a = await postToken(sb, { authorization: basic('audit-id', 's3cr3t:with:colons') });
    expect(a.status).toBe(200);
    expect(Object.keys(a.json).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    expect(a.json.token_type).toBe('bearer');
    expect(a.json.expires_in).toBe(86399);
    expect(typeof a.json.access_token).toBe('string');
    expect((a.json.access_token as string).length).toBeGreaterThan(40);
    // Tokens are random: a second one differs.
    const b = await postToken(sb, { authorization: basic('audit-id', 's3cr3t:with:colons') });
    expect(b.json.access_token).not.toBe(a.json.access_token);
  });

  test('a wrong secret, a wrong client ID or no credentials give 401 invalid_client', async () => {
    for (const authorization of [
      basic('audit-id', 'wrong'),
      basic('other', 's3cr3t:with:colons'),
      '',
      'Basic !!!',
    ]) {
      const a = await postToken(sb, { authorization });
      expect(a.status).toBe(401);
      expect(a.json).toEqual(INVALID_CLIENT);
    }
  });

  test('a missing or other grant type gives 400 unsupported_grant_type', async () => {
    for (const body of ['', 'grant_type=password&username=a&password=b', 'grant_type=authorization_code']) {
      const a = await postToken(sb, { authorization: basic('audit-id', 's3cr3t:with:colons'), body });
      expect(a.status).toBe(400);
      expect(a.json.error).toBe('unsupported_grant_type');
      expect(typeof a.json.error_description).toBe('string');
    }
  });

  test('a JSON body is refused', async () => {
    const a = await postToken(sb, {
      authorization: basic('audit-id', 's3cr3t:with:colons'),
      contentType: 'application/json',
      body: '{"grant_type":"client_credentials"}',
    });
    expect(a.status).toBe(400);
    expect(a.json.error).toBe('invalid_request');
  });
});

describe('bearer authentication on API calls', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ tokenTtlSeconds: 0.15 });
  });
  afterAll(() => sb.close());

  test('missing, unknown and malformed tokens give 401 bad.credentials', async () => {
    for (const bearer of [undefined, 'not-a-token']) {
      const a = await get<Record<string, unknown>>(sb, '/api/v2/oauth/clients', bearer);
      expect(a.status).toBe(401);
      expect(a.json).toEqual({
        message: 'Invalid login credentials.',
        code: 'bad.credentials',
        status: 401,
        contextId: a.headers['inin-correlation-id'],
        details: [],
        errors: [],
      });
      expect(a.json.contextId).toMatch(UUID);
    }
  });

  test('tokens expire after expires_in; a new token works', async () => {
    const t = await postToken(sb);
    expect(t.json.expires_in).toBe(0.15);
    const bearer = t.json.access_token as string;
    expect((await get(sb, '/api/v2/oauth/scopes', bearer)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    const expired = await get<Record<string, unknown>>(sb, '/api/v2/oauth/scopes', bearer);
    expect(expired.status).toBe(401);
    expect(expired.json.code).toBe('bad.credentials');
    expect((await get(sb, '/api/v2/oauth/scopes', await token(sb))).status).toBe(200);
  });
});

describe('permissions', () => {
  let sb: Sandbox;
  let bearer: string;
  beforeAll(async () => {
    sb = await startSandbox({ permissions: ['oauth:client:view'] });
    bearer = await token(sb);
  });
  afterAll(() => sb.close());

  test('a missing permission gives 403 missing.any.permissions naming it', async () => {
    for (const [path, permission] of [
      ['/api/v2/authorization/roles', 'authorization:role:view'],
      [`/api/v2/authorization/roles/${sb.org.roles[0]!.id}`, 'authorization:role:view'],
    ]) {
      const a = await get<Record<string, unknown>>(sb, path!, bearer);
      expect(a.status).toBe(403);
      expect(a.json).toEqual({
        message: `Unable to perform the requested action. You must have at least one of the following permissions assigned: [${permission}]`,
        code: 'missing.any.permissions',
        status: 403,
        contextId: a.headers['inin-correlation-id'],
        details: [],
        errors: [],
      });
    }
  });

  test('granted permissions and permission-free endpoints work', async () => {
    expect((await get(sb, '/api/v2/oauth/clients', bearer)).status).toBe(200);
    expect((await get(sb, `/api/v2/oauth/clients/${sb.org.clients[0]!.id}`, bearer)).status).toBe(200);
    expect((await get(sb, '/api/v2/oauth/scopes', bearer)).status).toBe(200);
    expect((await get(sb, '/api/v2/tokens/me', bearer)).status).toBe(200);
    // As on Genesys: division names, the permission catalogue and users need no permission.
    expect((await get(sb, '/api/v2/authorization/divisions', bearer)).status).toBe(200);
    expect((await get(sb, '/api/v2/authorization/permissions', bearer)).status).toBe(200);
    expect((await get(sb, '/api/v2/users?state=any', bearer)).status).toBe(200);
  });

  test('no permission at all: clients are forbidden too', async () => {
    await withSandbox({ permissions: [] }, async (none) => {
      const a = await get<Record<string, unknown>>(none, '/api/v2/oauth/clients', await token(none));
      expect(a.status).toBe(403);
      expect(a.json.message).toContain('[oauth:client:view]');
    });
  });

  test('wildcard permissions grant what they cover', async () => {
    await withSandbox({ permissions: ['oauth:*:*', 'authorization:role:*'] }, async (wild) => {
      const b = await token(wild);
      expect((await get(wild, '/api/v2/oauth/clients', b)).status).toBe(200);
      expect((await get(wild, '/api/v2/authorization/roles', b)).status).toBe(200);
    });
    await withSandbox({ permissions: ['oauth:*:*', 'authorization:division:*'] }, async (wild) => {
      expect((await get(wild, '/api/v2/authorization/roles', await token(wild))).status).toBe(403);
    });
  });
});

describe('GET /api/v2/tokens/me', () => {
  test('says who the token is', async () => {
    await withSandbox({ clientId: 'me-client' }, async (sb) => {
      const bearer = await token(sb, basic('me-client'));
      const a = await get<Record<string, Record<string, unknown>>>(sb, '/api/v2/tokens/me', bearer);
      expect(a.status).toBe(200);
      expect(a.json.organization).toMatchObject({ id: sb.org.id, name: sb.org.name });
      expect(a.json.OAuthClient).toMatchObject({ id: 'me-client' });
    });
  });
});
