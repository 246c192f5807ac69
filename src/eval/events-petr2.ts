import fs from 'node:fs';
import { loadCameoMap, ploverOf } from '../events/cameo-map.ts';
import { parseIsoDate } from '../model/calendar-date.ts';
import { analyzeText } from './events-common.ts';
import { prf, type EvalReport, type Scorer } from './report.ts';
import { missingShared, sharedPath } from './shared-path.ts';

const FILE = 'bench/events/petr2_gsr/PETR2_GSR_validation.xml';

/** One validation sentence: its id, date, text and gold codings (empty for "noevents"). */
export interface Petr2Record {
  id: string;
  date: string | null;
  text: string;
  codings: { cameo: string; source: string; target: string }[];
}

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

/**
 * Reads the PETR-2 validation file without an XML parser: it is not well-formed (comment banners,
 * self-closed `<Sentence/>` followed by their parts), so each record is cut at `<Sentence ` and read by
 * pattern. Records with `evaluate="false"` are skipped.
 */
export function readPetr2(xml: string): Petr2Record[] {
  const out: Petr2Record[] = [];
  for (const chunk of xml.split(/<Sentence\s/).slice(1)) {
    const head = chunk.slice(0, chunk.indexOf('>') + 1);
    if (attr(head, 'evaluate') === 'false') continue;
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(chunk)?.[1].replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const d = attr(head, 'date');
    const codings = [...chunk.matchAll(/<EventCoding\s[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => attr(tag, 'eventcode'))
      .map((tag) => ({ cameo: attr(tag, 'eventcode'), source: attr(tag, 'sourcecode').slice(0, 3), target: attr(tag, 'targetcode').slice(0, 3) }));
    out.push({ id: attr(head, 'id'), date: /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : null, text, codings });
  }
  return out;
}

/**
 * Scores the pipeline on the PETR-2 validation sentences: PLOVER type per gold coding, and type with dyad
 * (either order for CONSULT). Codings whose CAMEO code has no PLOVER type (01 statements, 02 appeals) are
 * counted apart.
 */
export async function scorePetr2(): Promise<EvalReport> {
  const name = 'events-petr2';
  const file = sharedPath(FILE);
  if (!file) return { name, rows: [], skipped: missingShared(FILE) };
  const cameo = loadCameoMap();
  const records = readPetr2(fs.readFileSync(file, 'utf8'));
  let typeHits = 0;
  let dyadHits = 0;
  let golds = 0;
  let extracted = 0;
  let extractedRight = 0;
  let quiet = 0;
  let quietRight = 0;
  let outside = 0;
  const misses: string[] = [];
  for (const r of records) {
    const events = analyzeText(r.text, r.date ? parseIsoDate(r.date) : null, r.id).events.filter((e) => e.status !== 'negated');
    if (!r.codings.length) {
      quiet++;
      if (!events.some((e) => e.source && e.target)) quietRight++;
    }
    const goldTypes = r.codings.map((c) => ploverOf(cameo, c.cameo)?.type ?? '?');
    for (const [i, c] of r.codings.entries()) {
      if (goldTypes[i] === '?') {
        outside++;
        continue;
      }
      golds++;
      const typed = events.filter((e) => (e.coded?.type ?? e.type) === goldTypes[i] || e.type === goldTypes[i]);
      if (typed.length) typeHits++;
      const dyadOk = (s?: string, t?: string) => (s === c.source && t === c.target) || (goldTypes[i] === 'CONSULT' && s === c.target && t === c.source);
      if (typed.some((e) => dyadOk(e.source?.code, e.target?.code))) dyadHits++;
      else misses.push(`${r.id}: gold ${c.cameo}/${goldTypes[i]} ${c.source}>${c.target}; got ${events.map((e) => `${e.type} ${e.source?.code ?? '-'}>${e.target?.code ?? '-'} "${e.text}"`).join(', ') || 'nothing'}`);
    }
    for (const e of events.filter((x) => x.source && x.target)) {
      extracted++;
      if (goldTypes.includes(e.coded?.type ?? e.type) || goldTypes.includes(e.type)) extractedRight++;
    }
  }
  return {
    name,
    rows: [
      { part: 'gold codings', metric: 'PLOVER type found', score: golds ? typeHits / golds : 0, detail: `${typeHits}/${golds}` },
      { part: 'gold codings', metric: 'type with dyad (country prefix)', prf: prf(dyadHits, 0, golds - dyadHits) },
      { part: 'dyadic mentions', metric: 'of a gold type (precision)', score: extracted ? extractedRight / extracted : 0, detail: `${extractedRight}/${extracted}` },
      { part: 'no-event sentences', metric: 'left without a dyadic event', score: quiet ? quietRight / quiet : 0, detail: `${quietRight}/${quiet}` },
      { part: 'gold codings', metric: 'outside PLOVER (CAMEO 01/02), not scored', score: outside / (outside + golds || 1), detail: `${outside}` },
    ],
    misses,
  };
}

/** `npm run eval` scorer for the PETR-2 validation sentences. */
export const PETR2_SCORER: Scorer = { name: 'events-petr2', run: scorePetr2 };
