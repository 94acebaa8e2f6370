import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { parseOutputs } from '../e2e/runner.js';
import { setOutputs } from '../../src/github/outputs.js';

const saved = process.env['GITHUB_OUTPUT'];
let file: string;

beforeEach(() => {
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'outputs-')), 'set_output');
  fs.writeFileSync(file, '');
  process.env['GITHUB_OUTPUT'] = file;
});
afterEach(() => {
  if (saved === undefined) delete process.env['GITHUB_OUTPUT'];
  else process.env['GITHUB_OUTPUT'] = saved;
});

const NAMES = [
  'result',
  'clients',
  'findings',
  'violations',
  'exempted',
  'new-violations',
  'resolved',
  'report-json',
  'report-csv',
  'report-sarif',
  'artifact-id',
  'artifact-url',
];

test('every output is written to the outputs file', () => {
  setOutputs({
    result: 'fail',
    clients: 42,
    findings: 7,
    violations: 3,
    exempted: 0,
    newViolations: 2,
    resolved: 0,
    reportJson: '/ws/oauth-audit-report/oauth-audit.json',
    reportCsv: '/ws/oauth-audit-report/oauth-audit.csv',
    artifactId: 1,
    artifactUrl: 'https://github.com/o/r/actions/runs/1/artifacts/1',
  });
  const outputs = parseOutputs(fs.readFileSync(file, 'utf8'));
  expect(Object.keys(outputs)).toEqual(NAMES);
  expect(outputs).toEqual({
    result: 'fail',
    clients: '42',
    findings: '7',
    violations: '3',
    exempted: '0',
    'new-violations': '2',
    resolved: '0',
    'report-json': '/ws/oauth-audit-report/oauth-audit.json',
    'report-csv': '/ws/oauth-audit-report/oauth-audit.csv',
    'report-sarif': '',
    'artifact-id': '1',
    'artifact-url': 'https://github.com/o/r/actions/runs/1/artifacts/1',
  });
});

test('an invalid policy still sets every output, empty where not applicable', () => {
  setOutputs({ result: 'invalid-policy' });
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toMatch(/^result<<ghadelimiter_[0-9a-f-]+\ninvalid-policy\nghadelimiter_/);
  const outputs = parseOutputs(text);
  expect(outputs).toEqual(Object.fromEntries(NAMES.map((n) => [n, n === 'result' ? 'invalid-policy' : ''])));
});

test('parseOutputs reads multi-line heredocs and legacy lines', () => {
  expect(parseOutputs('a<<EOF\nline 1\nline 2\nEOF\nb=plain\nc<<X\n\nX\n')).toEqual({
    a: 'line 1\nline 2',
    b: 'plain',
    c: '',
  });
  expect(() => parseOutputs('a<<EOF\nnever closed\n')).toThrow('Unterminated');
});
