// Rebuilds the deal analyzer only when the stored watchlist changes, so the next poll
// after `/watchlist add` uses the new list without rebuilding the trie every cycle.
import { createDealAnalyzer, type DealAnalyzer, type LexiconOverrides } from '../intel/index.js';
import type { WatchEntry } from '../model/records.js';

export function createAnalyzerCache(options: { loadWatchlist: () => Promise<readonly WatchEntry[]>; lexicon: LexiconOverrides }) {
  let key = '';
  let analyzer: DealAnalyzer | null = null;
  return async (): Promise<DealAnalyzer> => {
    const watchlist = await options.loadWatchlist();
    const nextKey = JSON.stringify(watchlist.map((w) => [w.name, w.aliases, w.tickers, w.match]));
    if (!analyzer || nextKey !== key) {
      analyzer = createDealAnalyzer({
        watchlist: watchlist.map((w) => ({ name: w.name, aliases: w.aliases, tickers: w.tickers, match: w.match })),
        lexicon: options.lexicon,
      });
      key = nextKey;
    }
    return analyzer;
  };
}
