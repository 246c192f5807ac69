import type { ArticleDoc } from '../model/doc.ts';

/** An article's spans as `article_spans` keeps them: one JSON array per kind of span. */
export interface ArticleSpans {
  sentences: string;
  timexes: string;
  actors: string;
}

/**
 * An article's sentences, time expressions and actor mentions as the JSON arrays `article_spans` keeps, one
 * array per span in document order, with the columns of the views `sentences`, `timexes` and `actor_mentions`
 * in the order the views read them (schema.ts, migration 15).
 * @example articleSpans(doc).sentences // '[[0,37,0],[38,120,1]]'
 */
export function articleSpans(doc: Pick<ArticleDoc, 'sentences' | 'timexes' | 'actors'>): ArticleSpans {
  return {
    sentences: JSON.stringify(doc.sentences.map((s) => [s.start, s.end, s.paragraph])),
    timexes: JSON.stringify(doc.timexes.map((t) => [t.start, t.end, t.text, t.type, t.value, t.mod ?? null, t.producedBy])),
    actors: JSON.stringify(
      doc.actors.map((a) => [a.start, a.end, a.text, a.kind, a.code, a.name, a.country ?? null, a.sector ?? null, a.form ?? null, a.producedBy]),
    ),
  };
}
