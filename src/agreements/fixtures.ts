import type { ActorMention, Timex } from '../model/annotations.ts';
import { makeDoc, type ArticleDoc } from '../model/doc.ts';

const COUNTRIES: Record<string, string> = { Arnor: 'ARN', Gondor: 'GON', Rohan: 'ROH' };

/**
 * A doc of one sentence per line, with the fictional countries and the given dates (text → value) marked by hand.
 * @example handDoc(['Arnor and Gondor signed a pact.'], '2017-03-01')
 */
export function handDoc(lines: string[], published: string | null, dates: Record<string, string> = {}): ArticleDoc {
  const text = lines.join(' ');
  let at = 0;
  const sentences = lines.map((l) => {
    const s = { start: at, end: at + l.length, paragraph: 0 };
    at += l.length + 1;
    return s;
  });
  const actors: ActorMention[] = [];
  for (const [name, code] of Object.entries(COUNTRIES)) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
      actors.push({ start: m.index!, end: m.index! + name.length, text: name, kind: 'country', code, name, producedBy: 'stage:fixture' });
    }
  }
  const timexes: Timex[] = [];
  for (const [words, value] of Object.entries(dates)) {
    const i = text.indexOf(words);
    timexes.push({ start: i, end: i + words.length, text: words, type: 'DATE', value, resolved: true, producedBy: 'stage:fixture' });
  }
  return makeDoc({ id: 'd', name: 'd.txt', text, published: published ? { value: published, precision: 'day' } : null, sentences, actors, timexes });
}

