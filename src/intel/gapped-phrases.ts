// Deal phrases with room for words inside, which the phrase trie cannot hold: part of
// THE MODEL in weights.ts, kept in a table of their own (the shape is `GappedPhrase`,
// phrase-types.ts). Each is tested only when its cheap `cue` substring is in the sentence.

import type { GappedPhrase } from './phrase-types.js';

const PRICE_OFFERED =
  /\b(?:offer(?:s|ed|ing)?|bids?|bidding)\s+(?:about\s+|up\s+to\s+|nearly\s+|roughly\s+)?(?:US\$|C\$|A\$|[$€£¥₹])\s?\d[\d.,]*\s*(?:million|billion|bn|mln|m|b)?\s+(?:in\s+(?:cash|stock)\s+)?for\s+(?=[A-Z])/i;

const WON_DEAL =
  /\b(?:wins?|won|lands?|landed|secures?|secured|bags?|bagged|clinch(?:es|ed)?)\s+(?!(?:\S+\s+){0,4}?(?:approval|backing|clearance|nod|support|go-ahead)\b)(?:a\s+|an\s+)?(?:\S+\s+){0,4}?deal\s+(?:with|from)\b/i;

// Deals named for what they are about rather than for a company: "Supply deal", "Labour deal", "Budget deal".
const NOT_A_PURCHASE = String.raw`(?!(?:Supply|Licensing|License|Distribution|Labou?r|Trade|Sponsorship|Partnership|Content|Streaming|Marketing|Power|Wage|Pay|Tentative|Record|Debt|Financing|Loan|Bond|Tax|Union|Contract|Settlement|New|Big|Final|Landmark|Merger|Budget|Brexit|Climate|Peace|Ceasefire|Nuclear|Bailout|Stimulus|Spending|Aid|Arms|Grain|Gas|Oil|Energy|TV|Media|Broadcast|Naming)\b)`;

