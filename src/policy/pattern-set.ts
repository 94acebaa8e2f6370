/** Pattern lists compiled once per policy and tested many times per run. */
import { compileGlob, compilePattern, isGlob, isRegex, type Matcher } from './patterns.js';

/** A list of patterns, any of which may match; exact strings compare case-insensitively. */
export class PatternSet {
  /** Exact strings first, then the patterns, each in the order written (see `first`). */
  private readonly matchers: readonly Matcher[];

  /** `regex`: also accept `/.../` (names and descriptions); otherwise globs only (scopes, roles, hosts). */
  constructor(list: readonly string[], regex: boolean) {
    const exact = list.filter((p) => !(regex && isRegex(p)) && !isGlob(p));
    const patterns = list.filter((p) => !exact.includes(p));
    this.matchers = [
      ...exact.map((p) => compileGlob(p)),
      ...patterns.map((p) => (regex ? compilePattern(p) : compileGlob(p))),
    ];
  }

  test(value: string): boolean {
    return this.first(value) !== null;
  }

  /** The first matching pattern as written (exact strings before patterns), or null. */
  first(value: string): string | null {
    for (const m of this.matchers) if (m.test(value)) return m.source;
    return null;
  }
}
