// The verbs roles.ts reads around a deal phrase to tell which way a frame runs: who receives money or an
// offer, who invests, who awards a contract. Word lists only; the readings are in roles.ts.

// Verbs just before an investment noun that turn it round: "X secures investment from Y" ("would receive").
export const RECEIVE: ReadonlySet<string> = new Set([
  'secure',
  'receive',
  'land',
  'get',
  'attract',
  'secures',
  'secured',
  'receives',
  'received',
  'lands',
  'landed',
  'gets',
  'got',
  'wins',
  'won',
  'attracts',
  'raises',
  'raised',
  'closes',
  'closed',
]);
// Verbs before a funding phrase whose subject is the investor: "X leads a $40M round in Y".
// With a plural subject the verb stands bare: "Harrowgate and Velsen lead a $60 million round in Quillon".
export const INVESTOR_VERBS: ReadonlySet<string> = new Set([
  'lead',
  'leads',
  'led',
  'co-lead',
  'co-leads',
  'co-led',
  'join',
  'joins',
  'joined',
  'invest',
  'invests',
  'invested',
  'back',
  'backs',
  'backed',
  'participate',
  'participates',
  'participated',
  'commit',
  'commits',
  'committed',
  'provide',
  'provides',
  'provided',
]);
// Verbs of choosing, in the awards of contracts and in choosing a partner.
const CHOOSING = ['picks', 'picked', 'selects', 'selected', 'taps', 'tapped', 'chooses', 'chose', 'hires', 'hired'] as const;

// Verbs before a contract noun whose subject is the customer: "X awards / signs with / picks Y".
export const CUSTOMER_VERBS: ReadonlySet<string> = new Set(['awards', 'awarded', 'gives', 'gave', 'grants', 'granted', ...CHOOSING, 'places', 'placed']);

// Verbs before a deal noun whose subject receives it: "X receives/confirms/rejects a takeover proposal from Y".
export const RECEIVE_OFFER: ReadonlySet<string> = new Set([
  'accepts',
  'accepted',
  'receives',
  'received',
  'confirms',
  'confirmed',
  'rejects',
  'rejected',
  'rebuffs',
  'rebuffed',
  'gets',
  'got',
  'considers',
  'weighs',
  'welcomes',
  'nears',
  'enters',
  'agrees',
]);

// Verbs whose subject can only be the one bid for: "rejects / receives / rebuffs a Kastor offer" (not "weighs", "confirms").
export const REFUSE_OR_GET: ReadonlySet<string> = new Set([
  'accepts',
  'accepted',
  'receives',
  'received',
  'rejects',
  'rejected',
  'rebuffs',
  'rebuffed',
  'spurns',
  'spurned',
  'gets',
  'got',
]);

// "Ostrava shareholders back Kestrel takeover", "Pemberton board recommends Ashgrove bid", "Trevisk shareholders reject
// Pendry bid": a company's owners or board deciding on a bid, either way, decide on a bid for their company.
const OWNERS: ReadonlySet<string> = new Set(['shareholders', 'stockholders', 'unitholders', 'holders', 'investors', 'board', 'directors']);
const DECIDE =
  /^(?:back|backs|backed|approve|approves|approved|endorse|endorses|endorsed|support|supports|supported|recommend|recommends|recommended|vote|votes|voted|accept|accepts|accepted|reject|rejects|rejected|spurn|spurns|spurned|rebuff|rebuffs|rebuffed|oppose|opposes|opposed)$/;

export function ownersDecide(left: readonly string[]): boolean {
  const owners = left.findIndex((x) => OWNERS.has(x));
  return owners >= 0 && left.slice(owners + 1).some((x) => DECIDE.test(x));
}

// "Netflix picks Microsoft as partner": verbs of choosing; the chooser is a side of the deal too.
export const SELECT_VERBS: ReadonlySet<string> = new Set([...CHOOSING, 'chosen', 'names', 'named', 'appoints', 'appointed', 'approached', 'approaches']);
