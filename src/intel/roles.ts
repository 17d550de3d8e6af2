// Roles from deal frames. A frame first says who buys, what is bought and who sells
// (or who the parties are), whatever the deal; the deal type then names those sides:
//
// | frame side | acquisition | investment, funding | contract | merger, partnership, JV, IPO |
// |---|---|---|---|---|
// | buyer  | acquirer | investor | customer | party |
// | asset  | target   | investee | (goods)  | party |
// | seller | seller   | seller   | supplier | party |

import type { CompanyRole, DealType } from '../model/deal.js';
import type { Frame } from './frames.js';
import type { OrgSpan } from './orgs.js';
import { agreesTo, forGoods, goodsMaker, namesUnit, refusedBid, speakerAsIt, unitOwner, WIN_WORDS } from './frame-cues.js';
import { GOVERNMENT_WORDS } from './org-words.js';
import { CUSTOMER_VERBS, INVESTOR_VERBS, ownersDecide, RECEIVE, RECEIVE_OFFER, REFUSE_OR_GET } from './role-verbs.js';

type Side = 'buyer' | 'asset' | 'seller' | 'party';

export interface RoleAssignment {
  readonly org: OrgSpan;
  readonly role: CompanyRole;
}

const NAMES: Readonly<Record<'acquisition' | 'investment' | 'contract', Readonly<Record<Exclude<Side, 'party'>, CompanyRole>>>> = {
  acquisition: { buyer: 'acquirer', asset: 'target', seller: 'seller' },
  investment: { buyer: 'investor', asset: 'investee', seller: 'seller' },
  contract: { buyer: 'customer', asset: 'supplier', seller: 'supplier' },
};

// "Halsey County", "Dunmore Borough": a local government is named by its place and the kind of government last.
const LOCAL_GOVERNMENT = /^(county|borough|township|city)$/;

export function isGovernment(org: OrgSpan): boolean {
  const words = org.name.split(/\s+/).map((w) => w.toLowerCase());
  return words.some((w) => GOVERNMENT_WORDS.has(w)) || (words.length >= 2 && LOCAL_GOVERNMENT.test(words[words.length - 1] as string));
}

/** leftWords: the words between the subject and the predicate ("secures C$150 million strategic"). */
function leftWords(frame: Frame): string[] {
  const end = frame.subject.length > 0 && !frame.subjectFromSentence ? (frame.subject[frame.subject.length - 1] as OrgSpan).to : Math.max(0, frame.from - 6);
  return frame.sentence.tokens.slice(Math.min(end, frame.from), frame.from).map((t) => t.norm);
}

function afterWords(frame: Frame): string {
  return frame.sentence.tokens
    .slice(frame.from, frame.to + 3)
    .map((t) => t.norm)
    .join(' ');
}

/** agreedToDeal: the words before a deal noun say the subject agreed to it ("agrees to a $1.8 billion takeover"). */
function agreedToDeal(left: readonly string[]): boolean {
  return left.some((x, i) => /^agree[sd]?$/.test(x) && left[i + 1] === 'to');
}

/** backersBefore: the sentence's subject when an investing verb stands between it and the frame's subject ("A and B back C in a round"). */
function backersBefore(frame: Frame, subject: readonly OrgSpan[]): readonly OrgSpan[] {
  const first = subject[0];
  if (!first || frame.subjectFromSentence) return [];
  const backers = frame.leading.filter((o) => o.to <= first.from && !subject.includes(o));
  const last = backers[backers.length - 1];
  if (!last) return [];
  const between = frame.sentence.tokens.slice(last.to, first.from);
  // Only a verb in the main clause: "Helix, which Brackett backed in 2024, raises ..." is no backing of this round.
  if (between.some((t) => t.raw === ',' || /^(which|who|that|and)$/.test(t.norm))) return [];
  return between.some((t) => INVESTOR_VERBS.has(t.norm)) ? backers : [];
}

