// The deal lexicon: readable, hand-written phrases with weights per deal type,
// plus cue phrases (hedging, denial, termination) and look-alikes that must not
// count. Phrases are matched on crude stems, so "acquire" also covers
// "acquires/acquired/acquiring"; a word written "=word" must match exactly.
// Weights were set by hand; none are learned from the Reuters evaluation file.

import type { DealType } from '../model/deal.js';

export type CueKind = 'hedge' | 'negation' | 'termination' | 'lookalike' | 'earnings';

export type PhraseWeights = Readonly<Record<DealType, readonly (readonly [string, number])[]>>;

/** DEFAULT_DEAL_PHRASES: phrase -> weight, per deal type. */
export const DEFAULT_DEAL_PHRASES: PhraseWeights = {
  acquisition: [
    ['acquire', 3], ['acquisition', 3], ['acquirer', 2.5], ['to buy', 2.5], ['buy', 1.5],
    ['bought', 2], ['purchase', 2], ['=purchased', 2.5], ['takeover', 3], ['take over', 2.5], ['buyout', 3],
    ['leveraged buyout', 3.5], ['lbo', 3], ['tender offer', 3.5], ['tender', 1.5], ['bid for', 2.5], ['bid', 1.5],
    ['bidder', 2], ['=bids', 1.5], ['=control =of', 1.2], ['=spin =off', 2], ['=spinoff', 2], ['=per =share =for', 2], ['=a =share =for', 2], ['=dlrs =a =share', 1], ['=dlrs =per =share', 1], ['=dlr =a =share', 1], ['=dlrs =share', 1], ['=dlr =shr', 1.5], ['=dlrs =shr', 1.5], ['=sale', 1.5], ['=bidding', 2], ['=exchange =offer', 2], ['dispose', 2], ['=disposal', 2], ['=end =talks', 1.5], ['=ends =talks', 1.5], ['=negotiations', 1], ['=offer', 1], ['=offers', 1], ['=offer =for', 2.5], ['=offer =to =buy', 3], ['=offer =to =acquire', 3], ['divest', 2.5],
    ['divestiture', 3], ['sell', 1.5], ['sold', 1.5], ['=sale =of', 1.5], ['white knight', 2.5],
    ['poison pill', 2.5], ['hostile', 1.5], ['standstill', 2], ['hart scott rodino', 2.5], ['waiting period', 1.2],
    ['definitive agreement', 1.5], ['agreement in principle', 1.5], ['letter of intent', 1.5], ['go private', 2.5],
    ['going private', 2.5], ['all outstanding', 1.5], ['=dlrs =per =share =in =cash', 1.5], ['=acquired', 3],
    ['acquisition corp', 1], ['buyer', 2], ['purchaser', 2], ['affiliation', 2], ['privatise', 2], ['privatize', 2],
    ['privatisation', 2], ['privatization', 2], ['=ownership =of', 1.5], ['unsolicited', 1.5], ['=control', 1], ['wholly owned', 1],
  ],
  merger: [
    ['merger', 3], ['merge', 3], ['business combination', 3], ['amalgamation', 3], ['combine', 1],
    ['merger agreement', 3.5], ['merger talks', 3.5],
  ],
  investment: [
    ['stake', 3], ['=pct =stake', 3.5], ['equity stake', 3.5], ['minority stake', 3.5], ['majority stake', 3.5],
    ['13d', 3.5], ['invest', 1.5], ['=invest =in', 2], ['=invests =in', 2.5], ['=invested =in', 2], ['investment in', 2],
    ['strategic investment', 2.5], ['=holds', 0.8], ['=pct =of =the =outstanding', 2.5], ['=pct =of =its =common', 2.5],
    ['=pct =of =the =common', 2.5], ['=pct =of =the =company', 2], ['shares of', 0.3], ['common shares', 0.5],
    ['=pct =interest', 2.5], ['=pct =of', 1], ['=interest =in', 0.8], ['securities and exchange commission', 1],
  ],
  funding: [
    ['=series =a', 3], ['=series =b', 3], ['=series =c', 3], ['=series =d', 3], ['seed round', 3.5],
    ['funding round', 3.5], ['=round =of =funding', 3.5], ['=raised', 0.8], ['=raises', 0.8], ['=funding', 2],
    ['venture capital', 1.5], ['=led =by', 1], ['=financing =round', 3.5], ['=pre =seed', 3],
  ],
  contract: [
    ['contract', 2], ['=awarded', 1.5], ['=wins', 0.8], ['supply agreement', 3], ['supply deal', 3],
    ['=contract =worth', 3.5], ['=multi =year =contract', 3.5], ['=order =worth', 2.5],
  ],
  partnership: [
    ['partnership', 3], ['=partner =with', 3], ['=partners =with', 3], ['=partnered =with', 3], ['=partnering =with', 3],
    ['alliance', 2.5], ['strategic alliance', 3.5], ['collaboration', 2], ['collaborate', 2], ['team up', 2.5],
    ['=teams =up', 2.5], ['=teamed =up', 2.5], ['=agreement =with', 1.5], ['=deal =with', 1.5], ['=pact =with', 1.5],
    ['licensing agreement', 2.5], ['license agreement', 2.5], ['cooperation agreement', 3], ['=agreement', 0.5],
    ['=deal', 0.8],
  ],
  joint_venture: [['joint venture', 4], ['=jv', 2.5], ['=joint =company', 2]],
  ipo: [
    ['initial public offering', 4], ['=ipo', 3.5], ['go public', 2.5], ['going public', 2.5],
    ['=public =offering', 1.2], ['stock market debut', 3], ['=files =for =an =ipo', 4],
  ],
};

