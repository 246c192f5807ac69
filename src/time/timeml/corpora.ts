import fs from 'node:fs';
import path from 'node:path';
import { sharedPath } from '../../eval/shared-path.ts';
import type { GoldDoc } from './gold.ts';
import { readCatXml } from './read-cat.ts';
import { readInlineTimeml } from './read-tml.ts';

/** A TimeML corpus under ../shared/bench/timeml, with how to read its files. */
export interface TimemlCorpus {
  name: string;
  dir: string;
  read: (name: string, xml: string) => GoldDoc;
  ext: string;
}

/** The corpora `npm run eval:time` scores: development sets first, the held-out test last. */
export const TIMEML_CORPORA: readonly TimemlCorpus[] = [
  { name: 'meantime-en', dir: 'bench/timeml/meantime-en', read: readCatXml, ext: '.xml' },
  { name: 'wikiwars', dir: 'bench/timeml/wikiwars/tml', read: readInlineTimeml, ext: '.tml' },
  { name: 'te3-platinum', dir: 'bench/timeml/te3-platinum', read: readInlineTimeml, ext: '.tml' },
];

const walk = (dir: string, ext: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p, ext);
    return e.isFile() && e.name.endsWith(ext) ? [p] : [];
  });

/**
 * Reads every document of a corpus; null when ../shared lacks it.
 * @example loadCorpus(TIMEML_CORPORA[0])?.length
 */
export function loadCorpus(corpus: TimemlCorpus): GoldDoc[] | null {
  const dir = sharedPath(corpus.dir);
  if (!dir) return null;
  return walk(dir, corpus.ext)
    .sort()
    .map((f) => corpus.read(path.basename(f), fs.readFileSync(f, 'utf8')));
}
