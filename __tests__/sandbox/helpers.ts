/** Small HTTP helpers for the sandbox tests: real requests over loopback with undici. */
import { request } from 'undici';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../src/sandbox/server.js';

export interface Answer<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: T;
}

export function basic(id = 'sandbox-client', secret = 'sandbox-secret'): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

async function answer<T>(res: Awaited<ReturnType<typeof request>>): Promise<Answer<T>> {
  const text = await res.body.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // Non-JSON bodies are part of what the tests check.
  }
  return { status: res.statusCode, headers: res.headers, text, json: json as T };
}

export async function postToken(
  sb: Sandbox,
  opts: { authorization?: string; body?: string; contentType?: string } = {},
): Promise<Answer<Record<string, unknown>>> {
  const headers: Record<string, string> = {
    'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
  };
  const authorization = opts.authorization === undefined ? basic() : opts.authorization;
  if (authorization) headers.authorization = authorization;
  const res = await request(`${sb.loginBaseUrl}/oauth/token`, {
    method: 'POST',
    headers,
    body: opts.body ?? 'grant_type=client_credentials',
  });
  return answer(res);
}

export async function token(sb: Sandbox, authorization?: string): Promise<string> {
  const a = await postToken(sb, authorization === undefined ? {} : { authorization });
  if (a.status !== 200) throw new Error(`token: ${a.status} ${a.text}`);
  return a.json.access_token as string;
}

export async function get<T = Record<string, unknown>>(
  sb: Sandbox,
  path: string,
  bearer?: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' = 'GET',
): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const res = await request(`${sb.apiBaseUrl}${path}`, { method, headers });
  return answer<T>(res);
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Starts a sandbox for one test and always closes it, so a failing test cannot keep jest alive. */
export async function withSandbox<T>(options: SandboxOptions, fn: (sb: Sandbox) => Promise<T>): Promise<T> {
  const sb = await startSandbox(options);
  try {
    return await fn(sb);
  } finally {
    await sb.close();
  }
}
