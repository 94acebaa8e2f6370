import { describe, expect, test } from '@jest/globals';
import type { OrgData, User } from '../../src/model.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { loadPolicy } from '../../src/policy/load.js';
import { makeChecks, makeClient, makeOrg, makePolicy, NOW, onlyChecks } from '../helpers/policy-builders.js';

const USERS: User[] = [
  { id: 'u-active', name: 'Ann Active', state: 'active' },
  { id: 'u-deleted', name: 'Dan Deleted', state: 'deleted' },
  { id: 'U-INACTIVE', name: '', state: 'inactive' },
];

function org(users: User[] | undefined = USERS): OrgData {
  const o = makeOrg([
    makeClient({ id: 'c1', name: 'by-active', createdBy: { id: 'u-active' } }),
    makeClient({ id: 'c2', name: 'by-deleted', createdBy: { id: 'u-deleted', name: 'Dan D.' } }),
    makeClient({ id: 'c3', name: 'by-inactive', createdBy: { id: 'u-inactive', name: 'Ina' } }),
    makeClient({ id: 'c4', name: 'no-creator' }),
    makeClient({ id: 'c5', name: 'by-support', createdBy: { id: 'u-elsewhere' } }),
  ]);
  return users === undefined ? o : { ...o, users };
}

describe('orphaned-client', () => {
  test('flags clients whose creator is deleted or inactive, naming the creator', () => {
    const policy = makePolicy({ checks: onlyChecks({ 'orphaned-client': 'low' }) });
    const ev = evaluate(policy, org(), NOW);
    const found = ev.clients.map((c) => c.findings.map((f) => [f.check, f.severity, f.subject, f.message]));
    expect(found).toEqual([
      [],
      [
        [
          'orphaned-client',
          'low',
          'u-deleted',
          'Was created by `Dan Deleted` (u-deleted), who is now deleted: find the client a new owner, or delete it if unused.',
        ],
      ],
      [
        [
          'orphaned-client',
          'low',
          'u-inactive',
          'Was created by `Ina` (u-inactive), who is now inactive: find the client a new owner, or delete it if unused.',
        ],
      ],
      [],
      [],
    ]);
  });

  test('states what it cannot judge: no creator recorded, a creator of another org', () => {
    const policy = makePolicy({ checks: onlyChecks({ 'orphaned-client': 'medium' }) });
    const messages = evaluate(policy, org(), NOW).warnings.map((w) => w.message);
    expect(messages).toContain(
      'orphaned-client: no creator recorded for client `no-creator`, so whether its creator is still active cannot be told.',
    );
    expect(messages).toContain(
      'orphaned-client: client `by-support` created by a user this org does not return (a user of another org, such as Genesys support): not judged orphaned.',
    );
  });

  test('off unless set: no finding and no warning by default', () => {
    const policy = makePolicy({ checks: makeChecks() });
    expect(policy.checks['orphaned-client'].severity).toBe('off');
    const ev = evaluate(policy, org(), NOW);
    expect(ev.clients.flatMap((c) => c.findings).filter((f) => f.check === 'orphaned-client')).toEqual([]);
    expect(ev.warnings.filter((w) => w.message.includes('orphaned-client'))).toEqual([]);
  });

  test('a policy file turns it on with a severity; it is off when not listed', () => {
    const on = loadPolicy('version: 1\nchecks:\n  orphaned-client: low\n', 'p.yml', NOW);
    expect(on.checks['orphaned-client']).toEqual({ severity: 'low', position: { line: 3, col: 3 } });
    expect(loadPolicy('version: 1\n', 'p.yml', NOW).checks['orphaned-client'].severity).toBe('off');
  });
});
