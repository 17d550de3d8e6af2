// Extractive summaries: the deal sentence first, then the sentences after it,
// 1-3 sentences within ~300 characters, never boilerplate.

const BOILERPLATE =
  /\b(for further reading|further reading|subscribe|click here|sign up|newsletter|read more|read also|to read\b|image credit|photo credit|photograph:|getty images|all rights reserved|follow us|cookie|advertisement|related articles?|share this|copyright|\(c\) \d{4})/i;
const MAX_CHARS = 300;

/** isBoilerplate tells whether a sentence is site furniture rather than story text. */
export function isBoilerplate(sentence: string): boolean {
  if (BOILERPLATE.test(sentence)) return true;
  return /^(reuter|reuters|ap|afp)$/i.test(sentence.trim());
}

/** hasBoilerplate is a cheap whole-text check so clean stories skip the per-sentence test. */
export function hasBoilerplate(text: string): boolean {
  return BOILERPLATE.test(text) || /\breuters?\b/i.test(text);
}

/**
 * isSummaryWorthy rejects fragments and link lists (no run of lower-case words). `clean` says the
 * story has no boilerplate at all (hasBoilerplate), so the per-sentence test can be skipped.
 */
export function isSummaryWorthy(sentence: string, clean = false): boolean {
  return sentence.length >= 25 && /[a-z]{3,}\s+[a-z]{2,}/.test(sentence) && (clean || !isBoilerplate(sentence));
}

/** stripSignOff drops a trailing wire sign-off ("... said. Reuter"). */
function stripSignOff(s: string): string {
  const tail = s.slice(-8).toLowerCase();
  return tail.includes('reuter') ? s.replace(/\s*\breuters?\s*$/i, '').trim() : s;
}

function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40))}…`;
}

/**
 * summarize joins the lead sentence (index into `sentences`) with what follows it.
 * `sentences` must already be free of boilerplate; falls back to the title.
 */
export function summarize(sentences: readonly string[], lead: number, title: string): string {
  const usable = sentences.map(stripSignOff).filter((s) => s.length > 0);
  if (usable.length === 0) return clip(title.trim(), MAX_CHARS);
  const start = Math.min(Math.max(lead, 0), usable.length - 1);
  const order = [start, ...usable.map((_, i) => i).filter((i) => i > start), ...usable.map((_, i) => i).filter((i) => i < start)];
  const picked: string[] = [];
  let length = 0;
  for (const i of order) {
    const s = usable[i] as string;
    if (picked.length === 0) {
      picked.push(clip(s, MAX_CHARS));
      length = picked[0]?.length ?? 0;
      continue;
    }
    if (picked.length >= 3 || length + 1 + s.length > MAX_CHARS) break;
    picked.push(s);
    length += 1 + s.length;
  }
  return picked.join(' ');
}
