import type { CommandSpec } from '../command.ts';
import { actorCommand } from './actor.ts';
import { agreementsCommand } from './agreements.ts';
import { eventsCommand } from './events.ts';
import { exportCommand } from './export.ts';
import { ingestCommand } from './ingest.ts';
import { serveCommand } from './serve.ts';
import { showCommand } from './show.ts';
import { timelineCommand } from './timeline.ts';
import { timexCommand } from './timex.ts';

/** Every dyad command, in the order `dyad help` lists them. Add one line per new command. */
export const COMMANDS: readonly CommandSpec[] = [
  ingestCommand,
  eventsCommand,
  timelineCommand,
  actorCommand,
  agreementsCommand,
  showCommand,
  exportCommand,
  serveCommand,
  timexCommand,
];
