// Measures the two candidate NLP libraries, wink-nlp (with wink-eng-lite-web-model)
// and compromise, on what the deal stage needs from them: telling a deal word used
// as a verb ("to Buy", "Raises", "Partner to Bring") from the same word as a noun
// ("a Buy", "on Sale", "Partner Program") in the headlines of the modern dev set,
// and speed. Each library is tried on the headline as written and "truecased"
// (ordinary words in lower case, see src/intel/pos.ts). The result is recorded in
// docs/deal-intelligence.md and docs/adr/0002-nlp-library.md.
//
// Usage: npx tsx scripts/eval-nlp-libraries.ts [../shared/eval/modern-deals-dev.jsonl]

import nlp from 'compromise';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tagSentence, tagText, truecase } from '../src/intel/pos.js';
import { truecaseWord } from '../src/intel/truecase-words.js';
import { isShouty, tokenize, type Sentence } from '../src/intel/text.js';
import { POS_LABELS } from './eval/pos-labels.js';

const DEFAULT = fileURLToPath(new URL('../../shared/eval/modern-deals-dev.jsonl', import.meta.url));

type Verdict = 'V' | 'N';
type Method = (s: Sentence, index: number) => Verdict;

function headline(title: string): Sentence {
  const tokens = tokenize(title);
  return { text: title, start: 0, tokens, shouty: isShouty(tokens, 3) };
}

const wink =
  (useTruecase: boolean): Method =>
  (s, i) => {
    const tags = tagText(useTruecase ? truecase(s) : s.text, s.tokens);
    return tags[i] === 'VERB' ? 'V' : 'N';
  };

// What the analyzer ships: wink-nlp on the truecased headline, plus the headline-verb rule of pos.ts.
const shipped: Method = (s, i) => (tagSentence(s, (t) => truecaseWord(t.norm), true)[i] === 'VERB' ? 'V' : 'N');

const compromise =
  (useTruecase: boolean): Method =>
  (s, i) => {
    const text = useTruecase ? truecase(s) : s.text;
    const tok = s.tokens[i];
    const doc = nlp(text);
    const terms = (doc.json({ offset: true }) as { terms: { tags: string[]; offset: { start: number } }[] }[]).flatMap((x) => x.terms);
    // The term that covers our token's first character.
    let best: { tags: string[] } | undefined;
    for (const t of terms) if (tok && t.offset.start <= tok.start) best = t;
    return best?.tags.includes('Verb') ? 'V' : 'N';
  };

function main(file: string): number {
  if (!existsSync(file)) {
    console.error(`eval-nlp-libraries: ${file} not found (see ../shared/README.md)`);
    return 2;
  }
  const titles = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim()) {
      const row = JSON.parse(line) as { id: string; title: string };
      titles.set(row.id, row.title);
    }
  }
  const cases = POS_LABELS.flatMap(([id, word, nth, gold]) => {
    const title = titles.get(id);
    if (!title) return [];
    const s = headline(title);
    const at = s.tokens.map((t, i) => [t, i] as const).filter(([t]) => t.norm === word.toLowerCase())[nth]?.[1];
    return at === undefined ? [] : [{ s, at, gold, word: word.toLowerCase(), title }];
  });
  const methods: [string, Method][] = [
    ['wink-nlp, as written', wink(false)],
    ['wink-nlp, truecased', wink(true)],
    ['compromise, as written', compromise(false)],
    ['compromise, truecased', compromise(true)],
    ['wink-nlp, truecased + headline verbs (shipped)', shipped],
  ];
  console.log(
    `${cases.length} labelled deal words in ${new Set(cases.map((c) => c.title)).size} headlines (${cases.filter((c) => c.gold === 'V').length} verbs)`,
  );
  console.log('| method | accuracy | verbs found (recall) | verb precision | headlines/s |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, method] of methods) {
    let right = 0;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const c of cases) {
      const got = method(c.s, c.at);
      if (got === c.gold) right += 1;
      else wrong.push(`${c.word}=${got}: ${c.title}`);
      if (got === 'V' && c.gold === 'V') tp += 1;
      if (got === 'V' && c.gold === 'N') fp += 1;
      if (got === 'N' && c.gold === 'V') fn += 1;
    }
    // Speed: tag every headline of the file, after a warm-up round.
    const all = [...titles.values()].map(headline);
    for (const s of all) method(s, 0);
    const started = performance.now();
    let n = 0;
    while (performance.now() - started < 1500) {
      for (const s of all) method(s, 0);
      n += all.length;
    }
    const perSecond = (n / (performance.now() - started)) * 1000;
    console.log(
      `| ${name} | ${(right / cases.length).toFixed(3)} | ${(tp / (tp + fn)).toFixed(3)} | ${(tp / Math.max(1, tp + fp)).toFixed(3)} | ${perSecond.toFixed(0)} |`,
    );
    if (process.argv.includes('--wrong')) for (const w of wrong) console.log(`    ${w}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? DEFAULT);
