// Deal status from cue phrases in the headline and the lead: a deal is announced
// unless the text says it is done (completed), only talked about (rumored),
// off (terminated) or denied by a party (denied). The headline speaks first; the
// lead sentence only when the headline has no cue. Within one sentence a denial
// beats a termination, which beats a rumour, which beats completion: "denies it
// is in talks" is a denial, "calls off merger talks" a termination.

import type { DealStatus, DealType } from '../model/deal.js';
import { createPhraseTrie, type PhraseTrie } from './phrase-trie.js';
import type { Sentence, Token } from './text.js';

type Cue = Exclude<DealStatus, 'announced'> | 'none';

const cues = (status: Cue, phrases: string): (readonly [string, Cue])[] => phrases.split('|').map((p) => [p.trim(), status] as const);

// "a potential deal", "possible sale": only a deal may be potential ("a potential vaccine" is no rumour).
const POSSIBLE = ['potential', 'possible']
  .flatMap((w) =>
    [
      'deal',
      'sale',
      'merger',
      'combination',
      'bid',
      'offer',
      'takeover',
      'acquisition',
      'tie',
      'investment',
      'listing',
      'ipo',
      'transaction',
      'approach',
      'partnership',
      'alliance',
      'venture',
      'stake',
    ].map((n) => `=${w} =${n}`),
  )
  .join('|');

// "Sainsbury's and Asda in merger talks", "Sprint, T-Mobile revive merger talks": talks under way.
const TALKS = ['in', 'revive', 'revives', 'resume', 'resumes', 'hold', 'holds', 'held', 'enter', 'enters', 'open', 'opens']
  .flatMap((v) => ['merger', 'takeover', 'buyout', 'deal', 'sale'].map((n) => `=${v} =${n} =talks`))
  .join('|');

