import type { ArticleDoc, DocField } from '../model/doc.ts';
import type { Resources } from '../data-loading/resources.ts';

/** What every stage receives besides the doc: the reference date and loaded resources. No clock, no I/O. */
export interface StageContext {
  /** The article's publication date as `YYYY-MM-DD` (or coarser), or null when unknown. */
  reference: string | null;
  resources: Resources;
  /** Lazy debug trace: the closure runs only when tracing is on. */
  debug: (message: () => string) => void;
}

/** One pipeline step: declares what it reads and writes, and adds spans to the doc. */
export interface Stage {
  name: string;
  requires: DocField[];
  assigns: DocField[];
  run(doc: ArticleDoc, ctx: StageContext): ArticleDoc;
}
