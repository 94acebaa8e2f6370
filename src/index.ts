/**
 * The action's entry point (action.yml `main: dist/index.js`).
 *
 * The runner starts `node dist/index.js` with V8's default young generation, which lets the audit
 * of a large org peak about 60 MB higher than its live data needs (SPEC §12: under 200 MB at 10,000
 * clients). The size cannot be changed inside a running process, so the entry runs the action once
 * more, as a child with a smaller young generation, and passes its exit code on. The action itself
 * is a separate chunk, so this parent loads next to nothing. `mode: validate` holds no org data and
 * is started most often (every policy pull request): it runs here, without a second Node start-up.
 */
import { spawn } from 'node:child_process';

const YOUNG_GENERATION = '--max-semi-space-size=4';

async function runHere(): Promise<void> {
  const { run } = await import('./main.js');
  await run();
}

const validateOnly = process.env['INPUT_MODE']?.trim() === 'validate';

if (validateOnly || process.execArgv.includes(YOUNG_GENERATION)) {
  await runHere();
} else {
  const child = spawn(process.execPath, [...process.execArgv, YOUNG_GENERATION, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  const started = await new Promise<boolean>((resolve) => {
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
  });
  if (started) {
    process.exitCode = await new Promise<number>((resolve) =>
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))),
    );
  } else {
    // No second process to be had: run the action here, with the default heap.
    await runHere();
  }
}
