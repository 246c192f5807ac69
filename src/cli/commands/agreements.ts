import { listAgreements, listContradictions } from '../../agreements/agreement-queries.ts';
import { UsageError } from '../../errors.ts';
import { openStore } from '../../store/open-store.ts';
import type { CommandSpec } from '../command.ts';
import { jsonOut, withDbAndJson } from '../options.ts';

/**
 * Parses the optional pair of country codes of `dyad agreements [A B]`.
 * @example parseAgreementDyad(['phl', 'rus']) // ['PHL', 'RUS']
 */
export function parseAgreementDyad(args: string[]): [string, string] | undefined {
  const codes = args.filter((a) => a !== undefined && a !== '').map((a) => a.toUpperCase());
  if (codes.length === 0) return undefined;
  if (codes.length !== 2 || !codes.every((c) => /^[A-Z]{3}$/.test(c))) {
    throw new UsageError(`agreements takes no country or two ISO alpha-3 codes like PHL RUS, got "${args.join(' ')}"`);
  }
  return [codes[0], codes[1]];
}

/** `dyad agreements [A B]`: named agreements with their status history, and the claims that disagree. */
export const agreementsCommand: CommandSpec = {
  name: 'agreements',
  summary: 'named agreements with their parties and status history, and contradicting claims',
  configure: (cmd) => withDbAndJson(cmd).argument('[a]', 'ISO alpha-3 code, e.g. PHL').argument('[b]', 'ISO alpha-3 code, e.g. RUS'),
  async handler(args, opts, io) {
    const dyad = parseAgreementDyad(args);
    const db = openStore(String(opts.db), { readonly: true });
    try {
      const agreements = listAgreements(db, dyad);
      const contradictions = listContradictions(db, dyad);
      if (opts.json) {
        io.stdout(jsonOut({ dyad: dyad ?? null, agreements, contradictions }));
        return 0;
      }
      const lines = [`${agreements.length} agreement${agreements.length === 1 ? '' : 's'}${dyad ? ` between ${dyad.join(' and ')}` : ''}`];
      for (const a of agreements) {
        lines.push(`${a.name}  (${a.parties.join('–')})  ${a.status}  ${a.id}`);
        for (const h of a.history) {
          lines.push(`    ${(h.as_of ?? 'undated').padEnd(10)}  ${h.status.padEnd(11)} ${(h.date ?? '').padEnd(10)}  ${h.article_name}: "${h.text}"`);
        }
      }
      if (contradictions.length) lines.push('', `${contradictions.length} contradiction${contradictions.length === 1 ? '' : 's'} (kept side by side, not merged)`);
      for (const c of contradictions) {
        lines.push(`${c.about}  ${c.id}`);
        for (const k of c.claims) lines.push(`    ${String(k.value).padStart(6)}  ${k.article_name}: "${k.text}"`);
      }
      io.stdout(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
