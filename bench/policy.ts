/** A 100-rule policy of realistic shapes (name globs, regexes, scope and role lists), for tests that need a large one. */

const SCOPES = [
  'conversations',
  'users:readonly',
  'routing:readonly',
  'presence',
  'analytics:readonly',
  'notifications',
];
const KINDS = ['webchat-', 'Web Messaging ', 'Agent App ', 'Supervisor App ', 'CRM App ', 'Integration '];

export function generatePolicy(rules: number): string {
  const lines = [
    'version: 1',
    'settings:',
    '  fail-on: high',
    'checks:',
    '  password-grant: critical',
    '  implicit-grant: high',
    '  insecure-redirect-uri: high',
    '  unmatched-client: medium',
    '  inactive-client: info',
    '  unknown-scope: low',
    '  token-lifetime: { severity: low, max: 24h }',
    'rules:',
  ];
  for (let i = 0; i < rules; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const digit = String(i % 10);
    lines.push(`  - id: rule-${String(i).padStart(3, '0')}`);
    lines.push(`    severity: ${['high', 'medium', 'low', 'critical'][i % 4]}`);
    lines.push('    match:');
    if (i % 7 === 0) lines.push(`      name: ['/^${kind.trim()}.*${digit}$/i']`);
    else lines.push(`      name: ['${kind}*${digit}', '${kind}*${(i + 3) % 10}']`);
    if (kind === 'Integration ') {
      lines.push('      grant-types: [CLIENT-CREDENTIALS]');
      lines.push('    roles:');
      lines.push(`      forbid: ['Master Admin', '*admin*']`);
      lines.push('      allow-all-divisions: false');
      lines.push(`      max: ${2 + (i % 3)}`);
    } else {
      lines.push(`    grant-types: [CODE${kind.includes('App') ? ', SAML2-BEARER' : ''}]`);
      lines.push('    scopes:');
      lines.push(`      allow: [${SCOPES.slice(0, 3 + (i % 4)).join(', ')}, '*:readonly']`);
      lines.push('      forbid: [oauth, authorization, users]');
      lines.push(`      max: ${6 + (i % 5)}`);
      lines.push('    redirect-uris:');
      lines.push(`      allow-hosts: ['*.example.com', localhost]`);
      lines.push(`    max-token-lifetime: ${i % 2 ? '12h' : '1h'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
