// A fourth set of team-written stories (fixtures/team-stories-4.jsonl), written before the analyzer
// code was read, aimed at party roles in the frames modern wire copy uses: divestitures with a seller
// ("sells its unit to", "buys X's business", "agrees to offload"), rounds with several investors ("led
// by A, with participation from B and C", "backed by", "from investors including"), consortium and
// private-equity buyouts, stakes bought and sold, contracts and awards between agencies and suppliers,
// three-party ventures, IPOs, mergers, passive leads ("is being acquired by"), parties first named in
// the second sentence, tickers and short forms; with every status, and non-deals that use deal words.
// The watchlist holds every labelled party and every labelled mention.

import { describeStorySet, type StoryField } from './story-fixtures.js';

// Known misses, kept with their honest labels: each is left out of the per-story check for the fields
// listed only, and counted in the aggregate checks below.
// w057: the parent listing its unit ("Brenner Group ... plans to list its medical devices unit, Cassia Medical") is
//   labelled mentioned, as the dev set labels an IPO's parent; party-roles.test.ts keeps the parent a party.
const KNOWN_MISSES: Readonly<Record<string, readonly StoryField[]>> = {
  w057: ['mentions'],
};

describeStorySet({
  title: 'team-written stories, fourth set (party roles)',
  file: 'team-stories-4.jsonl',
  knownMisses: KNOWN_MISSES,
  rates: {
    title: 'gets the roles, types, statuses, amounts and alerts of the whole set right at the rates reached',
    // Reached: roles 179/179, types 73/73, statuses 73/73, amounts 73/73, alerts 88/88.
    floors: { roles: 0.99, type: 0.98, status: 0.98, amounts: 0.98, alerts: 0.98 },
  },
});
