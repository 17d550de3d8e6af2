// Real failures are Error subclasses with a stable `code` a caller can branch on,
// and the underlying `cause`. Expected outcomes are typed results, not errors.

export class DealwatchError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Wraps anything thrown into a DealwatchError, keeping the original as `cause`. */
export function asDealwatchError(error: unknown, fallbackCode = 'unknown'): DealwatchError {
  if (error instanceof DealwatchError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new DealwatchError(fallbackCode, message, { cause: error });
}
