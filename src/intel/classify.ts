// The deal classifier: sums sentence evidence (evidence.ts), adds what the deal
// frames found (a company on each side, money raised), takes away the hard
// negatives (negatives.ts), damps earnings reports, and decides. Every number is a
// row of weights.ts, and every step leaves a trace item for `explain`.
// The watchlist plays no part here, so `deal` is the same whoever is watching.

import type { DealType, ExplanationItem } from '../model/deal.js';
import { evaluate, raisesMoney, type DealHit, type SentenceEvidence, type StorySentence } from './evidence.js';
import { readFrame, type Frame } from './frames.js';
import type { Sentence, Token } from './text.js';
import { findNegatives, type NegativeHit } from './negatives.js';
import { moneyForFund } from './raised-money.js';
import { fundInStartup, stakeNotRound } from './venture.js';
import { w, NEGATIVE_SCOPE } from './weights.js';

export interface Classification {
  readonly deal: boolean;
  readonly type: DealType | null;
  readonly evidence: number;
  readonly evals: readonly SentenceEvidence[];
  /** Sentences carrying the chosen type, strongest first. */
  readonly dealSentences: readonly SentenceEvidence[];
  /** Frames of the chosen type in the headline and lead, headline first. */
  readonly frames: readonly { readonly frame: Frame; readonly hit: DealHit }[];
  readonly features: ExplanationItem[];
  readonly hedges: ExplanationItem[];
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** frameSides counts the sides of a frame that name an organisation (or "it"). */
export function frameSides(f: Frame): number {
  const subject = f.subject.length > 0 || f.subjectPronoun ? 1 : 0;
  const other = f.object.length > 0 || f.slots.size > 0 || f.possessor || f.modifier.length > 0 || f.selector.length > 0 ? 1 : 0;
  return subject + other + (f.subject.length > 1 ? 1 : 0);
}

const MONEY = String.raw`(?:(?:US|C|A|HK)?\$\s?\d[\d.,]*(?:\s?(?:million|billion|mln|bln|bn|m))?|(?:\d[\d.,/-]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)(?:\s(?:mln|bln|million|billion))?\s?(?:dlrs?|dollars|stg|pounds|francs|marks|yen|euros))`;
const PER_SHARE = new RegExp(
  String.raw`\b(?:offer(?:s|ed|ing)?|bids?|bidding|bid|pay(?:s|ing)?|paid|proposes?|proposed|sweeten(?:s|ed)?|raises? (?:its |the )?(?:offer|bid) to)\s+(?:about\s+|up to\s+)?${MONEY}\s*(?:a|per|/)?\s*(?:share|shr)\b`,
  'i',
);
const PRICE_FOR = new RegExp(
  String.raw`\b(?:receive[sd]?|receiving|fetch(?:es|ed)?|get(?:s)?|sells?\s+\w+\s+for|sold\s+\w+\s+for)\s+(?:about\s+)?${MONEY}\s+(?:in cash\s+)?for\s+(?:its\s+|the\s+)?[A-Z\w]`,
  'i',
);

// "Dunmore raises Calloway offer", "sweetens its bid for X", "amends Calloway offer": a bid changed is a bid made.
const BID_VERBS = String.raw`raises|raised|sweetens|sweetened|boosts|boosted|ups|lifts|lifted|improves|improved|increases|amends|revises|extends|withdraws`;
// "Calloway's amended offer", "a sweetened bid": the same change, said with an adjective.
const BID_ADJECTIVES = String.raw`amended|increased|revised|sweetened|improved|raised|higher|rival|competing`;
// "Bramhall's improved 520p offer", "a sweetened $5.6 billion bid": the new price may stand before the noun.
const BID_PRICE = String.raw`(?:\d[\d.,]*\s?(?:p|pence)(?:[- ]a[- ]share)?\s+|(?:US\$|C\$|A\$|[$€£¥])\s?\d[\d.,]*\s?(?:bn|m|mln|million|billion)?(?:[- ]a[- ]share)?\s+)?`;
const BID_CHANGED = new RegExp(
  String.raw`\b(?:(?:${BID_VERBS})\s+(?:its\s+|the\s+|their\s+)?(?:[A-Z][\w&'.-]*\s+){0,3}|(?:${BID_ADJECTIVES})\s+(?:[A-Z][\w&'.-]*\s+){0,2})${BID_PRICE}(?:offer|bid|proposal)\b`,
);
// In capitals or Title Case every word looks like a name: the same pattern, in any case.
const BID_CHANGED_SHOUTY = new RegExp(BID_CHANGED.source, 'i');

// Phrases too generic to name a deal's type on their own.
const MERGE_WORDS = /\b(?:merge|merges|merging|merged|merger of equals|combine|combines|combining|combination|amalgamat\w*)\b/i;
// A headline that ends a deal: "call off", "scraps", "terminate", "walks away from".
const TERMINATES =
  /\b(?:call(?:s|ed|ing)?\s+off|scrap(?:s|ped)?|terminat\w*|abandon\w*|drop(?:s|ped)?|ends?|ended|walk(?:s|ed)?\s+away|pull(?:s|ed)?\s+out|cancel\w*|withdraw\w*)\b/i;
const GENERIC: ReadonlySet<string> = new Set(['=agreement =with', '=deal =with', '=pact =with', '=agreement', '=deal', '=pact', '=agreed =with', '=tie =up']);

/** betterFrame: more sides named; at equal sides, a verb ("to buy") over a noun ("stake"), then the heavier phrase. */
function betterFrame(a: Frame, ah: DealHit, b: Frame, bh: DealHit): boolean {
  const sa = frameSides(a);
  const sb = frameSides(b);
  if (sa !== sb) return sa > sb;
  if (a.nominal !== b.nominal) return !a.nominal;
  return ah.weight > bh.weight;
}

const RAISE_VERBS = /^(raise|raises|raised|raising|lands|landed|secures|secured|closes|closed|gets|got|bags|bagged|nabs|nabbed|picks)$/;
// "closed its $71.3 billion purchase": money that pays for a deal, not money raised.
const DEAL_NOUN_AFTER = /^(purchase|acquisition|takeover|buyout|deal|merger|stake|contract|order|offer|bid|sale|investment)$/;

function isMoney(toks: readonly { raw: string }[], k: number): boolean {
  return ['$', '€', '£', '¥', '₹'].includes(toks[k]?.raw ?? '');
}

/** moneyRound: "$235M round", "$42 million Series A", "$1 billion funding round" from the currency sign at k. */
function moneyRound(toks: readonly { norm: string; word: boolean; digit: boolean }[], k: number): boolean {
  let j = k + 1;
  while (j < toks.length && j < k + 4 && (toks[j]?.digit || /^(million|billion|bn|m|mln)$/.test(toks[j]?.norm ?? ''))) j += 1;
  for (let i = j; i < Math.min(toks.length, j + 2); i += 1) if (/^(round|series|seed|funding|financing)$/.test(toks[i]?.norm ?? '')) return true;
  return false;
}

function moneyForDeal(toks: readonly { norm: string; word: boolean; digit: boolean }[], from: number): boolean {
  let k = from;
  while (
    k < toks.length &&
    k < from + 8 &&
    (!toks[k]?.word || toks[k]?.digit || /^(its|a|an|the|about|billion|million|bn|m|mln|more|than|up|to|us)$/.test(toks[k]?.norm ?? ''))
  )
    k += 1;
  return DEAL_NOUN_AFTER.test(toks[k]?.norm ?? '');
}

// "to raise $1.5 billion in debt offering": money borrowed, not a round.
const DEBT = /^(debt|bond|bonds|notes|loan|loans|debentures|convertible|convertibles)$/;

function moneyForDebt(toks: readonly { norm: string }[], from: number): boolean {
  return toks.slice(from, from + 8).some((t) => DEBT.test(t.norm));
}

/** moneyCueAt: money named as a round at k ("$42 million Series A"), or a raising verb with money after it. */
function moneyCueAt(toks: readonly Token[], k: number): 'round' | 'raise' | null {
  if (isMoney(toks, k) && moneyRound(toks, k)) return 'round';
  return RAISE_VERBS.test(toks[k]?.norm ?? '') &&
    raisesMoney(toks, k + 1) &&
    !moneyForDeal(toks, k + 1) &&
    !moneyForDebt(toks, k + 1) &&
    !moneyForFund(toks, k + 1)
    ? 'raise'
    : null;
}

/** priceEvidence: a price for a company ("offers 36 dlrs a share for", "receive $588 million for its unit") or a changed bid. */
function priceEvidence(sentence: Sentence): RegExpExecArray | null {
  const text = sentence.text;
  // Cheap tests first: most sentences name no price and no bid.
  const priced = /\d/.test(text);
  const bid = /\b(?:offer|bid|proposal)\b/i.test(text) ? (sentence.shouty || text === text.toUpperCase() ? BID_CHANGED_SHOUTY : BID_CHANGED).exec(text) : null;
  return (priced ? (PER_SHARE.exec(text) ?? PRICE_FOR.exec(text)) : null) ?? bid;
}

/**
 * mayAddMoneyEvidence: whether classify's money rules (money raised, a round, a price, a changed bid)
 * could add evidence for this sentence: their own tests, without the grammar and organisation checks
 * that come after, so it is true whenever those rules fire. The deal screen's test.
 */
export function mayAddMoneyEvidence(sentence: Sentence): boolean {
  for (let k = 0; k < sentence.tokens.length; k += 1) if (moneyCueAt(sentence.tokens, k) !== null) return true;
  return priceEvidence(sentence) !== null;
}

/** classify scores a story; `sentences` holds the title (index -1) first, then the body. */
export function classify(sentences: readonly StorySentence[]): Classification {
  const lead = sentences.find((s) => s.index === 0)?.sentence;
  const evals = sentences.map((ss) => evaluate(ss, ss.index < 0 ? lead : undefined));
  const features: ExplanationItem[] = [];
  const hedges: ExplanationItem[] = [];
  const byType = new Map<DealType, number>();
  // What each sentence gave each type (phrases and frame features), so a hard negative can take it back.
  const fromSentence = new Map<SentenceEvidence, Map<DealType, number>>();
  const addType = (type: DealType, x: number, e?: SentenceEvidence): void => {
    byType.set(type, Math.max(0, (byType.get(type) ?? 0) + x));
    if (e && x > 0) {
      const m = fromSentence.get(e) ?? new Map<DealType, number>();
      m.set(type, (m.get(type) ?? 0) + x);
      fromSentence.set(e, m);
    }
  };
  for (const e of evals) {
    for (const [type, x] of e.byType) addType(type, x, e);
    for (const d of e.deals) features.push({ feature: `phrase:${d.type}`, text: d.text, weight: round2(d.weight) });
    for (const d of e.dropped) hedges.push({ feature: 'grammar', text: `${d.text}: ${d.why}`, weight: 0 });
  }

  // Frames in the headline and the lead: a company on each side of a deal word is a deal.
  const framed: { frame: Frame; hit: DealHit; e: SentenceEvidence }[] = [];
  for (const e of evals) {
    if (e.ss.index >= 3 || e.deals.length === 0) continue;
    let best: { frame: Frame; hit: DealHit } | undefined;
    for (const hit of e.deals) {
      // "led by", "with participation from" introduce investors; they are no predicate of their own.
      if (/^=(led|with) |^=co =led /.test(hit.phrase)) continue;
      const frame = readFrame(e.ss.sentence, e.ss.pos, e.ss.orgs, hit);
      framed.push({ frame, hit, e });
      if (!best || betterFrame(frame, hit, best.frame, best.hit)) best = { frame, hit };
    }
    // The bonus is for a real deal predicate in the headline or the first sentence, not for "offers" or "pay".
    const strong = framed
      .filter((f) => f.e === e && f.hit.weight >= w('frame:min-phrase') * e.position)
      .reduce<{ frame: Frame; hit: DealHit } | undefined>((b, f) => (!b || betterFrame(f.frame, f.hit, b.frame, b.hit) ? f : b), undefined);
    if (!best || !strong || e.ss.index > 0) continue;
    best = strong;
    const sidesFound = frameSides(best.frame);
    const bonus = sidesFound >= 2 ? w('frame:two-parties') : sidesFound === 1 ? w('frame:one-party') : 0;
    if (bonus > 0) {
      addType(best.hit.type, bonus * e.position, e);
      features.push({
        feature: sidesFound >= 2 ? 'frame:two-parties' : 'frame:one-party',
        text: e.ss.sentence.text.slice(0, 80),
        weight: round2(bonus * e.position),
      });
    }
  }
  // "Raises $40M", "lands €110 million": a company raising money is a funding round, or an IPO.
  let leadRaises = false;
  for (const e of evals) {
    if (e.ss.index >= 2) continue;
    const toks = e.ss.sentence.tokens;
    for (let k = 0; k < toks.length; k += 1) {
      // "Hugging Face's $235M round", "a $42 million Series A": money named as a round is raised money too.
      const cue = moneyCueAt(toks, k);
      if (cue === null) continue;
      const round = cue === 'round';
      if (!round && e.ss.pos && e.ss.pos[k] !== 'VERB' && e.ss.pos[k] !== 'AUX') continue;
      // "ElevenLabs triples valuation to $3.3 billion in $180 million round": a headline's round is its first name's.
      const hasSubject =
        e.ss.orgs.some((o) => o.to <= k && k - o.to <= 4) ||
        /^(we|it|company|its|our)$/.test(toks[k - 1]?.norm ?? '') ||
        toks[k - 1]?.norm === 'has' ||
        (round && e.ss.index < 0 && e.ss.orgs.some((o) => o.from === 0 && o.strong));
      if (!hasSubject) continue;
      const ipo = (e.byType.get('ipo') ?? 0) > 0;
      // The raising verb is a predicate of its own: "Sparrow gets $12 million from Techfund".
      if (!e.deals.some((d) => d.from <= k && k < d.to) && e.ss.index < 1) {
        const hit: DealHit = {
          type: ipo ? 'ipo' : 'funding',
          weight: 0,
          kind: ipo ? 'ipo' : 'raise',
          from: k,
          to: k + 1,
          phrase: '=raise',
          text: toks[k]?.raw ?? '',
        };
        framed.push({ frame: readFrame(e.ss.sentence, e.ss.pos, e.ss.orgs, hit), hit, e });
      }
      const x = w('frame:raise-money') * e.position;
      if (!round && !ipo && e.ss.index === 0) leadRaises = true;
      addType(ipo ? 'ipo' : 'funding', x, e);
      features.push({
        feature: 'frame:raise-money',
        text: e.ss.sentence.text.slice(toks[k]?.start ?? 0, toks[Math.min(toks.length - 1, k + 4)]?.end ?? 0),
        weight: round2(x),
      });
      break;
    }
  }

  // "offers 36 dlrs a share for Borg-Warner", "will receive 588 mln dlrs for its unit": a price for a company.
  for (const e of evals) {
    if (e.ss.index >= 2) continue;
    const m = priceEvidence(e.ss.sentence);
    if (!m) continue;
    const x = w('frame:price') * e.position;
    addType('acquisition', x, e);
    features.push({ feature: 'frame:price', text: m[0], weight: round2(x) });
  }

  // A headline deal word with no organisation anywhere in the headline ("Building data partnerships that last").
  const titleEval = evals.find((e) => e.ss.index < 0);
  const titleLetters = titleEval?.ss.sentence.text.replace(/[^\p{L}]/gu, '') ?? '';
  const titleAllCaps = titleLetters.length > 0 && titleLetters === titleLetters.toUpperCase();
  if (
    titleEval &&
    !titleAllCaps &&
    titleEval.total > 0 &&
    !titleEval.ss.orgs.some((o) => o.strong || o.kind === 'person') &&
    !framed.some((f) => f.e === titleEval && frameSides(f.frame) > 0)
  ) {
    const x = w('negative:no-party') * titleEval.position;
    for (const t of titleEval.byType.keys()) addType(t, x);
    hedges.push({ feature: 'negative:no-party', text: titleEval.ss.sentence.text.slice(0, 60), weight: round2(x) });
  }

  // Hard negatives, once per kind, at the strongest position they occur.
  const negatives: NegativeHit[] = findNegatives(
    evals,
    framed.map((f) => f.frame),
  );
  // A hard negative takes back what its own sentence gave the types it covers, then weighs against the rest.
  for (const n of negatives) {
    const given = fromSentence.get(n.e);
    const x = n.weight * n.position;
    let taken = 0;
    for (const type of NEGATIVE_SCOPE[n.kind] ?? []) {
      // A frame's negative takes back only its own phrase; a cue phrase its whole sentence.
      const own = n.hit ? n.e.deals.filter((d) => d.type === type && d.from === n.hit?.from).reduce((a, d) => a + d.weight, 0) : (given?.get(type) ?? 0);
      if (own > 0 && !n.hit) given?.set(type, 0);
      taken += own;
      addType(type, x - own);
    }
    hedges.push({ feature: `negative:${n.kind}`, text: n.text, weight: round2(x - taken) });
  }

  let evidence = [...byType.values()].reduce((a, b) => a + b, 0);
  // The headline's evidence: its phrases plus what its frames, prices and raised money added.
  const titleEvidence = evals.filter((e) => e.ss.index < 0).reduce((a, e) => a + [...(fromSentence.get(e)?.values() ?? [])].reduce((x, y) => x + y, 0), 0);
  let earnings = 0;
  let titleEarnings = false;
  for (const e of evals) {
    for (const h of e.ss.hits) if (h.value.kind === 'earnings') earnings += 1;
    if (e.ss.index < 0 && e.cues.has('earnings')) titleEarnings = true;
  }
  const titleDeal = titleEvidence >= w('threshold:title-deal');
  const hasTitle = sentences.some((s) => s.index < 0);
  let factor = 1;
  // "CARLING SELLS OIL UNIT, TAKES GAIN": a headline whose verb sells or buys with a company as subject is a deal headline.
  const titleVerbFrame = framed.some(
    (f) => f.e === titleEval && !f.frame.nominal && f.frame.subject.length > 0 && f.hit.weight >= w('frame:min-phrase') * f.e.position,
  );
  // "Scientific Micro said it has acquired Supermac" before a paragraph of its profits: a lead that reports a deal,
  // with a company in its frame and no earnings word of its own, is a deal story whatever the figures further down say.
  const leadDealFrame = framed.some((f) => f.e.ss.index === 0 && !f.e.cues.has('earnings') && f.hit.weight >= w('frame:lead-deal') && frameSides(f.frame) >= 1);
  if (!leadDealFrame && ((titleEarnings && titleEvidence < w('threshold:strong-title') && !titleVerbFrame) || (earnings >= 2 && !titleDeal))) {
    factor = w('damp:earnings');
    hedges.push({ feature: 'damp:earnings', text: 'reads as an earnings report', weight: round2(evidence * (factor - 1)) });
  } else if (hasTitle && !titleDeal && evidence > titleEvidence) {
    factor = w('damp:body-only');
    const body = Math.max(0, evidence - titleEvidence);
    hedges.push({ feature: 'damp:body-only', text: 'the headline says nothing of a deal', weight: round2(body * (factor - 1)) });
    evidence = titleEvidence + body * factor;
    factor = 1;
  }
  evidence *= factor;
  for (const [t, x] of byType) byType.set(t, x * factor);

  // The type: most evidence, the headline's own evidence counted once more (it names the story's deal).
  let type: DealType | null = null;
  let best = 0;
  // Only real deal phrases of the headline count here, not a generic "deal" or "agreement".
  const titleTypes = new Map<DealType, number>();
  for (const d of titleEval?.deals ?? []) {
    if (d.weight >= 1.5 * (titleEval?.position ?? 1) && !GENERIC.has(d.phrase)) titleTypes.set(d.type, (titleTypes.get(d.type) ?? 0) + d.weight);
  }
  for (const [t, x] of byType) {
    const score = x + (titleDeal ? (titleTypes.get(t) ?? 0) * w('type:title-bonus') : 0);
    if (score > best) {
      type = t;
      best = score;
    }
  }
  // "Visa and Plaid drop $5.3 billion deal", "enters merger agreement with": a headline that calls the deal a
  // merger without merging words is what its lead says; "Visa agreed to acquire Plaid" is an acquisition.
  const titleText = titleEval?.ss.sentence.text ?? '';
  if (
    type === 'merger' &&
    !MERGE_WORDS.test(titleText) &&
    framed.some(
      (f) => f.e.ss.index === 0 && f.hit.type === 'acquisition' && !f.frame.nominal && !f.frame.passive && f.hit.weight >= 2.5 && frameSides(f.frame) >= 2,
    )
  )
    type = 'acquisition';
  // "Dunmore calls off $4 billion Calloway deal": a headline that ends what it calls only a "deal" is the deal its
  // lead names ("the $4 billion takeover"), and its "deal" is read as that deal's noun. So is a headline "pact with"
  // or "in deal with" whose lead says what the deal is ("agreed to acquire"): the generic word names no type.
  const generic = type === 'partnership' || TERMINATES.test(titleText);
  if ((type === 'merger' || type === 'partnership') && titleTypes.size === 0 && generic) {
    const specific = (t: DealType, e: SentenceEvidence): boolean =>
      e.ss.index >= 0 && e.ss.index < 5 && e.deals.some((d) => d.type === t && d.weight / e.position >= 3 && d.phrase !== 'merger agreement');
    if (evals.some((e) => specific('acquisition', e)) && !evals.some((e) => specific('merger', e))) {
      type = 'acquisition';
      for (const f of framed.filter((x) => x.e === titleEval && GENERIC.has(x.hit.phrase))) {
        const hit: DealHit = { ...f.hit, type: 'acquisition', kind: 'nominal' };
        const frame = readFrame(f.e.ss.sentence, f.e.ss.pos, f.e.ss.orgs, hit);
        // "Dunmore and Calloway call off deal" does not say which one buys: the lead will.
        const pairOnly = frame.subject.length > 1 && frame.object.length === 0 && frame.modifier.length === 0 && frame.slots.size === 0;
        if (!pairOnly) framed.push({ frame, hit, e: f.e });
      }
    }
  }
  // "Tarn Aerospace reaches agreement with Vela Airlines" over "Tarn will supply engines ... under an agreement":
  // a headline that names only an agreement, deal or pact is the deal its lead names, when the lead names one
  // and calls it no partnership.
  if (type === 'partnership' && titleTypes.size === 0 && titleEval?.deals.some((d) => GENERIC.has(d.phrase))) {
    const leadHits = evals.filter((e) => e.ss.index === 0).flatMap((e) => e.deals.map((d) => ({ d, x: d.weight / e.position })));
    const named = leadHits.filter(({ d, x }) => x >= 2 && !GENERIC.has(d.phrase));
    const top = named.reduce<{ d: DealHit; x: number } | undefined>((b, h) => (!b || h.x > b.x ? h : b), undefined);
    if (top && top.d.type !== 'partnership' && !named.some(({ d }) => d.type === 'partnership')) type = top.d.type;
  }
  // "Amazon, Berkshire and JPMorgan team up" over "will form an independent company": partners who form a
  // venture in the lead have made a joint venture; the teaming up is how the headline says it.
  if (type === 'partnership' && evals.some((e) => e.ss.index === 0 && e.deals.some((d) => d.type === 'joint_venture' && d.weight / e.position >= 2.5)))
    type = 'joint_venture';
  // "Sony and KIRKBI invest $2 billion in Epic" whose lead says "Epic Games said it raised $2 billion from ...": a round.
  if (type === 'investment' && (leadRaises || fundInStartup(evals))) type = 'funding';
  else if (type === 'funding' && stakeNotRound(evals)) type = 'investment';
  const dealSentences =
    type === null
      ? []
      : evals
          .filter((e) => (e.byType.get(type as DealType) ?? 0) > 0)
          .sort((a, b) => (b.byType.get(type as DealType) ?? 0) - (a.byType.get(type as DealType) ?? 0) || a.ss.index - b.ss.index);
  // Frames that may give roles: the chosen type's, a stake's for an acquisition, any for a merger, partnership or JV.
  const partyType = type === 'merger' || type === 'partnership' || type === 'joint_venture';
  const related = (t: DealType): boolean =>
    t === type ||
    partyType ||
    (type === 'investment' && t === 'acquisition') ||
    (type === 'acquisition' && t === 'investment') ||
    (type === 'funding' && t === 'investment');
  // Best first within each sentence: most sides named, then a verb over a noun, then the heaviest phrase.
  const frames = framed
    .filter((f) => related(f.hit.type))
    .sort((a, b) => a.e.ss.index - b.e.ss.index || (betterFrame(a.frame, a.hit, b.frame, b.hit) ? -1 : betterFrame(b.frame, b.hit, a.frame, a.hit) ? 1 : 0))
    .map(({ frame, hit }) => ({ frame, hit }));
  const deal = evidence >= w('threshold:deal') && type !== null;
  return { deal, type: deal ? type : null, evidence, evals, dealSentences: deal ? dealSentences : [], frames: deal ? frames : [], features, hedges };
}

/** scoreOf maps evidence to a 0-1 confidence: 0.5 exactly at the deal threshold. */
export function scoreOf(evidence: number): number {
  if (evidence <= 0) return 0;
  const x = (evidence - w('threshold:deal')) / w('score:scale');
  return round2(1 / (1 + Math.exp(-x)));
}
