import type { ExportData } from './export-data.ts';

/** One event in PLOVER's JSON interchange layout (field names of the PLOVER specification). */
export interface PloverEvent {
  id: string;
  event_type: string;
  mode: string;
  context: string;
  event_date: string | null;
  date_resolution: string | null;
  source: string | null;
  target: string | null;
  source_actor: string | null;
  target_actor: string | null;
  cameo_code: string;
  status: string;
  location: string | null;
  story_ids: string[];
  event_text: string[];
}

/**
 * Converts exported events to PLOVER JSON records (dyad's status and CAMEO code kept alongside).
 * @example formatPlover(exportData(db))
 */
export function formatPlover(data: ExportData): PloverEvent[] {
  return data.events.map((e) => ({
    id: e.id,
    event_type: e.type,
    mode: '',
    context: '',
    event_date: e.date.value,
    date_resolution: e.date.precision,
    source: e.source.code,
    target: e.target.code,
    source_actor: e.source.name,
    target_actor: e.target.name,
    cameo_code: e.cameo,
    status: e.status,
    location: e.place,
    story_ids: [...new Set(e.mentions.map((m) => m.article))],
    event_text: e.mentions.map((m) => m.text),
  }));
}
