import fs from 'node:fs';
import type { EventMention } from '../model/annotations.ts';
import { analyzeText, currentPloverType } from './events-common.ts';
import type { EvalReport, Scorer } from './report.ts';
import { missingShared, sharedPath } from './shared-path.ts';

const FILE = 'bench/events/plover_gsr/PLOVER_GSR_CAMEO.json';

interface GsrRecord {
  id: string;
  event: string;
  eventText?: string;
  text?: string;
  date?: string;
}

/** The type PLOVER would code a mention as: the statement's own coding for plans and negations ("will visit" → AGREE). */
export function codedType(ev: EventMention): string {
  return ev.coded?.type ?? ev.type;
}

/**
 * The mention a gold record is about: the first whose trigger word is among the record's event words,
 * else the sentence's first mention.
 */
export function recordMention(events: readonly EventMention[], eventText: string): EventMention | undefined {
  const words = new Set(eventText.toLowerCase().split(/[^a-z-]+/).filter(Boolean));
  return events.find((e) => words.has(e.text.toLowerCase())) ?? events[0];
}

/** Type accuracy on the PLOVER gold standard records (older type names mapped to the 2021 ontology). */
export async function scorePloverGsr(): Promise<EvalReport> {
  const name = 'events-plover-gsr';
  const file = sharedPath(FILE);
  if (!file) return { name, rows: [], skipped: missingShared(FILE) };
  const records = (JSON.parse(fs.readFileSync(file, 'utf8')) as GsrRecord[]).filter((r) => r.text && r.event !== 'DOCUMENT');
  let right = 0;
  let none = 0;
  const misses: string[] = [];
  for (const r of records) {
    // the records' `date` is a placeholder (2000-01-01 throughout), not the story's date
    const doc = analyzeText(r.text!, null, r.id);
    const ev = recordMention(doc.events, r.eventText ?? '');
    const gold = currentPloverType(r.event);
    if (!ev) none++;
    if (ev && codedType(ev) === gold) right++;
    else misses.push(`${r.id}: gold ${gold} (${r.eventText}), got ${ev ? `${codedType(ev)} on "${ev.text}" ${ev.status}` : 'no event'}`);
  }
  return {
    name,
    rows: [
      { part: 'records', metric: 'PLOVER type accuracy', score: right / records.length, detail: `${right}/${records.length}` },
      { part: 'records', metric: 'with no event found', score: none / records.length, detail: `${none}/${records.length}` },
    ],
    misses,
  };
}

/** `npm run eval` scorer for the PLOVER GSR records. */
export const PLOVER_GSR_SCORER: Scorer = { name: 'events-plover-gsr', run: scorePloverGsr };
