// Slack: alert destinations and slash commands. The app only needs createSlackIntegration;
// the renderers are exported for tests and for reuse (e.g. previews).
export {
  createSlackIntegration,
  createSlackIntegrationWith,
  slackCommandMode,
  socketModeHint,
  SLACK_EVENTS_PATH,
  type SlackIntegrationOptions,
} from './slack-integration.js';
export { createSlackDestination, mapSlackError, permanentHint, type SlackDestinationOptions } from './slack-destination.js';
export {
  renderDealMessage,
  textOnlyDealMessage,
  dealFallbackText,
  slackDate,
  OPEN_STORY_ACTION,
  type SlackBlock,
  type SlackDealMessage,
} from './slack-blocks.js';
export { renderReply, textReply, MAX_LIST_ROWS, type SlackCommandResponse } from './render-reply.js';
export { escapeMrkdwn, fitEscaped, safeHttpUrl, truncate, SLACK_LIMITS } from './slack-text.js';
export { handleSlashCommand, SLASH_COMMANDS, WORKING_TEXT } from './slack-commands.js';
export { decodeSlackText, parseSlackCommand, slackUsage, slackUsageHint, unwrapSlackLink, type SlackParse } from './slack-command-text.js';
