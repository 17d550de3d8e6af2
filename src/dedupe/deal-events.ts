// Which deal a story reports. A deal is an event with a life: rumoured, announced, cleared
// or blocked, completed or called off, reported by many outlets. A new story joins a stored
// deal when the types are compatible, the parties overlap and the time fits; stories
// without clear parties can join on near-identical wording. Different deals between the
// same companies stay apart: another round, another target, a new bid after one was called
// off, or the same pair years later. Pure: the caller looks up the candidates.
import type { DealAmount, DealType } from '../model/deal.js';
import { jaccard, samePartyKey, type EventStatus, type RegulatoryStep, type StoryFacts } from './story-facts.js';

/**
 * A stored deal, as grouping needs to see it: the facts of its reports (shingles are its
 * first report's; topics gather every report's), with its id and time span.
 */
export interface EventSnapshot extends Pick<
  StoryFacts,
  | 'type'
  | 'status'
  | 'parties'
  | 'target'
  | 'targets'
  | 'buyers'
  | 'investee'
  | 'investors'
  | 'amount'
  | 'years'
  | 'round'
  | 'regulatory'
  | 'shingles'
  | 'topics'
> {
  readonly id: number;
  readonly firstAt: number;
  readonly lastAt: number;
}

export type EventChange =
  | { readonly kind: 'status'; readonly from: EventStatus; readonly to: EventStatus }
  | { readonly kind: 'regulatory'; readonly step: RegulatoryStep }
  | { readonly kind: 'amount'; readonly from: DealAmount | null; readonly to: DealAmount };

export type EventDecision = { readonly kind: 'new' } | { readonly kind: 'join'; readonly eventId: number; readonly changes: readonly EventChange[] };

const DAY = 86_400_000;
/** Reports of one step of a deal arrive within weeks. */
const REPORT_WINDOW_MS = 45 * DAY;
/** Completion, termination and regulators' decisions can come years after the announcement. */
const LIFECYCLE_WINDOW_MS = 3 * 365 * DAY;
/** Stories without clear parties join only near-identical wording, close in time. */
const WORDING_WINDOW_MS = 7 * DAY;
const SAME_WORDING = 0.5;

const FAMILY: Readonly<Record<DealType, string>> = {
  acquisition: 'takeover',
  merger: 'takeover',
  investment: 'money',
  funding: 'money',
  partnership: 'alliance',
  joint_venture: 'alliance',
  contract: 'contract',
  ipo: 'ipo',
};

/** compatibleTypes lists the deal types a story of this type may join. */
export function compatibleTypes(type: DealType): DealType[] {
  return (Object.keys(FAMILY) as DealType[]).filter((other) => compatible(type, other));
}

/**
 * Types that can name one deal: the same family, or a combination of businesses that one
 * outlet calls a merger and another a joint venture.
 */
function compatible(a: DealType, b: DealType): boolean {
  if (FAMILY[a] === FAMILY[b]) return true;
  const pair = new Set([a, b]);
  return pair.has('merger') && pair.has('joint_venture');
}

const RANK: Readonly<Record<EventStatus, number>> = { rumored: 0, denied: 0, announced: 1, completed: 2, terminated: 2 };
const isEnd = (status: EventStatus) => status === 'completed' || status === 'terminated';

function overlap(a: readonly string[], b: readonly string[]): number {
  return a.filter((x) => b.some((y) => samePartyKey(x, y))).length;
}

/** Same currency, and one within a quarter of the other. */
function sameAmount(a: DealAmount | null, b: DealAmount | null): boolean | null {
  if (!a || !b || a.value === null || b.value === null || a.currency !== b.currency) return null;
  const [low, high] = a.value <= b.value ? [a.value, b.value] : [b.value, a.value];
  return high <= low * 1.25;
}

/** The same currency and a sum within 2 %: one deal's figure, rounded by another outlet. */
function exactAmount(a: DealAmount | null, b: DealAmount | null): boolean {
  if (!a || !b || a.value === null || b.value === null || a.currency !== b.currency) return false;
  return Math.abs(a.value - b.value) <= Math.max(a.value, b.value) * 0.02;
}

