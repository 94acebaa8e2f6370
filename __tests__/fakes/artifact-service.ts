/**
 * A local stand-in for the GitHub Actions results service and its blob storage, speaking the
 * protocol `@actions/artifact` uses (twirp JSON + Azure block-blob uploads), so that tests can prove
 * an artifact really arrives: its bytes, size, hash and the files inside the zip.
 */
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as zlib from 'node:zlib';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const BLOB_PREFIX = '/devstoreaccount1/artifacts/';

export interface StoredArtifact {
  id: number;
  name: string;
  zip: Buffer;
  size: number;
  /** `sha256:<hex>` as the client reported it (and as checked). */
  hash: string;
  /** Files inside the zip, by path. */
  files: Map<string, Buffer>;
  /** From CreateArtifact's `expires_at`, when the upload set a retention. */
  expiresAt?: string;
  /** Whole days from creation to `expiresAt`, rounded. */
  retentionDays?: number;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  /** The body when it is JSON or XML (twirp calls, block lists); blocks are only sized. */
  body?: string;
  size: number;
}

export interface FakeArtifactServiceOptions {
  /** Answer CreateArtifact with this status (a JSON twirp error). 4xx are not retried by the client. */
  failCreate?: number;
  /** Answer FinalizeArtifact with this status. */
  failFinalize?: number;
}

export interface FakeArtifactService {
  /** Base URL with a trailing slash, as `ACTIONS_RESULTS_URL` is given. */
  url: string;
  close(): Promise<void>;
  artifacts: Map<string, StoredArtifact>;
  requests: RecordedRequest[];
}

interface PendingArtifact {
  name: string;
  expiresAt?: string;
  createdAt: number;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
}

interface Blob {
  blocks: Map<string, Buffer>;
  content?: Buffer;
}

