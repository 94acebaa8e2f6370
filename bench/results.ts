/** The benchmark's figures: the budget they are held to, and bench/RESULTS.md. */

export interface Stat {
  median: number;
  min: number;
  max: number;
}

export interface Sample {
  wallMs: number;
  /** Peak RSS of the process and its children, MB; null without GNU time. */
  rssMb: number | null;
}

export interface Figures {
  wallMs: Stat;
  rssMb: Stat | null;
}

export interface SizeResult {
  clients: number;
  apiCalls: number;
  action: Figures;
  peer: Figures | null;
  floor: Figures | null;
}

export interface StartUp {
  validate: Stat;
  nodeOnly: Stat;
}

function stat(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median: Math.round(median), min: Math.round(s[0]!), max: Math.round(s[s.length - 1]!) };
}

export function figures(samples: Sample[]): Figures {
  const rss = samples.map((s) => s.rssMb);
  return {
    wallMs: stat(samples.map((s) => s.wallMs)),
    rssMb: rss.includes(null) ? null : stat(rss as number[]),
  };
}

const ratio = (a: Stat, b: Stat): number => Math.round((a.median / b.median) * 100) / 100;
export const fmt = (s: Stat | null | undefined): string => (s ? `${s.median} (${s.min}–${s.max})` : '—');
const count = (n: number): string => n.toLocaleString('en');

export interface BudgetItem {
  item: string;
  /** null: not measured in this run. */
  met: boolean | null;
  figures: string;
}

/** Each budget item against this run's medians. */
export function budget(results: SizeResult[], start: StartUp): BudgetItem[] {
  const at = (clients: number): SizeResult | undefined => results.find((r) => r.clients === clients);
  const items: BudgetItem[] = [];
  for (const clients of [1000, 10_000]) {
    const r = at(clients);
    items.push({
      item: `faster than the peer at ${count(clients)} clients`,
      met: r?.peer ? r.action.wallMs.median < r.peer.wallMs.median : null,
      figures: r?.peer ? `action ${r.action.wallMs.median} ms, peer ${r.peer.wallMs.median} ms` : '',
    });
  }
  const big = at(10_000);
  items.push({
    item: 'within 1.75× of the floor at 10,000 clients',
    met: big?.floor ? ratio(big.action.wallMs, big.floor.wallMs) <= 1.75 : null,
    figures: big?.floor ? `${ratio(big.action.wallMs, big.floor.wallMs)}×` : '',
  });
  const extra =
    big?.floor?.rssMb && big.action.rssMb ? big.action.rssMb.median - big.floor.rssMb.median : null;
  items.push({
    item: "peak RSS within the floor's + 60 MB at 10,000 clients",
    met: extra === null ? null : extra <= 60,
    figures: extra === null ? '' : `+${extra} MB`,
  });
  const slower = start.validate.median - start.nodeOnly.median;
  items.push({
    item: '`validate` start-up within 100 ms of `node -e 0`',
    met: slower <= 100,
    figures: `+${slower} ms`,
  });
  const calls = results.map((r) => r.apiCalls);
  items.push({
    item: 'API calls independent of the number of clients',
    met: new Set(calls).size === 1,
    figures: results.map((r) => `${r.apiCalls} at ${count(r.clients)}`).join(', '),
  });
  return items;
}

function sizeSection(r: SizeResult): string[] {
  const cols = [r.action, r.peer, r.floor];
  const lines = [
    `## ${count(r.clients)} clients`,
    '',
    '| | action | peer | floor |',
    '|---|---:|---:|---:|',
    `| wall, ms | ${cols.map((c) => fmt(c?.wallMs)).join(' | ')} |`,
    `| peak RSS, MB | ${cols.map((c) => c?.rssMb?.median ?? '—').join(' | ')} |`,
    '',
  ];
  const notes = [
    r.peer && `action / peer ${ratio(r.action.wallMs, r.peer.wallMs)}×`,
    r.floor && `action / floor ${ratio(r.action.wallMs, r.floor.wallMs)}×`,
    r.action.rssMb &&
      r.floor?.rssMb &&
      `RSS above the floor's +${r.action.rssMb.median - r.floor.rssMb.median} MB`,
    `API calls per audit: ${r.apiCalls}`,
  ].filter((note) => typeof note === 'string');
  return [...lines, `${notes.join('; ')}.`, ''];
}

export function markdown(
  results: SizeResult[],
  start: StartUp,
  items: BudgetItem[],
  conditions: string,
  gaps: string[],
): string {
  const verdict = (met: boolean | null): string =>
    met === null ? 'not measured' : met ? 'met' : '**not met**';
  return [
    '# Benchmark results',
    '',
    'Whole processes, as users wait for them, against the same sandbox org: the action (`node dist/index.js` ' +
      'as a runner starts it, shipped example policy, job summary, annotations, JSON and CSV reports, no artifact ' +
      'upload), the peer (a script on the official Genesys SDK) and the floor (fetch and `JSON.parse` only). ' +
      'Medians, range in brackets.',
    '',
    `Conditions: ${conditions}.`,
    '',
    ...gaps.flatMap((gap) => [gap, '']),
    ...results.flatMap(sizeSection),
    '## Start-up',
    '',
    `\`mode: validate\` on the shipped policy ${fmt(start.validate)} ms; \`node -e 0\` ${fmt(start.nodeOnly)} ms: ` +
      `+${start.validate.median - start.nodeOnly.median} ms.`,
    '',
    '## Budget',
    '',
    ...items.map((b) => `- ${b.item}: ${verdict(b.met)}${b.figures ? ` (${b.figures})` : ''}.`),
    '',
    'Where the time goes, and what would meet each item not met: [PROFILE.md](PROFILE.md) (a CPU profile, ' +
      'read by hand).',
    '',
  ].join('\n');
}
