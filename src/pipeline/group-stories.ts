// A feed's new deal stories, matched to deals: the stored candidates and the deals this
// batch creates, so two reports of one deal in one feed make one deal. Then what each
// destination gets: an alert for a new deal, a follow-up in the alert's thread for another
// report, a lifecycle step when the deal closes, falls through, or a regulator acts.
import { applyStory, decideEvent, snapshotOf, type EventChange, type EventSnapshot } from '../dedupe/deal-events.js';
import type { StoryFacts } from '../dedupe/story-facts.js';
import type { DeliveryKind } from '../model/records.js';
import type { EventAssignment, PlannedDelivery } from './ports.js';
import type { RouteFilter } from './routing.js';

const DAY = 86_400_000;

/** How far back a story's deal may lie: completions come years after announcements. */
export const CANDIDATE_WINDOW_MS = 3 * 365 * DAY;
/** Deals without parties match only near-identical wording, a week at most. */
export const WORDING_WINDOW_MS = 7 * DAY;

/** groupStories assigns each story (in order) to a stored deal, a deal of this batch, or a new deal. */
export function groupStories(stories: readonly StoryFacts[], candidates: readonly EventSnapshot[]): EventAssignment[] {
  const known = new Map<number, EventSnapshot>(candidates.map((c) => [c.id, c]));
  let nextRef = -1;
  return stories.map((facts) => {
    const decision = decideEvent(facts, [...known.values()]);
    if (decision.kind === 'new') {
      const ref = nextRef--;
      const snapshot = snapshotOf(ref, facts);
      known.set(ref, snapshot);
      return { kind: 'new', ref, snapshot };
    }
    const snapshot = applyStory(known.get(decision.eventId)!, facts, decision.changes);
    known.set(decision.eventId, snapshot);
    return { kind: 'join', ref: decision.eventId, snapshot, changes: decision.changes };
  });
}

/** A step worth telling the channel about: the deal closed, fell through, or a regulator acted. */
export function isLifecycle(changes: readonly EventChange[]): boolean {
  return changes.some((c) => (c.kind === 'status' && (c.to === 'completed' || c.to === 'terminated')) || c.kind === 'regulatory');
}

export interface PlanInput {
  readonly assignment: EventAssignment;
  /** Destinations this story routes to as an alert (watched party, type, score, status policy). */
  readonly routed: readonly string[];
  /** Destinations that already have this deal's alert (or will, from this batch). */
  readonly alerted: ReadonlySet<string>;
  readonly denied: boolean;
  readonly destinations: readonly RouteFilter[];
}

/**
 * planDeliveries says what each destination gets for one story. A report of a deal a
 * destination already has goes into the alert's thread (or nowhere with follow_ups: none);
 * a lifecycle step always goes; a destination without the alert gets one when the story
 * routes there. A denial only updates the record.
 */
export function planDeliveries(input: PlanInput): PlannedDelivery[] {
  if (input.denied) return [];
  if (input.assignment.kind === 'new') return input.routed.map((destination) => ({ destination, kind: 'alert' as const }));
  const lifecycle = isLifecycle(input.assignment.changes);
  const out: PlannedDelivery[] = [];
  for (const d of input.destinations) {
    let kind: DeliveryKind | null = null;
    if (input.alerted.has(d.name)) kind = lifecycle ? 'lifecycle' : d.followUps === 'thread' ? 'follow-up' : null;
    else if (input.routed.includes(d.name)) kind = 'alert';
    if (kind) out.push({ destination: d.name, kind });
  }
  return out;
}
