// The chat platforms the app wires in. Each factory decides from the config and the
// environment which of its destinations it can serve.
import type { IntegrationFactory } from '../chat/chat-integration.js';
import { createDiscordIntegration } from '../chat/discord/index.js';
import { createSlackIntegration } from '../chat/slack/index.js';

export const integrationFactories: readonly IntegrationFactory[] = [createSlackIntegration, createDiscordIntegration];
