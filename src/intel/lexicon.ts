// Cue phrases that change how deal evidence is read: look-alikes that hide a deal
// word ("contract manufacturing", "buy rating"), earnings-report cues, and hard
// negatives (stock tips, retail sales, labour contracts...), each named for the
// feature in weights.ts it fires. Deal phrases and every weight live in weights.ts.
// Phrases are matched on crude stems; a word written "=word" must match exactly,
// and the longest phrase wins, so a look-alike swallows the deal word inside it.

import { DEAL_PHRASES } from './weights.js';

export { DEAL_PHRASES as DEFAULT_DEAL_PHRASES } from './weights.js';

export type NegativeKind =
  | 'stock-tip'
  | 'retail-sale'
  | 'product-sale'
  | 'capital-return'
  | 'capex'
  | 'labour'
  | 'trade-pact'
  | 'legal'
  | 'partner-program'
  | 'event'
  | 'no-deals'
  | 'insider'
  | 'not-a-company'
  | 'commentary'
  | 'executive';

export type CueKind = 'lookalike' | 'earnings' | `neg:${NegativeKind}`;

const neg = (kind: NegativeKind, phrases: string): (readonly [string, CueKind])[] => phrases.split('|').map((p) => [p.trim(), `neg:${kind}`] as const);

/** DEFAULT_CUES: phrase -> cue kind. */
export const DEFAULT_CUES: readonly (readonly [string, CueKind])[] = [
  // Look-alikes: longest match wins, so these hide the deal word inside them.
  ['=contract =manufacturing', 'lookalike'],
  ['=contract =manufacturer', 'lookalike'],
  ['=stake =holder', 'lookalike'],
  ['=stake =holders', 'lookalike'],
  ['=futures =contract', 'lookalike'],
  ['=futures =contracts', 'lookalike'],
  ['=contract =price', 'lookalike'],
  ['=data =acquisition', 'lookalike'],
  ['=customer =acquisition', 'lookalike'],
  ['=talent =acquisition', 'lookalike'],
  ['=acquisition =cost', 'lookalike'],
  ['=acquisition =costs', 'lookalike'],
  ['=sell =off', 'lookalike'],
  ['=joint =venture =bank', 'lookalike'],
  ['=trade =partners', 'lookalike'],
  ['=trading =partners', 'lookalike'],
  ['=trading =partner', 'lookalike'],
  ['=export =contract', 'lookalike'],
  ['=public =offering =of =debentures', 'lookalike'],
  ['=public =offering =of =notes', 'lookalike'],
  ['=limited =partnership', 'lookalike'],
  ['=investment =partnership', 'lookalike'],
  ['=partnership =ltd', 'lookalike'],
  ['=bid =price', 'lookalike'],
  ['=bid =prices', 'lookalike'],
  ['=bill =tender', 'lookalike'],
  ['=buying =tender', 'lookalike'],
  ['=import =tender', 'lookalike'],
  ['=export =tender', 'lookalike'],
  ['=intervention =tender', 'lookalike'],
  ['=purchase =right', 'lookalike'],
  ['=purchase =rights', 'lookalike'],
  ['=foreign =investment', 'lookalike'],
  ['=direct =investment', 'lookalike'],
  ['=capital =investment', 'lookalike'],
  ['=export =bonus', 'lookalike'],
  ['=purchasing =managers', 'lookalike'],
  ['=trade =surplus', 'lookalike'],
  ['=trade =deficit', 'lookalike'],
  ['=investment =arm', 'lookalike'],
  ['=investment =bank', 'lookalike'],
  ['=investment =banks', 'lookalike'],
  ['=investment =bankers', 'lookalike'],
  ['=investment =banking', 'lookalike'],
  ['=venture =capitalist', 'lookalike'],
  ['=venture =capitalists', 'lookalike'],
  ['=venture =firm', 'lookalike'],
  ['=venture =arm', 'lookalike'],
  ['=european =union', 'lookalike'],
  ['=deal =flow', 'lookalike'],
  ['=dealmakers', 'lookalike'],
  ['=deal =making', 'lookalike'],
  ['=buy =now =pay =later', 'lookalike'],
  ['=public =offering =of =shares =by', 'lookalike'],
  ['=first =time', 'lookalike'],
  ['=sales =partner', 'lookalike'],
  ['=distribution =partner', 'lookalike'],
  ['=partner =company', 'lookalike'],
  ['=ad =deals', 'lookalike'],
  ['=in =order =to', 'lookalike'],
  ['=court =order', 'lookalike'],
  ['=executive =order', 'lookalike'],
  ['=restraining =order', 'lookalike'],
  ['=order =book', 'lookalike'],
  ['=order =backlog', 'lookalike'],
  ['=in =order', 'lookalike'],
  ['=win =back', 'lookalike'],
  ['=mergers =and =acquisitions', 'lookalike'],
  ['=m&a =practice', 'lookalike'],
  ['=merger =review', 'lookalike'],
  ['=money =market =tender', 'lookalike'],
  ['=securities =repurchase', 'lookalike'],
  ['=merger =control', 'lookalike'],
  ['=post =ipo', 'lookalike'],
  ['=pre =ipo', 'lookalike'],
  ['=pay =for =itself', 'lookalike'],
  ['=pay =raise', 'lookalike'],
  ['=pay =rise', 'lookalike'],
  ['=pay =cut', 'lookalike'],
  ['=pay =later', 'lookalike'],
  ['=investment =grade', 'lookalike'],
  ['=investment =banker', 'lookalike'],
  ['=investment =firm', 'lookalike'],
  ['=investment =trust', 'lookalike'],
  ['=investment =fund', 'lookalike'],
  ['=investment =management', 'lookalike'],
  ['=investment =advice', 'lookalike'],
  ['=investment =strategy', 'lookalike'],
  ['=investment =income', 'lookalike'],
  ['=investment =decision', 'lookalike'],
  ['=investment =committee', 'lookalike'],
  ['=investment =pledge', 'lookalike'],
  ['=first =round', 'lookalike'],
  ['=second =round', 'lookalike'],
  ['=final =round', 'lookalike'],
  ['=round =trip', 'lookalike'],
  ['=round =of =talks', 'lookalike'],
  ['=round =of =layoffs', 'lookalike'],
  ['=round =of =job =cuts', 'lookalike'],
  ['=award =winning', 'lookalike'],
  ['=awards =ceremony', 'lookalike'],
  ['=pick =up', 'lookalike'],
  // "its newly acquired missile": an adjective for what was bought earlier, not a deal of this story.
  ['=newly =acquired', 'lookalike'],
  ['=listing =rules', 'lookalike'],
  // "Snap shares sink below IPO price", "lowest since its IPO": a listing long done, the yardstick of a share price.
  ['=since =ipo', 'lookalike'],
  ['=since =its =ipo', 'lookalike'],
  ['=since =listing', 'lookalike'],
  ['=since =its =listing', 'lookalike'],
  ['=since =its =debut', 'lookalike'],
  ['=since =going =public', 'lookalike'],
  ['=below =ipo =price', 'lookalike'],
  ['=below =its =ipo =price', 'lookalike'],
  ['=above =ipo =price', 'lookalike'],
  ['=above =its =ipo =price', 'lookalike'],
  // "Startup funding hits record": money across a market, no one company's round.
  ['=startup =funding', 'lookalike'],
  ['=venture =funding', 'lookalike'],
  ['=vc =funding', 'lookalike'],
  ['=venture =capital =funding', 'lookalike'],
  // A credit union is a lender, not a labour union: "two credit unions to merge".
  ['=credit =union', 'lookalike'],
  ['=credit =unions', 'lookalike'],
  ['=contract =review', 'lookalike'],
  ['=contract =lawyers', 'lookalike'],
  // "arms control": control of something no company owns.
  ['=arms =control', 'lookalike'],
  // "to ratify the appointment of auditors": a shareholder meeting's routine vote, no labour contract.
  ['=ratify =the =appointment', 'lookalike'],
  ['=ratify =the =selection', 'lookalike'],
  ['=ratify =the =choice', 'lookalike'],
  ['=ratification =of =the =appointment', 'lookalike'],
  // "inward investment", "overseas investment": money flowing into an economy, not a stake.
  ['=inward =investment', 'lookalike'],
  ['=overseas =investment', 'lookalike'],
  ['=foreign =investments', 'lookalike'],
  // Earnings reports ("SHR 1.20 DLRS VS ...") are not deals even when they mention one.
  ['=shr', 'earnings'],
  ['=qtr', 'earnings'],
  ['=net =income', 'earnings'],
  ['=revs', 'earnings'],
  ['=qtly =div', 'earnings'],
  ['=payout', 'earnings'],
  ['=net =profit', 'earnings'],
  ['=quarterly =earnings', 'earnings'],
  ['=net =loss', 'earnings'],
  ['=profit', 'earnings'],
  ['=profits', 'earnings'],
  ['=earnings', 'earnings'],
  ['=results', 'earnings'],
  ['=restates', 'earnings'],
  ['=cts', 'earnings'],
  ['=loss', 'earnings'],
  ['=sees', 'earnings'],
  ['=4th =qtr', 'earnings'],
  ['=1st =qtr', 'earnings'],
  ['=revenue', 'earnings'],
  ['=gain', 'earnings'],
  ['=oper =shr', 'earnings'],
  ['=forecast', 'earnings'],
  ['=net', 'earnings'],
  ['=pretax', 'earnings'],
  ['=operating =profit', 'earnings'],
  ['=outlook', 'earnings'],
  ['=guidance', 'earnings'],
  ['=quarterly =sales', 'earnings'],
  // "earnings per share for the current year": a figure per share, not a price offered per share for a company.
  ['=earnings =per =share', 'earnings'],
  ['=income =per =share', 'earnings'],
  ['=profit =per =share', 'earnings'],
  // Hard negatives: each names the feature (weights.ts) it fires.
  ...neg(
    'stock-tip',
    '=a =buy|=better =buy|=strong =buy|=buy =rating|=sell =rating|=hold =rating|=stocks =to =buy|' +
      '=buy =the =dip|=buy =or =sell|=buy =and =hold|=price =target|=upgrade|=downgrade|=upgrades|=downgrades|=upgraded|' +
      '=downgraded|=buying =opportunity|=merger =arbitrage|=best =stocks|=stock =picks|=top =stocks|=overweight|' +
      '=outperform|=underperform|=to =buy =now|=worth =buying|=should =you =buy|=should =you =sell|=buy =signal|' +
      '=still =a =buy|=a =sell|=a =hold|=stocks =to =watch|=growth =stocks|=dividend =stocks|=bank =stocks|' +
      // "Is now the time to buy Snap stock?", "5 stocks that could be takeover targets": tips, no deal.
      '=time =to =buy|=time =to =sell|=takeover =targets|=buyout =targets|=acquisition =targets|=takeover =candidates|' +
      // "analysts issued buy recommendations", "among the recommended buys": advice to investors, no deal.
      '=buy =recommendation|=buy =recommendations|=sell =recommendation|=sell =recommendations|=recommended =buys|=recommended =buy',
  ),
  ...neg(
    'retail-sale',
    '=prime =day|=black =friday|=cyber =monday|=best =deals|=deals =on|=discounts|=discounted|' +
      '=coupon|=coupons|=promo|=doorbusters|=holiday =sale|=summer =sale|=clearance =sale|=buy =one =get =one|=bogo|=deal =of =the =day|' +
      '=sale =event|=price =drop|=price =drops|=off =everything|=percent =off|=deals =event|=outlet =sale|=flash =sale|' +
      '=sale =starts|=sale =is =live|=hunt =for =deals|=deals =right =now|=fuel =rewards|=rewards =program|=loyalty =program|' +
      '=free =shipping|=free =delivery|=free =returns',
  ),
  ...neg(
    'product-sale',
    '=on =sale =now|=on =sale =for|=on =sale =in|=on =sale =at|=is =on =sale|=are =on =sale|=sold =out|=sells =out|=sell =out|=pre =orders|=preorders|=pre =order|=units =sold|' +
      '=copies|=consoles|=smartphones =sold|=go =on =sale|=goes =on =sale|=went =on =sale|=hit =shelves',
  ),
  ...neg(
    'capital-return',
    'buyback|=buybacks|=buy =back|=bought =back|=buying =back|=repurchase|=repurchases|=share =repurchase|' +
      '=stock =split|=split|=splits|=dividend|=dividends|=special =dividend',
  ),
  ...neg(
    'capex',
    '=capital =spending|=capex|=new =plant|=new =plants|=chip =plant|=new =factory|=factory|=new =facility|' +
      '=test =facility|=fab|=expand =capacity|=expansion =plan|=new =jobs|=create =jobs|=creating =jobs|=new =machinery|=new =equipment',
  ),
  ...neg(
    'labour',
    '=labor =contract|=labour =contract|=labor =deal|=labour =deal|=collective =bargaining|=tentative =contract|' +
      '=tentative =deal|=tentative =agreement|=ratify|=ratified|=ratifies|=ratification|=teamsters|=walkout|=strike|' +
      '=striking|=wage =deal|=pay =deal|=contract =talks|=union =contract|=union =deal|=machinists|=autoworkers|=union =members|' +
      // "strikes deal with pilots union": a union on the other side of a deal makes it a labour deal.
      '=union =workers|=pilots =union|=pilots =unions|=with =union|=with =unions|=labor =union|=labour =union|=trade =union|=trade =unions',
  ),
  ...neg(
    'trade-pact',
    'trade agreement|trade deal|trade pact|=free =trade|=tariff|=tariffs|=trade =talks|=trade =bloc|' + '=free =trade =agreement|=trade =zone',
  ),
  ...neg(
    'legal',
    '=settle|=settles|=settled|=settlement|=fine|=fined|=fines|=penalty|=lawsuit|=lawsuits|=sues|=sued|=jury|' +
      '=verdict|=damages|=class =action|=plea|=indicted|=judge =rules|=patent =case|=antitrust =suit|' +
      // "Judge orders AT&T, Time Warner trial to start": a court's order, no purchase.
      '=judge =orders|=judge =ordered|=court =orders|=court =ordered',
  ),
  ...neg(
    'partner-program',
    '=partnership =program|=partnership =programme|=partner =program|=partner =programme|' +
      '=partner =network|=partner =ecosystem|=partner =portal|=new =partners|=general =partner|=managing =partner|' +
      '=partner =summit|=resellers|=reseller|=channel =partners|=referral|=referral =fees|=elects|=named =partner|' +
      '=consortium =partners|=partner =tier|=partners =program|=channel =program|=partner =programs|=rebrands',
  ),
  // "Former Goldman Executive Joins Blackstone as Partner": a person joining a firm, no partnership.
  ...neg('executive', '=executive =joins|=executives =join|=banker =joins|=bankers =join|=exec =joins|=veteran =joins'),
  ...neg(
    'no-deals',
    // "Buffett says Berkshire ready for big acquisition": an appetite for deals, no deal.
    '=big =acquisition|=big =acquisitions|=more =acquisitions|=open =to =acquisitions|=open =to =deals|=looking =for =acquisitions|' +
      '=hunt =for =acquisitions|=hunting =for =acquisitions|=appetite =for =deals|=acquisition =spree',
  ),
  ...neg(
    'event',
    '=webinar|=webinars|=webcast|=join =us|=panel =discussion|=panelists|=fireside =chat|' +
      '=keynote|=virtual =event|=summit|=expo|=trade =show|=livestream|=podcast|=register =now|=register =here',
  ),
  ...neg(
    'no-deals',
    '=not =looking =to =make =acquisitions|=no =plans =for =acquisitions|=not =interested =in =acquisitions|' +
      '=not =planning =any =acquisitions|=no =appetite =for =acquisitions|=not =looking =for =acquisitions|' +
      '=no =acquisitions|=not =pursuing =acquisitions|=rule =out =acquisitions|=rules =out =acquisitions',
  ),
  ...neg(
    'insider',
    '=form =4|=trading =plan|=10b5|=insider =sales|=insider =selling|=insider =buying|=s&p =500|=ftse =100|=ftse =250|=index =funds|' +
      '=dow =jones =industrial =average|=added =to =the|=join =the =s&p|=to =join =s&p',
  ),
];

/** Every word of the lexicon, for truecasing headlines (pos.ts): deal words are ordinary words. */
export function lexiconWords(): Set<string> {
  const words = new Set<string>();
  const addPhrase = (p: string): void => {
    for (const w of p.split(/\s+/)) words.add(w.replace(/^=/, '').toLowerCase());
  };
  for (const rows of Object.values(DEAL_PHRASES)) for (const [p] of rows) addPhrase(p);
  for (const [p] of DEFAULT_CUES) addPhrase(p);
  return words;
}
