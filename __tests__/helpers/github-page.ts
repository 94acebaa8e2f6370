/**
 * Markdown seen the way GitHub shows it: GitHub-flavoured Markdown rendered by micromark (the same
 * CommonMark and GFM rules), styled by github-markdown-css at the width of GitHub's job-summary
 * column, in headless Chromium. Used by the rendered-summary test and by scripts/screenshots.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium: no browser download is needed (nor possible on CI machines without network). */
export const CHROMIUM = '/usr/bin/chromium';
/** The width of the Markdown body of a job summary or a PR comment on github.com. */
export const GITHUB_WIDTH = 1012;

const require = createRequire(import.meta.url);
const CSS = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The HTML GitHub would make of `markdown` (it allows a safe subset of HTML, as `<details>`, `<code>`). */
export function markdownToHtml(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

function pageHtml(markdown: string, width: number): string {
  return (
    `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}\n` +
    `body { margin: 0; background: #fff; } .markdown-body { box-sizing: border-box; width: ${width}px; padding: 16px; }` +
    `</style></head><body><article class="markdown-body">${markdownToHtml(markdown)}</article></body></html>`
  );
}

export interface Rendered {
  /** Height of the rendered Markdown in CSS pixels (folded `<details>` stay folded, as on GitHub). */
  height: number;
  /** Width of the Markdown body. */
  pageWidth: number;
  /** Tables as laid out: `scrollWidth > clientWidth` means the table scrolls sideways. */
  tables: { scrollWidth: number; clientWidth: number; columns: number }[];
  /** Distance from the top of the page to the top of each `h2`/`h3` heading, by its text. */
  headings: { text: string; top: number }[];
}

/** Runs in the page (a string: this project's TypeScript has no DOM types). */
const MEASURE = `(() => {
  const body = document.querySelector('.markdown-body');
  const box = body.getBoundingClientRect();
  return {
    height: Math.round(box.height),
    pageWidth: Math.round(box.width),
    tables: [...body.querySelectorAll('table')].map((t) => ({
      scrollWidth: t.scrollWidth,
      clientWidth: t.clientWidth,
      columns: t.rows[0] ? t.rows[0].cells.length : 0,
    })),
    headings: [...body.querySelectorAll('h2, h3')].map((h) => ({
      text: h.textContent,
      top: Math.round(h.getBoundingClientRect().top - box.top),
    })),
  };
})()`;

/** Renders `markdown` in `page` at GitHub's width and measures it. */
export async function renderOn(page: Page, markdown: string, width = GITHUB_WIDTH): Promise<Rendered> {
  await page.setViewportSize({ width: width + 40, height: 800 });
  // Nothing from outside may load: the page is complete as it is.
  await page.route('**/*', (route) => route.abort());
  await page.setContent(pageHtml(markdown, width), { waitUntil: 'load' });
  return (await page.evaluate(MEASURE)) as Rendered;
}

/** Renders and writes a PNG of the whole Markdown body. */
export async function screenshot(page: Page, markdown: string, file: string): Promise<Rendered> {
  const rendered = await renderOn(page, markdown);
  await page.locator('.markdown-body').screenshot({ path: file });
  return rendered;
}
