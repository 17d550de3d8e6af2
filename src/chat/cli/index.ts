// The command line as a door on the command core: argv to a parsed command through the
// spec, the neutral reply as terminal text or JSON Lines, and the console destination.
export { cliEntries, cliHelp, cliUsage, findEntry, globalHelp, parseArgv, type CliEntry, type CliLookup, type ParsedArgv } from './cli-args.js';
export { dealJson, digestLines, renderCliReply, timelineLines, type CliOutput } from './render-reply.js';
export { createConsoleDestination, formatDealText } from './console-destination.js';
