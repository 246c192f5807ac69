import type { Command } from 'commander';

/** What a command handler gets: parsed arguments and options, and where to write. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bars only then). */
  isTTY: boolean;
  /** Reads standard input fully (for `-` arguments). */
  readStdin: () => Promise<string>;
}

/**
 * A CLI command, declared apart from its execution: `configure` adds arguments and options to a
 * commander command; `handler` runs it and returns an exit code (0 ok, 1 some inputs failed) or
 * throws a typed error (UsageError → 2). Only bin/dyad.mjs exits the process.
 */
export interface CommandSpec {
  name: string;
  summary: string;
  configure: (cmd: Command) => Command;
  handler: (args: string[], options: Record<string, unknown>, io: CommandIO) => Promise<number>;
}
