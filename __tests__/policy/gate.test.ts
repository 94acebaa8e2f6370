import { describe, expect, test } from '@jest/globals';
import {
  atOrAbove,
  clientResult,
  compareSeverity,
  isViolation,
  resolveFailOn,
  SEVERITY_RANK,
  worstFinding,
} from '../../src/policy/gate.js';
import type { Finding } from '../../src/policy/types.js';
import { SEVERITIES, type FailOn, type Severity } from '../../src/types.js';
import { makePolicy } from '../helpers/policy-builders.js';

const finding = (severity: Severity, exempted = false): Finding => ({
  check: 'scope-forbidden',
  severity,
  rule: 'r',
  subject: 's',
  message: 'm',
  exempted,
  line: 1,
});

describe('severity order', () => {
  test('SEVERITY_RANK follows SEVERITIES, highest first', () => {
    for (let i = 1; i < SEVERITIES.length; i++)
      expect(SEVERITY_RANK[SEVERITIES[i - 1]!]).toBeGreaterThan(SEVERITY_RANK[SEVERITIES[i]!]);
  });

  test('compareSeverity sorts highest first', () => {
    expect(
      ['low', 'critical', 'info', 'high', 'medium'].sort((a, b) =>
        compareSeverity(a as Severity, b as Severity),
      ),
    ).toEqual([...SEVERITIES]);
  });

  test.each<[Severity, FailOn, boolean]>([
    ['critical', 'high', true],
    ['high', 'high', true],
    ['medium', 'high', false],
    ['info', 'info', true],
    ['low', 'medium', false],
    ['critical', 'never', false],
    ['info', 'never', false],
  ])('atOrAbove(%p, %p) = %p', (s, f, expected) => {
    expect(atOrAbove(s, f)).toBe(expected);
  });
});

describe('isViolation and clientResult', () => {
  test('exempted findings never violate', () => {
    expect(isViolation(finding('critical', true), 'info')).toBe(false);
    expect(isViolation(finding('critical'), 'info')).toBe(true);
  });

  test('clientResult', () => {
    expect(clientResult([], 'info')).toBe('pass');
    expect(clientResult([finding('medium')], 'high')).toBe('pass');
    expect(clientResult([finding('medium'), finding('high')], 'high')).toBe('fail');
    expect(clientResult([finding('critical', true)], 'high')).toBe('pass');
    expect(clientResult([finding('critical')], 'never')).toBe('pass');
  });

  test('worstFinding ignores exempted findings', () => {
    expect(worstFinding([])).toBeNull();
    const worst = finding('high');
    expect(worstFinding([finding('low'), finding('critical', true), worst, finding('high')])).toBe(worst);
  });
});

describe('resolveFailOn', () => {
  test('input, then policy, then high', () => {
    expect(resolveFailOn('low', makePolicy({ settings: { failOn: 'critical' } }))).toBe('low');
    expect(resolveFailOn('never', makePolicy({ settings: { failOn: 'critical' } }))).toBe('never');
    expect(resolveFailOn(undefined, makePolicy({ settings: { failOn: 'critical' } }))).toBe('critical');
    expect(resolveFailOn(undefined, makePolicy())).toBe('high');
  });
});
