/** "Did you mean …?" suggestions for misspelt keys, values and scope names. */

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions (`scpoes`). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate nearest to `word` (case-insensitive), when it is close enough to be a likely typo:
 * at most a third of the word's length (at least 2, but fewer than its length) edits away. Ties go to the earlier candidate.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  if (w.length > 100) return undefined; // not a typo; keeps the quadratic distance cheap
  // Never suggest a word that shares no letter with this one (`b` → `a`).
  const limit = Math.min(Math.max(2, Math.floor(w.length / 3)), w.length - 1);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const dist = editDistance(w, c.toLowerCase());
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** ` Did you mean "x"?` or '' — ready to append to a message. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const s = nearest(word, candidates);
  return s === undefined ? '' : ` Did you mean "${s}"?`;
}