// "Aetna agrees to $37 billion Humana deal", "Harcourt agrees £600m Linley deal" (the British way, without "to"), "Brannock closes Vexley deal", "Microsoft closes Nokia devices deal",
// "wins EU approval for Monsanto deal" (regulators clear takeovers), "Microsoft in $26.2bn LinkedIn deal", "Culvercrest
// terminates Carnbrae deal": a deal agreed, closed or ended and named for a company is a purchase of that company (not
// a supply, licensing or labour deal).
const NAMED_DEAL = new RegExp(
  String.raw`(?=[Dd]eal\b)(?<=\b(?:[Aa]gree(?:s|d)?(?:\s+[Tt]o)?|[Ii]n(?=\s+(?:US|C|A)?[$€£])|[Aa]pprov(?:al|es|ed)\s+(?:[Ff]or|[Oo]f)|[Aa]pproves|[Aa]pproved|[Cc]learance\s+[Ff]or|[Nn]od\s+[Ff]or|[Cc]los(?:es|ed)|[Cc]omplet(?:es|ed)|[Ss]eal(?:s|ed)|[Ff]inali[sz](?:es|ed)|[Cc]linch(?:es|ed)|[Tt]erminat(?:es|ed)|[Ss]crap(?:s|ped)|[Aa]bandon(?:s|ed)|[Cc]ancel(?:s|led|ed)|[Cc]all(?:s|ed)\s+[Oo]ff)\s+(?:(?:a|an|the|its)\s+)?(?:(?:US|C|A)?[$€£]\s?\d[\d.,]*\s*(?:[Mm]illion|[Bb]illion|bn|mln|m|b)?\s+)?${NOT_A_PURCHASE}(?:[A-Z][\w&.'-]*\s+){1,3}(?:[a-z]+\s+)?)[Dd]eal\b(?!\s+(?:[Ww]ith|[Tt]o)\b)`,
);
// "Keystone's $700 million Marisol resorts deal closes", "Carnbrae Cable deal called off by Culvercrest": a deal
// named for a company, then a step only a purchase takes (closing, clearance, collapse), is a purchase of it.
const NAMED_DEAL_STEP = new RegExp(
  String.raw`(?<=\b${NOT_A_PURCHASE}(?:[A-Z][\w&.'-]*\s+){1,3}(?:[a-z]+\s+)?)[Dd]eal(?=\s+(?:(?:is|was|has\s+been)\s+)?(?:clos(?:es|ed)|complet(?:es|ed)|called\s+off|collaps(?:es|ed)|f[ae]ll(?:s)?\s+through|scrapped|terminated|abandoned|cleared|approved|blocked|(?:gets|wins|receives)\s+(?:\w+\s+){0,2}(?:nod|approval|clearance|go-ahead))\b)`,
);
// "Time Warner shares jump on AT&T deal talk": talk of a deal named for a company is a rumoured purchase.
const DEAL_TALK =
  /\b(?:[Oo]n|[Oo]ver|[Aa]mid)\s+(?:[A-Z][\w&.'-]*\s+){1,3}(?:[Dd]eal|[Tt]akeover|[Bb]id|[Bb]uyout)\s+(?:[Tt]alks?|[Rr]eports?|[Ss]peculation|[Cc]hatter|[Rr]umou?rs?)\b/;

// "approves the combination of Fenwright and Colbeck", "Fenwright-Colbeck combination", "Osric's combination with
// Thessaly": the combination of two named companies is their merger ("a combination of cash and stock" is none).
const COMBINATION =
  /(?<=\b(?:[Tt]he|[Pp]lanned|[Pp]roposed|[Aa]pprov(?:e|es|ed)|[Cc]lear(?:s|ed)?|[Bb]lock(?:s|ed)?|[Cc]omplet(?:e|es|ed)|[Cc]los(?:e|es|ed))\s+)[Cc]ombination(?=\s+(?:of|between)\s+(?:the\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}\s+(?:and|&|with)\s+[A-Z])|(?<=\b[A-Z][\w&.'-]*\s?[-–/]\s?[A-Z][\w&.'-]*\s+)[Cc]ombination\b|(?<=\b[A-Z][\w&.'-]*['’]s?\s+(?:planned\s+|proposed\s+)?)[Cc]ombination(?=\s+with\s+[A-Z])/;

// "approved the $6 billion tie-up of Osric Metals and Thessaly Steel": a tie-up valued in billions is a combination of
// the businesses, a merger (an alliance has no price of its own; "tie-up with" stays a partnership).
const PRICED_TIE_UP =
  /(?<=(?:US\$|C\$|A\$|[$€£¥])\s?\d[\d.,]*\s*(?:billion|bn|bln)\s+(?:all-stock\s+|all-share\s+)?)[Tt]ie-up(?=\s+(?:of|between)\s+(?:the\s+)?[A-Z])/;

// "SpiceJet places $22 bln order for Boeing jets", "placed a record order": an order placed, with its size inside.
const PLACED_ORDER =
  /\bplac(?:e|es|ed|ing)\s+(?:a\s+|an\s+|its\s+)?(?:(?:US\$|[$€£¥₹])\s?\d[\d.,]*\s*(?:million|billion|bn|mln|bln|m|b)?\s+|\d[\d.,]*\s+)?(?:[\w-]+\s+){0,2}?orders?\b/i;

// "to lift Ebberly Wind holding to 40%", "raises its holding in Pellow", "a 15% holding in": a holding changed or
// sized is a stake ("holding" alone is too often a holding company or "holding talks").
const CHANGE_VERBS = String.raw`[Rr]ais(?:e|es|ed|ing)|[Ll]ift(?:s|ed|ing)?|[Ii]ncreas(?:e|es|ed|ing)|[Bb]oost(?:s|ed|ing)?|[Uu]p(?:s|ped|ping)|[Dd]oubl(?:e|es|ed|ing)|[Cc]ut(?:s|ting)?|[Rr]educ(?:e|es|ed|ing)|[Tt]rim(?:s|med|ming)?`;
// The holding is the phrase; the verb and the company or the size before it are read around it, as for "stake".
const HOLDING = new RegExp(
  String.raw`(?<=\b(?:(?:${CHANGE_VERBS})\s+(?:its\s+|their\s+|the\s+)?(?:[A-Z][\w&.'-]*\s+){0,3}|\d[\d.]*\s*(?:%\s*|pct\s+|percent\s+|per\s+cent\s+)))[Hh]olding\b(?!\s+(?:company|companies|group|firm|period|structure|costs?)\b)`,
);

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
  // "found common company for LNG transport", "set up a common enterprise": a translated joint venture
  // ("gemeinsames Unternehmen", "entreprise commune"); founding one is forming it.
  {
    cue: 'ommon',
    pattern:
      /\b(?:found|founds|founded|founding|form|forms|formed|forming|set\s+up|sets\s+up|create|creates|created|establish|establishes|established)\s+(?:(?:a|an)\s+)?(?:new\s+)?(?:common|shared)\s+(?:company|enterprise|undertaking|firm|subsidiary)\b/i,
    type: 'joint_venture',
    weight: 3.5,
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
  // "Aldwyn backs Skellig Solar with €150m", "Sequoia backs Pallas with $20 million": money a backer gives a company.
  {
    cue: 'ack',
    pattern: /\b[Bb]ack(?:s|ed|ing)?(?=\s+(?:[A-Z][\w&.'-]*\s+){1,4}with\s+(?:a\s+|an\s+|another\s+)?(?:US\$|C\$|A\$|[$€£¥₹])\s?\d)/,
    type: 'funding',
    weight: 3,
    kind: 'invest',
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
  { cue: 'deal', pattern: NAMED_DEAL_STEP, type: 'acquisition', weight: 3, kind: 'nominal' },
  ...(['alk', 'eport', 'peculation', 'hatter', 'umo'] as const).map((cue) => ({
    cue,
    pattern: DEAL_TALK,
    type: 'acquisition' as const,
    weight: 2.5,
    kind: 'nominal' as const,
  })),
  { cue: 'ie-up', pattern: PRICED_TIE_UP, type: 'merger', weight: 3, kind: 'merge' },
  { cue: 'ombination', pattern: COMBINATION, type: 'merger', weight: 3, kind: 'merge' },
  { cue: 'olding', pattern: HOLDING, type: 'investment', weight: 3, kind: 'invest' },
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
