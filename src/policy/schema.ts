/**
 * JSON Schema validation of the policy with ajv, against the very schema that ships for editors
 * (`policies/oauth-policy.schema.json`), and ajv's errors turned into messages a person can act on.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../policies/oauth-policy.schema.json' with { type: 'json' };
import precompiled from './policy-validator.generated.js';
import { RULE_CHECKS, BUILTIN_CHECKS } from './types.js';
import { DURATION_PATTERN } from './duration.js';
import { normaliseGrantType, isKnownGrantType, POLICY_GRANT_TYPE_PATTERN } from '../grant-types.js';
import { PERMISSION_PATTERN } from './permissions.js';
import { didYouMean } from './suggest.js';
import type { Anchor, ValuePath } from './yaml-source.js';

export const POLICY_SCHEMA = schema;

/** A problem at a path of the policy value, before it is given a position. */
export interface PathIssue {
  path: ValuePath;
  anchor: Anchor;
  message: string;
}

/**
 * The schema compiled ahead of time (scripts/gen-policy-validator.mjs; a test keeps it current):
 * compiling it at start-up would cost `validate` mode most of its start-up budget.
 */
function validator(): ValidateFunction {
  return precompiled as unknown as ValidateFunction;
}

/** Every schema violation of `value`, one message each, in document order of ajv's traversal. */
export function validateSchema(value: unknown): PathIssue[] {
  const validate = validator();
  if (validate(value)) return [];
  const seen = new Set<string>();
  const issues: PathIssue[] = [];
  for (const error of validate.errors ?? []) {
    const issue = describe(error);
    if (!issue) continue;
    const key = `${issue.path.join('/')}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/** `rules[0].scopes.forbid[1]`; `the policy` for the root. */
export function formatPath(path: ValuePath): string {
  if (path.length === 0) return 'the policy';
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function parsePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  if (typeof value === 'boolean') return `${value}`;
  return 'a string';
}

const RULE_ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';
/** `redirect-uris.allow-schemes` items: a URI scheme (RFC 3986) in lower case. */
const SCHEME_PATTERN = '^[a-z][a-z0-9+.-]*$';

/** A key the schema does not allow at `path`, pointed at by its key. */
function unknownKey(
  e: ErrorObject,
  path: ValuePath,
  parent: { properties?: Record<string, unknown> },
): PathIssue {
  const key = String((e.params as { additionalProperty: string }).additionalProperty);
  const allowed = Object.keys(parent.properties ?? {});
  const at = (message: string): PathIssue => ({ path: [...path, key], anchor: 'key', message });
  if (path.length === 1 && path[0] === 'checks' && (RULE_CHECKS as readonly string[]).includes(key))
    return at(
      `"${key}" is not a built-in check: findings of this check come from rules and carry the rule's severity. Built-in checks: ${BUILTIN_CHECKS.join(', ')}.`,
    );
  const where = formatPath(path);
  if (path.length === 2 && path[0] === 'checks' && key === 'max')
    return at(
      `${where}: \`max\` applies only to token-lifetime${path[1] === 'unused-client' ? ' (unused-client takes `max-idle`)' : ''}`,
    );
  return at(
    `unknown key "${key}" in ${where}.${didYouMean(key, allowed)} Allowed keys: ${allowed.join(', ')}.`,
  );
}

/** What a value of the wrong type should have been. */
function expectedType(e: ErrorObject): string {
  const expected = String((e.params as { type: string }).type);
  // The `else` of an if/then/else is the alternative to a list (string-or-list values) or to
  // a string (durations): name both alternatives.
  if (e.schemaPath.endsWith('/else/type') && expected === 'string') return 'a string or a list of strings';
  if (e.schemaPath.endsWith('/else/type') && expected === 'integer')
    return 'a number of seconds or a duration such as 90m, 1h, 2d';
  if (e.schemaPath.includes('/grantType/')) return 'a grant type (a string) or a list';
  return TYPE_NAMES[expected] ?? expected;
}

