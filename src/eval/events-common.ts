import { loadResources } from '../data-loading/resources.ts';
import type { CalendarDate } from '../model/calendar-date.ts';
import { makeDoc, type ArticleDoc } from '../model/doc.ts';
import { createAnalyzer, type Analyzer } from '../pipeline/analyze.ts';

let analyzer: Analyzer | null = null;

/**
 * Runs the whole pipeline over one text (the analyzer is built once per process, for the scorers).
 * @example analyzeText('The two ministers met in Geneva.', null).events
 */
export function analyzeText(text: string, published: CalendarDate | null, name = 'eval'): ArticleDoc {
  analyzer ??= createAnalyzer(loadResources());
  return analyzer.analyze(makeDoc({ id: name, name, text, published }));
}

/**
 * PLOVER's older type names, as the GSR and zero-shot data use them, in the 2021 ontology.
 * @example currentPloverType('DEMAND') // 'REQUEST'
 */
export function currentPloverType(type: string): string {
  const legacy: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT', YIELD: 'CONCEDE' };
  return legacy[type] ?? type;
}
