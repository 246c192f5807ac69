import { partiesOf, rankCountries } from '../agreements/parties.ts';
import type { ArticleDoc } from '../model/doc.ts';
import type { ProducedBy, Span } from '../model/span.ts';
import type { ClaimRules } from './claim-rules.ts';

/** A number an article states about something, e.g. how many agreements were signed on an occasion. */
export interface NumericClaim extends Span {
  text: string;
  /** What is counted, with parties and year: `agreements signed|PHL-RUS|2017`. */
  aboutKey: string;
  /** The same, readable: `agreements signed, PHL–RUS, 2017`. */
  about: string;
  value: number;
  producedBy: ProducedBy;
}

/** The year a claim is about: the nearest calendar date in the sentence, else a relative phrase ("a year after"). */
function yearOf(doc: ArticleDoc, sentence: Span, at: Span, rules: ClaimRules): string | null {
  const gap = (t: Span) => Math.max(0, t.start - at.end, at.start - t.end);
  const t = doc.timexes
    .filter((x) => x.start >= sentence.start && x.end <= sentence.end && x.type === 'DATE' && x.resolved !== false && /^\d{4}/.test(x.value))
    .sort((a, b) => gap(a) - gap(b) || a.start - b.start)[0];
  if (t) return t.value.slice(0, 4);
  const year = doc.published ? Number(doc.published.value.slice(0, 4)) : NaN;
  const text = doc.text.slice(sentence.start, sentence.end);
  const rel = rules.relativeYears.find((r) => r.pattern.test(text));
  return rel && Number.isFinite(year) ? String(year - rel.yearsBefore) : null;
}

/** The rules' claim patterns, copied once per rule set so that scanning with `exec` leaves the rules' own untouched. */
const patternMemo = new WeakMap<ClaimRules, RegExp[]>();

function patternsOf(rules: ClaimRules): RegExp[] {
  let own = patternMemo.get(rules);
  if (!own) {
    own = rules.claims.map((r) => new RegExp(r.pattern));
    patternMemo.set(rules, own);
  }
  return own;
}

/**
 * Finds numeric claims sentence by sentence; the first rule that matches a span wins it, and a rule's
 * `notIf` (a running total: "since", "to date") drops the match. Claims with no year are dropped: they
 * cannot be compared with others.
 * @example findClaims(doc, rules).map((c) => [c.about, c.value])
 */
export function findClaims(doc: ArticleDoc, rules: ClaimRules): NumericClaim[] {
  // the article's countries are ranked when a first claim needs its parties
  let ranked: string[] | undefined;
  const own = patternsOf(rules);
  const out: NumericClaim[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const taken: Span[] = [];
    for (let r = 0; r < rules.claims.length; r++) {
      const rule = rules.claims[r];
      const pattern = own[r];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        // as matchAll does: step past an empty match (one code unit: the patterns have no `u` flag)
        if (m[0] === '') pattern.lastIndex++;
        const start = sentence.start + (m.index ?? 0);
        const end = start + m[0].length;
        if (taken.some((s) => s.start < end && start < s.end)) continue;
        taken.push({ start, end });
        if (rule.notIf?.test(text)) continue;
        const raw = (m.groups?.value ?? '').toLowerCase();
        const value = /^\d+$/.test(raw) ? Number(raw) : rules.numberWords.get(raw);
        if (value === undefined) continue;
        const year = yearOf(doc, sentence, { start, end }, rules);
        if (!year) continue;
        const parties = partiesOf(doc, sentence, (ranked ??= rankCountries(doc)));
        out.push({
          start,
          end,
          text: m[0],
          aboutKey: `${rule.about}|${parties.join('-')}|${year}`,
          about: `${rule.about}, ${parties.join('–')}, ${year}`,
          value,
          producedBy: `rule:${rule.id}`,
        });
      }
    }
  }
  return out;
}
