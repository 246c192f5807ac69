import { z } from 'zod';
import { assertUniqueIds, loadDataFile } from '../data-loading/load-yaml.ts';

/** A family of event types that may describe one real event in different reports. */
export interface TypeFamily {
  id: string;
  types: string[];
  /** Whether the dyad may be reported in either order. */
  symmetric: boolean;
  /** Whether its mentions are told apart by the agreement their sentence names. */
  agreements: boolean;
}

/** The rules consolidation runs on (data/consolidate/consolidation.yaml). */
export interface ConsolidationRules {
  families: TypeFamily[];
  /** Days before its report an event dated only by the report may have occurred. */
  occurredBeforeReport: number;
  /** Days after its report an event dated only by the report may be planned for. */
  plannedAfterReport: number;
  /** Lower-case place name → canonical place name. */
  placeAliases: Map<string, string>;
}

const schema = z.object({
  families: z.array(z.object({ id: z.string(), types: z.array(z.string()).min(1), symmetric: z.boolean(), agreements: z.boolean().optional(), example: z.string() })),
  windows: z.object({ occurredBeforeReport: z.number().int().nonnegative(), plannedAfterReport: z.number().int().nonnegative() }),
  placeAliases: z.array(z.object({ id: z.string(), names: z.array(z.string()).min(1), example: z.string() })),
});

/**
 * Loads and validates the consolidation rules.
 * @example loadConsolidationRules().families[0].types // ['CONSULT']
 */
export function loadConsolidationRules(dataDir?: string): ConsolidationRules {
  const raw = loadDataFile('consolidate/consolidation.yaml', schema, dataDir);
  assertUniqueIds('consolidate/consolidation.yaml', [...raw.families, ...raw.placeAliases]);
  const placeAliases = new Map<string, string>();
  for (const a of raw.placeAliases) for (const n of a.names) placeAliases.set(n.toLowerCase(), a.names[0].toLowerCase());
  return {
    families: raw.families.map(({ id, types, symmetric, agreements }) => ({ id, types, symmetric, agreements: agreements ?? false })),
    occurredBeforeReport: raw.windows.occurredBeforeReport,
    plannedAfterReport: raw.windows.plannedAfterReport,
    placeAliases,
  };
}

/**
 * The family of a type; a type no family lists is its own, directed family.
 * @example familyOf(rules, 'CONSULT').id // 'family.consult'
 */
export function familyOf(rules: ConsolidationRules, type: string): TypeFamily {
  return rules.families.find((f) => f.types.includes(type)) ?? { id: `type.${type}`, types: [type], symmetric: false, agreements: false };
}
