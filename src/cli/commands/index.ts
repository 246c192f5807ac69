import type { CommandSpec } from '../command.ts';
import { eventsCommand } from './events.ts';
import { exportCommand } from './export.ts';
import { ingestCommand } from './ingest.ts';
import { showCommand } from './show.ts';
import { timelineCommand } from './timeline.ts';

/** Every dyad command, in the order `dyad help` lists them. Add one line per new command. */
export const COMMANDS: readonly CommandSpec[] = [
  ingestCommand,
  eventsCommand,
  timelineCommand,
  showCommand,
  exportCommand,
];
