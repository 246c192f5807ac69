import type { ArticleDoc } from '../model/doc.ts';
import type { Span } from '../model/span.ts';
import type { AgreementLexicon } from './agreement-lexicon.ts';
import { partiesOf, rankCountries } from './parties.ts';
import { nameOfTopic, normaliseTopics } from './topic.ts';
import type { AgreementMention, AgreementStatus } from './types.ts';

interface Hit extends Span {
  id: string;
}

const PAST: readonly AgreementStatus[] = ['signed', 'ratified', 'in force'];

/**
 * Matches of patterns in order of priority, dropping any that overlaps an earlier one; a rule whose
 * `requires` test the text fails (it then has no match) is not scanned.
 */
function scan<R extends { id: string; pattern: RegExp; requires?: RegExp | null }>(rules: readonly R[], own: readonly RegExp[], text: string, offset: number): (Hit & { rule: R; match: RegExpMatchArray })[] {
  const out: (Hit & { rule: R; match: RegExpMatchArray })[] = [];
  for (let r = 0; r < rules.length; r++) {
    const requires = rules[r].requires;
    if (requires && !requires.test(text)) continue;
    const pattern = own[r];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      // as matchAll does: step past an empty match (one code unit: the patterns have no `u` flag)
      if (match[0] === '') pattern.lastIndex++;
      const start = offset + match.index;
      const end = start + match[0].length;
      if (out.some((h) => h.start < end && start < h.end)) continue;
      out.push({ id: rules[r].id, start, end, rule: rules[r], match });
    }
  }
  return out;
}

/** The lexicon's patterns, copied once per lexicon so that scanning with `exec` leaves the lexicon's own untouched. */
const patternMemo = new WeakMap<AgreementLexicon, { phrases: RegExp[]; statuses: RegExp[] }>();

function patternsOf(lexicon: AgreementLexicon): { phrases: RegExp[]; statuses: RegExp[] } {
  let own = patternMemo.get(lexicon);
  if (!own) {
    own = { phrases: lexicon.phrases.map((r) => new RegExp(r.pattern)), statuses: lexicon.statuses.map((r) => new RegExp(r.pattern)) };
    patternMemo.set(lexicon, own);
  }
  return own;
}

const gap = (a: Span, b: Span) => Math.max(0, a.start - b.end, b.start - a.end);

/**
 * The date the report gives a status: the nearest calendar time expression in the sentence. A past
 * status (signed, ratified, in force) cannot lie after the report, so a month named without its year
 * that resolved after the publication date is taken from the year before ("In October" in a May story).
 */
function dateOf(doc: ArticleDoc, sentence: Span, at: Span, status: AgreementStatus): AgreementMention['date'] {
  const timexes = doc.timexes
    .filter((t) => t.start >= sentence.start && t.end <= sentence.end && t.type === 'DATE' && t.resolved !== false && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(t.value))
    .sort((a, b) => gap(a, at) - gap(b, at) || a.start - b.start);
  const t = timexes[0];
  if (!t) return null;
  let value = t.value;
  const published = doc.published?.value;
  if (PAST.includes(status) && published && value.slice(0, published.length) > published.slice(0, value.length) && !/\d{4}/.test(t.text)) {
    value = `${Number(value.slice(0, 4)) - 1}${value.slice(4)}`;
  }
  return { value, precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day' };
}

/**
 * Finds named agreements in each sentence: phrase patterns give the topic (normalised, coordinated
 * modifiers split), the nearest status cue in the sentence gives the status (mentions with no cue are
 * dropped: they say nothing of the agreement's progress), countries give the parties.
 * @example findAgreements(doc, lexicon).map((a) => [a.name, a.status])
 */
export function findAgreements(doc: ArticleDoc, lexicon: AgreementLexicon): AgreementMention[] {
  // the article's countries are ranked when a first agreement needs its parties
  let ranked: string[] | undefined;
  const own = patternsOf(lexicon);
  const out: AgreementMention[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const phrases = scan(lexicon.phrases, own.phrases, text, sentence.start).sort((a, b) => a.start - b.start);
    if (!phrases.length) continue;
    const cues = scan(lexicon.statuses, own.statuses, text, sentence.start);
    for (const p of phrases) {
      const cue = [...cues].sort((a, b) => gap(a, p) - gap(b, p) || a.start - b.start)[0];
      if (!cue) continue;
      const topics = normaliseTopics(lexicon, p.match.groups?.topic ?? '');
      const parties = partiesOf(doc, sentence, (ranked ??= rankCountries(doc)));
      const status = cue.rule.status;
      for (const topic of topics) {
        const canonical = p.rule.canonical && topics.length === 1;
        out.push({
          start: p.start,
          end: p.end,
          text: p.match[0],
          key: `${topic}|${parties.join('-')}`,
          topic,
          name: canonical ? p.match[0] : nameOfTopic(topic),
          canonical,
          parties,
          status,
          statusRule: `rule:${cue.id}`,
          date: dateOf(doc, sentence, p, status),
          producedBy: `rule:${p.id}`,
        });
      }
    }
  }
  return out;
}
