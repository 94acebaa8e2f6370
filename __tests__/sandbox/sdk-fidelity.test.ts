/**
 * Drives the sandbox with the official Genesys Cloud JavaScript SDK: if the SDK can log in, list
 * and page through the sandbox and read its errors, the sandbox speaks the API as Genesys does.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createRequire } from 'node:module';
import { type Sandbox, startSandbox } from '../../src/sandbox/server.js';
import { UUID } from './helpers.js';

// The SDK is CommonJS; load it the way Node loads it.
const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any -- the SDK's own typings are not worth importing here */
const platformClient: any = require('purecloud-platform-client-v2');

function sdkClient(sb: Sandbox): any {
  const client = platformClient.ApiClient.instance;
  client.setGateway({
    host: '127.0.0.1',
    protocol: 'http',
    port: sb.port,
    path_params_login: '',
    path_params_api: '',
  });
  return client;
}

describe('official SDK against the sandbox', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ permissions: ['oauth:client:view', 'authorization:role:view'] });
  });
  afterAll(() => sb.close());

  test('loginClientCredentialsGrant, then the audit calls', async () => {
    const client = sdkClient(sb);
    const auth = await client.loginClientCredentialsGrant('sandbox-client', 'sandbox-secret');
    expect(typeof auth.accessToken).toBe('string');
    expect(auth.tokenExpiryTime).toBeGreaterThan(Date.now());

    const oauth = new platformClient.OAuthApi();
    const clients = await oauth.getOauthClients();
    expect(clients.entities).toHaveLength(sb.org.clients.length);
    expect(clients.total).toBe(sb.org.clients.length);
    expect(clients.entities[0].id).toBe(sb.org.clients[0]!.id);

    const scopes = await oauth.getOauthScopes();
    expect(scopes.total).toBe(sb.org.scopes.length);
    expect(scopes.entities[0]).toHaveProperty('description');

    const authorization = new platformClient.AuthorizationApi();
    const ids: string[] = [];
    let pageCount = 1;
    for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
      const page = await authorization.getAuthorizationRoles({ pageSize: 4, pageNumber, userCount: false });
      pageCount = page.pageCount;
      ids.push(...page.entities.map((r: { id: string }) => r.id));
    }
    expect(pageCount).toBe(Math.ceil(sb.org.roles.length / 4));
    expect(ids).toEqual(sb.org.roles.map((r) => r.id));

    // `id` is a multi-valued parameter: the SDK joins the list with commas.
    const wanted = sb.org.roles.slice(0, 2).map((r) => r.id);
    const some = await authorization.getAuthorizationRoles({ id: wanted });
    expect(some.entities.map((r: { id: string }) => r.id)).toEqual(wanted);

    const me = await new platformClient.TokensApi().getTokensMe();
    expect(me.organization.id).toBe(sb.org.id);
  });

  test('UsageApi: postUsageQuery, then getUsageQueryExecutionIdResults', async () => {
    const client = sdkClient(sb);
    await client.loginClientCredentialsGrant('sandbox-client', 'sandbox-secret');
    const usage = new platformClient.UsageApi();
    const end = new Date();
    const start = new Date(end.getTime() - 30 * 86_400_000);
    const started = await usage.postUsageQuery({
      interval: `${start.toISOString()}/${end.toISOString()}`,
      granularity: 'Day',
      metrics: ['Requests'],
      groupBy: ['OAuthClientId'],
    });
    expect(started.executionId).toMatch(UUID);
    expect(started.resultsUri).toBe(`/api/v2/usage/query/${started.executionId}/results`);

    const result = await usage.getUsageQueryExecutionIdResults(started.executionId);
    expect(result.queryStatus).toBe('Complete');
    const ids = new Set(sb.org.clients.map((c) => c.id));
    expect(result.results.length).toBeGreaterThan(0);
    for (const row of result.results) {
      expect(ids.has(row.clientId)).toBe(true);
      expect(row.organizationId).toBe(sb.org.id);
      expect(row.requests).toBe(row.status200);
      expect(Date.parse(row.date)).toBeGreaterThanOrEqual(start.getTime() - 86_400_000);
    }

    // Running first, as a real query is for a while, then complete.
    sb.addFault({ endpoint: 'usage-results', kind: 'query-running', times: 1 });
    expect((await usage.getUsageQueryExecutionIdResults(started.executionId)).queryStatus).toBe('Running');
    expect((await usage.getUsageQueryExecutionIdResults(started.executionId)).queryStatus).toBe('Complete');
    sb.clearFaults();

    let error: any;
    try {
      await usage.getUsageQueryExecutionIdResults('no-such-execution');
    } catch (e) {
      error = e;
    }
    expect(error?.status).toBe(404);
  });

  test('what a role grants, the permission catalogue, divisions and users', async () => {
    const client = sdkClient(sb);
    await client.loginClientCredentialsGrant('sandbox-client', 'sandbox-secret');
    const authorization = new platformClient.AuthorizationApi();
    const seeded = sb.org.roles.find((r) => r.name === 'Reporting Reader')!;
    const role = await authorization.getAuthorizationRole(seeded.id);
    expect(role.id).toBe(seeded.id);
    const grants = role.permissionPolicies.flatMap(
      (p: { domain: string; entityName: string; actionSet: string[] }) =>
        p.actionSet.map((a) => `${p.domain}:${p.entityName}:${a}`),
    );
    expect(grants).toContain('oauth:client:edit');
    // The listing carries the policies too.
    const listed = await authorization.getAuthorizationRoles({ id: [seeded.id], userCount: false });
    expect(listed.entities[0].permissionPolicies).toEqual(role.permissionPolicies);

    const catalogue = await authorization.getAuthorizationPermissions({ pageSize: 100 });
    const oauth = catalogue.entities.find((d: { domain: string }) => d.domain === 'oauth');
    expect(oauth.permissionMap.client.map((a: { action: string }) => a.action)).toContain('edit');

    const divisions = await authorization.getAuthorizationDivisions({ pageSize: 100 });
    expect(divisions.total).toBe(sb.org.divisions.length);

    const ids = sb.org.users.map((u) => u.id);
    const users = await new platformClient.UsersApi().getUsers({ id: ids, state: 'any', pageSize: 100 });
    expect(users.entities.map((u: { id: string; state: string }) => [u.id, u.state])).toEqual(
      sb.org.users.map((u) => [u.id, u.state]),
    );
    const active = await new platformClient.UsersApi().getUsers({ id: ids, pageSize: 100 });
    expect(active.entities.every((u: { state: string }) => u.state === 'active')).toBe(true);
  });

  test('an error surfaces the Genesys code and contextId', async () => {
    const narrow = await startSandbox({ permissions: ['oauth:client:view'] });
    try {
      const client = sdkClient(narrow);
      await client.loginClientCredentialsGrant('sandbox-client', 'sandbox-secret');
      const authorization = new platformClient.AuthorizationApi();
      let error: any;
      try {
        await authorization.getAuthorizationRole(narrow.org.roles[0]!.id);
      } catch (e) {
        error = e;
      }
      expect(error).toBeDefined();
      expect(error.code).toBe('missing.any.permissions');
      expect(error.status).toBe(403);
      expect(error.contextId).toMatch(UUID);
      expect(error.message).toContain('[authorization:role:view]');
    } finally {
      await narrow.close();
    }
  });

  test('a wrong secret fails the login with invalid_client', async () => {
    const client = sdkClient(sb);
    let error: any;
    try {
      await client.loginClientCredentialsGrant('sandbox-client', 'wrong');
    } catch (e) {
      error = e;
    }
    expect(error?.response?.status).toBe(401);
    expect(error.response.data.error).toBe('invalid_client');
  });
});

describe('official SDK with divisions allowed', () => {
  test('getAuthorizationDivisions pages like the roles', async () => {
    const sb = await startSandbox();
    try {
      const client = sdkClient(sb);
      await client.loginClientCredentialsGrant('sandbox-client', 'sandbox-secret');
      const page = await new platformClient.AuthorizationApi().getAuthorizationDivisions({
        pageSize: 2,
        pageNumber: 1,
      });
      expect(page.pageCount).toBe(Math.ceil(sb.org.divisions.length / 2));
      expect(page.entities).toHaveLength(2);
      expect(page.entities[0]).toHaveProperty('homeDivision');
    } finally {
      await sb.close();
    }
  });
});
