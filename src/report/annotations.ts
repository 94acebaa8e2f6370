/**
 * Which annotations to put on the policy file. GitHub shows at most 10 annotations of
 * each level per step, so findings are grouped per rule and check at the policy line they belong
 * to, most severe first, and a level with more groups than fit ends with one "N more" annotation.
 * Names and messages from the org or the policy go through `githubText`: one line, and nothing
 * GitHub would turn into a mention or a link.
 */
import { atOrAbove, SEVERITY_RANK } from '../policy/gate.js';
import type { CheckId, Finding } from '../policy/types.js';
import type { Severity } from '../types.js';
import { CHECK_INFO } from './checks.js';
import { githubText } from '../escape.js';
import type { AuditReport } from './types.js';

interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title: string;
  /** Path relative to the repository root. */
  file: string;
  line: number;
  col?: number;
}

interface PlanOptions {
  /** Annotations per level; GitHub shows 10 per step. */
  maxPerLevel?: number;
  /** Client names listed in one annotation. */
  namesPerGroup?: number;
}

interface Group {
  rule: string;
  check: string;
  line: number;
  severity: Severity;
  count: number;
  names: string[];
  /** Distinct clients (a client can have several findings of one check). */
  clients: Set<string>;
  subjects: Set<string>;
}

const NAME_MAX = 60;

export function planAnnotations(
  report: AuditReport,
  policyFile: string,
  options: PlanOptions = {},
): Annotation[] {
  const maxPerLevel = Math.max(1, options.maxPerLevel ?? 10);
  const namesPerGroup = Math.max(1, options.namesPerGroup ?? 5);

  const violations = new Map<string, Group>();
  const notices = new Map<string, Group>();
  const add = (groups: Map<string, Group>, f: Finding, client: { id: string; name: string } | null): void => {
    const key = JSON.stringify([f.rule, f.check, f.line]);
    let g = groups.get(key);
    if (!g) {
      g = {
        rule: f.rule,
        check: f.check,
        line: f.line,
        severity: f.severity,
        count: 0,
        names: [],
        clients: new Set(),
        subjects: new Set(),
      };
      groups.set(key, g);
    }
    g.count++;
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[g.severity]) g.severity = f.severity;
    if (client && !g.clients.has(client.id)) {
      g.clients.add(client.id);
      if (g.names.length < namesPerGroup) g.names.push(githubText(client.name || client.id, NAME_MAX));
    }
    if (f.subject && g.subjects.size < namesPerGroup) g.subjects.add(githubText(f.subject, NAME_MAX));
  };

  const classify = (f: Finding, client: { id: string; name: string } | null): void => {
    if (f.exempted) return;
    add(atOrAbove(f.severity, report.failOn) ? violations : notices, f, client);
  };
  for (const c of report.clients) for (const f of c.findings) classify(f, { id: c.id, name: c.name });
  for (const f of report.policyFindings) classify(f, null);

  const errors = cap(
    sorted(violations).map((g) => toAnnotation(g, 'error', policyFile)),
    maxPerLevel,
    (n) => `${n} more groups of violations are not shown here: see the job summary and the report artifact.`,
    policyFile,
  );
  const warnings = cap(
    report.warnings.map((w): Annotation => ({
      level: 'warning',
      message: githubText(w.message),
      title: 'OAuth policy warning',
      // Warnings about the audited policy point at it under the name the workflow knows it by.
      file: w.file === report.policy.path ? policyFile : w.file,
      line: Math.max(1, w.line),
      col: Math.max(1, w.col),
    })),
    maxPerLevel,
    (n) => `${n} more policy warnings are not shown here: see the job summary.`,
    policyFile,
  );
  const noticeList = cap(
    sorted(notices).map((g) => toAnnotation(g, 'notice', policyFile)),
    maxPerLevel,
    (n) =>
      `${n} more groups of findings below fail-on are not shown here: see the job summary and the report artifact.`,
    policyFile,
  );
  return [...errors, ...warnings, ...noticeList];
}

function sorted(groups: Map<string, Group>): Group[] {
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      b.count - a.count ||
      a.line - b.line ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.check < b.check ? -1 : a.check > b.check ? 1 : 0),
  );
}

function toAnnotation(g: Group, level: 'error' | 'notice', file: string): Annotation {
  const what = g.rule === g.check ? g.check : `${g.rule} / ${g.check}`;
  const title = githubText(`${g.severity}: ${what}`, 200);
  let message: string;
  if (g.clients.size > 0) {
    const more = g.clients.size - g.names.length;
    const list = g.names.map((n) => `"${n}"`).join(', ') + (more > 0 ? ` and ${more} more` : '');
    const findings = g.count === 1 ? '1 finding' : `${g.count} findings`;
    const clients = g.clients.size === 1 ? '1 client' : `${g.clients.size} clients`;
    message = `${describe(g.check)}: ${findings} (${g.severity}) on ${clients}: ${list}.`;
  } else {
    const subjects = [...g.subjects].map((s) => `"${s}"`).join(', ');
    const findings = g.count === 1 ? '1 finding' : `${g.count} findings`;
    message = `${describe(g.check)}: ${findings} (${g.severity})${subjects ? `: ${subjects}` : ''}.`;
  }
  return { level, message, title, file, line: Math.max(1, g.line) };
}

function describe(check: string): string {
  return (CHECK_INFO as Record<string, { title: string } | undefined>)[check as CheckId]?.title ?? check;
}

/** Keeps the first `max - 1` and replaces the rest with one summary annotation, when there are more than `max`. */
function cap(list: Annotation[], max: number, more: (n: number) => string, file: string): Annotation[] {
  if (list.length <= max) return list;
  const kept = list.slice(0, max - 1);
  const level = list[0]!.level;
  kept.push({
    level,
    message: more(list.length - kept.length),
    title: 'More in the job summary',
    file,
    line: 1,
  });
  return kept;
}
