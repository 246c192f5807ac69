import { UsageError } from '../../errors.ts';
import { exportData } from '../../export/export-data.ts';
import { formatCsv } from '../../export/format-csv.ts';
import { formatPlover } from '../../export/format-plover.ts';
import { openStore } from '../../store/open-store.ts';
import type { CommandSpec } from '../command.ts';
import { jsonOut, withDb } from '../options.ts';

const FORMATS = ['json', 'csv', 'plover'];

/** `dyad export --format json|csv|plover`: everything in the database, to stdout. */
export const exportCommand: CommandSpec = {
  name: 'export',
  summary: 'export articles, events, roles, agreements and contradictions as JSON, CSV or PLOVER JSON',
  configure: (cmd) =>
    withDb(cmd)
      .option('--format <format>', `one of ${FORMATS.join(', ')}`, 'json')
      .option('--json', 'same as --format json'),
  async handler(_args, opts, io) {
    const format = opts.json ? 'json' : String(opts.format);
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
    const db = openStore(String(opts.db), { readonly: true });
    try {
      const data = exportData(db);
      io.stdout(format === 'csv' ? formatCsv(data) : jsonOut(format === 'plover' ? formatPlover(data) : data));
      return 0;
    } finally {
      db.close();
    }
  },
};
