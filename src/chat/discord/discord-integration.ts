// Plugs Discord into the app: alert destinations (bot channel or webhook) and the two
// ways of receiving commands. Both receivers may run at once: Discord sends each
// interaction to the HTTP endpoint when one is set in the Developer Portal, otherwise
// over the gateway, never to both.
import type { ChatIntegration, IntegrationFactory } from '../chat-integration.js';
import type { DestinationConfig } from '../../config/load-config.js';
import type { Destination } from '../../deliver/destination.js';
import { createDiscordChannelDestination, createDiscordRest, createDiscordWebhookDestination, parseWebhookUrl } from './discord-destination.js';
import { createDiscordGateway, type DiscordGateway } from './gateway.js';
import { INTERACTIONS_PATH, createInteractionEndpoint, importDiscordPublicKey, type InteractionEndpoint } from './interactions.js';

export const createDiscordIntegration: IntegrationFactory = (context) => {
  const discord = context.config.env.discord;
  const log = context.log.child({ platform: 'discord' });
  const destinations: Destination[] = [];
  const skipped: { destination: DestinationConfig; reason: string }[] = [];
  const botRest = discord.botToken ? createDiscordRest({ api: discord.apiUrl, token: discord.botToken }) : null;
  // Webhooks and interaction follow-ups authenticate with their own token, not the bot's.
  const webhookRest = createDiscordRest({ api: discord.apiUrl });
  const followUpRest = createDiscordRest({ api: discord.apiUrl, retryInline: true });

  for (const destination of context.config.destinations) {
    const target = destination.target;
    if (target.platform === 'discord') {
      if (botRest && discord.botToken) {
        destinations.push(
          createDiscordChannelDestination({
            name: destination.name,
            channelId: target.channel,
            rest: botRest,
            token: discord.botToken,
            broadcastLifecycle: destination.broadcastLifecycle,
            log: context.log,
          }),
        );
      } else skipped.push({ destination, reason: 'DISCORD_BOT_TOKEN is not set; set it, or use a webhook destination (discord: { webhook: … })' });
    } else if (target.platform === 'discord-webhook') {
      const webhook = parseWebhookUrl(target.webhookUrl, discord.apiUrl);
      if (webhook) destinations.push(createDiscordWebhookDestination({ name: destination.name, webhook, rest: webhookRest }));
      else skipped.push({ destination, reason: 'the webhook URL is not a Discord webhook URL (https://discord.com/api/webhooks/<id>/<token>)' });
    }
  }

  const deps = { runCommand: context.runCommand, watchedNames: context.watchedNames, log };
  let endpoint: InteractionEndpoint | null = null;
  let gateway: DiscordGateway | null = null;

  const integration: ChatIntegration = {
    platform: 'discord',
    destinations,
    skipped,
    async start() {
      if (discord.publicKey) {
        endpoint = createInteractionEndpoint({ ...deps, publicKey: importDiscordPublicKey(discord.publicKey), rest: followUpRest, now: context.now });
        context.http.route(INTERACTIONS_PATH, endpoint.handler, 'POST');
        log.info({ path: INTERACTIONS_PATH }, 'discord: interactions endpoint ready');
      }
      if (discord.botToken) {
        gateway = createDiscordGateway({ ...deps, token: discord.botToken, api: discord.apiUrl });
        await gateway.start();
      }
      if (!discord.publicKey && !discord.botToken && destinations.length > 0) {
        log.info('discord: webhook alerts only; set DISCORD_PUBLIC_KEY or DISCORD_BOT_TOKEN to receive commands');
      }
    },
    async stop() {
      await endpoint?.idle();
      await gateway?.stop();
      gateway = null;
      for (const rest of [botRest, webhookRest, followUpRest]) {
        rest?.clearHashSweeper();
        rest?.clearHandlerSweeper();
      }
    },
  };
  return integration;
};
