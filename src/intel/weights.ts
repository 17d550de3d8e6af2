// THE MODEL. Every number the deal score is made of lives in this file, as two
// readable tables: deal phrases (per type, with the frame each one opens) and
// named features. Evidence for a story is a sum of phrase weights and feature
// weights; `deal` is evidence >= `threshold:deal`; `score` is the logistic of the
// margin over that threshold. `analyzer.explain(story)` lists which rows fired.
//
// All weights are set by hand, from reading the errors of the `train` part of the
// modern dev set and of the *dev* part of the Reuters file (research use only; no
// weight is fitted to it). See docs/deal-intelligence.md.

import type { DealType } from '../model/deal.js';

/**
 * How a deal phrase's sentence is read for roles (frames.ts, roles.ts):
 * acquire "X buys Y", sell "X sells Y to Z", acquired "Y acquired by X", nominal "X's acquisition of Y",
 * merge, invest "X invests in Y", raise "Y raises $N from X", lead "X leads a round in Y",
 * win "Y wins a contract from X", award "X awards Y a contract", order "X orders jets from Y",
 * supply "Y supplies X", pay "X pays Y $N for Z", back "X commits $N to Y's bid for Z" (X invests in Y), partner, jv, ipo.
 */
export type FrameKind =
  | 'acquire'
  | 'sell'
  | 'acquired'
  | 'nominal'
  | 'merge'
  | 'invest'
  | 'raise'
  | 'lead'
  | 'win'
  | 'award'
  | 'order'
  | 'supply'
  | 'pay'
  | 'back'
  | 'partner'
  | 'jv'
  | 'ipo';

export type PhraseRow = readonly [phrase: string, weight: number, kind?: FrameKind];
export type PhraseWeights = Readonly<Record<DealType, readonly PhraseRow[]>>;

/**
 * Deal phrases, matched on crude stems ("acquire" covers "acquires, acquired, acquiring");
 * a word written "=word" must match exactly. Weights below 3 in acquisition are "weak":
 * they count only with something a company can own as their object (classify.ts).
 */
