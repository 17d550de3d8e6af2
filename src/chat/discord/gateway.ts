// Receives application commands over the Discord gateway with a discord.js Client, for
// bots without a public URL. The command logic is the one the HTTP endpoint uses; only
// the transport differs (interaction.reply / deferReply / editReply).
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type APIApplicationCommandInteractionDataOption,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
} from 'discord.js';
import type { Actor } from '../../commands/index.js';
import { ChatError } from '../../model/errors.js';
import { commandInputFromOptions, hasManageGuild, type CommandInput } from './command-options.js';
import { logSafeError } from './discord-text.js';
import { autocompleteResponse, runInteractionCommand, type CommandDeps, type CommandTransport } from './interactions.js';
import type { DiscordReplyData } from './render-reply.js';

export interface GatewayOptions extends CommandDeps {
  readonly token: string;
  /** REST base (DISCORD_API_URL); the gateway URL comes from GET /gateway/bot there. */
  readonly api?: string | null;
  /** How long start() waits for READY before giving up (default 30 s). */
  readonly readyTimeoutMs?: number;
}

export interface DiscordGateway {
  readonly client: Client;
  /** Logs in and resolves once the gateway session is READY. */
  start(): Promise<void>;
  /** Waits for commands being answered, then closes the connection. */
  stop(): Promise<void>;
}

function toRawOption(option: CommandInteractionOption): APIApplicationCommandInteractionDataOption {
  return {
    type: option.type,
    name: option.name,
    ...(option.value !== undefined ? { value: option.value } : {}),
    ...(option.focused ? { focused: true } : {}),
    ...(option.options ? { options: option.options.map(toRawOption) } : {}),
  } as APIApplicationCommandInteractionDataOption;
}

/** inputFromInteraction flattens a discord.js interaction's options to the shared CommandInput. */
export function inputFromInteraction(interaction: ChatInputCommandInteraction | AutocompleteInteraction): CommandInput {
  return commandInputFromOptions(interaction.commandName, interaction.options.data.map(toRawOption));
}

function actorOf(interaction: ChatInputCommandInteraction): Actor {
  return {
    platform: 'discord',
    userId: interaction.user.id,
    platformAdmin: interaction.inGuild() ? hasManageGuild(interaction.memberPermissions?.bitfield) : false,
  };
}

function message(data: DiscordReplyData) {
  return {
    ...(data.content !== undefined ? { content: data.content } : {}),
    ...(data.embeds ? { embeds: data.embeds } : {}),
    allowedMentions: { parse: [] },
  };
}

function gatewayTransport(interaction: ChatInputCommandInteraction): CommandTransport {
  return {
    async reply(data) {
      await interaction.reply({ ...message(data), ...(data.flags ? { flags: MessageFlags.Ephemeral } : {}) });
    },
    async defer(ephemeral) {
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    async editOriginal(data) {
      await interaction.editReply(message(data));
    },
    async followUp(data) {
      await interaction.followUp({ ...message(data), ...(data.flags ? { flags: MessageFlags.Ephemeral } : {}) });
    },
    async deleteOriginal() {
      await interaction.deleteReply();
    },
  };
}

/** createDiscordGateway wires a Client (Guilds intent only, no mentions ever) to the command logic. */
export function createDiscordGateway(options: GatewayOptions): DiscordGateway {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { ...(options.api ? { api: options.api } : {}) },
    allowedMentions: { parse: [] },
  });
  const inFlight = new Set<Promise<void>>();

  async function onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      const choices = await autocompleteResponse(inputFromInteraction(interaction), options).catch(() => []);
      await interaction.respond(choices);
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    const input = inputFromInteraction(interaction);
    await runInteractionCommand(input, actorOf(interaction), options, gatewayTransport(interaction));
  }

  client.on(Events.InteractionCreate, (interaction) => {
    const run = onInteraction(interaction).catch((error: unknown) => {
      options.log.error({ err: logSafeError(error) }, 'discord: could not answer a gateway interaction');
    });
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  });
  client.on(Events.Error, (error) => options.log.error({ err: logSafeError(error) }, 'discord: gateway client error'));

  return {
    client,
    async start() {
      const timeoutMs = options.readyTimeoutMs ?? 30_000;
      let timer: NodeJS.Timeout | undefined;
      const ready = new Promise<void>((resolve, reject) => {
        client.once(Events.ClientReady, () => resolve());
        timer = setTimeout(() => reject(new ChatError('discord-gateway', `the gateway did not become ready within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await client.login(options.token);
        await ready;
      } catch (error) {
        await client.destroy();
        // discord.js messages never contain the token; say what to check.
        const reason = error instanceof Error ? error.message : String(error);
        throw new ChatError('discord-gateway', `discord: gateway login failed (${reason}); check DISCORD_BOT_TOKEN and DISCORD_API_URL`, { cause: error });
      } finally {
        clearTimeout(timer);
      }
      options.log.info({ user: client.user?.tag }, 'discord: gateway connected');
    },
    async stop() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
  };
}
