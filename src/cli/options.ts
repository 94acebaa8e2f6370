/** The commands, their options and the help generated from them. */
import type { ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.js';
import { nearest } from '../policy/suggest.js';
import { FAULT_ENDPOINTS } from '../sandbox/faults.js';
import { DEFAULT_POLICY, DEFAULT_REPORT_DIR, GATE_VALUES, type Gate } from '../settings.js';
import { FAIL_ON_VALUES, type FailOn } from '../types.js';
import { TOOL_NAME, VERSION } from '../version.js';

/** Option values as `parseArgs` returns them. */
export type OptionValues = Record<string, unknown>;

interface Option {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean;
  /** The value's placeholder in the help: FILE, N. */
  arg?: string;
  /** The values allowed; anything else is refused before the command starts. */
  choices?: readonly string[];
  help: string;
  /** What the help says the default is, when it is not a fixed value. */
  defaultText?: string;
  /** The command cannot run without it: the synopsis shows it without brackets. */
  required?: boolean;
}

export interface Command {
  summary: string;
  /** Positional arguments, as the synopsis shows them. */
  args?: string;
  options: Record<string, Option>;
  /** Environment variables the command reads, with what for. */
  env?: [string, string][];
  /** Lines shown at the end of the help. */
  notes?: string[];
}

export const FORMATS = ['text', 'json', 'markdown'] as const;

const help: Option = { type: 'boolean', short: 'h', help: 'show this help' };
const verbose: Option = {
  type: 'boolean',
  short: 'v',
  help: 'debug lines on stderr (each request, each retry); the stack trace of a bug',
};
const policy: Option = {
  type: 'string',
  arg: 'FILE',
  default: DEFAULT_POLICY,
  help: `the policy file; '${TOOL_NAME} init' writes a starter one`,
};
const format = (what: string): Option => ({
  type: 'string',
  arg: 'FORMAT',
  default: 'text',
  choices: FORMATS,
  help: `how ${what} is printed on stdout`,
});
const failOn = (what: string): Option => ({
  type: 'string',
  arg: 'SEVERITY',
  choices: FAIL_ON_VALUES,
  help: `fail on findings at or above this severity (never: report only)${what}`,
});
const reports = {
  'report-dir': {
    type: 'string',
    arg: 'DIR',
    default: DEFAULT_REPORT_DIR,
    help: 'where oauth-audit.json and oauth-audit.csv are written',
  },
  'no-reports': { type: 'boolean', help: 'write no report files' },
  sarif: { type: 'boolean', help: 'also write oauth-audit.sarif (code scanning)' },
} satisfies Record<string, Option>;
const source = {
  region: {
    type: 'string',
    arg: 'ENV',
    help: 'Genesys Cloud environment: mypurecloud.ie, a region key (eu-west-1) or https://api.<env>',
    defaultText: 'GENESYS_ENVIRONMENT, else mypurecloud.com',
  },
  'api-base-url': { type: 'string', arg: 'URL', help: 'the API base URL, instead of --region' },
  'login-base-url': { type: 'string', arg: 'URL', help: 'the login base URL, with --api-base-url' },
} satisfies Record<string, Option>;
const API_ENV: [string, string][] = [
  ['GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET', 'the audit identity (a Client Credentials client)'],
  ['GENESYS_ENVIRONMENT', 'the default of --region'],
  ['GENESYS_AUDIT_*', 'timeouts, retries and size limits (README: Limits)'],
  ['HTTPS_PROXY, HTTP_PROXY, NO_PROXY', 'the proxy to Genesys Cloud'],
];
const DOT_ENV = 'A .env file in the working folder is read; the environment wins over it.';
const EXIT_CODES_NOTE = 'Exit codes: 0 pass, 1 fail, 2 invalid policy or input, 3 incomplete audit, 4 error.';
const NO_COLOR: [string, string] = ['NO_COLOR', 'no colours in the text table'];
const endpoints = FAULT_ENDPOINTS.filter((e) => e !== '*');
/** Every endpoint and kind a fault takes: an installed command has no source to read them in. */
const FAULT_HELP = [
  `  ENDPOINT  ${endpoints.slice(0, 7).join(', ')},`,
  `            ${endpoints.slice(7).join(', ')} or * (every request)`,
  '  KIND      429 (retry-after=S), a status sequence such as 503,503,500, 401, 403 (permission=P, message=TEXT),',
  '            delay (ms=N), stall (ms=N, after=BYTES), reset, truncate (bytes=N), html (status=200|502),',
  '            error-body (status=N); on a listing: field (name=F, value=JSON);',
  '            on clients: paging-loop (to=N), duplicate-ids, total-mismatch (extra=N);',
  '            on usage-results: query-failed, query-running, query-empty, query-unknown-clients',
  '  OPTIONS   nth=N (first fire on the n-th request), times=N (then stop)',
  '  e.g. --fault clients:429:retry-after=2:times=1 --fault "*:503,503"',
];

export const COMMANDS: Record<string, Command> = {
  init: {
    summary: 'write a starter policy, its schema and the workflow into this folder',
    options: { help, verbose },
    notes: [
      'Writes policies/oauth-policy.yml (a baseline that runs on any org), policies/oauth-policy.schema.json',
      'and .github/workflows/oauth-audit.yml; writes nothing if any of them exists.',
    ],
  },
  audit: {
    summary: 'audit the org against the policy',
    options: {
      policy,
      ...source,
      snapshot: { type: 'string', arg: 'FILE', help: 'audit a snapshot file instead of the API (offline)' },
      'fail-on': failOn(''),
      ...reports,
      format: format('the report'),
      'previous-report': {
        type: 'string',
        arg: 'FILE',
        help: 'an earlier oauth-audit.json: the report says what changed since (new violations, resolved ones, clients added and removed)',
      },
      gate: {
        type: 'string',
        arg: 'GATE',
        default: 'all',
        choices: GATE_VALUES,
        help: 'all: every violation fails; new: only violations the previous report does not have (without one, every violation is judged)',
      },
      help,
      verbose,
    },
    env: [...API_ENV, NO_COLOR],
    notes: [
      DOT_ENV,
      `The default of --fail-on is the policy's settings.fail-on, else high.`,
      EXIT_CODES_NOTE,
    ],
  },
  validate: {
    summary: 'validate the policy file only (offline)',
    options: { policy, format: format('the result'), help, verbose },
    notes: ['Exit codes: 0 valid (warnings are printed), 2 invalid.'],
  },
  snapshot: {
    summary: 'save what the audit fetches to a redacted JSON file, to audit offline later',
    options: {
      out: {
        type: 'string',
        short: 'o',
        arg: 'FILE',
        required: true,
        help: 'the snapshot file to write (required)',
      },
      ...source,
      policy: {
        ...policy,
        help: 'the policy the snapshot will be audited with: usage is read over its unused-client max-idle (90d when the file does not exist)',
      },
      help,
      verbose,
    },
    env: API_ENV,
    notes: [DOT_ENV],
  },
  sandbox: {
    summary: 'start the local Genesys-compatible sandbox server',
    options: {
      seed: {
        type: 'string',
        arg: 'SEED',
        default: 'demo',
        help: 'the org: demo, or synthetic:N[:M] (N clients)',
      },
      port: { type: 'string', arg: 'P', default: '8080', help: 'the loopback port; 0 for a free one' },
      'client-id': {
        type: 'string',
        arg: 'ID',
        default: 'sandbox-client',
        help: 'the one client ID it accepts',
      },
      'client-secret': {
        type: 'string',
        arg: 'S',
        default: 'sandbox-secret',
        help: 'the one secret it accepts',
      },
      'page-size': { type: 'string', arg: 'N', help: 'largest page of a listing', defaultText: 'as Genesys' },
      fault: {
        type: 'string',
        arg: 'SPEC',
        multiple: true,
        help: 'inject a fault (repeatable), see below',
      },
      'no-rate-limit': { type: 'boolean', help: 'no 429 for too many requests' },
      help,
      verbose,
    },
    notes: ['--fault ENDPOINT:KIND[:OPTION=VALUE]...', ...FAULT_HELP],
  },
  demo: {
    summary: 'start the sandbox with the demo org and audit it with the example policy',
    options: {
      policy: {
        type: 'string',
        arg: 'FILE',
        help: 'the policy file',
        defaultText: "the example policy, built in: the repository's policies/oauth-policy.yml",
      },
      'fail-on': failOn(''),
      ...reports,
      format: format('the report'),
      help,
      verbose,
    },
    env: [NO_COLOR],
    notes: ['Exit code 0 whatever the verdict; 2 for an invalid policy or option.'],
  },
  diff: {
    summary: 'compare two JSON reports: new violations, resolved ones, clients added and removed',
    args: 'OLD.json NEW.json',
    options: {
      'fail-on': {
        ...failOn(''),
        // diff fails on new violations, whatever this is: it only says what a violation is.
        help: 'the severity from which a finding is a violation, in both reports (never: none is)',
        defaultText: "NEW's fail-on",
      },
      format: format('the comparison'),
      help,
      verbose,
    },
    notes: ['Exit codes: 0 no new violation, 1 new violations, 2 a report unreadable or invalid, 4 error.'],
  },
  merge: {
    summary: 'combine the JSON reports of several audits (a matrix of orgs) into one verdict',
    args: 'REPORT.json...',
    options: {
      'fail-on': {
        ...failOn("; applied afresh to the findings of all reports: each report's own verdict is ignored"),
        defaultText: 'high',
      },
      expect: {
        type: 'string',
        arg: 'N',
        help: 'how many reports there must be (one per org); fewer is an incomplete merge',
      },
      format: format('the merged verdict'),
      help,
      verbose,
    },
    notes: [
      'Exit codes: 0 pass, 1 fail, 2 invalid input, 3 incomplete (a report missing, unreadable or incomplete), 4 error.',
    ],
  },
};

/** The options as `parseArgs` takes them. */
export function parseConfig(command: Command): ParseArgsConfig['options'] {
  const config: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, o] of Object.entries(command.options)) {
    config[name] = { type: o.type };
    if (o.short) config[name].short = o.short;
    if (o.multiple) config[name].multiple = true;
    if (o.default !== undefined) config[name].default = o.default;
    else if (o.type === 'boolean') config[name].default = false;
  }
  return config;
}

