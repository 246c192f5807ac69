import { z } from 'zod';
import { assertUniqueIds, loadDataFile } from '../data-loading/load-yaml.ts';

/** PLOVER coding of one CAMEO code: type, with mode and context where the map gives them. */
export interface PloverCoding {
  cameo: string;
  type: string;
  mode?: string;
  context?: string[];
  /** The CAMEO label of the code. */
  label: string;
}

const schema = z.object({
  codes: z.array(
    z.object({
      id: z.string(),
      cameo: z.string().regex(/^\d{2,4}$/),
      type: z.string().regex(/^[A-Z]+$/),
      mode: z.string().optional(),
      context: z.array(z.string()).optional(),
      example: z.string(),
    }),
  ),
});

/**
 * Loads `data/events/cameo-plover.yaml` (derived from PLOVER's CAMEO2PLOVER-2021 table) as a map by CAMEO code.
 * @example loadCameoMap().get('057')?.type // 'SUPPORT'
 */
export function loadCameoMap(dataDir?: string): Map<string, PloverCoding> {
  const file = 'events/cameo-plover.yaml';
  const data = loadDataFile(file, schema, dataDir);
  assertUniqueIds(file, data.codes);
  return new Map(data.codes.map((c) => [c.cameo, { cameo: c.cameo, type: c.type, mode: c.mode, context: c.context, label: c.example }]));
}

/**
 * The PLOVER coding of a CAMEO code, falling back to its parent codes ('0332' → '033' → '03').
 * @example ploverOf(map, '0871')?.type // 'RETREAT'
 */
export function ploverOf(map: ReadonlyMap<string, PloverCoding>, cameo: string): PloverCoding | undefined {
  for (let code = cameo; code.length >= 2; code = code.slice(0, -1)) {
    const hit = map.get(code);
    if (hit) return hit;
  }
  return undefined;
}
