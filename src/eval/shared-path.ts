import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `../shared` folder beside the repository (test and benchmark data, read-only). */
export const SHARED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');

/**
 * The absolute path of a file under `../shared`, or null when it is absent (tests and scorers skip then).
 * @example sharedPath('gold/seeds.json')
 */
export function sharedPath(relative: string): string | null {
  const p = path.join(SHARED_DIR, relative);
  return fs.existsSync(p) ? p : null;
}

/** The message tests and scorers print when `../shared` data is missing. */
export function missingShared(relative: string): string {
  return `../shared/${relative} is absent: this check needs the shared test data beside the repository`;
}
