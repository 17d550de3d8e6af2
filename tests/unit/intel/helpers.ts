// Shared test helpers for the intel stage: watchlist entries and the ../shared data paths.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MatchMode, WatchedCompany } from '../../../src/model/deal.js';

export function company(name: string, aliases: string[] = [], tickers: string[] = [], match: MatchMode = 'auto'): WatchedCompany {
  return { name, aliases, tickers, match };
}

/** sharedPath resolves a file under ../shared and fails loudly when the folder is absent. */
export function sharedPath(relative: string): string {
  const path = fileURLToPath(new URL(`../../../../shared/${relative}`, import.meta.url));
  if (!existsSync(path)) {
    throw new Error(`../shared missing: ${path} not found. The shared data folder must sit next to the project (see ../shared/README.md).`);
  }
  return path;
}