export const DEAL_PHRASES: PhraseWeights = {
  acquisition: [
    ['acquire', 3],
    ['acquisition', 3, 'nominal'],
    ['acquirer', 2.5, 'nominal'],
    ['to buy', 2.5],
    ['buy', 1.5],
    ['bought', 2],
    ['purchase', 2, 'nominal'],
    ['=purchased', 2.5],
    ['takeover', 3, 'nominal'],
    ['take over', 2.5],
    ['buyout', 3, 'nominal'],
    ['=buy =out', 2.5],
    ['leveraged buyout', 3.5, 'nominal'],
    ['lbo', 3, 'nominal'],
    ['tender offer', 3.5, 'nominal'],
    ['tender', 1.5, 'nominal'],
    ['bid for', 2.5, 'nominal'],
    ['bid', 1.5, 'nominal'],
    ['bidder', 2, 'nominal'],
    ['=bids', 1.5, 'nominal'],
    ['=control =of', 1.2, 'nominal'],
    ['=spin =off', 2, 'sell'],
    ['=spinoff', 2, 'sell'],
    ['=per =share =for', 2],
    ['=a =share =for', 2],
    ['=dlrs =a =share', 1],
    ['=dlrs =per =share', 1],
    ['=dlr =a =share', 1],
    ['=dlrs =share', 1],
    ['=dlr =shr', 1.5],
    ['=dlrs =shr', 1.5],
    ['=sale', 1.5, 'sell'],
    ['=bidding', 2, 'nominal'],
    ['=exchange =offer', 2, 'nominal'],
    ['dispose', 2, 'sell'],
    ['=disposal', 2, 'sell'],
    ['=end =talks', 1.5, 'nominal'],
    ['=ends =talks', 1.5, 'nominal'],
    ['=negotiations', 1, 'nominal'],
    ['=offer', 1, 'nominal'],
    ['=offers', 1, 'nominal'],
    ['=offer =for', 2.5, 'nominal'],
    ['=offer =from', 2, 'nominal'],
    ['=bid =from', 2, 'nominal'],
    ['=offer =to =buy', 3],
    ['=offer =to =acquire', 3],
    ['divest', 2.5, 'sell'],
    ['divestiture', 3, 'sell'],
    ['sell', 1.5, 'sell'],
    ['sold', 1.5, 'sell'],
    ['=sale =of', 1.5, 'sell'],
    ['white knight', 2.5, 'nominal'],
    ['poison pill', 2.5, 'nominal'],
    ['hostile', 1.5, 'nominal'],
    ['standstill', 2, 'nominal'],
    ['hart scott rodino', 2.5, 'nominal'],
    ['waiting period', 1.2, 'nominal'],
    ['definitive agreement', 1.5, 'nominal'],
    ['agreement in principle', 1.5, 'nominal'],
    ['letter of intent', 1.5, 'nominal'],
    ['go private', 2.5],
    ['going private', 2.5],
    ['=take =private', 3],
    ['=taken =private', 3, 'acquired'],
    ['all outstanding', 1.5],
    ['=dlrs =per =share =in =cash', 1.5],
    ['=acquired', 3],
    ['acquisition corp', 1, 'nominal'],
    ['=buyer', 2, 'nominal'],
    ['=purchaser', 2, 'nominal'],
    ['=affiliation', 2, 'nominal'],
    ['privatise', 2, 'sell'],
    ['privatize', 2, 'sell'],
    ['privatisation', 2, 'sell'],
    ['privatization', 2, 'sell'],
    ['=ownership =of', 1.5, 'nominal'],
    ['unsolicited', 1.5, 'nominal'],
    ['=control', 1, 'nominal'],
    ['wholly owned', 1, 'nominal'],
    ['=snaps =up', 2.5],
    ['=snap =up', 2.5],
    ['=to =be =acquired', 3.5, 'acquired'],
    ['=to =be =bought', 3, 'acquired'],
    ['=sells =itself', 3, 'sell'],
    ['=sell =itself', 3, 'sell'],
    ['=deal =for', 2, 'nominal'],
    ['=deal =to =buy', 3],
    ['=deal =to =acquire', 3.5],
    ['=pay', 1, 'pay'],
    ['=pays', 1, 'pay'],
    ['=pursuit =of', 2, 'nominal'],
  ],
  merger: [
    ['merger', 3],
    ['merge', 3],
    ['business combination', 3],
    ['=amalgamation', 3],
    ['=amalgamate', 3],
    ['combine', 1],
    ['merger agreement', 3.5],
    ['merger talks', 3.5],
    ['=talks =with', 1.2],
    ['=merger =of =equals', 4],
    ['=to =combine', 2],
    ['=recombine', 3],
  ],
  investment: [
    ['stake', 3],
    ['=pct =stake', 3.5],
    ['equity stake', 3.5],
    ['minority stake', 3.5],
    ['majority stake', 3.5],
    ['13d', 3.5],
    ['invest', 1.5],
    ['=invest =in', 2],
    ['=invests =in', 2.5],
    ['=invested =in', 2],
    ['investment in', 2],
    ['strategic investment', 2.5],
    ['=holds', 0.8],
    ['=pct =of =the =outstanding', 2.5],
    ['=pct =of =its =common', 2.5],
    ['=pct =of =the =common', 2.5],
    ['=pct =of =the =company', 2],
    ['shares of', 0.3],
    ['common shares', 0.5],
    ['=pct =interest', 2.5],
    ['=pct =of', 1],
    ['=interest =in', 0.8],
    ['securities and exchange commission', 1],
    ['=investment', 1],
  ],
  funding: [
    ['=series =a', 3],
    ['=series =b', 3],
    ['=series =c', 3],
    ['=series =d', 3],
    ['=series =e', 3],
    ['=series =f', 3],
    ['=series =g', 3],
    ['=series =h', 3],
    ['=series =i', 3],
    ['=series =j', 3],
    ['seed round', 3.5],
    ['=seed =funding', 3.5],
    ['=seed =financing', 3.5],
    ['funding round', 3.5],
    ['=round =of =funding', 3.5],
    ['=raised', 0.8],
    ['=raises', 0.8],
    ['=funding', 2],
    ['venture capital', 1.5],
    ['=led =by', 1],
    ['=co =led =by', 1.5],
    ['=financing =round', 3.5],
    ['=pre =seed', 3],
    ['=growth =round', 3],
    ['=venture =round', 3],
    ['=post =money', 1.5],
    ['=with =participation =from', 2],
    ['=in =new =funding', 3],
    ['=round', 1],
    ['=raise =funds', 2],
    ['=raise =capital', 1.5],
    ['=new =funding', 2.5],
    ['=lands', 0.5],
    ['=landed', 0.5],
    ['=secures', 0.5],
    ['=secured', 0.5],
    ['=bags', 0.5],
    ['=nabs', 0.5],
    ['=snags', 0.5],
  ],
  contract: [
    ['contract', 2, 'win'],
    ['=awarded', 1.5, 'award'],
    ['=awards', 1.5, 'award'],
    ['=wins', 0.8, 'win'],
    ['supply agreement', 3, 'supply'],
    ['supply deal', 3, 'supply'],
    ['=contract =worth', 3.5, 'win'],
    ['=multi =year =contract', 3.5, 'win'],
    ['=order =worth', 2.5, 'order'],
    ['=orders', 1.5, 'order'],
    ['=ordered', 1.5, 'order'],
    ['=offtake', 2, 'supply'],
    ['=power =purchase =agreement', 3.5, 'supply'],
    ['=to =supply', 1.5, 'supply'],
    ['=agreement =to =supply', 2.5, 'supply'],
    ['=deal =to =supply', 2.5, 'supply'],
    ['=framework =agreement', 2, 'win'],
    ['=task =order', 2.5, 'win'],
    ['=win', 0.8, 'win'],
    ['=won', 0.8, 'win'],
    ['=order', 1.2, 'win'],
    ['=award', 1.5, 'award'],
    ['=picks', 1.5, 'award'],
    ['=selects', 1.5, 'award'],
    ['=taps', 1.5, 'award'],
    ['=supply =contract', 3.5, 'supply'],
    ['=supplier =agreement', 3, 'supply'],
    ['=power =deal', 2.5, 'supply'],
    ['=power =supply', 2.5, 'supply'],
    ['=placed =an =order', 3, 'order'],
    ['=placed =orders', 3, 'order'],
    ['=places =an =order', 3, 'order'],
    ['=places =order', 3, 'order'],
    ['=places =orders', 3, 'order'],
  ],
  partnership: [
    ['partnership', 3],
    ['=partner =with', 3],
    ['=partners =with', 3],
    ['=partnered =with', 3],
    ['=partnering =with', 3],
    ['alliance', 2.5],
    ['strategic alliance', 3.5],
    ['collaboration', 2],
    ['collaborate', 2],
    ['team up', 2.5],
    ['=teams =up', 2.5],
    ['=teamed =up', 2.5],
    ['=agreement =with', 1.5],
    ['=deal =with', 1.5],
    ['=pact =with', 1.5],
    ['licensing agreement', 2.5],
    ['license agreement', 2.5],
    ['=licensing =deal', 2.5],
    ['cooperation agreement', 3],
    ['=agreement', 0.5],
    ['=deal', 0.8],
    ['=partner', 1.5],
    ['=partners', 1],
    ['=partnering', 2],
    ['=partnered', 2],
    ['=licenses', 1.5],
    ['=license', 1.2],
    ['=distribution =agreement', 2.5],
    ['=distribution =deal', 2.5],
    ['=distribution =pact', 2.5],
    ['=work =together', 2],
    ['=working =together', 2],
    ['=memorandum =of =understanding', 2],
    ['=strike =deal', 1.5],
    ['=strikes =deal', 1.5],
    ['=strike =a =deal', 1.5],
    ['=strikes =a =deal', 1.5],
    ['=struck =a =deal', 1.5],
    ['=pact', 1.2],
    ['=as =partner', 2.5],
    ['=as =its =partner', 2.5],
    ['=agreed =with', 1.5],
    ['=tie =up', 2.5],
    ['=co =branded', 1.5],
    ['=exclusive =rights', 1.5],
    ['=co =develop', 2.5],
    ['=co =developing', 2.5],
    ['=jointly =develop', 2.5],
    ['=together', 1.2],
    ['=rights =to =sell', 2.5],
    ['=rights =to =market', 2.5],
    ['=rights =to =develop', 2.5],
    ['=rights =to =distribute', 2.5],
  ],
  joint_venture: [
    ['joint venture', 4, 'jv'],
    ['=jv', 2.5, 'jv'],
    ['=joint =company', 2, 'jv'],
    ['=venture', 1.5, 'jv'],
    ['=ventures', 0.5, 'jv'],
  ],
  ipo: [
    ['initial public offering', 4, 'ipo'],
    ['=ipo', 3.5, 'ipo'],
    ['go public', 2.5, 'ipo'],
    ['going public', 2.5, 'ipo'],
    ['=public =offering', 1.2, 'ipo'],
    ['stock market debut', 3, 'ipo'],
    ['=files =for =an =ipo', 4, 'ipo'],
    ['=listing', 1.5, 'ipo'],
    ['=debut', 2, 'ipo'],
    ['=market =debut', 3, 'ipo'],
    ['=trading =debut', 3, 'ipo'],
    ['=first =day =of =trading', 2.5, 'ipo'],
    ['=direct =listing', 3.5, 'ipo'],
    ['=to =list', 1.5, 'ipo'],
  ],
};

