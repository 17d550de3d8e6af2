// `dealwatch poll [--all]`: one cycle, then deliver what is pending, then a summary.
import type { App } from '../app/create-app.js';
import { idleReason } from '../commands/index.js';
import { print, type CliContext } from './cli-context.js';
import type { TerminalProgress } from './terminal-progress.js';

export async function pollCommand(ctx: CliContext, app: App, args: { readonly all: boolean }, progress: TerminalProgress | null): Promise<number> {
  const summary = await app
    .runCycle({
      all: args.all,
      // The counter lives on its own line, redrawn in place; log lines never land on it.
      ...(progress ? { onProgress: (done: number, total: number, url: string) => progress.show(`[${done}/${total}] ${url.slice(0, 70)}`) } : {}),
    })
    .finally(() => progress?.done());
  // Deliver now; short waits (a 429 asking for a second or two) are worth sitting out.
  const deadline = Date.now() + 15_000;
  let delivered = 0;
  for (;;) {
    const pass = await app.dispatcher.dispatch();
    delivered += pass.delivered;
    const wake = app.dispatcher.nextWakeAt();
    if (pass.waiting === 0 || wake === null || wake > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, wake - Date.now())));
  }
  const pending = Object.values(await app.store.outbox.pendingCounts()).reduce((a, b) => a + b, 0);
  print(
    ctx.stdout,
    `polled ${summary.feedsPolled} feeds: ${summary.notModified} not modified, ${summary.failed + summary.disabled} failed; ` +
      `${summary.newItems} new items, ${summary.deals} deals, ${summary.alerts} alerts; ${delivered} delivered, ${pending} pending`,
  );
  if (summary.feedsPolled === 0) {
    const reason = idleReason(await app.store.feeds.list(), Date.now());
    if (reason) print(ctx.stdout, `note: ${reason}${reason.startsWith('no feed is due') ? '; poll --all polls every feed now' : ''}`);
  }
  if (summary.firstPollItems > 0) {
    print(
      ctx.stdout,
      `note: ${summary.firstPollItems} of the new items came from feeds polled for the first time, which store without alerting; ` +
        'set backfill: N on a feed to alert on its newest N items at its first poll',
    );
  }
  return 0;
}
