/**
 * Regenerates the README's pictures: the demo org's job summary and sticky PR comment, in a pull
 * request that changes the example policy, and its nightly summary under `gate: new` the night a
 * client appeared, rendered as GitHub shows them (GFM, GitHub's stylesheet, its page width) in
 * Debian's headless chromium. `npm run screenshots`
 */
import path from 'node:path';
import { launchBrowser, screenshot } from '../__tests__/helpers/github-page.js';
import { demoBasePolicy, nightlyReport, sandboxReport } from '../__tests__/helpers/sample-reports.js';
import { renderComment } from '../src/report/comment.js';
import { renderSummary } from '../src/report/summary.js';

const DOCS = path.resolve(import.meta.dirname, '..', 'docs');
const LINKS = {
  artifactUrl: 'https://github.com/acme/ccaas/actions/runs/42/artifacts/7',
  runUrl: 'https://github.com/acme/ccaas/actions/runs/42',
};

const report = await sandboxReport('demo', demoBasePolicy());
const nightly = nightlyReport(await sandboxReport('demo'), { gate: 'new', added: 'Data Lake Exporter' });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  for (const [file, markdown] of [
    ['summary.png', renderSummary(report, LINKS)],
    ['pr-comment.png', renderComment(report, LINKS)],
    ['summary-nightly.png', renderSummary(nightly, LINKS)],
  ] as const) {
    const shown = await screenshot(page, markdown, path.join(DOCS, file));
    console.log(`docs/${file}: ${shown.pageWidth} × ${shown.height} px`);
  }
} finally {
  await browser.close();
}
