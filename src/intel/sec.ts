// Helpers to build watchlist entries from outside data: ticker strings and the
// SEC company_tickers.json titles ("APPLE INC.", "ONEOK INC /NEW/").

import type { WatchedCompany } from '../model/deal.js';
import { isCommonWord } from './common-words.js';

export interface SecCompany {
  readonly cik_str?: number;
  readonly ticker: string;
  readonly title: string;
}

export interface ParsedTicker {
  readonly symbol: string;
  readonly exchange: string | null;
}

/** parseTicker reads "NVDA", "$NVDA" or "NASDAQ:NVDA"; null when it is not a ticker. */
export function parseTicker(input: string): ParsedTicker | null {
  const m = /^\s*(?:([A-Za-z]{2,8})\s*:\s*)?\$?([A-Za-z][A-Za-z0-9.]{0,5}(?:-[A-Za-z])?)\s*$/.exec(input);
  if (!m || !m[2]) return null;
  return { symbol: m[2].toUpperCase(), exchange: m[1] ? m[1].toUpperCase() : null };
}

// Trailing SEC decorations that are not part of the trading name.
const SEC_NOISE = /\s*\/[A-Z]{1,4}\/?\s*$|\s*\\[A-Z]{1,4}\\?\s*$/i;
const TRAILING_SUFFIX = /[\s,]+(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|l\.?p|plc|ag|s\.?\s?a|n\.?v|se|a\/s|holdings? co|com)\.?$/i;

function niceCase(word: string): string {
  if (word !== word.toUpperCase()) return word; // already mixed case: keep ("eBay", "Meta Platforms")
  const lower = word.toLowerCase();
  // Short non-words stay upper-case: "IBM", "NVE", "BRF".
  if (word.length <= 3 && !isCommonWord(lower) && /^[A-Z]+$/.test(word)) return word;
  return lower.replace(/(^|[-&'])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** companyFromSecTitle turns an SEC entry into a watchlist entry: "APPLE INC." -> "Apple" ($AAPL). */
export function companyFromSecTitle(entry: SecCompany): WatchedCompany {
  let name = entry.title.trim().replace(SEC_NOISE, '');
  for (let i = 0; i < 3 && TRAILING_SUFFIX.test(name); i += 1) name = name.replace(TRAILING_SUFFIX, '');
  name = name
    .replace(/[,\s]+$/, '')
    .split(/\s+/)
    .map(niceCase)
    .join(' ');
  if (name.length === 0) name = entry.title.trim();
  const ticker = parseTicker(entry.ticker);
  return Object.freeze({ name, aliases: [], tickers: ticker ? [ticker.symbol] : [], match: 'auto' as const });
}