/** STATUS_CUES: phrase -> status ("=word" exact, otherwise stemmed). */
export const STATUS_CUES: readonly (readonly [string, Cue])[] = [
  ...cues(
    'denied',
    'deny|=denied|=denies|=not =in =talks|=no =talks|=not =in =discussions|=no =discussions|=not =for =sale|' +
      '=no =plans =to|=not =planning|=not =considering|=is =not =considering|=dismisses|=dismissed|=rejects =speculation|' +
      '=rejects =report|=rejected =speculation|=speculative|=clarifies|=clarification|=no =intention|=not =seeking|' +
      '=not =looking =to =sell|=not =exploring|=unfounded|=baseless|=not =pursuing|=no =such =talks|=received =no|' +
      '=has =not =received|=no =approach|=not =received =any|=no =offer =has|=not =engaged|=had =not =engaged',
  ),
  ...cues(
    'terminated',
    'call off|=called =off|=calls =off|terminate|=terminated|termination|abandon|=abandoned|=scraps|' +
      '=scrapped|=scrap|=withdraws|=withdrew|=withdrawn|=withdraw|=drops =bid|=drops =offer|=drops =deal|=dropped =its|' +
      '=walks =away|=walked =away|=walk =away|=collapsed|=collapses|=collapse|=ended =talks|=ends =talks|=end =talks|' +
      '=broke =off|=breaks =off|=cancelled|=canceled|=cancels|=pulls =out|=pulled =out|=pulls =ipo|=pulled =its =ipo|=shelves|=shelved|' +
      '=suspends|=suspended|=blocks|=blocked|=fell =through|=falls =through|=no =longer|=ends =pursuit|=ended =its =pursuit|' +
      '=would =not =make =a =firm =offer|=will =not =make =an =offer|=rebuffed|=ends =sale =talks|' +
      // "lets its offer lapse", "the offer has lapsed": a bid left to expire is off.
      '=lapse|=lapses|=lapsed',
  ),
  ...cues(
    'rumored',
    '=in =talks|=talks =to|=talks =with|=held =talks|=holding =talks|=exploring|=explores|=explore|=weighs|' +
      '=weighing|=considering|=considers|=mulls|=mulling|=eyes|=nears|=nearing|=close =to =a =deal|=close =to =an =agreement|' +
      '=approached|=made =an =approach|=people =familiar|=person =familiar|=sources =say|=sources =said|=according =to =people|' +
      '=people =aware|=reportedly|=is =said =to|=are =said =to|=rumoured|=rumored|=rumour|=rumor|=speculation|' +
      POSSIBLE +
      '|=could =announce|=may =announce|=in =discussions|=hires =bankers|=hired =bankers|=working =with =advisers|' +
      '=letter =of =intent|=in =advanced =talks|=exclusive =talks|=preliminary|=report =says|=reported =that|' +
      '=told =bloomberg|=ft =reports|=wsj =says|=nikkei =says|=cnbc =reports|=the =people =said|=files =confidentially|' +
      '=confidentially =filed|=is =preparing|=prepares|=preparing|=plans =to =go =public|=weighs =ipo|=expected =to =lead|' +
      // "Sainsbury's and Asda in merger talks", "Hasbro made takeover approach to Mattel", Bloomberg's "Apple Said to Buy":
      // talks, approaches and word from elsewhere, no deal yet.
      // (Talks that "began over dinner last spring" are the history of an agreed deal: only talks held now hedge it.)
      TALKS +
      '|=takeover =approach|=made =approach|=makes =approach|=said =to',
  ),
  ...cues(
    'completed',
    '=complete|=completed|=completes|=completion|=closes|=closed|=closing =of|=finalized|=finalised|' +
      '=finalizes|=finalises|=wraps =up|=wrapped =up|=now =owns|=took =control|=takes =control|=debut|=debuts|=first =day =of =trading|' +
      '=began =trading|=begins =trading|=started =trading|=priced =its|=prices|=priced|=opened =at|=opens|=shares =jump|' +
      '=shares =rose|=shares =fell|=shares =sink|=shares =slump|=formally =established|=final =close|=has =acquired|' +
      '=had =acquired|=has =been =acquired|=was =acquired|=has =bought|=have =bought|=had =bought|=pricing =of|=have =formed|=has =formed|=has =created|=have =created|=has =established|' +
      '=have =established|=was =formed|=were =formed|=has =launched|=have =launched|=has =merged|=have =merged|' +
      // The perfect of the deal's own verb: "has sold its unit", "has invested $100 million", "has taken a 30% stake".
      '=has =sold|=have =sold|=had =sold|=has =invested|=have =invested|=has =taken =a|=have =taken =a|=has =snapped =up|' +
      '=has =purchased|=have =purchased|=has =completed|=have =acquired|=has =been =sold|=have =been =sold|=has =been =bought|=have =been =bought|=has =been =purchased|' +
      // A simple past reported by the party: "Kestrel Labs said it bought Maple Ridge" (not "the chain it bought in 2019").
      '=it =bought|=it =sold|=it =acquired|=it =purchased|=they =bought|=it =raised|=it =increased|=it =lifted|' +
      // An offering that raised its money is done (a funding round's "raised" is its announcement: readStatus).
      '=raised|' +
      // A headline's present tense of a listing: "Roku raises $219 million in IPO", "Blue Apron goes public at $10".
      '=raises|=goes =public|=went =public|' +
      // "Coinbase soars in Nasdaq direct listing": a listing's first day of trading.
      '=soars =in|=jumps =in|=surges =in|=sinks =in|=slumps =in|=pops =in|=climbs =in|=tumbles =in|' +
      // Perfects that complete only with a deal noun ahead: "has made a $20 million investment", "has raised its stake".
      '=has =made|=have =made|=has =raised|=have =raised|=has =increased|=has =lifted|' +
      // ... and their reported past perfect: "said it had raised its stake", "said it had invested".
      '=had =made|=had =raised|=had =increased|=had =lifted|=had =invested|=had =taken =a|=had =purchased|=had =completed',
  ),
  // Neutral phrases that contain a cue word: longest match wins, so these hide it.
  ...cues(
    'none',
    '=expected =to =close|=to =close|=shares =closed|=closed =up|=closed =down|=closed =higher|=closed =lower|' +
      '=market =closed|=potential =buyers|=potential =bidders|=possible =that|=no =longer =needed|=drop =in|=shares =dropped|=to =complete|=completing|=contingent =on|=subject =to|' +
      '=conditional =on',
  ),
];
// "Visa and Plaid drop $5.3 billion deal": a drop with the deal a few words on.
// Attribution to another outlet: "..., Bloomberg reports", "..., the FT reported".
// A headline that names its source: "... - sources", "Sources: ...", "... -source", "Report: ...".
const SOURCED = /\s[-–—]\s*(?:sources?|sources say|source says|report|reports|media|paper|newspaper|insiders)\s*$|^(?:sources?|report)\s*:/i;
const REPORTED =
  /,\s*(?:the\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}\s+(?:reports?|reported)\b[^,]*$|\baccording to (?:a |the )?(?:report|people|sources|media)/;
