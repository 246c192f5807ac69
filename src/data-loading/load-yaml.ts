import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import type { z } from 'zod';
import { DyadError } from '../errors.ts';

/** The repository's `data/` folder. */
export const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');

/**
 * Reads a YAML (or JSON) data file under `data/` and validates it with a zod schema; throws E020
 * naming the file and the first problems when it does not fit. YAML is read with the core schema of
 * YAML 1.2 (plain dates stay strings; a duplicate key is an error).
 * @example loadDataFile('actors/countries-extra.yaml', countriesExtraSchema)
 */
export function loadDataFile<S extends z.ZodTypeAny>(relative: string, schema: S, dataDir = DATA_DIR): z.infer<S> {
  const file = path.join(dataDir, relative);
  let raw: unknown;
  try {
    raw = jsYaml.load(fs.readFileSync(file, 'utf8'), { schema: jsYaml.CORE_SCHEMA, filename: relative });
  } catch (err) {
    throw new DyadError('E020', `data file ${relative} cannot be read: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new DyadError('E020', `data file ${relative} is invalid: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/**
 * Throws E020 when two records of a data file share an id.
 * @example assertUniqueIds('rules.yaml', [{ id: 'a' }, { id: 'b' }])
 */
export function assertUniqueIds(relative: string, records: readonly { id: string }[]): void {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) throw new DyadError('E020', `data file ${relative} has the id "${r.id}" twice`);
    seen.add(r.id);
  }
}
