import { DyadError, type ErrorCode, type ErrorKind } from '../errors.ts';

/** The error envelope every failing API response carries. */
export interface ErrorEnvelope {
  ok: false;
  /** One line saying what went wrong and how to fix it. */
  error: string;
  /** Every error, coded (one entry for now; a list so that validation can report several). */
  errors: { code: string; message: string }[];
  status: number;
}

/** A typed error with an explicit HTTP status, for failures that only exist on the web surface. */
export class HttpError extends DyadError {
  constructor(readonly status: number, code: ErrorCode, message: string, kind: ErrorKind = 'usage') {
    super(code, message, kind);
    this.name = 'HttpError';
  }
}

const STATUS_BY_KIND: Record<ErrorKind, number> = { input: 400, usage: 400, 'not-found': 404, auth: 401, internal: 500 };

/** The HTTP status of any error: HttpError's own, a DyadError's by kind, 500 for anything else. */
export function statusOf(err: unknown): number {
  if (err instanceof HttpError) return err.status;
  if (err instanceof DyadError) return STATUS_BY_KIND[err.kind];
  const status = (err as { status?: unknown })?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/**
 * The error envelope for an error. Internal errors keep their message out of the response (it may hold
 * paths or SQL); typed errors say what happened.
 * @example errorEnvelope(new NotFoundError('event', 'x')) // { ok: false, status: 404, ... }
 */
export function errorEnvelope(err: unknown): ErrorEnvelope {
  const status = statusOf(err);
  let code = 'E040';
  let message = 'internal error; see the server log';
  if (err instanceof DyadError) {
    code = err.code;
    if (status < 500) message = err.message;
  } else if (status < 500 && err instanceof Error) {
    code = 'E030';
    message = err.message;
  }
  return { ok: false, error: message, errors: [{ code, message }], status };
}
