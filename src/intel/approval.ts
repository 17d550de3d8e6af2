// "Brightline wins EU approval for Kastor deal", "Bayer gets U.S. antitrust nod for Monsanto takeover": the
// company a watchdog clears stands before the approval; the watchdog between is no side (frame-walk.ts).

import type { Token } from './text.js';

const APPROVALS = /^(approval|approvals|clearance|nod|go-ahead|green|backing|blessing)$/;
const GETS = /^(wins|won|win|gets|got|get|receives|received|secures|secured|obtains|obtained|earns|earned|given|granted|clinches)$/;

/** approvalVerbBefore: the verb of "wins [regulator] approval for" ending right before `at`, or -1. */
export function approvalVerbBefore(toks: readonly Token[], at: number): number {
  if (!/^(for|of)$/.test(toks[at - 1]?.norm ?? '')) return -1;
  let k = at - 2;
  // "green light": the approval may be two words.
  if (toks[k]?.norm === 'light') k -= 1;
  if (!APPROVALS.test(toks[k]?.norm ?? '')) return -1;
  for (let j = k - 1; j >= Math.max(0, k - 5); j -= 1) if (GETS.test(toks[j]?.norm ?? '')) return j;
  return -1;
}