/**
 * fitScore scores how well a story fits a stored deal, or returns null when it cannot be the
 * same deal. Higher is better; the best fit wins.
 */
function fitScore(story: StoryFacts, event: EventSnapshot): number | null {
  if (!compatible(story.type, event.type)) return null;
  const gap = Math.abs(story.publishedAt - event.lastAt);
  // A step of the deal (closed, called off, a regulator's or the shareholders' decision) can come
  // long after the reports of its announcement.
  const lifecycle = isEnd(story.status) || story.regulatory !== null || story.vote;
  if (gap > (lifecycle ? LIFECYCLE_WINDOW_MS : REPORT_WINDOW_MS)) return null;
  // Named years that do not meet: the same pair, another time (2016 talks, 2024 talks). A
  // completion or a regulator's step names its own year, so it is not held to this.
  if (!lifecycle && story.years.length > 0 && event.years.length > 0 && !story.years.some((y) => event.years.includes(y))) return null;
  if (story.round && event.round && story.round !== event.round) return null;
  if (story.targets.length > 0 && event.targets.length > 0 && overlap(story.targets, event.targets) === 0) return null;
  // Rival bidders for one target are different deals (Disney and Comcast for Fox).
  // One outlet names the parent, another the unit that buys (Alphabet, Google): any shared buyer will do.
  if (story.buyers.length > 0 && event.buyers.length > 0 && overlap(story.buyers, event.buyers) === 0) return null;
  if (story.investee && event.investee && !samePartyKey(story.investee, event.investee)) return null;
  // Money from different investors is a different deal (Google's stake, then a round led by Spark).
  if (story.investors.length > 0 && event.investors.length > 0 && overlap(story.investors, event.investors) === 0) return null;
  // After a deal was called off or closed, a fresh approach is a new deal; only late reports of the end join.
  if (isEnd(event.status) && !isEnd(story.status) && story.regulatory === null && (story.repeat || gap > 2 * DAY)) return null;
  const amounts = sameAmount(story.amount, event.amount);
  // "Another $35 million": not the earlier round, but another outlet's report of this one has its sum.
  if (story.repeat && FAMILY[story.type] === 'money' && amounts !== true) return null;
  // Another round, another stake: money deals with different sums are different deals, unless
  // one side was only talks (the sum in talks is rarely the sum raised).
  const talks = story.status === 'rumored' || event.status === 'rumored';
  if (amounts === false && FAMILY[story.type] === 'money' && !lifecycle && !talks) return null;
  // A company's stake and a round it joined are different deals when the sums differ.
  if (amounts === false && FAMILY[story.type] === 'money' && story.type !== event.type) return null;
  // A contract's value is fixed when it is awarded: another sum is another contract (radars, then drones).
  if (amounts === false && FAMILY[story.type] === 'contract' && FAMILY[event.type] === 'contract') return null;
  // Alliances between one pair about different things are different deals (fuel cells, then cars).
  if (
    (FAMILY[story.type] === 'alliance' || FAMILY[event.type] === 'alliance') &&
    story.topics.length >= 2 &&
    event.topics.length >= 2 &&
    !story.topics.some((t) => event.topics.includes(t))
  )
    return null;

  const words = jaccard(story.shingles, event.shingles);
  if (story.parties.length === 0 || event.parties.length === 0) {
    return gap <= WORDING_WINDOW_MS && words >= SAME_WORDING ? 1 + words : null;
  }
  const common = overlap(story.parties, event.parties);
  if (common === 0) return null;
  // One shared name is enough when a side names only one party, or when the wording agrees;
  // "Nvidia invests in A" and "Nvidia invests in B" share only Nvidia and stay apart.
  const thin = story.parties.length === 1 || event.parties.length === 1;
  // One shared name, the same kind of deal, the same sum to the unit and the same subject:
  // "Palantir wins £330m NHS data contract" and "NHS data contract: Palantir's consortium
  // partners revealed" (where the second names the partners rather than Palantir).
  const sameTerms = () => story.type === event.type && exactAmount(story.amount, event.amount) && story.topics.some((t) => event.topics.includes(t));
  if (common < 2 && !thin && words < 0.2 && !(story.target && event.target) && !sameTerms()) return null;
  return common * 2 + words + (story.type === event.type ? 0.5 : 0) + (amounts === true ? 0.5 : 0);
}

