// createDealAnalyzer wires the stage together: sentences, watchlist matches,
// deal classification, organisations and roles, amount and summary. Everything
// is compiled once per analyzer; analyze() is pure and allocation-light.

import type { CompanyRole, DealAnalysis, DealCompany, Story, WatchedCompany } from '../model/deal.js';
import { dealAmount } from './amount.js';
import { classify, compileLexicon, type LexiconOverrides, type PhraseHit, type SentenceEval } from './classify.js';
import { findOrgs, type OrgSpan } from './orgs.js';
import { assignRoles, slotsFor } from './roles.js';
import { hasBoilerplate, isBoilerplate, isSummaryWorthy, summarize } from './summary.js';
import { cleanText, isShouty, tokenize, toSentences, type Sentence } from './text.js';
import { compileWatchlist, type WatchHit } from './watchlist.js';

export interface AnalyzerOptions {
  readonly watchlist: readonly WatchedCompany[];
  readonly lexicon?: LexiconOverrides;
}

export interface DealAnalyzer {
  analyze(story: Story): DealAnalysis;
  /** Watched companies named in text, canonical names, for filtering. */
  matchWatched(text: string): string[];
}

/** titleSentence keeps a headline as one sentence, whatever punctuation it has. */
function titleSentence(title: string): Sentence[] {
  const text = cleanText(title);
  if (text.length === 0) return [];
  const tokens = tokenize(text);
  // Headlines are short, so three capitalised words already make one shouty.
  return [{ text, start: 0, tokens, shouty: isShouty(tokens, 3) }];
}

/** orgKey makes "Splunk" and "Splunk Inc." the same organisation. */
function orgKey(name: string): string {
  return name.toLowerCase().replace(/[.,]/g, '').replace(/\s+(inc|corp|corporation|co|ltd|limited|llc|plc|ag|sa|nv|se)$/, '');
}

const ROLE_RANK: Readonly<Record<CompanyRole, number>> = {
  acquirer: 0, target: 0, investor: 0, investee: 0, party: 1, mentioned: 2,
};

/** strongestHit is the deal phrase of the chosen type carrying most weight in a sentence. */
function strongestHit(e: SentenceEval, type: string): PhraseHit | undefined {
  let best: PhraseHit | undefined;
  for (const h of e.hits) {
    if (h.value.kind !== 'deal') continue;
    const sameType = h.value.type === type || (type === 'investment' && h.value.type === 'acquisition');
    if (!sameType) continue;
    if (!best || (best.value.kind === 'deal' && h.value.weight > best.value.weight)) best = h;
  }
  return best;
}

/**
 * createDealAnalyzer compiles the watchlist trie and the lexicon once; the returned
 * analyzer is frozen and safe to share, and analyze() has no side effects.
 */
export function createDealAnalyzer(options: AnalyzerOptions): DealAnalyzer {
  const watch = compileWatchlist(options.watchlist);
  const trie = compileLexicon(options.lexicon);

  const analyze = (story: Story): DealAnalysis => {
    const title = titleSentence(story.title);
    const allBody = toSentences(story.body);
    // Boilerplate ("For further reading: ...") is not story text, but the names in it are still mentions.
    const body = hasBoilerplate(story.body) ? allBody.filter((s) => !isBoilerplate(s.text)) : allBody;
    const cls = classify(title, body, trie);
    const all = [...title, ...allBody];
    const hitsBySentence = new Map<Sentence, WatchHit[]>();
    for (const s of all) hitsBySentence.set(s, watch.size > 0 ? watch.matchSentence(s) : []);

    // Role-bearing sentences: the headline if it carries the deal, and the strongest body deal sentence.
    const roleSentences: SentenceEval[] = [];
    if (cls.deal && cls.type) {
      const titleEval = cls.dealSentences.find((e) => e.index < 0);
      const bodyEval = cls.dealSentences.find((e) => e.index >= 0);
      if (titleEval) roleSentences.push(titleEval);
      if (bodyEval && (!titleEval || bodyEval.index < 3)) roleSentences.push(bodyEval);
    }
    const roles = new Map<string, { name: string; role: CompanyRole; watched: boolean; order: number }>();
    let order = 0;
    const note = (org: OrgSpan, role: CompanyRole): void => {
      const key = orgKey(org.name);
      const prev = roles.get(key);
      if (!prev) roles.set(key, { name: org.name, role, watched: org.watched, order: order++ });
      else if (ROLE_RANK[role] < ROLE_RANK[prev.role]) roles.set(key, { ...prev, role });
    };
    const roleSet = new Set(roleSentences.map((e) => e.sentence));
    for (const e of roleSentences) {
      const hit = strongestHit(e, cls.type as string);
      if (!hit) continue;
      const orgs = findOrgs(e.sentence, hitsBySentence.get(e.sentence) ?? [], slotsFor(e.sentence, hit));
      for (const r of assignRoles(e.sentence, hit, cls.type as NonNullable<typeof cls.type>, orgs)) note(r.org, r.role);
    }
    for (const s of all) {
      if (roleSet.has(s) && cls.deal) continue;
      for (const org of findOrgs(s, hitsBySentence.get(s) ?? [], [])) note(org, 'mentioned');
    }
    for (const s of roleSet) for (const org of findOrgs(s, hitsBySentence.get(s) ?? [], [])) note(org, 'mentioned');
    const companies: DealCompany[] = [...roles.values()]
      .sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.order - b.order)
      .map(({ name, role, watched }) => ({ name, role, watched }));

    // Summary lead: the earliest body sentence carrying at least half the strongest body deal evidence.
    const bodyEvals = cls.evals.filter((e) => e.index >= 0 && e.total > 0);
    const maxBody = bodyEvals.reduce((m, e) => Math.max(m, e.total), 0);
    const leadEval = cls.deal ? bodyEvals.find((e) => e.total >= maxBody / 2) : undefined;
    const summaryPool = body.filter((s) => isSummaryWorthy(s.text));
    const lead = leadEval ? Math.max(0, summaryPool.indexOf(leadEval.sentence)) : 0;

    const amountScope = cls.deal
      ? [
        ...roleSentences.map((e) => e.sentence.text),
        ...(leadEval && leadEval.index < 3 ? [leadEval.sentence.text] : []),
        ...cls.dealSentences.filter((e) => e.index >= 0 && e.index < 3).map((e) => e.sentence.text),
      ]
      : [];
    const amount = dealAmount(amountScope);
    const summary = summarize(summaryPool.map((s) => s.text), lead, story.title);

    return Object.freeze({ deal: cls.deal, type: cls.type, score: cls.score, companies, amount, summary });
  };

  return Object.freeze({ analyze, matchWatched: (text: string) => watch.matchText(text) });
}
