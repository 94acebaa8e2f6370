/** Redaction of secrets: every occurrence goes, and nothing else changes. */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { MIN_SECRET_LENGTH, REDACTED, Secrets } from '../src/redact.js';

/** Few letters, so that secrets and texts overlap often: the hard cases for redaction. */
const letters = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom('a', 'b', '*', '%', ' ', '+', ':'), minLength, maxLength });
const secret = fc.oneof(
  letters(MIN_SECRET_LENGTH, 12),
  fc.string({ minLength: MIN_SECRET_LENGTH, maxLength: 40 }),
);

const encodings = (s: string): string[] => [
  s,
  encodeURIComponent(s),
  new URLSearchParams({ v: s }).toString().slice(2),
];

describe('Secrets', () => {
  test('redacts every occurrence, in the encodings a secret travels in', () => {
    const secrets = new Secrets();
    const value = 'p@ss word/+=42';
    secrets.add(value);
    const text = `a ${value} b ${encodeURIComponent(value)} c p%40ss+word%2F%2B%3D42 d`;
    expect(secrets.redact(text)).toBe(`a ${REDACTED} b ${REDACTED} c ${REDACTED} d`);
  });

  test('a replacement that would complete the secret again is redacted too', () => {
    const secrets = new Secrets();
    secrets.add('ab***cde');
    expect(secrets.redact('abab***cdecde')).toBe(REDACTED);
  });

  test('a value too short to be a secret is refused, not redacted inside every word', () => {
    const secrets = new Secrets();
    expect(() => secrets.add('a')).toThrow(/1 characters/);
    expect(() => secrets.add('x'.repeat(MIN_SECRET_LENGTH - 1))).toThrow();
    secrets.add('');
    expect(secrets.redact('a banana')).toBe('a banana');
  });

  test('property: the output never holds a secret, and text without one is unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(secret, { minLength: 1, maxLength: 3 }),
        fc.array(fc.oneof(letters(0, 10), fc.string({ maxLength: 10 }), secret), { maxLength: 8 }),
        (values, pieces) => {
          const secrets = new Secrets();
          for (const v of values) secrets.add(v);
          // Texts made of pieces of secrets and of other text, so that secrets straddle pieces.
          const text = pieces.join('');
          const out = secrets.redact(text);
          for (const v of values) for (const e of encodings(v)) expect(out).not.toContain(e);
          if (values.every((v) => encodings(v).every((e) => !text.includes(e)))) expect(out).toBe(text);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
