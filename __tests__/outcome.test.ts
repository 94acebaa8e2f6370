import { describe, expect, test } from '@jest/globals';
import { PolicyError, UserError } from '../src/errors.js';
import { classifyError, EXIT_CODES, verdictMessage, type VerdictReport } from '../src/outcome.js';
import type { Severity } from '../src/types.js';

const finding = (severity: Severity, rule: string, exempted = false) => ({
  severity,
  check: 'scope-forbidden',
  rule,
  subject: 'admin',
  exempted,
});

function report(overrides: Partial<VerdictReport>): VerdictReport {
  return {
    result: 'fail',
    failOn: 'high',
    summary: { clients: 2, clientsFailing: 1, findings: 3, violations: 2, exempted: 1 },
    clients: [],
    policyFindings: [],
    ...overrides,
  };
}

describe('verdictMessage', () => {
  test('names the first non-exempted finding of the highest severity, with its client', () => {
    const message = verdictMessage(
      report({
        clients: [
          {
            id: 'id-1',
            name: 'One',
            findings: [finding('critical', 'exempted-rule', true), finding('high', 'first-high')],
          },
          { id: 'id-2', name: '', findings: [finding('critical', 'worst'), finding('critical', 'later')] },
        ],
        policyFindings: [finding('critical', 'policy-level')],
        summary: { clients: 2, clientsFailing: 2, findings: 5, violations: 4, exempted: 1 },
      }),
    );
    expect(message).toBe(
      'Audit failed: 4 violations at or above high on 2 of 2 clients and 1 in the policy. Worst: critical scope-forbidden on client "id-2" (admin), rule worst.',
    );
  });

  test('counts the clients failing of the clients audited, and violations of the policy apart', () => {
    const message = verdictMessage(
      report({
        summary: { clients: 38, clientsFailing: 19, findings: 40, violations: 26, exempted: 0 },
        policyFindings: [
          finding('high', 'expired'),
          finding('low', 'unused'),
          finding('critical', 'x', true),
        ],
      }),
    );
    expect(message).toMatch(
      /^Audit failed: 26 violations at or above high on 19 of 38 clients and 1 in the policy\. /u,
    );
    const one = verdictMessage(
      report({ summary: { clients: 1, clientsFailing: 1, findings: 1, violations: 1, exempted: 0 } }),
    );
    expect(one).toBe('Audit failed: 1 violation at or above high on 1 of 1 client.');
  });

  test('a finding not tied to a client names no client', () => {
    const message = verdictMessage(report({ policyFindings: [finding('low', 'unused-exemption')] }));
    expect(message).toContain('Worst: low scope-forbidden (admin), rule unused-exemption.');
  });

  test('a pass counts the findings and names the gate', () => {
    expect(verdictMessage(report({ result: 'pass', failOn: 'never' }))).toBe(
      'Audit passed: 2 clients, 3 findings (fail-on: never), 1 exempted.',
    );
  });
});

test('a mistake in an input is invalid-input, one in the policy invalid-policy: both exit 2', () => {
  const input = classifyError(new UserError('Input "fail-on" must be one of …'));
  expect(input).toEqual({ outcome: 'invalid-input', message: 'Input "fail-on" must be one of …' });
  const policy = classifyError(
    new PolicyError([{ level: 'error', message: 'unknown key', file: 'p.yml', line: 1, col: 1 }]),
  );
  expect(policy.outcome).toBe('invalid-policy');
  expect(EXIT_CODES['invalid-input']).toBe(2);
  expect(EXIT_CODES['invalid-policy']).toBe(2);
});
