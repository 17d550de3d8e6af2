export type { Actor, ParsedCommand, Reply, ReplyBlock } from './command-types.js';
export { executeCommand, isAdmin, statusBlock, type CommandDeps } from './execute-command.js';
export { parseCommandText, parseIsoDate, USAGE, type CommandName, type ParseOutcome } from './parse-command-text.js';
