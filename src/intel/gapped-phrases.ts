// Deal phrases with room for words inside, which the phrase trie cannot hold: part of
// THE MODEL in weights.ts, kept in a table of their own (the shape is `GappedPhrase`,
// phrase-types.ts). Each is tested only when its cheap `cue` substring is in the sentence.

import type { GappedPhrase } from './phrase-types.js';

const PRICE_OFFERED =
  /\b(?:offer(?:s|ed|ing)?|bids?|bidding)\s+(?:about\s+|up\s+to\s+|nearly\s+|roughly\s+)?(?:US\$|C\$|A\$|[$€£¥₹])\s?\d[\d.,]*\s*(?:million|billion|bn|mln|m|b)?\s+(?:in\s+(?:cash|stock)\s+)?for\s+(?=[A-Z])/i;

const WON_DEAL =
  /\b(?:wins?|won|lands?|landed|secures?|secured|bags?|bagged|clinch(?:es|ed)?)\s+(?!(?:\S+\s+){0,4}?(?:approval|backing|clearance|nod|support|go-ahead)\b)(?:a\s+|an\s+)?(?:\S+\s+){0,4}?deal\s+(?:with|from)\b/i;

// "Aetna agrees to $37 billion Humana deal", "Brannock closes Vexley deal", "Microsoft closes Nokia devices deal",
// "wins EU approval for Monsanto deal" (regulators clear takeovers), "Microsoft in $26.2bn LinkedIn deal": a
// deal agreed or closed and named for a company is a purchase of that company (not a supply, licensing or labour deal).
const NAMED_DEAL =
  /(?=[Dd]eal\b)(?<=\b(?:[Aa]gree(?:s|d)?\s+[Tt]o|[Ii]n(?=\s+(?:US|C|A)?[$€£])|[Aa]pprov(?:al|es|ed)\s+(?:[Ff]or|[Oo]f)|[Aa]pproves|[Aa]pproved|[Cc]learance\s+[Ff]or|[Nn]od\s+[Ff]or|[Cc]los(?:es|ed)|[Cc]omplet(?:es|ed)|[Ss]eal(?:s|ed)|[Ff]inali[sz](?:es|ed)|[Cc]linch(?:es|ed))\s+(?:(?:a|an|the|its)\s+)?(?:(?:US|C|A)?[$€£]\s?\d[\d.,]*\s*(?:[Mm]illion|[Bb]illion|bn|mln|m|b)?\s+)?(?!(?:Supply|Licensing|License|Distribution|Labou?r|Trade|Sponsorship|Partnership|Content|Streaming|Marketing|Power|Wage|Pay|Tentative|Record|Debt|Financing|Loan|Bond|Tax|Union|Contract|Settlement|New|Big|Final|Landmark|Merger)\b)(?:[A-Z][\w&.'-]*\s+){1,3}(?:[a-z]+\s+)?)[Dd]eal\b(?!\s+(?:[Ww]ith|[Tt]o)\b)/;
// "Time Warner shares jump on AT&T deal talk": talk of a deal named for a company is a rumoured purchase.
const DEAL_TALK =
  /\b(?:[Oo]n|[Oo]ver|[Aa]mid)\s+(?:[A-Z][\w&.'-]*\s+){1,3}(?:[Dd]eal|[Tt]akeover|[Bb]id|[Bb]uyout)\s+(?:[Tt]alks?|[Rr]eports?|[Ss]peculation|[Cc]hatter|[Rr]umou?rs?)\b/;

// "SpiceJet places $22 bln order for Boeing jets", "placed a record order": an order placed, with its size inside.
const PLACED_ORDER =
  /\bplac(?:e|es|ed|ing)\s+(?:a\s+|an\s+|its\s+)?(?:(?:US\$|[$€£¥₹])\s?\d[\d.,]*\s*(?:million|billion|bn|mln|bln|m|b)?\s+|\d[\d.,]*\s+)?(?:[\w-]+\s+){0,2}?orders?\b/i;

export const GAPPED_PHRASES: readonly GappedPhrase[] = [
  { cue: 'private', pattern: /\btak(?:e|es|ing|en)\s+(?:[\w'-]+\s+){1,3}private\b/i, type: 'acquisition', weight: 3, kind: 'acquire' },
  // "will form an independent company", "set up a new company together": partners forming a company form a venture.
  {
    cue: 'compan',
    pattern:
      /(?<!without\s)\b(?:form|forms|formed|forming|set\s+up|sets\s+up|setting\s+up|create|creates|created|creating|establish|establishes|established|establishing)\s+(?:a|an)\s+(?:new\s+|independent\s+|separate\s+|jointly[- ]owned\s+|jointly[- ]held\s+|50-50\s+){1,2}(?:company|entity)\b/i,
    type: 'joint_venture',
    weight: 2.5,
    kind: 'jv',
  },
  { cue: 'joint', pattern: /\bjoint\s+(?:[\w-]+\s+){1,2}(?:company|venture|firm)\b/i, type: 'joint_venture', weight: 3.5, kind: 'jv' },
  {
    cue: 'into',
    pattern:
      /\b(?:puts?|putting|pours?|pumps?|injects?)\s+(?:about\s+|another\s+)?(?:[$€£¥₹]\s?)?\d[\d.,]*\s*(?:million|billion|bn|mln|m|b)?\s+(?:\w+\s+){0,2}into\b/i,
    type: 'investment',
    weight: 3,
    kind: 'invest',
  },
  // "commits $10 billion to Occidental's Anadarko bid": money for a buyer's bid is an investment in the buyer.
  {
    cue: "'s",
    pattern:
      /\b(?:commit(?:s|ted|ting)?|provid(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|put(?:s|ting)?)\s+(?:about\s+|up\s+to\s+)?(?:US\$|[$€£¥₹])\s?\d[\d.,]*\s*(?:million|billion|bn|mln|m|b)?\s+(?:(?:in|of)\s+(?:financing|funding|equity|cash)\s+)?(?:to|towards?|for)\s+(?:(?:support|back|fund|finance)\s+)?(?=(?:[\w&.-]+\s+){0,3}[\w&.-]+['’]s\s+(?:[\w&.-]+\s+){0,3}(?:bid|offer|takeover|acquisition|buyout|purchase)\b)/i,
    type: 'investment',
    weight: 4,
    kind: 'back',
  },
  // "the 100,000-vehicle order Amazon placed with Rivian": the one placing an order buys from the one it is placed with.
  {
    cue: 'placed with',
    pattern: /(?<=\b[Oo]rders?\s+(?:that\s+)?(?:[A-Z][\w&.'-]*\s+){1,3}(?:has\s+|had\s+|have\s+)?)placed\s+with\b/,
    type: 'contract',
    weight: 3,
    kind: 'order',
  },
  // "Disney to open shops inside Target stores": a brand's shops inside a retailer's stores are a partnership.
  {
    cue: 'nside',
    pattern:
      /\b[Oo]pen(?:s|ing)?\s+(?:[\w-]+\s+){0,3}(?:[Ss]hops|[Ss]tores|[Bb]outiques|[Cc]ounters)\s+[Ii]nside\s+(?=(?:[A-Z][\w&'.-]*\s+){1,3}(?:[Ss]tores|[Ss]hops|[Ll]ocations)\b)/,
    type: 'partnership',
    weight: 3,
    kind: 'partner',
  },
  // "writing a $10 billion check to Occidental": money handed to a company for its shares.
  {
    cue: 'che',
    pattern: /\b(?:writ(?:e|es|ing)|wrote|written)\s+(?:a|an)\s+(?:US\$|[$€£¥₹])\s?\d[\d.,]*\s*(?:million|billion|bn|mln|m|b)?\s+(?:check|cheque)\s+to\b/i,
    type: 'investment',
    weight: 3,
    kind: 'invest',
  },
  // "Marlow offers $3 billion for Tenby Foods", "bids $40 million for Kestrel": a price offered for a company is a bid to buy it.
  ...(['ffer', 'bid'] as const).map((cue) => ({
    cue,
    pattern: PRICE_OFFERED,
    type: 'acquisition' as const,
    weight: 3,
    kind: 'acquire' as const,
    replaces: true,
  })),
  // "Pallas Robotics lands $30 million deal with Greenhill Hospitals": a deal won from a customer is a contract (not "wins approval for").
  { cue: 'deal', pattern: WON_DEAL, type: 'contract', weight: 3, kind: 'win' },
  { cue: 'deal', pattern: NAMED_DEAL, type: 'acquisition', weight: 3, kind: 'nominal' },
  ...(['alk', 'eport', 'peculation', 'hatter', 'umo'] as const).map((cue) => ({
    cue,
    pattern: DEAL_TALK,
    type: 'acquisition' as const,
    weight: 2.5,
    kind: 'nominal' as const,
  })),
  { cue: 'lac', pattern: PLACED_ORDER, type: 'contract', weight: 3, kind: 'order', replaces: true },
  // "Yarrow Pharma has hired contract manufacturer Benning Labs to produce its vaccine": a company hired to make,
  // build or run something supplies it (not one hired to advise).
  {
    cue: 'hire',
    pattern:
      /\bhir(?:e|es|ed|ing)\b(?=\s+(?:[a-z][\w-]*\s+){0,3}(?:[A-Z][\w&.'-]*\s+){1,3}to\s+(?:make|produce|manufacture|build|supply|provide|run|operate|deliver|install|maintain)\b)/,
    type: 'contract',
    weight: 2.5,
    kind: 'award',
  },
  // "Tessdale has been hired by Brightfield Chemicals to design and build a plant": the same, said in the passive.
  {
    cue: 'hired by',
    pattern:
      /(?<=\b(?:been|was|were|is|are|be)\s+)hired(?=\s+by\s+(?:the\s+)?(?:[A-Z][\w&.'-]*\s+){1,4}to\s+(?:design\s+and\s+)?(?:make|produce|manufacture|build|supply|provide|run|operate|deliver|install|maintain|design)\b)/,
    type: 'contract',
    weight: 2.5,
    kind: 'award',
  },
  { cue: 'away', pattern: /\bwalk(?:s|ed|ing)?\s+away\s+from\s+(?:its\s+)?(?=[A-Z])/, type: 'acquisition', weight: 2, kind: 'nominal' },
];
