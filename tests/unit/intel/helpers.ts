// Shared test helpers for the intel stage: watchlist entries.

import type { MatchMode, WatchedCompany } from '../../../src/model/deal.js';

export function company(name: string, aliases: string[] = [], tickers: string[] = [], match: MatchMode = 'auto'): WatchedCompany {
  return { name, aliases, tickers, match };
}
