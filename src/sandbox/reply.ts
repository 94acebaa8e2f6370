/** A response before it is written, so faults can delay, stall or cut it on the way out. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const JSON_TYPE = 'application/json';

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return rawJsonReply(status, Buffer.from(JSON.stringify(value)), headers);
}

/** For bodies whose JSON text is precomputed (the clients listing). */
export function rawJsonReply(status: number, body: Buffer, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body };
}

/** What a load balancer in front of the API answers when the service behind it is broken. */
export function htmlReply(status: number): Reply {
  const title = status === 200 ? 'Service Notice' : `${status} Bad Gateway`;
  const html =
    `<!DOCTYPE html>\n<html><head><title>${title}</title></head>` +
    `<body><center><h1>${title}</h1></center><hr><center>gateway</center></body></html>\n`;
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: Buffer.from(html) };
}
