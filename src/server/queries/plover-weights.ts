/**
 * Cooperation–conflict weight of each PLOVER event type, from +10 (most cooperative) to −10 (most
 * conflictual). Each is the Goldstein (1992) scale value of the CAMEO root code the PLOVER type gathers,
 * as used by the Phoenix and ICEWS event data sets:
 * AGREE ← 03 express intent to cooperate (+4), CONSULT ← 04 (+1), SUPPORT ← 05 diplomatic cooperation (+3.5),
 * COOPERATE ← 06 material cooperation (+6), AID ← 07 (+7), CONCEDE and RETREAT ← 08 yield (+5),
 * REQUEST ← 02 appeal (+3), ACCUSE ← 11 disapprove (−2), REJECT ← 12 (−4), THREATEN ← 13 (−6),
 * PROTEST ← 14 (−6.5), MOBILIZE ← 15 exhibit force posture (−7.2), SANCTION ← 16 reduce relations (−4),
 * COERCE ← 17 (−7), ASSAULT ← 18 assault (−9). A type not listed weighs 0.
 */
export const PLOVER_WEIGHTS: Readonly<Record<string, number>> = {
  AGREE: 4,
  CONSULT: 1,
  SUPPORT: 3.5,
  COOPERATE: 6,
  AID: 7,
  CONCEDE: 5,
  RETREAT: 5,
  REQUEST: 3,
  ACCUSE: -2,
  REJECT: -4,
  THREATEN: -6,
  PROTEST: -6.5,
  MOBILIZE: -7.2,
  SANCTION: -4,
  COERCE: -7,
  ASSAULT: -9,
};

/** The weight of an event type (0 when unknown). */
export function ploverWeight(type: string): number {
  return PLOVER_WEIGHTS[type.toUpperCase()] ?? 0;
}
