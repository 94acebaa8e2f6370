#!/usr/bin/env node
/** Entry point of the `genesys-oauth-audit` command. */
import { fail, main, type Io } from './cli.js';

const io: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  columns: process.stdout.columns,
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = fail(e, io, false);
  },
);