// Rumour cues that say where a story came from may stand anywhere; the others ("exploring", "in talks")
// must come before the deal words they hedge: "may push it to explore a sale" hedges another deal.
const ATTRIBUTION = /^(people|person|sources|according|reportedly|is|are|the|told|ft|wsj|nikkei|cnbc|report)$/;
const DROPPED =
  /\b(?:drops?|dropped|dropping|end|ends|ended|ending|dissolves?|dissolved|unwinds?|unwound|exits?|exited|postpones?|postponed|shelves|shelved|delays?|delayed)\b(?:\s+\S+){0,5}?\s+(?:deal|bid|offer|merger|plans?|pursuit|takeover|acquisition|ipo|listing|offering|venture|alliance|partnership|collaboration|pact|agreement)\b/i;

const RANK: Readonly<Record<Cue, number>> = { denied: 4, terminated: 3, rumored: 2, completed: 1, none: 0 };

export interface StatusReading {
  readonly status: DealStatus;
  /** The words that decided it, for explanations. */
  readonly cue: string | null;
}

let trie: PhraseTrie<Cue> | undefined;

function cueTrie(): PhraseTrie<Cue> {
  if (!trie) {
    trie = createPhraseTrie<Cue>();
    for (const [p, s] of STATUS_CUES) trie.add(p, s);
  }
  return trie;
}

