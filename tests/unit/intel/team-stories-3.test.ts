// A third set of team-written stories (fixtures/team-stories-3.jsonl), written before the analyzer
// code was read, aimed at the boundaries between deal types, where type errors live: a joint venture
// against a partnership or a stake ("a 49% stake in a new venture"), a round against an investment,
// a merger against an acquisition ("acquire ... in an all-stock merger"), a contract against a
// partnership or licence, an IPO against a pre-IPO round or a SPAC merger, a stake against control,
// assets against goods, and headlines that say only "deal", "pact" or "agreement"; with every status
// (past-tense leads, "set up", talks, calls off, denials) and non-deals that use deal words.
// The watchlist holds every labelled party and every labelled mention.

import { describeStorySet, type StoryField } from './story-fixtures.js';

// Known misses, kept with their honest labels: each is left out of the per-story check for the fields
// listed only, and counted in the aggregate checks below.
// v023: a filing's "under which Sonder will acquire all outstanding shares of Verity for $18.50 per share
//   in cash, or about $1.2 billion": the buyer inside a subordinate clause, a total after a per-share price.
// v031: "cancels $3 billion order for Solano Aerospace jets": a cancelled order scores just under the line.
// v041: "about 1.8 billion Swedish crowns": currency words.
// v070: "have agreed to share mapping and traffic data": a partnership said without a partnership word.
// v083: "St. Brendan's Health System": a name with a possessive in it is not found.
const KNOWN_MISSES: Readonly<Record<string, readonly StoryField[]>> = {
  v023: ['roles', 'amount'],
  v031: ['alert'],
  v041: ['amount'],
  v070: ['alert', 'type', 'status', 'roles'],
  v083: ['roles'],
};

describeStorySet({
  title: 'team-written stories, third set (type boundaries)',
  file: 'team-stories-3.jsonl',
  knownMisses: KNOWN_MISSES,
  rates: {
    title: 'gets the types, statuses, roles, amounts and alerts of the whole set right at the rates reached',
    floors: { type: 0.98, status: 0.98, roles: 0.97, amounts: 0.97, alerts: 0.97 },
  },
});
