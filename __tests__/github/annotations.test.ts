import { afterEach, beforeEach, expect, jest, test } from '@jest/globals';
import { parseCommands } from '../e2e/runner.js';
import { emitAnnotations, emitPolicyErrors } from '../../src/github/annotations.js';
import { log } from '../../src/github/logger.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { liveLinks, linkingReport } from '../report/github-links.js';
import { LINKING_NAMES } from '../report/hostile.js';

let stdout: string;

beforeEach(() => {
  stdout = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
});

test('each planned annotation becomes one workflow command at its position', () => {
  emitAnnotations([
    {
      level: 'error',
      message: 'scope-forbidden (3 clients): webchat-prod, webchat-dev, …',
      title: 'web-messaging: scope-forbidden',
      file: 'policies/oauth-policy.yml',
      line: 21,
      col: 5,
    },
    {
      level: 'warning',
      message: 'unused exemption',
      title: 'unused-exemption',
      file: 'policies/p.yml',
      line: 40,
    },
    { level: 'notice', message: 'inactive clients: 2', file: 'policies/p.yml', line: 1 },
  ]);
  expect(stdout.split('\n')).toEqual([
    '::error title=web-messaging%3A scope-forbidden,file=policies/oauth-policy.yml,line=21,col=5::scope-forbidden (3 clients): webchat-prod, webchat-dev, …',
    '::warning title=unused-exemption,file=policies/p.yml,line=40::unused exemption',
    '::notice file=policies/p.yml,line=1::inactive clients: 2',
    '',
  ]);
});

test('policy errors and warnings are annotated at file:line:col', () => {
  emitPolicyErrors([
    { level: 'error', message: 'unknown key "scope"', file: 'policies/oauth-policy.yml', line: 12, col: 7 },
    {
      level: 'warning',
      message: 'no known scope matches "convo"',
      file: 'policies/oauth-policy.yml',
      line: 14,
      col: 9,
    },
  ]);
  expect(parseCommands(stdout)).toEqual([
    {
      command: 'error',
      properties: { title: 'Invalid OAuth policy', file: 'policies/oauth-policy.yml', line: '12', col: '7' },
      message: 'unknown key "scope"',
    },
    {
      command: 'warning',
      properties: { title: 'OAuth policy warning', file: 'policies/oauth-policy.yml', line: '14', col: '9' },
      message: 'no known scope matches "convo"',
    },
  ]);
});

test('data from the org cannot start a new workflow command', () => {
  const evil = 'x\n::error::pwned\r\n::add-mask::%0A';
  emitAnnotations([
    {
      level: 'warning',
      message: `client ${evil}`,
      title: `rule ${evil}`,
      file: `p.yml\n::error::f,x=1`,
      line: 3,
    },
  ]);
  const lines = stdout.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith('::warning ')).toBe(true);
  expect(stdout).not.toMatch(/^::error/m);
  expect(stdout).not.toMatch(/^::add-mask/m);
  // The runner decodes it back to the text, within the one annotation: a line the data started is
  // indented, and a command in it is broken by a zero-width space.
  const shown = 'x\n  :\u200B:error::pwned\n  :\u200B:add-mask::%0A';
  const [command] = parseCommands(stdout);
  expect(command).toEqual({
    command: 'warning',
    properties: { title: `rule ${shown}`, file: `p.yml\n::error::f,x=1`, line: '3' },
    message: `client ${shown}`,
  });
});

test('no annotation, failure or warning mentions anyone or links anywhere, whoever wrote its text', () => {
  const exitCode = process.exitCode;
  try {
    for (const text of LINKING_NAMES) {
      emitAnnotations([
        { level: 'error', message: `client ${text}`, title: `rule ${text}`, file: 'p.yml', line: 1 },
      ]);
      emitPolicyErrors([
        { level: 'error', message: `unknown key "${text}"`, file: 'p.yml', line: 2, col: 3 },
      ]);
      log.warning(`API said: ${text}`);
      log.setFailed(`Audit failed on client "${text}"\nand more`);
    }
  } finally {
    process.exitCode = exitCode;
  }
  const commands = parseCommands(stdout);
  expect(commands).toHaveLength(LINKING_NAMES.length * 4);
  expect(commands.some((c) => c.message.includes('octocat'))).toBe(true);
  for (const c of commands) {
    expect(liveLinks(c.message, { plainText: true })).toEqual([]);
    expect(liveLinks(c.properties.title ?? '', { plainText: true })).toEqual([]);
  }
});

test('planned annotations keep their text readable: made inert once, never shown as U+FFFD', () => {
  emitAnnotations(planAnnotations(linkingReport(), 'policies/oauth-policy.yml', { maxPerLevel: 50 }));
  const commands = parseCommands(stdout);
  expect(commands.length).toBeGreaterThan(0);
  expect(commands.some((c) => c.message.includes('@\u2060'))).toBe(true);
  for (const c of commands) {
    expect(c.message).not.toContain('\uFFFD');
    expect(c.properties.title ?? '').not.toContain('\uFFFD');
    expect(liveLinks(c.message, { plainText: true })).toEqual([]);
  }
});
