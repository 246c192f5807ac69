import fs from 'node:fs';
import { wordCount } from '../src/util/word-count.ts';
import { ArticleGenerator } from './generator/article.ts';

/** What was written: the file, its article count and its word count. */
export interface CorpusFile {
  file: string;
  articles: number;
  words: number;
  texts: string[];
}

/**
 * Writes `count` generated articles (seeded) to a JSONL file that `dyad ingest` reads, and returns their texts
 * for the baselines when `keepTexts` is set.
 * @example writeCorpus('/tmp/b/corpus.jsonl', 2000, 42, true)
 */
export function writeCorpus(file: string, count: number, seed: number, keepTexts: boolean): CorpusFile {
  const gen = new ArticleGenerator(seed);
  const fd = fs.openSync(file, 'w');
  let words = 0;
  const texts: string[] = [];
  try {
    let buf: string[] = [];
    for (const a of gen.articles(count)) {
      words += wordCount(a.text);
      if (keepTexts) texts.push(a.text);
      buf.push(JSON.stringify(a));
      if (buf.length >= 500) {
        fs.writeSync(fd, `${buf.join('\n')}\n`);
        buf = [];
      }
    }
    if (buf.length) fs.writeSync(fd, `${buf.join('\n')}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return { file, articles: count, words, texts };
}
