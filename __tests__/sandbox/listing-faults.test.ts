import { describe, expect, test } from '@jest/globals';
import { parseFaultSpec } from '../../src/sandbox/server.js';
import type { WireOAuthClient, WirePagedListing } from '../../src/sandbox/wire.js';
import { get, token, withSandbox } from './helpers.js';

type ClientPage = WirePagedListing<WireOAuthClient>;

describe('faults that break a listing', () => {
  test('paging loop: the last nextUri points to an already-served page', async () => {
    await withSandbox(
      { seed: 'synthetic:30', pageSize: 10, faults: [{ endpoint: 'clients', kind: 'paging-loop' }] },
      async (sb) => {
        const bearer = await token(sb);
        const pagesSeen: number[] = [];
        let next: string | undefined = '/api/v2/oauth/clients';
        for (let i = 0; i < 4 && next; i++) {
          const a: Awaited<ReturnType<typeof get<ClientPage>>> = await get<ClientPage>(sb, next, bearer);
          pagesSeen.push(a.json.pageNumber);
          next = a.json.nextUri;
        }
        // Page 3 (the last) sends the client back to page 1.
        expect(pagesSeen).toEqual([1, 2, 3, 1]);
      },
    );
  });

  test('paging loop on a single-page listing points back at itself', async () => {
    await withSandbox({ faults: [parseFaultSpec('clients:paging-loop')] }, async (sb) => {
      const a = await get<ClientPage>(sb, '/api/v2/oauth/clients', await token(sb));
      expect(a.json.nextUri).toBe(`/api/v2/oauth/clients?pageNumber=1&pageSize=${sb.org.clients.length}`);
    });
  });

  test('duplicate client IDs across pages', async () => {
    await withSandbox(
      { seed: 'synthetic:30', pageSize: 10, faults: [parseFaultSpec('clients:duplicate-ids')] },
      async (sb) => {
        const bearer = await token(sb);
        const ids: string[] = [];
        for (let p = 1; p <= 3; p++) {
          const a = await get<ClientPage>(sb, `/api/v2/oauth/clients?pageNumber=${p}`, bearer);
          ids.push(...a.json.entities.map((c) => c.id));
        }
        expect(ids).toHaveLength(31);
        expect(new Set(ids).size).toBe(30);
        expect(ids[30]).toBe(ids[0]);
      },
    );
  });

  test('total larger than the entities returned', async () => {
    await withSandbox({ faults: [parseFaultSpec('clients:total-mismatch:extra=3')] }, async (sb) => {
      const a = await get<ClientPage>(sb, '/api/v2/oauth/clients', await token(sb));
      expect(a.json.total).toBe(sb.org.clients.length + 3);
      expect(a.json.entities).toHaveLength(sb.org.clients.length);
    });
  });

  test('field: removes or sets one field of the page picked by nth, on any listing', async () => {
    await withSandbox(
      {
        seed: 'synthetic:30',
        pageSize: 10,
        faults: [
          parseFaultSpec('clients:field:name=nextUri:nth=1:times=1'),
          parseFaultSpec('clients:field:name=total:value="30":nth=2:times=1'),
          parseFaultSpec('clients:field:name=entities:value={"id":"x"}:nth=3:times=1'),
        ],
      },
      async (sb) => {
        const bearer = await token(sb);
        const pages = [];
        for (let p = 1; p <= 4; p++) {
          pages.push(
            (await get<Record<string, unknown>>(sb, `/api/v2/oauth/clients?pageNumber=${p}`, bearer)).json,
          );
        }
        expect(pages[0]).not.toHaveProperty('nextUri');
        expect(pages[0]).toMatchObject({ pageNumber: 1, pageCount: 3, total: 30 });
        expect(pages[0]!.entities).toHaveLength(10);
        expect(pages[1]).toMatchObject({
          total: '30',
          nextUri: '/api/v2/oauth/clients?pageNumber=3&pageSize=10',
        });
        expect(pages[2]!.entities).toEqual({ id: 'x' });
        expect(pages[2]).toMatchObject({ pageNumber: 3, total: 30 });
        // The fourth request is past the last page and past every fault: plain.
        expect(pages[3]).toMatchObject({ entities: [], pageNumber: 4, total: 30 });
      },
    );
    await withSandbox(
      {
        seed: 'synthetic:5:30',
        faults: [
          parseFaultSpec('roles:field:name=pageCount:value=2.5'),
          parseFaultSpec('divisions:field:name=nextUri:value=7'),
          parseFaultSpec('scopes:field:name=total'),
        ],
      },
      async (sb) => {
        const bearer = await token(sb);
        const roles = await get<Record<string, unknown>>(
          sb,
          '/api/v2/authorization/roles?pageSize=10',
          bearer,
        );
        expect(roles.json).toMatchObject({ pageCount: 2.5, total: 30 });
        const divisions = await get<Record<string, unknown>>(sb, '/api/v2/authorization/divisions', bearer);
        expect(divisions.json.nextUri).toBe(7);
        const scopes = await get<Record<string, unknown>>(sb, '/api/v2/oauth/scopes', bearer);
        expect(scopes.json).not.toHaveProperty('total');
        expect(scopes.json.entities).toHaveLength(sb.org.scopes.length);
      },
    );
  });
});
