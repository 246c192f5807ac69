import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventMention } from '../model/annotations.ts';
import { analyzeText } from './events-common.ts';
import { prf, type EvalReport, type Scorer } from './report.ts';
import { missingShared, sharedPath } from './shared-path.ts';

const FILE = 'bench/events/zero_shot_plover/PLV_test.tsv';
/** Hand labels of the planned class on a fixed sample of the test file (uids only; see its `about`). */
const LABELS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/golden/events/zero-shot-planned.json');

/** One test sentence with the file's own modality label (`todo`) and, when sampled, the hand label. */
export interface ZeroShotItem {
  uid: number;
  sentence: string;
  todo: boolean;
}

/**
 * Reads the zero-shot PLOVER test file (tab-separated, with a header).
 * @example readZeroShot('uid\tsentence\tmodality_L2\n0\tThey will meet.\ttodo\n')
 */
export function readZeroShot(text: string): ZeroShotItem[] {
  const [header, ...lines] = text.split(/\r?\n/).filter(Boolean);
  const cols = header.split('\t');
  const [ui, si, mi] = ['uid', 'sentence', 'modality_L2'].map((c) => cols.indexOf(c));
  return lines
    .map((line) => line.split('\t'))
    .filter((f) => f.length > Math.max(ui, si, mi))
    .map((f) => ({ uid: Number(f[ui]), sentence: f[si], todo: f[mi] === 'todo' }));
}

/**
 * The sentence's main event: the first mention that is not a purpose infinitive ("sent a team to
 * investigate": the sending is the news, and it is no event of PLOVER's).
 */
export function mainEvent(events: readonly EventMention[]): EventMention | undefined {
  return events.find((e) => e.cue?.producedBy !== 'rule:cue.planned.infinitive');
}

/**
 * Whether a mention announces an act still to come: planned, or an AGREE (PLOVER's type for an expressed
 * intent to act: "agreed to postpone", "pledged support") that is not negated.
 */
export function announcesPlan(ev: EventMention | undefined): boolean {
  return ev !== undefined && (ev.status === 'planned' || (ev.type === 'AGREE' && ev.status === 'occurred'));
}

/** Planned-versus-occurred on zero_shot_plover: P/R/F1 of the planned class at sentence level. */
export async function scoreZeroShotPlanned(): Promise<EvalReport> {
  const name = 'events-zero-shot-planned';
  const file = sharedPath(FILE);
  if (!file) return { name, rows: [], skipped: missingShared(FILE) };
  const labels = JSON.parse(fs.readFileSync(LABELS, 'utf8')) as { planned: number[] };
  const planned = new Set(labels.planned);
  const items = readZeroShot(fs.readFileSync(file, 'utf8'));
  const hand = { tp: 0, fp: 0, fn: 0 };
  const todo = { tp: 0, fp: 0, fn: 0 };
  const count = (c: typeof hand, predicted: boolean, gold: boolean) => {
    if (predicted && gold) c.tp++;
    else if (predicted) c.fp++;
    else if (gold) c.fn++;
  };
  const misses: string[] = [];
  for (const item of items) {
    const ev = mainEvent(analyzeText(item.sentence, null, `zsp-${item.uid}`).events);
    const predicted = announcesPlan(ev);
    count(todo, predicted, item.todo);
    if (item.uid % 3 !== 0) continue;
    const gold = planned.has(item.uid);
    count(hand, predicted, gold);
    if (predicted !== gold) misses.push(`uid ${item.uid} ${gold ? 'missed plan' : 'false plan'}: ${ev ? `"${ev.text}" ${ev.status}${ev.cue ? ` (${ev.cue.text})` : ''}` : 'no event'}`);
  }
  return {
    name,
    rows: [
      { part: 'hand-labelled sample', metric: 'planned class', prf: prf(hand.tp, hand.fp, hand.fn) },
      { part: "file's modality_L2 todo", metric: 'planned class (noisy)', prf: prf(todo.tp, todo.fp, todo.fn) },
    ],
    misses,
  };
}

/** `npm run eval` scorer for planned-versus-occurred on zero_shot_plover. */
export const ZERO_SHOT_PLANNED_SCORER: Scorer = { name: 'events-zero-shot-planned', run: scoreZeroShotPlanned };
