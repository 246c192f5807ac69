import type { Command } from 'commander';
import { DEFAULT_DB } from '../store/open-store.ts';

/** Adds the `--db FILE` option every database command takes. */
export function withDb(cmd: Command): Command {
  return cmd.option('--db <file>', 'database file', DEFAULT_DB);
}

/** Adds the options every database listing command shares: `--db FILE` and `--json`. */
export function withDbAndJson(cmd: Command): Command {
  return withDb(cmd).option('--json', 'print JSON instead of text');
}

/** Writes a value as pretty JSON followed by a newline. */
export function jsonOut(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
