// `dealwatch digest [--since YYYY-MM-DD] [--destination NAME]`: prints the digest a
// destination would get (or of every deal), for the period since the date (default: 7 days).
import type { App } from '../app/create-app.js';
import type { AppConfig } from '../config/load-config.js';
import { DIGEST_MAX, buildDigest, digestSince } from '../commands/index.js';
import { digestLines } from '../chat/cli/index.js';
import { UsageError } from '../model/errors.js';
import { print, type CliContext } from './cli-context.js';

export async function digestCommand(
  ctx: CliContext,
  app: App,
  config: AppConfig,
  args: { readonly since?: Date; readonly destination?: string },
): Promise<number> {
  const names = config.destinations.map((d) => d.name);
  if (args.destination !== undefined && !names.includes(args.destination)) {
    throw new UsageError(
      `dealwatch digest: there is no destination named "${args.destination}"`,
      names.length > 0 ? `destinations in ${config.configPath}: ${names.join(', ')}` : `${config.configPath} declares no destinations; leave out --destination`,
    );
  }
  const now = Date.now();
  const since = args.since ?? digestSince('week', now);
  const page = await app.store.deals.search({ since, destination: args.destination ?? null, limit: DIGEST_MAX });
  for (const line of digestLines(buildDigest(page.deals, since, new Date(now), page.more), config.display.timezone)) print(ctx.stdout, line);
  return 0;
}
