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
