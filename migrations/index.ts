// Every migration, in order. Listed statically (not read from disk) so the same
// list works from TypeScript sources in tests and from the compiled build.
import type { Migration } from 'kysely/migration';
import * as initial from './2026-11-28-001-initial.js';
import * as feedTitleAndWarning from './2026-12-01-001-feed-title-and-warning.js';
import * as configOwnership from './2026-12-01-002-config-ownership.js';
import * as feedBodyHash from './2026-12-01-003-feed-body-hash.js';
import * as dealEvents from './2026-12-01-004-deal-events.js';
import * as leanIndexes from './2026-12-01-005-lean-indexes.js';
import * as dealUrlIndex from './2026-12-01-006-deal-url-index.js';

export const migrations: Readonly<Record<string, Migration>> = Object.freeze({
  '2026-11-28-001-initial': initial,
  '2026-12-01-001-feed-title-and-warning': feedTitleAndWarning,
  '2026-12-01-002-config-ownership': configOwnership,
  '2026-12-01-003-feed-body-hash': feedBodyHash,
  '2026-12-01-004-deal-events': dealEvents,
  '2026-12-01-005-lean-indexes': leanIndexes,
  '2026-12-01-006-deal-url-index': dealUrlIndex,
});
