// The command core: the spec every door derives its syntax from, the arguments' converters,
// execute, and the port it needs from storage.
export {
  COMMANDS,
  LIST_LIMIT,
  LIST_MAX,
  OPERATOR_COMMANDS,
  commandsFor,
  subcommandsFor,
  type CommandName,
  type Commands,
  type OperatorCommandName,
} from './command-spec.js';
export type { ArgKind, ArgSpec, CommandSpec, Door, RawArgValue, SubcommandSpec } from './spec-types.js';
export { buildCommand, parseArgs, parseDealType, parseIsoDate, type ArgsResult, type BuildResult, type ParsedCommand } from './arg-values.js';
export { companyNames, executeCommand, idleReason, isAdmin, normalizeTickers, statusBlock, type CommandDeps } from './execute-command.js';
export type {
  AddFeedResult,
  CommandStore,
  DeadLetter,
  DeadLetterAction,
  FeedProbe,
  NewFeed,
  NewWatch,
  PendingSummary,
  WatchAddResult,
  WatchRemoveResult,
} from './ports.js';
export type { Actor, Reply, ReplyBlock } from './reply.js';
export { DIGEST_MAX, buildDigest, digestSince } from './digest.js';
