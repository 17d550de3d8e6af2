// createDealAnalyzer wires the stage together: sentences, watchlist matches, part-of-
// speech tags for the sentences that carry a deal cue, organisations, deal evidence
// and frames, status, roles, amount and summary. Everything is compiled once per
// analyzer; analyze() is pure. explain() runs the same analysis and keeps its reasons.

import type { CompanyRole, DealAnalysis, DealExplanation, DealType, ExplainedDealAnalysis, Story, WatchedCompany } from '../model/deal.js';
import { dealAmount } from './amount.js';
import { classify, frameSides, mayAddMoneyEvidence, scoreOf } from './classify.js';
import { createCompanyList } from './companies.js';
import { compileLexicon, type LexiconOverrides } from './compile-lexicon.js';
import { hasGappedPhrase, scanSentence, type PhraseHit, type StorySentence } from './evidence.js';
import { frameText, type Frame } from './frames.js';
import { knownCompanies } from './known-companies.js';
import { findOrgs, plainSentence, type OrgSpan } from './orgs.js';
import { tagSentence } from './pos.js';
import { contractLeadRoles, contractSides, governmentByApposition, orientContract } from './contract-roles.js';
import { copulaRoles } from './copula-roles.js';
import { leadRoles, pairRoles } from './lead-roles.js';
import { combinedUnits, ownedRoles, ownerships } from './ownership.js';
import { frameRoles, isGovernment, isRegulator } from './roles.js';
import { readStatus } from './status.js';
import { hasBoilerplate, isBoilerplate, isSummaryWorthy, summarize } from './summary.js';
import { cleanText, isShouty, isTitleCase, stripDeskLabel, tokenize, toSentences, type Sentence } from './text.js';
import { shouldTag, truecaseWord } from './truecase-words.js';
import { compileWatchlist, CORPORATE_SUFFIXES } from './watchlist.js';
import { compileWatchVariants } from './watch-variants.js';
import { w } from './weights.js';
import { isCommonWord } from './common-words.js';
import { DEMONYMS, PLACES } from './org-words.js';

export interface AnalyzerOptions {
  readonly watchlist: readonly WatchedCompany[];
  readonly lexicon?: LexiconOverrides;
}

export interface DealAnalyzer {
  /** The analysis: the `dealwatch classify` output minus "id". */
  analyze(story: Story): DealAnalysis;
  /** The same analysis with `explanation`: the frame, the features and the hedges behind the score. */
  explain(story: Story): ExplainedDealAnalysis;
  /**
   * explain() for a story that may be a deal; null, at the cost of the phrase scan only, for one that
   * certainly is none: no sentence analyze() reads for evidence holds a deal phrase or a money rule's
   * cue. The pipeline keeps only deals, so it skips the full analysis of most of any feed.
   */
  explainDeal(story: Story): ExplainedDealAnalysis | null;
  /** Watched companies named in text, canonical names, for filtering. */
  matchWatched(text: string): string[];
}

/** titleSentence keeps a headline as one sentence, whatever punctuation it has. */
function titleSentence(title: string): Sentence[] {
  const text = stripDeskLabel(cleanText(title));
  if (text.length === 0) return [];
  const tokens = tokenize(text);
  // Headlines are short, so three capitalised words already make one shouty, and so does a short one in
  // Title Case ("Comcast Mulls Bid for Sky").
  return [{ text, start: 0, tokens, shouty: isShouty(tokens, 3) || isTitleCase(tokens) }];
}

// Body sentences read for deal phrases.
const EVIDENCE_SENTENCES = 12;
// Body sentences that may be tagged when the headline carries no deal cue: the lead's.
const TAG_BODY_LIMIT = 4;

/**
 * mayBeDealFrom: whether any sentence classify reads for evidence holds a deal phrase, a gapped
 * phrase or a money rule's cue (at the positions classify reads them). Without one, classify
 * finds no type, so no deal: the screen behind explainDeal.
 */