function describe(e: ErrorObject): PathIssue | null {
  const path = parsePointer(e.instancePath);
  const where = formatPath(path);
  const at = (message: string, anchor: Anchor = 'value', p: ValuePath = path): PathIssue => ({
    path: p,
    anchor,
    message,
  });
  const parent = (e.parentSchema ?? {}) as { properties?: Record<string, unknown> };
  switch (e.keyword) {
    case 'if':
      return null; // the failing branch reports the real problem
    case 'additionalProperties':
      return unknownKey(e, path, parent);
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return at(`${where}: missing required key "${missing}"`);
    }
    case 'type':
      return at(`${where} must be ${expectedType(e)}, not ${kindOf(e.data)}`);
    case 'enum': {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const hint = typeof e.data === 'string' ? didYouMean(e.data, allowed) : '';
      return at(`${where}: ${show(e.data)} is not one of ${allowed.join(', ')}.${hint}`);
    }
    case 'const':
      if (path.length === 1 && path[0] === 'version')
        return at(
          `unsupported policy version ${show(e.data)}: this tool reads version 1 (write \`version: 1\`)`,
        );
      return at(`${where} must be ${show((e.params as { allowedValue: unknown }).allowedValue)}`);
    case 'pattern':
      return at(patternMessage(where, (e.params as { pattern: string }).pattern, e.data));
    case 'minLength':
      return at(`${where} must not be empty`);
    case 'maxLength':
      return at(`${where} is too long (at most ${(e.params as { limit: number }).limit} characters)`);
    case 'minItems':
      return at(`${where} must not be an empty list`);
    case 'minimum':
      return at(`${where} must be at least ${(e.params as { limit: number }).limit}, not ${show(e.data)}`);
    case 'maximum':
      return at(`${where} must be at most ${(e.params as { limit: number }).limit}, not ${show(e.data)}`);
    case 'minProperties':
      if (path.at(-1) === 'redirect-uris')
        return at(`${where} must set \`allow-hosts\`, \`allow-schemes\` or both`);
      return at(`${where} must set \`severity\`, \`max\` or both`);
    default:
      return at(`${where} ${e.message ?? 'is invalid'}`);
  }
}

function patternMessage(where: string, pattern: string, data: unknown): string {
  const value = show(data);
  switch (pattern) {
    case RULE_ID_PATTERN: {
      const fixed = String(data)
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '');
      const example = fixed && /^[a-z0-9]/.test(fixed) ? ` (e.g. "${fixed}")` : '';
      return `${where}: rule ID ${value} must be lower-case letters, digits and "-", starting with a letter or digit${example}`;
    }
    case POLICY_GRANT_TYPE_PATTERN: {
      const normalised = normaliseGrantType(String(data));
      const compact = String(data)
        .toUpperCase()
        .replace(/[-_\s]/g, '');
      if (isKnownGrantType(normalised) && compact !== normalised.replaceAll('-', ''))
        return `${where}: ${value} is what older SDKs called grant type ${normalised}: write ${normalised}`;
      if (isKnownGrantType(normalised))
        return `${where}: write grant type ${value} in upper case, as the API does: ${normalised}`;
      return `${where}: ${value} is not a grant type; use CODE, TOKEN, SAML2-BEARER, PASSWORD or CLIENT-CREDENTIALS`;
    }
    case SCHEME_PATTERN: {
      const scheme = String(data).toLowerCase().replace(/:.*$/s, '');
      const example = new RegExp(SCHEME_PATTERN).test(scheme) ? ` (e.g. "${scheme}")` : '';
      return `${where}: ${value} is not a URI scheme; write the scheme name in lower case, without ":" or "://"${example}`;
    }
    case PERMISSION_PATTERN:
      return `${where}: ${value} is not a permission; write domain:entity:action, each part a name or * (e.g. "oauth:client:*"); scopes belong in \`scopes\``;
    case DURATION_PATTERN:
      return `${where}: ${value} is not a duration; write seconds (3600) or a number with a unit: 30s, 90m, 1h, 2d, 1h30m`;
    case '^[0-9]{4}-[0-9]{2}-[0-9]{2}$':
      return `${where}: ${value} is not a date; write YYYY-MM-DD (e.g. 2027-01-31)`;
    case '\\S':
      return `${where} must not be empty`;
    default:
      return `${where}: ${value} does not match ${pattern}`;
  }
}
