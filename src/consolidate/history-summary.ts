/** A history entry as stored in `event_status_history` (or agreement_history). */
export interface HistoryEntry {
  status: string;
  as_of: string | null;
}

/**
 * Summarises a status history in reporting order, one step per run of the same status, with how many
 * reports and the span of their dates.
 * @example summariseHistory([{ status: 'planned', as_of: '2017-02-17' }, { status: 'occurred', as_of: '2018-05-16' }])
 * // 'planned (2017-02-17) → occurred (2018-05-16)'
 */
export function summariseHistory(history: readonly HistoryEntry[]): string {
  const runs: { status: string; dates: string[] }[] = [];
  for (const h of history) {
    const last = runs[runs.length - 1];
    if (last && last.status === h.status) last.dates.push(h.as_of ?? 'undated');
    else runs.push({ status: h.status, dates: [h.as_of ?? 'undated'] });
  }
  return runs
    .map((r) => {
      const span = r.dates[0] === r.dates[r.dates.length - 1] ? r.dates[0] : `${r.dates[0]} … ${r.dates[r.dates.length - 1]}`;
      return `${r.status} (${r.dates.length > 1 ? `${r.dates.length} reports, ` : ''}${span})`;
    })
    .join(' → ');
}
