// The error catalogue. Real failures are DealwatchError subclasses whose `code` comes from
// one closed list, so a caller can branch on `code`, never on message text, and every code
// a user or an operator can meet is written down here once (as bolt-js does with its
// ErrorCode enum). Each module's subclass narrows `code` to its own slice of the list.
// Expected outcomes (a 304, a refused feed URL, a delivery to retry) are typed results,
// not errors.

export const ERROR_CODES = {
  config: ['config-invalid'],
  fetch: [
    'connect-timeout',
    'timeout',
    'too-large',
    'too-many-redirects',
    'http-status',
    'rate-limited',
    'network',
    'dns',
    'blocked-address',
    'invalid-url',
    'credentials-in-url',
  ],
  parse: ['not-a-feed', 'malformed', 'empty', 'too-large'],
  storage: ['database-url', 'database-path', 'database-open', 'database-unreadable', 'migration-failed'],
  usage: ['usage'],
  input: ['input-unreadable', 'input-gone'],
  http: ['http-listen', 'body-too-large', 'body-aborted'],
  chat: ['slack-signature', 'discord-public-key', 'discord-gateway', 'discord-register'],
  cycle: ['cycle-process'],
  internal: ['internal', 'invalid-option'],
} as const;

type Catalogue = typeof ERROR_CODES;
export type ErrorModule = keyof Catalogue;
/** Every error code dealwatch uses, and no other. */
export type ErrorCode = Catalogue[ErrorModule][number];
export type CodeOf<M extends ErrorModule> = Catalogue[M][number];

export class DealwatchError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;

  constructor(code: C, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Wraps anything thrown into a DealwatchError, keeping the original as `cause`. */
export function asDealwatchError(error: unknown, fallbackCode: ErrorCode = 'internal'): DealwatchError {
  if (error instanceof DealwatchError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new DealwatchError(fallbackCode, message, { cause: error });
}

/** A command line or chat input that does not fit the command's grammar; the CLI exits 2. */
export class UsageError extends DealwatchError<CodeOf<'usage'>> {
  /** The usage text of the command concerned, shown under the one-line problem. */
  readonly usage: string | null;

  constructor(message: string, usage: string | null = null) {
    super('usage', message);
    this.usage = usage;
  }
}

/** A file or URL given to a one-shot command (parse, classify) could not be read. */
export class InputError extends DealwatchError<CodeOf<'input'>> {}

/** The HTTP server could not start listening. */
export class HttpServerError extends DealwatchError<CodeOf<'http'>> {}

/** A programmer passed an option outside its range; never caused by user input. */
export class InvalidOptionError extends DealwatchError<'invalid-option'> {
  constructor(message: string) {
    super('invalid-option', message);
  }
}

/** A chat platform's credentials or connection failed in a way a person must fix. */
export class ChatError extends DealwatchError<CodeOf<'chat'>> {}

/** The process a poll cycle runs in failed: it could not start, or it ended without a summary. */
export class CycleProcessError extends DealwatchError<CodeOf<'cycle'>> {}

/**
 * Why a delivery was refused for good, one closed list for every destination. The
 * dispatcher counts failures by these codes, and the README's troubleshooting tables
 * explain each one.
 */
export const DELIVERY_FAILURE_CODES = [
  'slack-channel-not-found',
  'slack-not-in-channel',
  'slack-archived',
  'slack-unauthorized',
  'slack-account-inactive',
  'slack-token-revoked',
  'slack-missing-scope',
  'slack-restricted',
  'slack-rejected',
  'discord-unauthorized',
  'discord-missing-access',
  'discord-missing-permissions',
  'discord-unknown-channel',
  'discord-webhook-deleted',
  'discord-webhook-unauthorized',
  'discord-forbidden',
] as const;
export type DeliveryFailureCode = (typeof DELIVERY_FAILURE_CODES)[number];
