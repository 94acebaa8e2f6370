/**
 * Paged listings in the Genesys shape. The clients listing is precomputed as JSON text once per
 * page, so a 50,000-client org is served without re-serialising anything per request.
 */
import type { WireOAuthClient, WirePagedListing } from './wire.js';

export const CLIENTS_PATH = '/api/v2/oauth/clients';

/** Changes listing faults make to one page (the `fields` to any listing; the rest to the clients). */
export interface ListingMods {
  /** The last page's `nextUri` points back to this (already served) page. */
  loopToPage?: number;
  /** The org's first client is served again on the last page. */
  duplicateFirst?: boolean;
  /** Added to `total`. */
  extraTotal?: number;
  /** Top-level fields set to a value, or removed (undefined), in order. */
  fields?: [name: string, value: unknown][];
}

type Meta = Omit<WirePagedListing<unknown>, 'entities'>;

/** Joins precomputed entity JSON texts and the envelope fields into one listing document. */
function listingJson(entities: readonly string[], meta: Meta): Buffer {
  return Buffer.from(`{"entities":[${entities.join(',')}],${JSON.stringify(meta).slice(1)}`);
}

/** Applies the `fields` of a listing fault to a page (undefined: the field is removed). */
export function withFields<T extends object>(page: T, mods: ListingMods | undefined): T {
  if (!mods?.fields) return page;
  const out = { ...page } as Record<string, unknown>;
  for (const [name, value] of mods.fields) {
    if (value === undefined) delete out[name];
    else out[name] = value;
  }
  return out as T;
}

function withoutUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

export class ClientListing {
  /** JSON of each client as list items show it. */
  private readonly itemJson: string[];
  private readonly byId = new Map<string, Buffer>();
  private readonly cache = new Map<number, Buffer>();

  /**
   * @param pageSize undefined: every client in one page, as Genesys does (query parameters ignored).
   * @param omitGrantTypes list items lack `authorizedGrantType` (before February 2026).
   */
  constructor(
    private readonly clients: readonly WireOAuthClient[],
    private readonly pageSize: number | undefined,
    omitGrantTypes: boolean,
  ) {
    this.itemJson = clients.map((c) => {
      if (!omitGrantTypes) return JSON.stringify(c);
      const { authorizedGrantType: _omitted, ...rest } = c;
      return JSON.stringify(rest);
    });
  }

  get pageCount(): number {
    if (this.pageSize === undefined) return 1;
    return Math.max(1, Math.ceil(this.clients.length / this.pageSize));
  }

  /** The document of one page (1-based). Pages past the end are empty, as Genesys answers. */
  page(pageNumber: number, mods?: ListingMods): Buffer {
    const plain =
      !mods || (mods.loopToPage === undefined && !mods.duplicateFirst && !mods.extraTotal && !mods.fields);
    if (plain) {
      const cached = this.cache.get(pageNumber);
      if (cached) return cached;
    }
    const total = this.clients.length;
    const size = this.pageSize ?? total;
    const pageCount = this.pageCount;
    const single = this.pageSize === undefined;
    const n = single ? 1 : pageNumber;
    const start = (n - 1) * size;
    let entities = this.itemJson.slice(start, start + size);
    const isLast = n === pageCount;
    if (mods?.duplicateFirst && isLast && this.itemJson.length > 0)
      entities = [...entities, this.itemJson[0]!];
    const uri = (p: number) => `${CLIENTS_PATH}?pageNumber=${p}&pageSize=${size}`;
    let nextUri = n < pageCount ? uri(n + 1) : undefined;
    if (mods?.loopToPage !== undefined && isLast) nextUri = uri(mods.loopToPage);
    const meta: Meta = withoutUndefined({
      pageSize: size,
      pageNumber: n,
      total: total + (mods?.extraTotal ?? 0),
      pageCount,
      firstUri: uri(1),
      nextUri,
      previousUri: n > 1 && n <= pageCount + 1 ? uri(n - 1) : undefined,
      lastUri: uri(pageCount),
      selfUri: single ? CLIENTS_PATH : uri(n),
    });
    let doc: Buffer;
    if (mods?.fields?.some(([name]) => name === 'entities')) {
      // The entities themselves are replaced: nothing precomputed is of use.
      const all = { entities: entities.map((e) => JSON.parse(e) as unknown), ...meta };
      doc = Buffer.from(JSON.stringify(withFields(all, mods)));
    } else {
      doc = listingJson(entities, withFields(meta, mods));
    }
    if (plain) this.cache.set(pageNumber, doc);
    return doc;
  }

  /** `GET /api/v2/oauth/clients/{id}`: the full record (grant type included), or undefined. */
  one(id: string): Buffer | undefined {
    let doc = this.byId.get(id);
    if (doc) return doc;
    const c = this.clients.find((x) => x.id === id);
    if (!c) return undefined;
    doc = Buffer.from(JSON.stringify(c));
    this.byId.set(id, doc);
    return doc;
  }
}

/** Parses `pageNumber` / `pageSize` the way the roles and divisions listings accept them. */
export function pagingParams(
  query: URLSearchParams,
  defaults: { pageSize: number; maxPageSize: number },
): { pageNumber: number; pageSize: number } | { error: string } {
  const read = (name: string, fallback: number): number | string => {
    const v = query.get(name);
    if (v === null || v === '') return fallback;
    if (!/^\d+$/.test(v) || Number(v) < 1) return `${name} must be a positive integer, got "${v}"`;
    return Number(v);
  };
  const pageNumber = read('pageNumber', 1);
  if (typeof pageNumber === 'string') return { error: pageNumber };
  const pageSize = read('pageSize', defaults.pageSize);
  if (typeof pageSize === 'string') return { error: pageSize };
  return { pageNumber, pageSize: Math.min(pageSize, defaults.maxPageSize) };
}

/** A generic paged listing of in-memory entities; other query parameters are kept in the URIs. */
export function pagedListing<T>(
  path: string,
  all: readonly T[],
  pageNumber: number,
  pageSize: number,
  query: URLSearchParams,
): WirePagedListing<T> {
  const total = all.length;
  const pageCount = Math.ceil(total / pageSize);
  const rest = new URLSearchParams(query);
  rest.delete('pageSize');
  rest.delete('pageNumber');
  const restText = rest.toString();
  const uri = (p: number) => `${path}?pageSize=${pageSize}&pageNumber=${p}${restText ? `&${restText}` : ''}`;
  const start = (pageNumber - 1) * pageSize;
  return withoutUndefined({
    entities: all.slice(start, start + pageSize),
    pageSize,
    pageNumber,
    total,
    pageCount,
    firstUri: uri(1),
    nextUri: pageNumber < pageCount ? uri(pageNumber + 1) : undefined,
    previousUri: pageNumber > 1 && pageNumber <= pageCount + 1 ? uri(pageNumber - 1) : undefined,
    lastUri: uri(Math.max(1, pageCount)),
    selfUri: uri(pageNumber),
  });
}
