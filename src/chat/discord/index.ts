// Discord: alert destinations, application commands (HTTP endpoint or gateway) and
// command registration.
export { createDiscordIntegration } from './discord-integration.js';
export {
  createDiscordChannelDestination,
  createDiscordRest,
  createDiscordWebhookDestination,
  mapDiscordError,
  parseWebhookUrl,
  DEFAULT_DISCORD_API,
  type DiscordRestOptions,
  type WebhookCredentials,
} from './discord-destination.js';
export { dealEmbed, dealMessage, DEAL_COLOURS, EMBED_LIMITS } from './discord-embed.js';
export { renderReply, type DiscordReplyData } from './render-reply.js';
export { discordCommands, discordUsage, toParsedCommand, MANAGE_GUILD_PERMISSION } from './command-options.js';
export { registerDiscordCommands, discordInviteUrl, BOT_PERMISSIONS, type RegisterCommandsOptions, type RegisterCommandsResult } from './register-commands.js';
export { createInteractionEndpoint, verifyInteractionSignature, importDiscordPublicKey, INTERACTIONS_PATH } from './interactions.js';
export { createDiscordGateway, type DiscordGateway } from './gateway.js';
export { escapeFeedText } from './discord-text.js';
