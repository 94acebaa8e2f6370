/**
 * The benchmark's sandbox, in a thread of its own: the Genesys API is another machine, and the
 * benchmark's own work between runs must never delay an answer. It accepts the sandbox's default
 * credentials (`sandbox-client` / `sandbox-secret`), which the floor script assumes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startSandbox } from '../src/sandbox/server.js';

const sandbox = await startSandbox({ seed: (workerData as { seed: string }).seed, rateLimit: false });
const port = parentPort!;
port.postMessage(sandbox.url);
port.on('message', (message: string) => {
  if (message === 'requests') port.postMessage(sandbox.requests.length);
  else if (message === 'close') void sandbox.close().then(() => port.close());
});