/** DEFAULT_CUES: phrases that change how deal evidence is read. */
export const DEFAULT_CUES: readonly (readonly [string, CueKind])[] = [
  ['consider', 'hedge'], ['=considering', 'hedge'], ['=rumoured', 'hedge'], ['=rumored', 'hedge'], ['rumour', 'hedge'],
  ['rumor', 'hedge'], ['speculation', 'hedge'], ['=could', 'hedge'], ['=may', 'hedge'], ['=might', 'hedge'],
  ['=possible', 'hedge'], ['=potential', 'hedge'], ['explore', 'hedge'], ['=exploring', 'hedge'], ['=weighing', 'hedge'],
  ['=in =talks', 'hedge'], ['=talks', 'hedge'], ['=discussions', 'hedge'], ['=reportedly', 'hedge'],
  ['=sources =said', 'hedge'], ['=people =familiar', 'hedge'], ['=eyes', 'hedge'], ['=mulls', 'hedge'],
  ['deny', 'negation'], ['=denied', 'negation'], ['=no =plans', 'negation'], ['=not =for =sale', 'negation'],
  ['=no =talks', 'negation'], ['=not =in =talks', 'negation'], ['=rejects', 'negation'], ['=rejected', 'negation'],
  ['call off', 'termination'], ['=called =off', 'termination'], ['=calls =off', 'termination'],
  ['terminate', 'termination'], ['=terminated', 'termination'], ['termination', 'termination'],
  ['abandon', 'termination'], ['=abandoned', 'termination'], ['=scraps', 'termination'], ['=scrapped', 'termination'],
  ['=withdraws', 'termination'], ['=withdrew', 'termination'], ['=withdrawn', 'termination'], ['=drops =bid', 'termination'],
  ['=walks =away', 'termination'], ['=walked =away', 'termination'], ['=collapsed', 'termination'],
  ['=ended =talks', 'termination'], ['=broke =off', 'termination'],
  ['=breaks =off', 'termination'], ['=cancelled', 'termination'], ['=canceled', 'termination'],
  // Look-alikes: longest match wins, so these hide the deal word inside them.
  ['trade agreement', 'lookalike'], ['trade deal', 'lookalike'], ['trade pact', 'lookalike'],
  ['=partnership =program', 'lookalike'], ['=partnership =programme', 'lookalike'], ['=partner =program', 'lookalike'],
  ['=contract =manufacturing', 'lookalike'], ['=contract =manufacturer', 'lookalike'], ['=stake =holder', 'lookalike'],
  ['=stake =holders', 'lookalike'], ['=futures =contract', 'lookalike'], ['=futures =contracts', 'lookalike'],
  ['=employment =contract', 'lookalike'], ['=labor =contract', 'lookalike'], ['=labour =contract', 'lookalike'],
  ['=contract =price', 'lookalike'], ['=data =acquisition', 'lookalike'], ['=customer =acquisition', 'lookalike'],
  ['=talent =acquisition', 'lookalike'], ['=acquisition =cost', 'lookalike'], ['=acquisition =costs', 'lookalike'],
  ['=buy =rating', 'lookalike'], ['=buy =recommendation', 'lookalike'], ['=buy =back', 'lookalike'],
  ['buyback', 'lookalike'], ['=repurchase', 'lookalike'], ['=share =repurchase', 'lookalike'],
  ['=bought =back', 'lookalike'], ['=sell =off', 'lookalike'], ['=sell =rating', 'lookalike'],
  ['=joint =venture =bank', 'lookalike'], ['=free =trade', 'lookalike'], ['=trade =partners', 'lookalike'],
  ['=trading =partners', 'lookalike'], ['=trading =partner', 'lookalike'], ['=export =contract', 'lookalike'],
  ['=public =offering =of =debentures', 'lookalike'], ['=public =offering =of =notes', 'lookalike'],
  ['=limited =partnership', 'lookalike'], ['=investment =partnership', 'lookalike'], ['=partnership =ltd', 'lookalike'],
  ['=bid =price', 'lookalike'], ['=bid =prices', 'lookalike'], ['=sold =out', 'lookalike'],
  // Earnings reports ("SHR 1.20 DLRS VS ...") are not deals even when they mention one.
  ['=shr', 'earnings'], ['=qtr', 'earnings'], ['=net =income', 'earnings'], ['=revs', 'earnings'],
  ['=qtly =div', 'earnings'], ['=dividend', 'earnings'], ['=payout', 'earnings'], ['=net =profit', 'earnings'],
  ['=quarterly =earnings', 'earnings'], ['=net =loss', 'earnings'], ['=profit', 'earnings'], ['=profits', 'earnings'],
  ['=earnings', 'earnings'], ['=results', 'earnings'], ['=restates', 'earnings'], ['=cts', 'earnings'], ['=loss', 'earnings'],
  ['=sees', 'earnings'], ['=4th =qtr', 'earnings'], ['=1st =qtr', 'earnings'], ['=revenue', 'earnings'],
  ['=bill =tender', 'lookalike'], ['=buying =tender', 'lookalike'], ['=import =tender', 'lookalike'],
  ['=export =tender', 'lookalike'], ['=intervention =tender', 'lookalike'], ['=purchase =right', 'lookalike'],
  ['=purchase =rights', 'lookalike'], ['=foreign =investment', 'lookalike'], ['=direct =investment', 'lookalike'],
  ['=capital =investment', 'lookalike'], ['=export =bonus', 'lookalike'], ['=purchasing =managers', 'lookalike'], ['=gain', 'earnings'], ['=trade =surplus', 'lookalike'], ['=trade =deficit', 'lookalike'], ['=oper =shr', 'earnings'],
];
