// The chat platforms the app wires in. Each factory decides from the config and the
// environment which of its destinations it can serve.
//
// A platform's module is imported only when the config or the environment asks for that
// platform: the two SDKs (@slack/bolt, discord.js) cost 35-45 MB of RSS together even when
// nothing uses them (BENCHMARKS.md, "Memory"). A bot that alerts only to the console, and
// every CLI command run without chat credentials, loads neither.
import type { IntegrationFactory } from '../chat/chat-integration.js';
import type { AppConfig } from '../config/load-config.js';

export interface IntegrationLoader {
  readonly platform: 'slack' | 'discord';
  /**
   * Whether the config or the environment asks for this platform. When it does not, the
   * platform's factory would serve and skip nothing and start nothing, so not loading it
   * changes no behaviour.
   */
  wanted(config: AppConfig): boolean;
  /** Imports the platform's module (and its SDK) and returns its factory. */
  load(): Promise<IntegrationFactory>;
}

/** Slack: a slack destination (served, or skipped with a reason), or a bot token (commands). */
export function slackWanted(config: AppConfig): boolean {
  return config.destinations.some((d) => d.target.platform === 'slack') || config.env.slack.botToken !== null;
}

/** Discord: a bot-channel or webhook destination, or a bot token or public key (commands). */
export function discordWanted(config: AppConfig): boolean {
  return (
    config.destinations.some((d) => d.target.platform === 'discord' || d.target.platform === 'discord-webhook') ||
    config.env.discord.botToken !== null ||
    config.env.discord.publicKey !== null
  );
}

/** In the order the app has always wired them: Slack, then Discord. */
export const integrationLoaders: readonly IntegrationLoader[] = [
  { platform: 'slack', wanted: slackWanted, load: async () => (await import('../chat/slack/index.js')).createSlackIntegration },
  { platform: 'discord', wanted: discordWanted, load: async () => (await import('../chat/discord/index.js')).createDiscordIntegration },
];

/** The factories of the platforms this config asks for, loading only their modules. */
export async function loadIntegrationFactories(config: AppConfig, loaders: readonly IntegrationLoader[] = integrationLoaders): Promise<IntegrationFactory[]> {
  return Promise.all(loaders.filter((loader) => loader.wanted(config)).map((loader) => loader.load()));
}