// "the companies said", "said in a statement", "WeWork said SoftBank would invest": a party speaks for the deal.
const OFFICIAL =
  /\b(?:the|both|two) compan(?:y|ies) (?:said|say|says|announced)\b|\bsaid in a (?:statement|filing|release)\b|\bannounced\b|^(?:[A-Z][\w.&'-]*\s+){1,4}(?:said|says)\s+(?:it|on|that|[A-Z])/;
// A cue after these ("... After Visa Deal Collapse") belongs to another clause than the deal's.
// ("... clearing the last hurdle before the deal closes": a time clause's completion is still to come.)
const SUBORDINATE: ReadonlySet<string> = new Set(['after', 'following', 'amid', 'despite', 'since', 'before', 'until', 'once']);

/** namedVenture: "have formed a joint venture, Trackwell Ostrava Components,": a venture with a name exists. */
function namedVenture(toks: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(toks.length - 2, from + 6); k += 1) {
    if (!/^(venture|company|entity)$/.test(toks[k]?.norm ?? '')) continue;
    const next = toks[k + 1];
    return (next?.raw === ',' && (toks[k + 2]?.cap ?? false)) || /^(called|named)$/.test(next?.norm ?? '');
  }
  return false;
}

const PERIOD_BEFORE = /\b(?:period|deadline|moratorium|standstill)\s*$/i;
const TO_COME = /^(ahead|before|set|prepares|preparing|plans|planned|upcoming|expected|eyes|awaits|awaited|readies|nears)$/;

/** sentenceCue: the strongest status cue in one sentence. */
function sentenceCue(
  s: Sentence,
  type: DealType | null,
  dealAt: number,
  official: boolean,
  clauseAt = Infinity,
): { status: Exclude<Cue, 'none'>; text: string } | undefined {
  const t = cueTrie();
  let best: { status: Exclude<Cue, 'none'>; text: string } | undefined;
  const dropped = DROPPED.exec(s.text);
  // "WAITING PERIOD ENDS ON ITS CHEMLAWN BID": a waiting period or a deadline that ends moves the bid on, it does not end it.
  // "... agreed to buy Thorne after a rival group dropped its bid": another bid's end, in the clause after the deal.
  const clauseStart = s.tokens[clauseAt]?.start ?? Infinity;
  if (dropped && dropped.index < clauseStart && !PERIOD_BEFORE.test(s.text.slice(0, dropped.index))) best = { status: 'terminated', text: dropped[0] };
  const reported = !best && !official ? (REPORTED.exec(s.text) ?? SOURCED.exec(s.text)) : null;
  if (reported) best = { status: 'rumored', text: reported[0].replace(/^,\s*/, '') };
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i += 1) {
    const m = toks[i]?.word ? t.longestAt(toks, i) : undefined;
    if (!m) continue;
    const status = m.value;
    const text = s.text.slice(toks[i]?.start ?? 0, toks[m.end - 1]?.end ?? 0);
    const attribution = ATTRIBUTION.test(toks[i]?.norm ?? '');
    if (status === 'none' || i > clauseAt || (status === 'rumored' && ((i > dealAt && !attribution) || (attribution && official)))) {
      i = m.end - 1;
      continue;
    }
    // Completion words only complete what they are about: a listing debut, a closed round or deal.
    if (
      status === 'completed' &&
      /^(debut|debuts|first|began|begins|started|opened|opens|shares|priced|prices|raised|goes|went|soars|jumps|surges|sinks|slumps|pops|climbs|tumbles)$/.test(
        toks[i]?.norm ?? '',
      ) &&
      type !== 'ipo' &&
      type !== 'funding'
    ) {
      i = m.end - 1;
      continue;
    }
    // "cuts IPO price range ahead of debut", "set for NYSE debut": a debut still to come.
    if (status === 'completed' && /^debuts?$/.test(toks[i]?.norm ?? '') && toks.slice(Math.max(0, i - 4), i).some((t) => TO_COME.test(t.norm))) {
      i = m.end - 1;
      continue;
    }
    // A round "raises" when it is announced; only an offering that raises money is done.
    if (status === 'completed' && toks[i]?.norm === 'raises' && type !== 'ipo') {
      i = m.end - 1;
      continue;
    }
    if (
      status === 'completed' &&
      /^(made|raised|increased|lifted)$/.test(toks[i + 1]?.norm ?? '') &&
      !(toks[i + 1]?.norm === 'raised' && (type === 'ipo' || type === 'funding')) &&
      !toks.slice(i + 2, i + 8).some((t) => /^(stake|stakes|holding|investment|acquisition|purchase)$/.test(t.norm))
    ) {
      i = m.end - 1;
      continue;
    }
    // "said it bought Maple Ridge" reports the deal; "the chain it bought in 2019" recalls an earlier one.
    if (
      status === 'completed' &&
      /^(it|they)$/.test(toks[i]?.norm ?? '') &&
      !toks.slice(Math.max(0, i - 4), i).some((t) => /^(said|says|announced)$/.test(t.norm))
    ) {
      i = m.end - 1;
      continue;
    }
    // A venture or partnership formed, created or set up is announced: it is done when it says so
    // ("completed the formation", "formally established") or when the venture has a name of its own.
    if (
      status === 'completed' &&
      (type === 'joint_venture' || type === 'partnership') &&
      /^(has|have|was|were)$/.test(toks[i]?.norm ?? '') &&
      /^(formed|created|established|launched)$/.test(toks[i + 1]?.norm ?? '') &&
      !namedVenture(toks, m.end)
    ) {
      i = m.end - 1;
      continue;
    }
    if (!best || RANK[status] > RANK[best.status]) best = { status, text };
    i = m.end - 1;
  }
  return best;
}

/**
 * readStatus: the headline's cue if it has one, else the first lead sentence's, else "announced".
 * `lead` are the body sentences that carry the deal, earliest first.
 */
export function readStatus(
  title: Sentence | undefined,
  lead: readonly Sentence[],
  type: DealType | null,
  dealAt: (s: Sentence) => number = () => Infinity,
  firstDeal: (s: Sentence) => number = dealAt,
): StatusReading {
  const ordered = [...(title ? [title] : []), ...lead];
  let official = false;
  for (const s of ordered) {
    official ||= s !== title && OFFICIAL.test(s.text);
    const first = firstDeal(s);
    const clause = first === Infinity ? -1 : s.tokens.findIndex((t, i) => i > first && SUBORDINATE.has(t.norm));
    const cue = sentenceCue(s, type, s === title ? Infinity : dealAt(s), official, clause < 0 ? Infinity : clause);
    if (cue) {
      // A funding round "raises" money: that is its announcement, not a completion.
      if (cue.status === 'completed' && type === 'funding' && !/clos|final|complet/i.test(cue.text)) return { status: 'announced', cue: cue.text };
      return { status: cue.status, cue: cue.text };
    }
  }
  return { status: 'announced', cue: null };
}
