// `dealwatch poll [--all]`: one cycle, then deliver what is pending, then a summary.
import type { App } from '../app/create-app.js';
import { print, UsageError, type CliContext } from './cli-context.js';

export async function pollCommand(ctx: CliContext, app: App, args: readonly string[]): Promise<number> {
  const unknown = args.filter((a) => a !== '--all');
  if (unknown.length > 0) throw new UsageError(`usage: dealwatch poll [--all]  (unknown: ${unknown.join(' ')})`);
  const all = args.includes('--all');
  const tty = Boolean(ctx.stderr.isTTY);
  const summary = await app.runCycle({
    all,
    ...(tty ? { onProgress: (done: number, total: number, url: string) => ctx.stderr.write(`\r\x1b[K[${done}/${total}] ${url.slice(0, 70)}`) } : {}),
  });
  if (tty) ctx.stderr.write('\r\x1b[K');
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
  if (summary.firstPollItems > 0) {
    print(
      ctx.stdout,
      `note: ${summary.firstPollItems} of the new items came from feeds polled for the first time, which store without alerting; ` +
        'set backfill: N on a feed to alert on its newest N items at its first poll',
    );
  }
  return 0;
}
