// Scheduled digests: for one destination, the deals alerted there since its last digest,
// grouped by type and posted in as many messages as the platform's limits need. Where the
// last digest ended is stored, so a restart neither repeats nor skips a period.
import type { Logger } from 'pino';
import { DIGEST_MAX, buildDigest } from '../commands/index.js';
import type { DealPage, DealQuery } from '../model/records.js';
import type { Destination } from '../deliver/index.js';

const DAY = 86_400_000;
/** After a long outage a digest covers at most this much. */
const MAX_PERIOD_MS = 31 * DAY;
/** Tries per digest; a throttled platform's Retry-After is waited out (up to 5 minutes). */
const ATTEMPTS = 4;

export interface DigestSchedule {
  readonly destination: string;
  readonly schedule: string;
  readonly timezone: string;
  /** The nominal period, for a first digest: the time between two ticks of the schedule. */
  readonly periodMs: number;
}

export interface DigestPosterDeps {
  readonly store: {
    readonly deals: { search(query: DealQuery): Promise<DealPage> };
    readonly stats: {
      lastDigestUntil(destination: string): Promise<number | null>;
      recordDigest(destination: string, until: number, now: number): Promise<void>;
    };
  };
  readonly destinations: readonly Destination[];
  readonly schedules: readonly DigestSchedule[];
  readonly now: () => number;
  readonly log: Logger;
  readonly sleep?: (ms: number) => Promise<void>;
}

export type DigestResult =
  | { readonly kind: 'posted'; readonly deals: number; readonly parts: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'failed'; readonly reason: string };

export function createDigestPoster(deps: DigestPosterDeps) {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return {
    schedules: deps.schedules,
    /** post builds and sends one destination's digest now. */
    async post(name: string): Promise<DigestResult> {
      const schedule = deps.schedules.find((s) => s.destination === name);
      const destination = deps.destinations.find((d) => d.name === name);
      if (!schedule || !destination?.sendDigest) return { kind: 'failed', reason: `destination ${name} has no digest or cannot post one` };
      const until = deps.now();
      const last = await deps.store.stats.lastDigestUntil(name);
      const since = Math.max(last ?? until - schedule.periodMs, until - MAX_PERIOD_MS);
      const page = await deps.store.deals.search({ since: new Date(since), destination: name, limit: DIGEST_MAX });
      const digest = buildDigest(page.deals, new Date(since), new Date(until), page.more);
      if (digest.total === 0) {
        // A quiet period posts nothing; the next digest still starts here.
        await deps.store.stats.recordDigest(name, until, deps.now());
        deps.log.info({ destination: name }, 'digest: no deals in the period, nothing posted');
        return { kind: 'empty' };
      }
      let fromPart = 0;
      let reason = '';
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        const outcome = await destination.sendDigest(digest, { timeZone: schedule.timezone, fromPart });
        if (!outcome.failure) {
          await deps.store.stats.recordDigest(name, until, deps.now());
          deps.log.info({ destination: name, deals: digest.total, parts: outcome.parts }, 'digest posted');
          return { kind: 'posted', deals: digest.total, parts: outcome.parts };
        }
        fromPart = outcome.sent;
        const failure = outcome.failure;
        reason = failure.kind === 'permanent' ? `${failure.code}: ${failure.reason}. ${failure.hint}` : failure.reason;
        if (failure.kind !== 'retry' || attempt === ATTEMPTS) break;
        await sleep(Math.min(Math.max(failure.afterMs, 1_000), 5 * 60_000));
      }
      // Not recorded: the next digest covers this period too.
      deps.log.error({ destination: name, postedParts: fromPart }, `digest to ${name} failed (${reason}); the next digest will include this period`);
      return { kind: 'failed', reason };
    },
  };
}

export type DigestPoster = ReturnType<typeof createDigestPoster>;
