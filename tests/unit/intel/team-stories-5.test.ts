// A fifth set of team-written stories (fixtures/team-stories-5.jsonl): three batches of about thirty,
// written one after another while the fourth set's round was under way, each scored before any rule was
// changed for it (party roles 0.841, 0.883 and 0.889 at first sight), then used like train errors. They
// vary the wording of the fourth set's frames: a parent selling a named unit, a sum paid for a unit,
// "agrees to a takeover", passive leads ("has been bought by", "has been hired by X to build"), owners in
// appositions ("its owner X said", "owned by investment firm P"), investors listed after "included",
// contracts won, ordered, hired and awarded, licences, IPOs of units, and non-deals with deal words.
// The watchlist holds every labelled party and every labelled mention.

import { describeStorySet, type StoryField } from './story-fixtures.js';

// Known misses, kept with their honest labels: each is left out of the per-story check for the fields
// listed only, and counted in the aggregate checks below.
// f09, h18: a minority stake that completes ownership ("taking full control"), a 35% interest in a project:
//   labelled acquisitions, read as investments by the share bought ("an option for full control" is no control).
// f15: "an agreement under which Gresham Data will host and run its claims systems": a services contract read as a
//   partnership (the dev set labels "a distribution agreement under which X will install ..." a partnership).
// f16: "radar systems on the Royal Navy's destroyers": a government named as the goods' owner is taken as a customer.
// f23: "a $9 billion merger" in the headline is taken as the deal's value (labelled null: the combined company's).
// f25, h23: an IPO's parent is labelled mentioned (see team-stories-4, w057); "spin off and list" reads as a sale.
// g12: "Investors pour $300 million into Fluxion" over "in a Series D round": read as an investment, no amount.
// g26: a headline about a bid ("Ashgrove's $2 billion bid for Vellum backed by Rook Capital") over a lead about its
//   financing: read as the bid.
const KNOWN_MISSES: Readonly<Record<string, readonly StoryField[]>> = {
  f09: ['type', 'roles'],
  f15: ['type', 'roles'],
  f16: ['mentions'],
  f23: ['amount'],
  f25: ['mentions'],
  g12: ['type', 'amount'],
  g26: ['type', 'roles', 'mentions'],
  h18: ['type', 'roles'],
  h23: ['type', 'roles', 'mentions'],
};

describeStorySet({
  title: 'team-written stories, fifth set (party roles, reworded)',
  file: 'team-stories-5.jsonl',
  knownMisses: KNOWN_MISSES,
  rates: {
    title: 'gets the roles, types, statuses, amounts and alerts of the whole set right at the rates reached',
    // Reached: roles 176/183, types 73/79, statuses 79/79, amounts 77/79, alerts 90/90.
    floors: { roles: 0.96, type: 0.92, status: 0.98, amounts: 0.97, alerts: 0.98 },
  },
});