function mayBeDealFrom(title: readonly Sentence[], body: readonly Sentence[], hitsOf: ReadonlyMap<Sentence, readonly PhraseHit[]>): boolean {
  const read = [...title.map((s) => ({ s, index: -1 })), ...body.slice(0, EVIDENCE_SENTENCES).map((s, index) => ({ s, index }))];
  return read.some(
    ({ s, index }) => (hitsOf.get(s) ?? []).some((h) => h.value.kind === 'deal') || (index < 3 && hasGappedPhrase(s)) || (index < 2 && mayAddMoneyEvidence(s)),
  );
}

/** anotherDeal: the frame's deal is called another one ("its separate offer for Sky", "another acquisition"). */
function anotherDeal(frame: Frame): boolean {
  const toks = frame.sentence.tokens;
  for (let k = Math.max(0, frame.from - 2); k < frame.from; k += 1) if (toks[k]?.norm === 'separate' || toks[k]?.norm === 'another') return true;
  return false;
}

/**
 * createDealAnalyzer compiles the watchlist trie and the lexicon once; the returned
 * analyzer is frozen and safe to share, and analyze() has no side effects.
 */
export function createDealAnalyzer(options: AnalyzerOptions): DealAnalyzer {
  const watch = compileWatchlist(options.watchlist);
  const variants = compileWatchVariants(options.watchlist);
  const knownNames = knownCompanies();
  const trie = compileLexicon(options.lexicon);

  // With `screen`, run() returns null as soon as the evidence sentences show no deal is possible.
  function run(story: Story, screen: true): { analysis: DealAnalysis; explanation: () => DealExplanation } | null;
  function run(story: Story, screen?: false): { analysis: DealAnalysis; explanation: () => DealExplanation };
  function run(story: Story, screen = false): { analysis: DealAnalysis; explanation: () => DealExplanation } | null {
    const title = titleSentence(story.title);
    const allBody = toSentences(story.body);
    // Boilerplate ("For further reading: ...") is not story text, but the names in it are still mentions.
    const boilerplate = hasBoilerplate(story.body);
    const body = boilerplate ? allBody.filter((s) => !isBoilerplate(s.text)) : allBody;
    const hitsOf = new Map<Sentence, PhraseHit[]>();
    // Deal evidence comes from the headline and the first paragraphs: later ones are background (an
    // older deal, a rival's) and measured no help on either eval set; their names are still read.
    for (const s of title) hitsOf.set(s, scanSentence(s, trie));
    for (let i = 0; i < Math.min(body.length, EVIDENCE_SENTENCES); i += 1) hitsOf.set(body[i] as Sentence, scanSentence(body[i] as Sentence, trie));
    if (screen && !mayBeDealFrom(title, body, hitsOf)) return null;
    // The tagger reads the sentence that carries the deal: the headline when it has a deal cue, else the lead's.
    const tagged = new Set<Sentence>();
    for (const s of title) if (shouldTag(hitsOf.get(s) ?? [], s)) tagged.add(s);
    if (tagged.size === 0) {
      const lead = body.slice(0, TAG_BODY_LIMIT).find((s) => shouldTag(hitsOf.get(s) ?? [], s));
      if (lead) tagged.add(lead);
    }
    const posOf = (s: Sentence): ReturnType<typeof tagSentence> | undefined =>
      tagged.has(s) ? tagSentence(s, (t) => truecaseWord(t.norm), s.shouty || s === title[0]) : undefined;

    // Body organisations first: names written in running text also hold in the headline.
    const orgsOf = new Map<Sentence, OrgSpan[]>();
    const posMap = new Map<Sentence, ReturnType<typeof tagSentence> | undefined>();
    const storyNames: string[][] = [];
    // Watched companies the body names in ordinary prose: a headline may name them in its own capitals.
    const confirmed = new Set<WatchedCompany>();
    const orgsFor = (s: Sentence, headline: boolean, names?: readonly (readonly string[])[]): OrgSpan[] => {
      const pos = posOf(s);
      posMap.set(s, pos);
      const watchHits = watch.size > 0 ? watch.matchSentence(s, headline ? confirmed : undefined) : [];
      if (!headline && !s.shouty) for (const h of watchHits) confirmed.add(h.company);
      const knownHits = !plainSentence(s.tokens) ? knownNames.matchSentence(s) : [];
      return findOrgs({ sentence: s, pos, watchHits, knownHits, storyNames: names });
    };
    // Only a headline in capitals or Title Case needs the body's names (its own capitals prove little).
    const shoutyTitle = title.some((s) => s.shouty);
    // In capitals (not Title Case) a headline gives no case to tell "JIO" from "Jio Platforms" by.
    const capsTitle = title.some((s) => s.text.replace(/[^\p{L}]/gu, '') === s.text.replace(/[^\p{L}]/gu, '').toUpperCase());
    for (const s of allBody) {
      const orgs = orgsFor(s, false);
      orgsOf.set(s, orgs);
      if (shoutyTitle && !s.shouty) {
        for (const o of orgs) {
          if (!o.strong || o.kind !== 'org' || storyNames.length >= 24) continue;
          const words = s.tokens
            .slice(o.from, o.to)
            .filter((t) => t.word)
            .map((t) => t.norm);
          // "Jio Platforms" is "JIO" in the headline: a first word that is a name of its own stands for the whole
          // (a watched name too: the watchlist finds only its full form).
          const head = words[0] as string;
          if (capsTitle && words.length >= 2 && head.length >= 3 && !head.includes('.') && !isCommonWord(head) && !PLACES.has(head) && !DEMONYMS.has(head))
            storyNames.push([head]);
          if (o.watched) continue;
          // A name made only of places and nationalities ("British") names nothing in a headline.
          if (words.every((x) => PLACES.has(x) || DEMONYMS.has(x))) continue;
          storyNames.push(words);
          // "<Metro Funding Corp>" is "METRO FUNDING" in the headline, "Guinness Plc" is "GUINNESS".
          if (words.length >= 2 && CORPORATE_SUFFIXES.has(words[words.length - 1] as string)) storyNames.push(words.slice(0, -1));
          // "H.J. Heinz Co" is "HEINZ": the first word that is a name of its own.
          const own = words.find((x) => !x.includes('.') && x.length >= 4);
          if (words.length >= 2 && own && own !== words[0] && !isCommonWord(own) && !PLACES.has(own) && !DEMONYMS.has(own)) storyNames.push([own]);
        }
      }
    }
    for (const s of title) orgsOf.set(s, orgsFor(s, true, shoutyTitle ? storyNames : undefined));

    const sentences: StorySentence[] = [
      ...title.map((s) => ({ index: -1, sentence: s, hits: hitsOf.get(s) ?? [], pos: posMap.get(s), orgs: orgsOf.get(s) ?? [] })),
      ...body.map((s, i) => ({ index: i, sentence: s, hits: hitsOf.get(s) ?? [], pos: posMap.get(s), orgs: orgsOf.get(s) ?? [] })),
    ];
    const cls = classify(sentences);
    const positionOf = (s: Sentence): number => (s === title[0] ? w('position:title') : 1);
    const bodyEvals = cls.evals.filter((e) => e.ss.index >= 0 && e.total > 0);
    const maxBody = bodyEvals.reduce((m, e) => Math.max(m, e.total), 0);
    const leadEval = cls.deal ? bodyEvals.find((e) => e.total >= maxBody / 2) : undefined;
    // Status from the headline, then the lead: the first body sentence (or the second, when the first has no deal).
    const first = cls.evals.find((e) => e.ss.index === 0);
    const statusLead = first && first.total === 0 && body.length > 1 ? body.slice(0, 2) : body.slice(0, 1);
    // Where the deal words start in a lead sentence (rumour cues after them hedge something else).
    const dealAt = (s: Sentence): number => {
      const e = cls.evals.find((x) => x.ss.sentence === s);
      const first = e?.deals.filter((d) => d.weight >= 1).reduce((m, d) => Math.min(m, d.to), Infinity);
      return first ?? Infinity;
    };
    // ... and where any deal word starts, however weak ("Raises $425 Million ... After Visa Deal Collapse").
    const firstDeal = (s: Sentence): number => {
      const e = cls.evals.find((x) => x.ss.sentence === s);
      return e?.deals.reduce((m, d) => Math.min(m, d.from), Infinity) ?? Infinity;
    };
    const status = cls.deal ? readStatus(title[0], statusLead, cls.type, dealAt, firstDeal) : null;
    let evidence = cls.evidence;
    const hedges = [...cls.hedges];
    if (status && (status.status === 'rumored' || status.status === 'terminated' || status.status === 'denied')) {
      evidence += w('hedge:status');
      hedges.push({ feature: `hedge:${status.status}`, text: status.cue ?? '', weight: w('hedge:status') });
    }

    // Roles from the frames of the headline and the lead; everyone else named is mentioned.
    const companies = createCompanyList(variants);
    const roleFrames: Frame[] = [];
    if (cls.deal && cls.type) {
      // The best frame of the headline and of the first body sentence that carries the deal.
      // A relative clause's deal ("the chain it bought in 2019") is background, and so is one called another ("its
      // separate offer for Sky"): any other frame of the sentence comes first.
      const best = (inTitle: boolean): Frame | undefined => {
        const own = cls.frames.filter((f) => (f.frame.sentence === title[0]) === inTitle);
        const first = own[0]?.frame.sentence;
        const mine = own.filter((f) => !anotherDeal(f.frame));
        return (mine.find((f) => f.frame.sentence === first && !f.frame.relative) ?? mine[0] ?? own[0])?.frame;
      };
      const titleFrame = best(true);
      const bodyFrame = best(false);
      if (titleFrame) roleFrames.push(titleFrame);
      if (bodyFrame) roleFrames.push(bodyFrame);
      const mainFrame = roleFrames.find((f) => f.subject.length > 0);
      const main: OrgSpan | undefined = mainFrame?.subject[0] ?? (orgsOf.get(title[0] as Sentence) ?? []).find((o) => o.strong);
      const lead = [...title, ...body.slice(0, 3)].map((s) => ({ sentence: s, orgs: orgsOf.get(s) ?? [] }));
      // A contract's direction: the lead may say who supplies ("under which Greenfield will provide ...").
      const sides = cls.type === 'contract' ? contractSides(lead) : undefined;
      // "Germany's armed forces, the Bundeswehr,": a name the lead puts beside a government noun is a government.
      const govNames = cls.type === 'contract' ? governmentByApposition(lead) : undefined;
      // "Marwood signs tram contract" after "The Marwood Transit Authority signed ...": a short name of a government body
      // the lead names in full is that body.
      const govFull = cls.type === 'contract' ? lead.flatMap((l) => l.orgs.filter(isGovernment).map((o) => `${o.name.toLowerCase()} `)) : [];
      const government = (o: OrgSpan): boolean =>
        isGovernment(o) || (govNames?.has(o.name.toLowerCase()) ?? false) || govFull.some((n) => n.startsWith(`${o.name.toLowerCase()} `));
      const rolesOf = (f: Frame): readonly { org: OrgSpan; role: CompanyRole }[] =>
        sides ? orientContract(frameRoles(f, cls.type as DealType, main, government), sides) : frameRoles(f, cls.type as DealType, main, government);
      // "The buyer is Vantage Health Partners": a side the lead names in so many words comes before any frame's reading.
      for (const r of copulaRoles(cls.type, lead)) companies.note(r.org, r.role);
      for (const f of roleFrames) for (const r of rolesOf(f)) companies.note(r.org, r.role);
      // Other strong deal phrases of the same sentences fill in what the best frames left out.
      const roleSentences = new Set(roleFrames.map((f) => f.sentence));
      for (const { frame, hit } of cls.frames) {
        if (!roleSentences.has(frame.sentence) || roleFrames.includes(frame) || frame.relative || hit.weight / Math.max(1, positionOf(frame.sentence)) < 2.5)
          continue;
        // "invest $10 billion in Occidental, contingent on its acquisition of Anadarko": another deal's frame names no side of this one.
        if (cls.type === 'investment' && hit.type === 'acquisition') continue;
        // "said it would concentrate on its separate offer for Sky": a deal said to be another is no side of this one.
        if (anotherDeal(frame)) continue;
        for (const r of rolesOf(frame)) companies.note(r.org, r.role);
      }
      // "Pelham is being sold by Karsten Line": a later lead sentence that says again, in the passive, what happens
      // to a side already placed names who does it. Only such a frame: the later sentences' other deals are
      // background ("follows similar supply deals with Pfizer", "its planned sale to Tapestry last year").
      const placed = (o: OrgSpan): boolean => (companies.roleOf(o) ?? 'mentioned') !== 'mentioned';
      for (const { frame, hit } of cls.frames) {
        if (roleSentences.has(frame.sentence) || frame.sentence === title[0] || frame.relative || hit.type !== cls.type) continue;
        if (!frame.passive || !frame.slots.get('by') || anotherDeal(frame)) continue;
        const found = rolesOf(frame);
        const again = found.some((r) => frame.subject.includes(r.org) && companies.roleOf(r.org) === r.role);
        if (again) for (const r of found) if (!placed(r.org)) companies.note(r.org, r.role);
      }
      for (const r of leadRoles(cls.type, lead)) companies.note(r.org, r.role);
      if (cls.type === 'contract') for (const r of contractLeadRoles(lead, government, isRegulator, sides)) companies.note(r.org, r.role);
      if (cls.type === 'acquisition')
        for (const r of pairRoles(orgsOf.get(title[0] as Sentence) ?? [], title[0], companies.roleOf)) companies.note(r.org, r.role);
      // "UAL Corp, the parent of United Airlines"; "Teck's coal business, Elk Valley Resources": roles pass along ownership.
      for (const r of ownedRoles(cls.type, ownerships(lead), companies.roleOf, companies.hasRole)) companies.note(r.org, r.role);
      if (cls.type === 'merger' || cls.type === 'joint_venture') for (const o of combinedUnits(lead)) companies.note(o, 'party');
    }
    for (const s of [...title, ...allBody]) for (const o of orgsOf.get(s) ?? []) if (o.kind === 'org') companies.note(o, 'mentioned');

    // `body` is already free of boilerplate.
    const summaryPool = body.filter((s) => isSummaryWorthy(s.text, true));
    const lead = leadEval ? Math.max(0, summaryPool.indexOf(leadEval.ss.sentence)) : 0;
    const amountScope =
      cls.deal && status?.status !== 'denied'
        ? [
            ...new Set([
              ...roleFrames.map((f) => f.sentence),
              ...(leadEval && leadEval.ss.index < 3 ? [leadEval.ss.sentence] : []),
              ...cls.dealSentences.filter((e) => e.ss.index < 3).map((e) => e.ss.sentence),
            ]),
          ].map((s) => s.text)
        : [];
    const analysis: DealAnalysis = Object.freeze({
      deal: cls.deal,
      type: cls.type,
      status: status?.status ?? null,
      score: scoreOf(evidence),
      companies: companies.list(),
      amount: dealAmount(amountScope, cls.type),
      summary: summarize(
        summaryPool.map((s) => s.text),
        lead,
        story.title,
      ),
    });
    const explanation = (): DealExplanation => {
      const frame = roleFrames.find((f) => frameSides(f) >= 2) ?? roleFrames[0];
      const hit = frame ? cls.frames.find((f) => f.frame === frame)?.hit : undefined;
      return Object.freeze({
        frame: frame && hit ? frameText(frame, hit.phrase.replace(/=/g, '')) : null,
        features: Object.freeze([...cls.features].sort((a, b) => b.weight - a.weight)),
        hedges: Object.freeze(hedges.sort((a, b) => a.weight - b.weight)),
      });
    };
    return { analysis, explanation };
  }

  return Object.freeze({
    analyze: (story: Story) => run(story).analysis,
    explain: (story: Story): ExplainedDealAnalysis => {
      const { analysis, explanation } = run(story);
      return Object.freeze({ ...analysis, explanation: explanation() });
    },
    explainDeal: (story: Story): ExplainedDealAnalysis | null => {
      const result = run(story, true);
      return result && Object.freeze({ ...result.analysis, explanation: result.explanation() });
    },
    matchWatched: (text: string) => watch.matchText(text),
  });
}
