/**
 * Rule: partitive. "won 71 of the 75 seats" gives two figures of one count: the part
 * (71) and the whole (75). When one of them is the claim's figure, the other is not a
 * rival figure for it: a claim that the party won 71 seats is not contradicted by the 75
 * seats of the parliament, nor a claim that the parliament has 75 seats by the 71 won.
 */
export const RULE = 'partitive';

/** The part of the mentions a partitive pairs, as the engine sees them. */
export interface PartitiveFigure {
  tokFrom: number;
  relation?: string;
  partitive?: { role: 'part' | 'whole'; other: number };
}

/** Why a differing figure of a partitive is set aside: its partner is the claim's figure. */
export function partnerMatches(m: PartitiveFigure, mentions: PartitiveFigure[]): string | undefined {
  if (!m.partitive || m.relation !== 'different') return undefined;
  const other = mentions.find((x) => x.tokFrom === m.partitive?.other);
  if (other?.relation !== 'equal' && other?.relation !== 'finer') return undefined;
  return m.partitive.role === 'whole' ? "is the whole of which the claim's figure is the part" : "is the part of the whole that is the claim's figure";
}