/** Refuses a value outside an option's choices, before the command does anything. */
export function checkChoices(command: Command, values: OptionValues): void {
  for (const [name, o] of Object.entries(command.options)) {
    const value = values[name];
    if (o.choices && value !== undefined && !o.choices.includes(String(value))) {
      throw new UserError(`--${name} must be one of ${o.choices.join(', ')}; got "${String(value)}".`);
    }
  }
}

function flag(name: string, o: Option): string {
  return `${o.short ? `-${o.short}, ` : '    '}--${name}${o.arg ? ` ${o.arg}` : ''}`;
}

export function commandHelp(name: string): string {
  const c = COMMANDS[name]!;
  const synopsis = Object.entries(c.options)
    .filter(([n]) => n !== 'help' && n !== 'verbose')
    .map(([n, o]) => (o.required ? `--${n} ${o.arg}` : `[--${n}${o.arg ? ` ${o.arg}` : ''}]`));
  const width = Math.max(...Object.entries(c.options).map(([n, o]) => flag(n, o).length)) + 2;
  const lines = Object.entries(c.options).map(([n, o]) => {
    const facts = [
      o.choices ? `one of ${o.choices.join(', ')}` : '',
      o.default !== undefined && o.type === 'string' ? `default ${String(o.default)}` : '',
      o.defaultText ? `default ${o.defaultText}` : '',
    ].filter(Boolean);
    return `  ${flag(n, o).padEnd(width)}${o.help}${facts.length ? ` (${facts.join('; ')})` : ''}`;
  });
  const env = c.env?.length
    ? `\nEnvironment:\n${c.env.map(([v, what]) => `  ${v}: ${what}`).join('\n')}\n`
    : '';
  const notes = c.notes?.length ? `\n${c.notes.join('\n')}\n` : '';
  return (
    `Usage: ${[TOOL_NAME, name, ...synopsis, c.args ?? ''].join(' ').trim()}\n\n` +
    `${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.\n\n` +
    `Options:\n${lines.join('\n')}\n${env}${notes}`
  );
}

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `${TOOL_NAME} ${VERSION} — audit the OAuth clients of a Genesys Cloud org against a policy\n\nUsage: ${TOOL_NAME} <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun '${TOOL_NAME} <command> --help' for a command's options, '${TOOL_NAME} init' to start.\n`;
}

/** What to say about an option the command does not take: the nearest one, or the commands that take it. */
export function unknownOption(command: string, option: string): string {
  const name = option.replace(/^-+/, '').split('=')[0]!;
  const own = COMMANDS[command]!.options;
  const close = nearest(name, Object.keys(own));
  if (close) return `Unknown option ${option} for ${command}: did you mean --${close}?`;
  const others = Object.keys(COMMANDS).filter((c) => name in COMMANDS[c]!.options);
  if (others.length)
    return `${command} has no --${name} option (${others.join(', ')} ${others.length === 1 ? 'has' : 'have'} one).`;
  return `Unknown option ${option} for ${command}.`;
}

export function parseFailOn(value: unknown): FailOn | undefined {
  if (value === undefined) return undefined;
  if (!FAIL_ON_VALUES.includes(value as FailOn)) {
    throw new UserError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}; got "${String(value)}".`);
  }
  return value as FailOn;
}

export function parseGate(value: unknown): Gate {
  if (value === undefined) return 'all';
  if (!GATE_VALUES.includes(value as Gate)) {
    throw new UserError(`--gate must be all or new; got "${String(value)}".`);
  }
  return value as Gate;
}
