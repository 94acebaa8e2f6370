/** Exemptions in use that end soon: listed in the job summary and counted in the PR comment. */
import { expiryEnd } from '../policy/exemptions.js';
import type { Finding } from '../policy/types.js';
import type { AuditReport } from './types.js';
import { DAY_MS } from '../days.js';

/** Exemptions ending within this many days are listed as expiring soon. */
export const EXPIRING_SOON_DAYS = 14;

interface Expiring {
  reason: string;
  owner: string;
  expires: string;
  daysLeft: number;
  findings: number;
  clients: string[];
}

/** Exemptions in use that end within `EXPIRING_SOON_DAYS` of the report's time, soonest first. */
export function expiringSoon(report: AuditReport, days = EXPIRING_SOON_DAYS): Expiring[] {
  const now = Date.parse(report.generatedAt);
  if (Number.isNaN(now)) return [];
  const today = Math.floor(now / DAY_MS);
  const groups = new Map<string, Expiring>();
  const visit = (f: Finding, clientName: string | null): void => {
    const e = f.exemption;
    if (!f.exempted || !e) return;
    const end = expiryEnd(e.expires);
    if (Number.isNaN(end) || end <= now) return;
    // Calendar days from the report's UTC day to the last valid day: 0 means "ends today".
    const daysLeft = end / DAY_MS - 1 - today;
    if (daysLeft > days) return;
    const key = JSON.stringify([e.expires, e.owner, e.reason]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ...e, daysLeft, findings: 0, clients: [] }));
    g.findings++;
    if (clientName !== null && !g.clients.includes(clientName)) g.clients.push(clientName);
  };
  for (const c of report.clients) for (const f of c.findings) visit(f, c.name || c.id);
  for (const f of report.policyFindings) visit(f, null);
  return [...groups.values()].sort((a, b) => a.daysLeft - b.daysLeft);
}
