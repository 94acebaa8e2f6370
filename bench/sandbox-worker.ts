/**
 * The benchmark's sandbox, in a thread of its own: the Genesys API is another machine, so the
 * audit under test must not pay for the server's CPU time or garbage in its own thread and heap.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startSandbox } from '../src/sandbox/server.js';

export interface SandboxInfo {
  url: string;
  clientId: string;
  clientSecret: string;
}

const sandbox = await startSandbox({ seed: (workerData as { seed: string }).seed, rateLimit: false });
const port = parentPort!;
const { apiBaseUrl, clientId, clientSecret } = sandbox.source();
port.postMessage({ url: apiBaseUrl, clientId, clientSecret } satisfies SandboxInfo);
port.on('message', (message: string) => {
  if (message === 'requests') port.postMessage(sandbox.requests.length);
  else if (message === 'close') void sandbox.close().then(() => port.close());
});
