// Matching the analyzer's company names to the gold labels: "Tapestry Inc." is
// "Tapestry", "Sony" is "Sony Group", "The Coca-Cola Company" is "Coca-Cola".

const SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'plc',
  'ag',
  'sa',
  'nv',
  'se',
  'spa',
  'asa',
  'ab',
  'oyj',
  'lp',
  'llp',
  'holdings',
  'group',
]);

/** nameWords: folded, punctuation-free words without a leading "the" or trailing corporate words. */
export function nameWords(name: string): string[] {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  if (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  return words;
}

function isPrefix(a: readonly string[], b: readonly string[]): boolean {
  return a.length <= b.length && a.every((w, i) => b[i] === w);
}

/** matchScore: 2 same name, 1 one is the other plus more words, 0 different. */
export function matchScore(a: string, b: string): number {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.join(' ') === y.join(' ') || x.join('') === y.join('')) return 2;
  if (x.length > 0 && y.length > 0 && (isPrefix(x, y) || isPrefix(y, x))) return 1;
  // "PIF" is the "Public Investment Fund", "EA" is "Electronic Arts".
  const initials = (ws: readonly string[]): string =>
    ws
      .filter((w) => !['of', 'and', 'the'].includes(w))
      .map((w) => w.charAt(0))
      .join('');
  if ((x.length === 1 && y.length > 1 && initials(y) === x[0]) || (y.length === 1 && x.length > 1 && initials(x) === y[0])) return 1;
  return 0;
}

/** bestMatch finds the predicted entry that names the gold organisation, preferring exact names. */
export function bestMatch<T extends { readonly name: string }>(gold: string, predicted: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const p of predicted) {
    const s = matchScore(gold, p.name);
    if (s > bestScore) {
      best = p;
      bestScore = s;
    }
  }
  return best;
}
