/**
 * A TCP server that answers each request with bytes of the test's choosing: HTTP broken on
 * purpose (a bad status line, a NUL in a header, a bad chunk size, a body sent a byte at a time).
 */
import { createServer, type AddressInfo, type Socket } from 'node:net';

export interface RawServer {
  url: string;
  /** Requests answered so far. */
  requests: () => number;
  close(): Promise<void>;
}

const JSON_HEAD = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n';

/** Answers that no HTTP/1.1 parser accepts, by name. */
export const BROKEN_ANSWERS: Record<string, string> = {
  'a bad status line': 'HTTX/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}',
  'a NUL in a header': `${JSON_HEAD}X-Trace: a\0b\r\nContent-Length: 2\r\n\r\n{}`,
  'a bad chunk size': `${JSON_HEAD}Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
};

/** Sends `answer` in full and closes. */
export function sendAll(answer: string): (socket: Socket) => void {
  return (socket) => socket.end(answer);
}

/** A chunked body cut off in its first chunk, then the connection closed. */
export const truncatedChunked: (socket: Socket) => void = (socket) =>
  socket.end(`${JSON_HEAD}Transfer-Encoding: chunked\r\n\r\n100\r\n{"entities": [`);

/** Headers at once, then the body one byte every `everyMs`: each gap is short, the whole endless. */
export function drip(everyMs: number): (socket: Socket) => void {
  return (socket) => {
    socket.write(`${JSON_HEAD}Content-Length: 100000\r\n\r\n`);
    const timer = setInterval(() => socket.write(' '), everyMs);
    socket.on('close', () => clearInterval(timer));
  };
}

export async function startRawServer(answer: (socket: Socket) => void): Promise<RawServer> {
  let requests = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let head = '';
    const onData = (chunk: Buffer): void => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      requests++;
      answer(socket);
    };
    socket.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
