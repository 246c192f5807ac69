import { Command, CommanderError } from 'commander';
import { DyadError } from '../errors.ts';
import type { CommandIO, CommandSpec } from './command.ts';
import { COMMANDS } from './commands/index.ts';

/** Exit codes: 0 ok, 1 some inputs failed (or a thing asked for is missing), 2 usage error, 3 internal error. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2, internal: 3 } as const;

const defaultIO: CommandIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stderr.isTTY),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/**
 * Builds the commander program from the command registry. Each command's action stores its exit code.
 */
export function buildProgram(io: CommandIO, onExit: (code: number) => void, commands: readonly CommandSpec[] = COMMANDS): Command {
  const program = new Command('dyad')
    .description('News articles into a dated, deduplicated, source-linked record of events between countries')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run "dyad help" for usage)');
  for (const spec of commands) {
    const cmd = spec.configure(new Command(spec.name).description(spec.summary))
      .exitOverride()
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
    cmd.action(async (...actionArgs: unknown[]) => {
      const command = actionArgs[actionArgs.length - 1] as Command;
      const args = command.args;
      onExit(await spec.handler(args, command.opts(), io));
    });
    program.addCommand(cmd);
  }
  return program;
}

/**
 * Runs the CLI on an argv array and returns the exit code; errors become one line on stderr.
 * @example await main(['node', 'dyad', 'timeline', 'PHL', 'RUS'])
 */
export async function main(argv: string[], io: CommandIO = defaultIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof DyadError) {
      io.stderr(`dyad: ${err.message}\n`);
      if (err.kind === 'usage') return EXIT.usage;
      if (err.kind === 'input' || err.kind === 'not-found') return EXIT.inputFailed;
      return EXIT.internal;
    }
    io.stderr(`dyad: internal error: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.internal;
  }
}
