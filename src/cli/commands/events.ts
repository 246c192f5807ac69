import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { listEvents, type EventFilter, type EventRow } from '../../store/event-queries.ts';
import { openStore } from '../../store/open-store.ts';
import type { CommandSpec } from '../command.ts';
import { jsonOut, withDbAndJson } from '../options.ts';

/** Parses `--dyad A,B` into two upper-case codes. */
export function parseDyad(value: unknown): [string, string] | undefined {
  if (value === undefined) return undefined;
  const parts = String(value).split(',').map((s) => s.trim().toUpperCase());
  if (parts.length !== 2 || !parts.every((p) => /^[A-Z]{3}$/.test(p))) throw new UsageError(`--dyad takes two ISO alpha-3 codes like PHL,RUS, got "${value}"`);
  return [parts[0], parts[1]];
}

/** Adds the filter options `events` and `timeline` share. */
export function withEventFilters(cmd: Command): Command {
  return cmd
    .option('--from <date>', 'earliest date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'latest date')
    .option('--status <status>', 'occurred, planned, negated or hypothetical')
    .option('--type <type>', 'PLOVER type, e.g. CONSULT');
}

/** The filter options shared by `events` and `timeline`. */
export function filterFromOptions(opts: Record<string, unknown>): EventFilter {
  return {
    from: opts.from as string | undefined,
    to: opts.to as string | undefined,
    status: opts.status as string | undefined,
    type: opts.type as string | undefined,
  };
}

/** One event as an aligned text line. */
export function formatEventLine(e: EventRow): string {
  const date = (e.date ?? 'undated').padEnd(10);
  const dyad = `${e.source_code ?? '?'} → ${e.target_code ?? '?'}`;
  const sources = `${e.n_sources} source${e.n_sources === 1 ? '' : 's'}`;
  const status = e.overdue ? `${e.status} (overdue)` : e.status;
  return `${date}  ${e.type.padEnd(9)} ${dyad}  ${status.padEnd(12)} ${sources.padEnd(10)} ${e.place ?? ''}  ${e.id}`.trimEnd();
}

/** `dyad events`: list consolidated events with filters. */
export const eventsCommand: CommandSpec = {
  name: 'events',
  summary: 'list events, filtered by dyad, date range, status and type',
  configure: (cmd) =>
    withEventFilters(withDbAndJson(cmd).option('--dyad <A,B>', 'two ISO alpha-3 codes, either direction')),
  async handler(_args, opts, io) {
    const filter = { ...filterFromOptions(opts), dyad: parseDyad(opts.dyad) };
    const db = openStore(String(opts.db), { readonly: true });
    try {
      const rows = listEvents(db, filter);
      io.stdout(opts.json ? jsonOut(rows) : rows.map(formatEventLine).join('\n') + (rows.length ? '\n' : 'no events\n'));
      return 0;
    } finally {
      db.close();
    }
  },
};
