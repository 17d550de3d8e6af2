// What a chat platform plugs into the app with: its alert destinations, and whatever
// it listens on (HTTP routes on the shared server, a socket, a gateway connection).
import type { Logger } from 'pino';
import type { Actor, ParsedCommand, Reply } from '../commands/index.js';
import type { AppConfig, DestinationConfig } from '../config/load-config.js';
import type { HttpServer } from '../ops/http-server.js';
import type { Destination } from '../deliver/destination.js';

export interface IntegrationContext {
  readonly config: AppConfig;
  readonly http: HttpServer;
  /** Runs a parsed command with the shared, platform-neutral command module. */
  readonly runCommand: (command: ParsedCommand, actor: Actor) => Promise<Reply>;
  /** Watched company names, for autocompletion. */
  readonly watchedNames: () => Promise<readonly string[]>;
  readonly log: Logger;
  readonly now: () => number;
}

export interface ChatIntegration {
  readonly platform: 'slack' | 'discord';
  /** Destinations this platform can serve, for the config's destinations of its kind. */
  readonly destinations: readonly Destination[];
  /** Destinations of its kind it cannot serve (missing credentials), with the reason, reported once at start-up. */
  readonly skipped: readonly { destination: DestinationConfig; reason: string }[];
  /** Starts receiving commands (routes, Socket Mode, gateway). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export type IntegrationFactory = (context: IntegrationContext) => ChatIntegration;