/** sides reads buyer / asset / seller / party from a frame, whatever the deal type. */
function sides(frame: Frame, type: DealType, main: OrgSpan | undefined): [OrgSpan, Side][] {
  const out: [OrgSpan, Side][] = [];
  const give = (list: readonly OrgSpan[] | undefined, side: Side): void => {
    for (const o of list ?? []) {
      // People take part only as buyers or investors ("Elon Musk to buy ..."), never as a mere side.
      if (o.kind === 'person' && side !== 'buyer') continue;
      out.push([o, side]);
    }
  };
  const slot = (p: Parameters<Frame['slots']['get']>[0]): readonly OrgSpan[] | undefined => frame.slots.get(p);
  // "it" is the story's main actor, but never the company the frame itself acts on ("Apple confirms it has acquired
  // Shazam" when Shazam is the only name the headline proves): then the sentence's own subject.
  const mainIsObject = !!main && frame.object.some((o) => o.name === main.name);
  const stand = mainIsObject ? frame.leading.filter((o) => o.name !== main?.name) : main ? [main] : [];
  const named = frame.subject.length > 0 ? frame.subject : frame.subjectPronoun ? stand : [];
  // "won approval from the European Commission for its acquisition of Kastor": a watchdog is no side, so the
  // deal's subject is the sentence's own.
  const watchdog = type !== 'contract' && named.length > 0 && named.every(isRegulator);
  const subject = watchdog ? frame.leading.filter((o) => !isRegulator(o)) : named;
  const object = frame.object;
  const left = leftWords(frame);
  const predicate = frame.sentence.tokens
    .slice(frame.from, frame.to)
    .map((t) => t.norm)
    .join(' ');
  // "said it had received a preliminary, non-binding proposal to acquire": the receiving verb may stand a few words off.
  const wideLeft = frame.subjectFromSentence ? frame.sentence.tokens.slice(Math.max(0, frame.from - 12), frame.from).map((t) => t.norm) : left;
  const party = type === 'merger' || type === 'partnership' || type === 'joint_venture' || type === 'ipo';
  if (party) {
    const partyOnly = (xs: readonly OrgSpan[] | undefined): OrgSpan[] => (xs ?? []).filter((o) => o.kind !== 'person');
    give(partyOnly(frame.selector), 'party');
    give(partyOnly(subject), 'party');
    give(partyOnly(frame.modifier), 'party');
    if (type !== 'ipo') give(partyOnly(frame.leading), 'party');
    if (type === 'ipo') {
      if (frame.possessor) give([frame.possessor], 'party');
      return out;
    }
    // "X licenses its antibody to Y": what is licensed is no party, the licensee is; "licenses a drug from Y": the licensor.
    const licenceTo = /licen[cs]/.test(predicate) && (slot('to')?.length ?? 0) > 0;
    const licenceFrom = /licen[cs]/.test(predicate) && (slot('from')?.length ?? 0) > 0;
    const licence = licenceTo || licenceFrom;
    if (!licence) give(partyOnly(object), 'party');
    const slots: Parameters<Frame['slots']['get']>[0][] = ['with', 'between', 'as'];
    if (licenceTo) slots.push('to');
    if (licenceFrom) slots.push('from');
    for (const p of slots) give(partyOnly(slot(p)), 'party');
    return out;
  }
  if (frame.selector.length > 0 && type === 'contract') {
    give(frame.selector, 'buyer');
    give(subject, 'seller');
    return out;
  }
  // "Microsoft approached Pinterest about a takeover": the one approaching buys.
  if (frame.selector.length > 0 && (type === 'acquisition' || type === 'investment')) {
    give(frame.selector, 'buyer');
    give(subject, 'asset');
    return out;
  }
  switch (frame.kind) {
    case 'acquired':
      give(subject, 'asset');
      give(slot('by') ?? slot('led') ?? slot('to'), 'buyer');
      break;
    case 'sell': {
      // "Delphine is to be sold to Marigold", "the unit was sold by Vireo to Amberly": what is sold is the subject.
      if (frame.passive) {
        // "Pike Media unit sold to Harlan": the owner of the unit sells it.
        give(subject, subject.length === 1 && namesUnit(frame, subject[0] as OrgSpan) ? 'seller' : 'asset');
        // "sold to a consortium led by Pallister": who leads the buyers buys.
        give(slot('to') ?? slot('led'), 'buyer');
        give(slot('by'), 'seller');
        break;
      }
      // "sells itself", "to sell most of the company": the seller is what is sold.
      const after = frame.sentence.tokens.slice(frame.from, frame.to + 6).map((t) => t.norm);
      const itself =
        after.includes('itself') ||
        (object.length === 0 && /^(company|business|group|firm)$/.test(frame.objectHead ?? '')) ||
        (after.includes('the') && after.some((x) => x === 'company'));
      if (itself) {
        give(subject, 'asset');
        give(slot('to') ?? (object.length > 0 ? object : undefined), 'buyer');
        break;
      }
      // "shareholders approve the company's sale to Dunbar": a sale of nothing named is a sale of the company.
      const sold = object.length > 0 ? object : frame.modifier.length > 0 ? frame.modifier : slot('of');
      const ofSomething = frame.sentence.tokens[frame.to]?.norm === 'of' || frame.sentence.tokens[frame.to - 1]?.norm === 'of';
      // "Marlowe explores a sale", "Discord ends sale talks": a sale of nothing named sells the subject.
      const selfSale = frame.nominal && !sold && !ofSomething;
      give(subject, selfSale ? 'asset' : 'seller');
      give(sold, 'asset');
      // "explores a sale of its mills and has held talks with Harcastle": the other side of a sale buys.
      give(slot('to') ?? slot('with'), 'buyer');
      break;
    }
    case 'raise':
    case 'lead':
    case 'invest': {
      const investorSubject = frame.kind !== 'raise' || left.some((x) => INVESTOR_VERBS.has(x));
      // "said it raised its stake in Penwick to 9.8 pct": a holder raising its stake adds to it; it receives nothing.
      const raisedStake = /\b(?:stake|stakes|(?:share)?holdings?)\b/.test(predicate) && left.some((x) => /^(raises|raised|lifts|lifted)$/.test(x));
      const received = left.some((x) => RECEIVE.has(x)) && frame.kind !== 'raise' && !raisedStake;
      // "including a $200 million strategic investment from Sony Group": money from someone is theirs.
      const investmentFrom = frame.nominal && frame.kind === 'invest' && slot('from') && !slot('in') && object.length === 0;
      // "Brackett and Quayside have backed diagnostics startup Helix Point in a $30 million round": the name the
      // walk met is the one backed; the sentence's subject, before the investing verb, invests.
      const backers = backersBefore(frame, subject);
      if (frame.passive && slot('by')) {
        give(subject, 'asset');
        give(slot('by'), 'buyer');
      } else if (backers.length > 0 && frame.kind === 'raise') {
        give(backers, 'buyer');
        give(subject, 'asset');
      } else if (investorSubject && !received && !investmentFrom) {
        give(subject, 'buyer');
        give(slot('in') ?? (object.length > 0 ? object : frame.modifier.length > 0 ? frame.modifier : undefined), 'asset');
        // "a stake in Reliance's Jio": the owner of the investee sells nothing (new shares); only "from" names a seller.
        give(slot('from'), 'seller');
      } else {
        give(subject, 'asset');
        for (const p of ['led', 'from', 'including', 'by', 'with'] as const) give(slot(p), 'buyer');
      }
      break;
    }
    case 'award':
      if (frame.passive) {
        give(subject, 'seller');
        give(slot('by') ?? slot('from'), 'buyer');
      } else {
        give(subject, 'buyer');
        give(object.length > 0 ? object : frame.modifier.length > 0 ? frame.modifier : slot('to'), 'seller');
      }
      break;
    case 'back':
      // Money for another's bid finances the bidder: in a story about the bid itself the backer takes no side.
      if (type !== 'investment' && type !== 'funding') break;
      // "Berkshire commits $10 billion to Occidental's Anadarko bid": Berkshire invests in Occidental; Anadarko is another deal.
      give(subject, 'buyer');
      give(frame.possessor ? [frame.possessor] : object, 'asset');
      break;
    case 'pay':
      // "Disney to pay Comcast $8.61 billion for Hulu stake"; "U.S. to pay Pfizer for doses".
      give(subject, 'buyer');
      give(object, 'seller');
      give(slot('for'), 'asset');
      break;
    case 'order':
      give(subject, 'buyer');
      // "buy electricity from reactors to be built by Kestle Power": who makes the goods supplies them.
      // "placed an order with Rivian": who the order is placed with supplies it.
      give(slot('from') ?? (object.length > 0 ? object : (slot('for') ?? slot('by') ?? slot('with'))), 'seller');
      break;
    case 'supply':
      give(subject, 'seller');
      give(slot('to') ?? (object.length > 0 ? object : slot('with')), 'buyer');
      break;
    case 'win': {
      // "Marisol Airlines signs deal for 20 Velden jets": the maker named before goods supplies them to the subject.
      const maker = goodsMaker(frame);
      if (maker && !frame.passive && !subject.includes(maker)) {
        give(subject, 'buyer');
        give([maker], 'seller');
        break;
      }
      // "India signs $3 billion deal for 31 drones from Korvel": goods bought from someone, not a contract won from them.
      if (!frame.passive && slot('from') && forGoods(frame) && ![...left, predicate].some((x) => WIN_WORDS.test(x))) {
        give(subject, 'buyer');
        give(slot('from'), 'seller');
        break;
      }
      const customerSubject = (left.some((x) => CUSTOMER_VERBS.has(x)) || /award/.test(predicate)) && !frame.passive;
      if (customerSubject) {
        give(subject, 'buyer');
        give(object.length > 0 ? object : frame.modifier.length > 0 ? frame.modifier : (slot('to') ?? slot('with')), 'seller');
      } else {
        give(subject, 'seller');
        give(frame.modifier.length > 0 ? frame.modifier : (slot('from') ?? slot('by') ?? slot('with') ?? slot('for')), 'buyer');
      }
      break;
    }
    case 'nominal': {
      const noObject = object.length === 0 && frame.modifier.length === 0 && !slot('of') && !slot('for');
      if (slot('by')) {
        // "approved the acquisition of Tamberlane by Ostwald": what the noun is of is bought, not the sentence's subject.
        give(slot('by'), 'buyer');
        give(object.length > 0 ? object : (slot('of') ?? subject), 'asset');
      } else if (/ (from)$/.test(predicate) && /\b(offer|bid|proposal|approach)\b/.test(predicate)) {
        // "accepts an offer from Vesta", "weighs a bid from Kastor": who an offer is from bids; its subject is bid for.
        give(subject, 'asset');
        give(object.length > 0 ? object : slot('from'), 'buyer');
        break;
      } else if (
        (slot('from') && left.some((x) => RECEIVE_OFFER.has(x))) ||
        (slot('with') && noObject) ||
        (noObject &&
          left.some((x) => RECEIVE_OFFER.has(x) && !/^(agrees|enters|nears)$/.test(x)) &&
          /\b(approach|proposal|offer|bid|interest)\b/.test(afterWords(frame)))
      ) {
        // "Kessel confirms takeover approach": the one approached is the target.
        // "Seven & i confirms a takeover proposal from Couche-Tard"; "EA nears a take-private deal with PIF".
        give(subject, 'asset');
        give(slot('from') ?? slot('with'), 'buyer');
        break;
      } else if (refusedBid(frame, subject)) {
        // "Qualcomm rejects Broadcom's $103 billion takeover offer": the bid is the possessor's, made for the subject.
        give(
          frame.leading.filter((o) => !subject.includes(o)),
          'asset',
        );
        give(subject, 'buyer');
      } else if (
        object.length === 0 &&
        frame.modifier.length > 0 &&
        (((left.some((x) => REFUSE_OR_GET.has(x)) || agreesTo(frame)) && /\b(approach|proposal|offer|bid)\b/.test(afterWords(frame))) ||
          (ownersDecide(left) && /\b(approach|proposal|offer|bid|takeover|buyout)\b/.test(afterWords(frame))))
      ) {
        // "Brightline rejects Kastor takeover approach": the bidder is named before the deal noun.
        give(subject, 'asset');
        give(frame.modifier, 'buyer');
      } else if (noObject && agreedToDeal(left) && /\b(takeover|buyout|sale)\b/.test(predicate)) {
        // "Orsini Group agrees to $1.8 billion takeover": who agrees to a takeover of nothing named is taken over.
        give(subject, 'asset');
        give(slot('with') ?? slot('from'), 'buyer');
      } else {
        give(subject, 'buyer');
        // "Microsoft closes Nokia devices deal": a name before a description of what is sold is the seller.
        const described =
          frame.modifier.length > 0 &&
          frame.sentence.tokens
            .slice((frame.modifier[frame.modifier.length - 1] as OrgSpan).to, frame.from)
            .some((t) => t.word && !t.digit && !t.cap && !/^(pct|billion|million|bn|m|mln)$/.test(t.norm));
        // "its acquisition of Nokia's devices business": the owner of what is bought sells it.
        const ofOwner = slot('of')?.find((o) => frame.sentence.tokens[o.to - 1]?.possessive);
        if (ofOwner && object.length === 0 && frame.modifier.length === 0 && !slot('for')) {
          give([ofOwner], 'seller');
          give(slot('from'), 'seller');
          break;
        }
        const named = slot('for') ?? slot('of');
        if (described && object.length === 0) give(frame.modifier, 'seller');
        // "completes acquisition of Morrow Group dairy unit": the unit's owner sells it.
        else if (unitOwner(frame)) give(unitOwner(frame), 'seller');
        // "Quayside tops Delmont offer for Ferraby": the name after "for" is bid for; the one before bids.
        else if (object.length === 0 && named && frame.modifier.length > 0) {
          give(named, 'asset');
          give(frame.modifier, 'buyer');
        } else give(object.length > 0 ? object : frame.modifier.length > 0 ? frame.modifier : named, 'asset');
      }
      give(slot('from'), 'seller');
      break;
    }
    default:
      // acquire, merge read as acquire: X buys Y (from Z); "X buys Y's unit": Y sells.
      if (frame.passive && (slot('by') || slot('led') || object.length === 0)) {
        // "Tamworth Brewing has been acquired", "... acquired by Halcombe": the subject is bought.
        give(subject, 'asset');
        give(slot('by') ?? slot('led'), 'buyer');
        break;
      }
      // "EA nears a take-private deal with PIF": the one taken private is the subject.
      if (/private|buyout/.test(predicate) && (slot('with') ?? slot('including')) && object.length === 0) {
        give(subject, 'asset');
        give(slot('with') ?? slot('including'), 'buyer');
        break;
      }
      // "said it had received a proposal to acquire the company from Couche-Tard": the one receiving is bought.
      if (
        wideLeft.some((x) => RECEIVE_OFFER.has(x) && x !== 'agrees' && x !== 'enters') &&
        slot('from') &&
        (object.length === 0 || frame.objectHead === 'company')
      ) {
        give(subject, 'asset');
        give(slot('from'), 'buyer');
        break;
      }
      give(subject, 'buyer');
      // "Hanwell buys Corrigan unit", "buy the aerospace unit of Corrigan Group": the owner of a unit sells it.
      if (unitOwner(frame)) {
        give(unitOwner(frame), 'seller');
        break;
      }
      give(object.length > 0 ? object : frame.modifier.length > 0 ? frame.modifier : speakerAsIt(frame), 'asset');
      // "agreed to buy electricity from reactors to be built by Kairos Power": who makes the goods supplies them.
      give(slot('from') ?? (frame.possessor ? [frame.possessor] : type === 'contract' ? slot('by') : undefined), 'seller');
  }
  return out;
}