/** changes lists what a story tells about a deal that the deal did not know. */
export function changesOf(story: StoryFacts, event: EventSnapshot): EventChange[] {
  const changes: EventChange[] = [];
  const moves =
    story.status !== event.status && (RANK[story.status] > RANK[event.status] || (isEnd(story.status) && isEnd(event.status)) || story.status === 'denied');
  // A report of an earlier step (an announcement after the completion) does not move the deal back.
  if (moves) changes.push({ kind: 'status', from: event.status, to: story.status });
  if (story.regulatory && story.regulatory !== event.regulatory) changes.push({ kind: 'regulatory', step: story.regulatory });
  if (story.amount && story.amount.value !== null) {
    const differs = !exactAmount(story.amount, event.amount);
    if (differs && FAMILY[story.type] !== 'money') changes.push({ kind: 'amount', from: event.amount, to: story.amount });
    else if ((event.amount?.value ?? null) === null) changes.push({ kind: 'amount', from: null, to: story.amount });
  }
  return changes;
}

/** decideEvent picks the stored deal a story reports, or says it is a new deal. */
export function decideEvent(story: StoryFacts, candidates: readonly EventSnapshot[]): EventDecision {
  let best: { event: EventSnapshot; score: number } | null = null;
  for (const event of candidates) {
    const score = fitScore(story, event);
    if (score !== null && (!best || score > best.score || (score === best.score && event.lastAt > best.event.lastAt))) best = { event, score };
  }
  if (!best) return { kind: 'new' };
  return { kind: 'join', eventId: best.event.id, changes: changesOf(story, best.event) };
}

/** The snapshot a new deal starts with, from its first story. */
export function snapshotOf(id: number, story: StoryFacts): EventSnapshot {
  return {
    id,
    type: story.type,
    status: story.status,
    parties: story.parties,
    target: story.target,
    targets: story.targets,
    buyers: story.buyers,
    investee: story.investee,
    investors: story.investors,
    amount: story.amount,
    firstAt: story.publishedAt,
    lastAt: story.publishedAt,
    years: story.years,
    round: story.round,
    regulatory: story.regulatory,
    shingles: story.shingles,
    topics: story.topics,
  };
}

/** applyStory is the deal after a story joined it: its parties, amount, status and step brought up to date. */
export function applyStory(event: EventSnapshot, story: StoryFacts, changes: readonly EventChange[]): EventSnapshot {
  let next: EventSnapshot = {
    ...event,
    parties: [...event.parties, ...story.parties.filter((p) => !event.parties.some((q) => samePartyKey(p, q)))],
    target: event.target ?? story.target,
    targets: [...event.targets, ...story.targets.filter((p) => !event.targets.some((q) => samePartyKey(p, q)))],
    buyers: [...event.buyers, ...story.buyers.filter((p) => !event.buyers.some((q) => samePartyKey(p, q)))],
    investee: event.investee ?? story.investee,
    investors: [...event.investors, ...story.investors.filter((p) => !event.investors.some((q) => samePartyKey(p, q)))],
    firstAt: Math.min(event.firstAt, story.publishedAt),
    lastAt: Math.max(event.lastAt, story.publishedAt),
    years: [...new Set([...event.years, ...story.years])],
    round: event.round ?? story.round,
    topics: [...new Set([...event.topics, ...story.topics])],
  };
  for (const change of changes) {
    if (change.kind === 'status') next = { ...next, status: change.to };
    if (change.kind === 'regulatory') next = { ...next, regulatory: change.step };
    if (change.kind === 'amount') next = { ...next, amount: change.to };
  }
  return next;
}
