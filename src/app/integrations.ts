// The chat platforms the app wires in. Each factory decides from the config and the
// environment which of its destinations it can serve.
import type { IntegrationFactory } from '../deliver/chat-integration.js';
import { createDiscordIntegration } from '../deliver/discord/index.js';
import { createSlackIntegration } from '../deliver/slack/index.js';

export const integrationFactories: readonly IntegrationFactory[] = [createSlackIntegration, createDiscordIntegration];
