import type { ExportData } from './export-data.ts';

const COLUMNS = ['id', 'date', 'date_precision', 'type', 'cameo', 'source', 'target', 'status', 'place', 'n_sources', 'n_mentions', 'evidence'];

/**
 * Quotes a CSV field when it needs it (RFC 4180).
 * @example csvField('a,"b"') // '"a,""b"""'
 */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One CSV row per consolidated event, with its first evidence sentence.
 * @example formatCsv(exportData(db))
 */
export function formatCsv(data: ExportData): string {
  const lines = [COLUMNS.join(',')];
  for (const e of data.events) {
    const row = [
      e.id, e.date.value, e.date.precision, e.type, e.cameo, e.source.code, e.target.code, e.status, e.place,
      new Set(e.mentions.map((m) => m.article)).size, e.mentions.length, e.mentions[0]?.text,
    ];
    lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}
