import { loadPersonDictionary, type DictionaryPerson } from '../../actors/phoenix-persons.ts';
import { findPersons, rolesOf, type PersonRow, type RoleSpan } from '../../actors/role-queries.ts';
import { NotFoundError } from '../../errors.ts';
import { openStore } from '../../store/open-store.ts';
import type { CommandSpec } from '../command.ts';
import { jsonOut, withDbAndJson } from '../options.ts';

/** A person with their roles from text and from dictionaries, side by side. */
interface ActorReport {
  person: PersonRow;
  roles: RoleSpan[];
}

/** Roles an actor dictionary gives a person: one per code block, with its date bounds. */
export function dictionaryRoles(p: DictionaryPerson): RoleSpan[] {
  return p.codes.map((c) => ({
    title: c.code,
    organisation: null,
    country: /^[A-Z]{3}/.test(c.code) ? c.code.slice(0, 3) : null,
    first: c.from ?? null,
    last: c.to ?? null,
    attestations: 1,
    source: `dictionary:${p.file}`,
    articles: [],
  }));
}

function span(r: RoleSpan): string {
  if (r.source.startsWith('dictionary:')) return r.first || r.last ? `${r.first ?? '…'} – ${r.last ?? '…'}` : 'undated';
  if (!r.first) return 'undated';
  return r.first === r.last ? r.first : `${r.first} – ${r.last}`;
}

/** Formats a report as text: a header per person, then one line per title. */
export function formatActor(reports: readonly ActorReport[]): string {
  const lines: string[] = [];
  for (const { person, roles } of reports) {
    lines.push(`${person.name}${person.country ? ` (${person.country})` : ''}  ${person.id}`);
    if (person.aliases.length) lines.push(`  also: ${person.aliases.join(', ')}`);
    const width = Math.max(10, ...roles.map((r) => r.title.length));
    for (const r of roles) {
      const n = r.source === 'text' ? `${r.attestations} mention${r.attestations === 1 ? '' : 's'}` : '';
      lines.push(`  ${r.title.padEnd(width)}  ${span(r).padEnd(25)}  ${(r.country ?? '').padEnd(3)}  ${n.padEnd(11)}  ${r.source}`);
    }
    if (!roles.length) lines.push('  (no roles)');
  }
  return `${lines.join('\n')}\n`;
}

/** `dyad actor NAME`: a person's roles over time, from text and from dictionaries, each with its source. */
export const actorCommand: CommandSpec = {
  name: 'actor',
  summary: "a person's roles over time: each title with the dates it is attested, from text and dictionaries",
  configure: (cmd) => withDbAndJson(cmd).argument('<name>', 'a name, alias or surname, e.g. "Cayetano"'),
  async handler(args, opts, io) {
    const name = args.join(' ').trim();
    const db = openStore(String(opts.db), { readonly: true });
    let reports: ActorReport[];
    try {
      reports = findPersons(db, name).map((person) => ({ person, roles: rolesOf(db, person) }));
    } finally {
      db.close();
    }
    const dictionary = loadPersonDictionary();
    const seen = new Set<DictionaryPerson>();
    for (const r of reports) {
      for (const n of [r.person.name, ...r.person.aliases]) {
        for (const p of dictionary.lookup(n)) {
          if (seen.has(p)) continue;
          seen.add(p);
          r.roles.push(...dictionaryRoles(p));
        }
      }
    }
    if (!reports.length) {
      reports = dictionary.lookup(name).map((p) => ({ person: { id: `dictionary:${p.name}`, name: p.name, country: null, aliases: p.aliases }, roles: dictionaryRoles(p) }));
    }
    if (!reports.length) throw new NotFoundError('person', name);
    io.stdout(opts.json ? jsonOut({ query: name, persons: reports }) : formatActor(reports));
    return 0;
  },
};