/**
 * Deal phrases with room for words inside, which the phrase trie cannot hold: "take the retailer
 * private", "a joint battery company", "puts $500 million into", "walks away from Anglo American".
 * `cue` is a cheap substring every match contains, tested first.
 */
export interface GappedPhrase {
  readonly cue: string;
  readonly pattern: RegExp;
  readonly type: DealType;
  readonly weight: number;
  readonly kind: FrameKind;
}

export const GAPPED_PHRASES: readonly GappedPhrase[] = [
  { cue: 'private', pattern: /\btak(?:e|es|ing|en)\s+(?:[\w'-]+\s+){1,3}private\b/i, type: 'acquisition', weight: 3, kind: 'acquire' },
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
      /\b(?:commit(?:s|ted|ting)?|provid(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|put(?:s|ting)?)\s+(?:about\s+|up\s+to\s+)?(?:US\$|[$€£¥₹])\s?\d[\d.,]*\s*(?:million|billion|bn|mln|m|b)?\s+(?:in\s+(?:financing|funding|equity|cash)\s+)?(?:to|towards?|for)\s+(?=(?:[\w&.-]+\s+){0,3}[\w&.-]+['’]s\s+(?:[\w&.-]+\s+){0,3}(?:bid|offer|takeover|acquisition|buyout|purchase)\b)/i,
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
  { cue: 'away', pattern: /\bwalk(?:s|ed|ing)?\s+away\s+from\s+(?:its\s+)?(?=[A-Z])/, type: 'acquisition', weight: 2, kind: 'nominal' },
];

/** The frame kind a deal type opens when its phrase row names none. */
export const DEFAULT_KIND: Readonly<Record<DealType, FrameKind>> = {
  acquisition: 'acquire',
  merger: 'merge',
  investment: 'invest',
  funding: 'raise',
  contract: 'win',
  partnership: 'partner',
  joint_venture: 'jv',
  ipo: 'ipo',
};

export interface FeatureRow {
  readonly weight: number;
  readonly what: string;
}

/** Named features: every other number in the score. Multipliers are marked "×". */
export const FEATURES = {
  // Where a phrase sits.
  'position:title': { weight: 2, what: '× phrase weight in the headline' },
  'position:lead': { weight: 1, what: '× in body sentences 1-2' },
  'position:early': { weight: 0.7, what: '× in body sentences 3-5' },
  'position:late': { weight: 0.4, what: '× later in the body' },
  'context:no-org': { weight: 0.6, what: '× when no organisation is named within 8 tokens' },
  'cap:sentence-type': { weight: 6, what: 'most evidence one sentence gives one type' },
  'extra-phrase': { weight: 2.5, what: 'weight of a phrase added from config (lexicon.extra)' },
  // What the grammar found (frames.ts).
  'frame:two-parties': { weight: 1.5, what: '+ a deal frame with an organisation on both sides (× position)' },
  'frame:one-party': { weight: 0.5, what: '+ a deal frame with one organisation (× position)' },
  'frame:min-phrase': { weight: 1.5, what: 'a frame earns its bonus only on a phrase at least this heavy, in the headline or first sentence' },
  'frame:raise-money': { weight: 2.5, what: '+ "raises/lands/secures/closes $N" with a company as subject (funding, × position)' },
  'contract:pay-for-goods': {
    weight: 2.5,
    what: 'weight of "pay" when a sum is paid to a company for goods ("to pay Pfizer $1.95 billion for 100 million doses")',
  },
  'frame:price': { weight: 1.5, what: '+ "offers $36 a share", "will receive $588 million for its unit": a price paid for a company (× position)' },
  // Hard negatives (negatives.ts): subtracted once per story, × position of the sentence.
  'negative:stock-tip': { weight: -6, what: 'stock picks and ratings: "a Buy", "stocks to buy", buy/sell with shares as object' },
  'negative:retail-sale': { weight: -6, what: 'retail sales and discounts: "Prime Day deals", "% off"' },
  'negative:product-sale': { weight: -6, what: 'products on sale: "goes on sale", "sold 5 million consoles"' },
  'negative:capital-return': { weight: -5, what: 'buybacks, stock splits and dividends' },
  'negative:capex': { weight: -5, what: 'capital spending: "invest $20 billion in new plants"' },
  'negative:labour': { weight: -6, what: 'labour contracts: unions, ratify, strikes' },
  'negative:trade-pact': { weight: -6, what: 'trade agreements between countries' },
  'negative:legal': { weight: -4, what: 'settlements, fines and lawsuits' },
  'negative:partner-program': { weight: -6, what: 'partner programmes, people made partners' },
  'negative:event': { weight: -6, what: 'events and webinars' },
  'negative:no-deals': { weight: -6, what: '"not looking to make acquisitions"' },
  'negative:insider': { weight: -5, what: 'insiders selling or buying shares, index changes' },
  'negative:not-a-company': { weight: -5, what: 'what is "acquired" is no company: customers, users, land' },
  'negative:no-party': { weight: -2, what: 'a headline deal phrase with no organisation in any frame slot' },
  // Damping.
  'damp:earnings': { weight: 0.25, what: '× evidence of an earnings report that is not a deal headline' },
  'damp:body-only': { weight: 0.8, what: '× body evidence when the headline says nothing of a deal' },
  'hedge:status': { weight: -0.5, what: '+ a rumoured, terminated or denied deal is a little less certain' },
  'type:title-bonus': { weight: 1, what: '× headline evidence added once more when choosing the type' },
  // Decision.
  'threshold:deal': { weight: 3, what: 'evidence at or above this is a deal' },
  'threshold:title-deal': { weight: 2.5, what: 'headline evidence that makes a deal headline' },
  'threshold:strong-title': { weight: 6, what: 'a headline this strong is a deal even in an earnings-looking story' },
  'score:scale': { weight: 1.5, what: 'score = 1 / (1 + e^-((evidence - threshold) / scale))' },
} as const satisfies Record<string, FeatureRow>;

export type FeatureName = keyof typeof FEATURES;

/** Which deal types a hard negative takes evidence from ("invest $2bn in a new plant" is no investment, but a JV may build a plant). */
export const NEGATIVE_SCOPE: Readonly<Record<string, readonly DealType[]>> = {
  'stock-tip': ['acquisition', 'investment'],
  'retail-sale': ['acquisition', 'partnership', 'investment'],
  'product-sale': ['acquisition', 'ipo'],
  'capital-return': ['acquisition', 'investment'],
  capex: ['investment', 'contract', 'funding'],
  labour: ['contract', 'partnership', 'merger', 'acquisition'],
  'trade-pact': ['partnership', 'contract', 'investment', 'acquisition'],
  legal: ['partnership', 'contract', 'investment'],
  'partner-program': ['partnership', 'joint_venture'],
  event: ['partnership', 'joint_venture', 'acquisition', 'merger', 'investment', 'funding', 'contract', 'ipo'],
  'no-deals': ['acquisition', 'merger'],
  insider: ['acquisition', 'investment'],
  'not-a-company': ['acquisition', 'investment'],
};

/** w reads one feature's weight. */
export function w(name: FeatureName): number {
  return FEATURES[name].weight;
}