// Watchdogs clear deals, they take no part in them (but an agency may buy under a contract).
const REGULATOR = /\b(?:commission|authority|regulators?|regulatory|antitrust|ftc|sec|cma|fcc|doj|justice department|department of justice)\b/i;

export function isRegulator(org: OrgSpan): boolean {
  return REGULATOR.test(org.name);
}

/** frameRoles names the sides of a frame for the story's deal type; `main` stands in for "it". */
export function frameRoles(frame: Frame, type: DealType, main?: OrgSpan, government: (org: OrgSpan) => boolean = isGovernment): RoleAssignment[] {
  const found = sides(frame, type, main).filter(([org]) => type === 'contract' || !isRegulator(org));
  const vocabulary =
    type === 'acquisition'
      ? NAMES.acquisition
      : type === 'investment' || type === 'funding'
        ? NAMES.investment
        : type === 'contract'
          ? NAMES.contract
          : undefined;
  const out: RoleAssignment[] = found.map(([org, side]) => ({
    org,
    role: side === 'party' || !vocabulary ? 'party' : vocabulary[side],
  }));
  if (type === 'contract') {
    // A government body in a contract is its customer, whatever the sentence's order.
    const gov = out.filter((r) => government(r.org));
    if (gov.length > 0 && gov.every((r) => r.role === 'supplier')) {
      return out.map((r) => ({ ...r, role: government(r.org) ? 'customer' : 'supplier' }));
    }
  }
  return out;
}