/** The runtime environment a runner gives a step, pointed at the fake. */
export function runtimeEnv(
  fake: FakeArtifactService,
  runId = 'run-1',
  jobId = 'job-1',
): Record<string, string> {
  const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  return {
    ACTIONS_RUNTIME_TOKEN: `${b64({ alg: 'none' })}.${b64({ scp: `Actions.Results:${runId}:${jobId}` })}.x`,
    ACTIONS_RESULTS_URL: fake.url,
  };
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function twirpError(res: http.ServerResponse, status: number, msg: string): void {
  json(res, status, { code: status >= 500 ? 'internal' : 'invalid_argument', msg });
}

function blobCreated(res: http.ServerResponse): void {
  res.writeHead(201, {
    'x-ms-request-id': createHash('sha1').update(String(Math.random())).digest('hex'),
    'x-ms-version': '2025-01-05',
    'x-ms-request-server-encrypted': 'true',
    etag: '"0x8D0000000000000"',
    'last-modified': new Date().toUTCString(),
    date: new Date().toUTCString(),
    'content-length': '0',
  });
  res.end();
}

/** Block IDs of a `<BlockList>` in document order (Latest, Committed or Uncommitted). */
function blockIds(xml: string): string[] {
  return [...xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map((m) => m[2]!);
}

export async function startFakeArtifactService(
  options: FakeArtifactServiceOptions = {},
): Promise<FakeArtifactService> {
  const artifacts = new Map<string, StoredArtifact>();
  const requests: RecordedRequest[] = [];
  const pending = new Map<string, PendingArtifact>();
  const blobs = new Map<string, Blob>();
  let nextId = 1;
  let base = '';

  const server = http.createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', base);
      const textual = url.pathname.startsWith(TWIRP_PREFIX) || url.searchParams.get('comp') === 'blocklist';
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: textual ? body.toString('utf8') : undefined,
        size: body.length,
      });

      if (req.method === 'POST' && url.pathname.startsWith(TWIRP_PREFIX)) {
        const method = url.pathname.slice(TWIRP_PREFIX.length);
        let payload: Record<string, unknown>;
        try {
          payload = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        } catch {
          return twirpError(res, 400, 'body is not JSON');
        }
        if (method === 'CreateArtifact') return createArtifact(payload, res);
        if (method === 'FinalizeArtifact') return finalizeArtifact(payload, res);
        return json(res, 404, { code: 'bad_route', msg: `no handler for ${method}` });
      }
      if (req.method === 'PUT' && url.pathname.startsWith(BLOB_PREFIX)) {
        return putBlob(url, body, res);
      }
      json(res, 404, { code: 'not_found', msg: `${req.method} ${url.pathname}` });
    })().catch((error: unknown) => {
      if (!res.headersSent) twirpError(res, 400, String(error));
      else res.destroy();
    });
  });

  function createArtifact(p: Record<string, unknown>, res: http.ServerResponse): void {
    if (options.failCreate) return twirpError(res, options.failCreate, 'artifact storage unavailable');
    const name = p['name'];
    if (typeof name !== 'string' || name === '') return twirpError(res, 400, 'name is required');
    if (p['version'] !== 7) return twirpError(res, 400, `unsupported version ${String(p['version'])}`);
    if (
      typeof p['workflow_run_backend_id'] !== 'string' ||
      typeof p['workflow_job_run_backend_id'] !== 'string'
    ) {
      return twirpError(res, 400, 'backend IDs are required');
    }
    if (artifacts.has(name)) return twirpError(res, 409, `an artifact named ${name} already exists`);
    pending.set(name, {
      name,
      expiresAt: typeof p['expires_at'] === 'string' ? p['expires_at'] : undefined,
      createdAt: Date.now(),
      workflowRunBackendId: p['workflow_run_backend_id'],
      workflowJobRunBackendId: p['workflow_job_run_backend_id'],
    });
    blobs.set(`${BLOB_PREFIX}${name}.zip`, { blocks: new Map() });
    const signed = `${base}${BLOB_PREFIX.slice(1)}${encodeURIComponent(name)}.zip?sig=x`;
    json(res, 200, { ok: true, signed_upload_url: signed });
  }

  function putBlob(url: URL, body: Buffer, res: http.ServerResponse): void {
    const blob = blobs.get(decodeURIComponent(url.pathname));
    if (!blob) return json(res, 404, { code: 'BlobNotFound' });
    if (url.searchParams.get('sig') !== 'x') return json(res, 403, { code: 'AuthenticationFailed' });
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      const id = url.searchParams.get('blockid');
      if (!id) return json(res, 400, { code: 'InvalidQueryParameterValue' });
      blob.blocks.set(id, body);
      return blobCreated(res);
    }
    if (comp === 'blocklist') {
      const parts: Buffer[] = [];
      for (const id of blockIds(body.toString('utf8'))) {
        const block = blob.blocks.get(id);
        if (!block) return json(res, 400, { code: 'InvalidBlockList', id });
        parts.push(block);
      }
      blob.content = Buffer.concat(parts);
      return blobCreated(res);
    }
    if (comp === null) {
      blob.content = body;
      return blobCreated(res);
    }
    json(res, 400, { code: 'UnsupportedQueryParameter', comp });
  }

  function finalizeArtifact(p: Record<string, unknown>, res: http.ServerResponse): void {
    if (options.failFinalize) return twirpError(res, options.failFinalize, 'finalize failed');
    const name = String(p['name'] ?? '');
    const created = pending.get(name);
    const blob = blobs.get(`${BLOB_PREFIX}${name}.zip`);
    if (!created || !blob?.content) return twirpError(res, 400, `artifact ${name} was not uploaded`);
    const zip = blob.content;
    const hash = `sha256:${createHash('sha256').update(zip).digest('hex')}`;
    if (typeof p['size'] !== 'string' || p['size'] !== String(zip.length)) {
      return twirpError(res, 400, `size ${String(p['size'])} does not match ${zip.length} bytes received`);
    }
    if (p['hash'] !== hash) return twirpError(res, 400, `hash ${String(p['hash'])} does not match ${hash}`);
    let files: Map<string, Buffer>;
    try {
      files = readZip(zip);
    } catch (error) {
      return twirpError(res, 400, `not a valid zip: ${String(error)}`);
    }
    const id = nextId++;
    const expiresMs = created.expiresAt ? Date.parse(created.expiresAt) : NaN;
    artifacts.set(name, {
      id,
      name,
      zip,
      size: zip.length,
      hash,
      files,
      expiresAt: created.expiresAt,
      retentionDays: Number.isNaN(expiresMs)
        ? undefined
        : Math.round((expiresMs - created.createdAt) / 86_400_000),
      workflowRunBackendId: created.workflowRunBackendId,
      workflowJobRunBackendId: created.workflowJobRunBackendId,
    });
    pending.delete(name);
    json(res, 200, { ok: true, artifact_id: String(id) });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url: base,
    artifacts,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/**
 * Reads a zip through its central directory (sizes there are final even when the archive was
 * streamed with data descriptors). Stored and deflated entries; CRCs are checked.
 */
export function readZip(zip: Buffer): Map<string, Buffer> {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory record');
  const entries = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry ${n}`);
    const method = zip.readUInt16LE(offset + 10);
    const crc = zip.readUInt32LE(offset + 16);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      throw new Error(`${name}: zip64 entries are not supported`);
    }
    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`${name}: bad local header`);
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = zlib.inflateRawSync(raw);
    else throw new Error(`${name}: compression method ${method} is not supported`);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, expected ${size}`);
    if (zlib.crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    if (name.endsWith('/')) continue; // a directory entry
    files.set(name, data);
  }
  return files;
}
