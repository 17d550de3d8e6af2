// Known company names (generated from the SEC list, see company-names.ts) as one
// compiled matcher, built on first use and shared by every analyzer: it lets the
// organisation recogniser trust "Palantir" or "Home Depot" where capitals prove
// nothing, at the start of a sentence or in a Title Case headline.

import type { WatchedCompany } from '../model/deal.js';
import { COMPANY_NAMES_TEXT } from './company-names.js';
import { compileWatchlist, type CompiledWatchlist } from './watchlist.js';

let known: CompiledWatchlist | undefined;

/** knownCompanies is the matcher over every known name (unwatched: hits are organisations, not alerts). */
export function knownCompanies(): CompiledWatchlist {
  if (!known) {
    const entries: WatchedCompany[] = COMPANY_NAMES_TEXT.split('\n')
      .map((n) => n.trim())
      .filter((n) => n.length > 0)
      .map((name) => ({ name, aliases: [], tickers: [], match: 'auto' as const }));
    known = compileWatchlist(entries);
  }
  return known;
}
