/**
 * The benchmark's sandbox, in a thread of its own: the Genesys API is another machine, so the
 * audit under test must not pay for the server's CPU time or garbage in its own thread and heap.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startSandbox } from '../src/sandbox/server.js';

const sandbox = await startSandbox({ seed: (workerData as { seed: string }).seed, rateLimit: false });
const port = parentPort!;
// The settings that point an audit at it: plain data, copied to the benchmark's thread.
port.postMessage(sandbox.source());
port.on('message', (message: string) => {
  if (message === 'requests') port.postMessage(sandbox.requests.length);
  else if (message === 'close') void sandbox.close().then(() => port.close());
});
