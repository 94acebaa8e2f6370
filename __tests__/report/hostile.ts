/** Client names an attacker who can create OAuth clients in the org might choose. */
export const HOSTILE_NAMES = [
  'pipe | breaks | table',
  'back`tick`s ``` code',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'line\nbreak\r\nand\rcr',
  'nul\u0000byte',
  'rtl \u202Eevil\u202C override',
  'isolate \u2066x\u2069 and marks \u200E\u200F',
  '=HYPERLINK("http://evil.example","click")',
  '::error::pwned',
  '**bold** _em_ [link](http://evil.example) ![img](http://evil.example/x.png)',
  '@octocat #1 :rocket: ~~strike~~ $x$ \\escape',
  '<!-- comment --> &amp; &lt;',
  'esc \u001b[31mred\u001b[0m csi \u009b2J bell \u0007',
  'x'.repeat(10_000),
];

/**
 * Text that GitHub would turn into a notification or a link: mentions of users and teams, issue
 * and commit references, autolinks, emails, Markdown links, and the same hidden behind entities
 * (which GitHub decodes before it links).
 */
export const LINKING_NAMES = [
  '@octocat #1 GH-2 acme/repo@1234567 www.evil.example',
  'ping @acme/security-team and @Mona-Lisa, see acme/repo#12, gh-7 and user@a1b2c3d4e5f6',
  'mail admin@evil.example or mailto:root@evil.example',
  'https://evil.example/x http://evil.example ftp://evil.example WWW.Evil.Example',
  '[click](https://evil.example) <https://evil.example> ![x](http://evil.example/p.png)',
  '&#64;octocat &#35;3 &commat;octocat GH&#45;4 www&period;evil.example',
  'issue#5 (#6) fixes #7: GH-8; @9x',
];
