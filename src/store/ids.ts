import crypto from 'node:crypto';

/**
 * A short stable id from parts: the first 16 hex digits of SHA-256 over the parts joined by NUL.
 * @example stableId('m', 'a1', 10, 20) // '...16 hex digits...'
 */
export function stableId(...parts: (string | number | null | undefined)[]): string {
  return crypto.createHash('sha256').update(parts.map((p) => String(p ?? '')).join('\0')).digest('hex').slice(0, 16);
}
