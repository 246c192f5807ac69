/**
 * Catalogued errors. Each says what happened, which value arrived, and how to fix it.
 * Surfaces map them once: the CLI to an exit code, the HTTP API to its error envelope.
 */
export type ErrorCode =
  | 'E001' // input file unreadable
  | 'E002' // input is binary / not text
  | 'E003' // input is empty
  | 'E004' // input is not valid UTF-8
  | 'E005' // bad date line
  | 'E006' // bad JSONL record
  | 'E007' // input too large
  | 'E010' // pipeline contract broken
  | 'E011' // a stage returned no doc
  | 'E020' // data file invalid
  | 'E030' // usage error
  | 'E031' // not found
  | 'E040' // storage error
  | 'E050'; // unauthorised

/** The kind of failure, which decides the exit code or HTTP status. */
export type ErrorKind = 'input' | 'usage' | 'not-found' | 'internal' | 'auth';

/** A typed, coded dyad error. */
export class DyadError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly kind: ErrorKind = 'internal',
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${code}: ${message}`);
    this.name = 'DyadError';
  }
}

/** A bad input file or record: names the input and the reason. */
export class InputError extends DyadError {
  constructor(code: ErrorCode, readonly input: string, reason: string) {
    super(code, `${input}: ${reason}`, 'input', { input, reason });
    this.name = 'InputError';
  }
}

/** A command used wrongly (bad option value, missing argument). */
export class UsageError extends DyadError {
  constructor(message: string) {
    super('E030', message, 'usage');
    this.name = 'UsageError';
  }
}

/** A thing asked for by id that does not exist. */
export class NotFoundError extends DyadError {
  constructor(what: string, id: string) {
    super('E031', `${what} "${id}" not found`, 'not-found', { what, id });
    this.name = 'NotFoundError';
  }
}
