/** The verdict words, as they appear in the JSON report. */
export type Verdict = 'supported' | 'contradicted' | 'mixed' | 'absent';
export const VERDICTS: readonly Verdict[] = ['supported', 'contradicted', 'mixed', 'absent'];

/** What a piece of evidence does to its claim. */
export type EvidenceKind = 'support' | 'contradiction' | 'hedge';

/** A span of the source text (UTF-16 offsets into the text after front matter, like String#slice). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One about-term, value or cue found in an evidence sentence. */
export interface Match extends Span {
  /** The claim's term (or value) this span matched. */
  term: string;
  /** True when the span is a one-edit spelling of the term rather than the term itself. */
  fuzzy?: boolean;
}

/** A value found in the sentence and tied to the claim. */
export interface ValueMatch extends Span {
  kind: 'date' | 'number' | 'entity';
  /** The normalised value: an ISO date, week or year for dates, a number, or an entity name. */
  value: string;
  /** How the mention relates to the claim's value. */
  relation: 'equal' | 'finer' | 'coarser' | 'different' | 'compatible' | 'rival';
  /** Qualifier kept from the text ("at least", "nearly"), when there is one. */
  qualifier?: string;
}

/** A negation or hedge cue that changed how a sentence counts. */
export interface Cue extends Span {
  kind: 'negation' | 'hedge';
}

/** One sentence that decided (or softened) a verdict. */
export interface Evidence {
  kind: EvidenceKind;
  start: number;
  end: number;
  text: string;
  /** True when an about-term matched only through a one-edit spelling. */
  fuzzy: boolean;
  /** Plain words: why the sentence counts this way. */
  reason: string;
  /** 1-based line of the sentence in the source text. */
  line: number;
  terms: Match[];
  value?: ValueMatch;
  cues: Cue[];
}

export interface SourceVerdict {
  verdict: Verdict;
  evidence: Evidence[];
}

export interface SourceInfo {
  id: string;
  path: string;
  published?: string;
  title?: string;
  outlet?: string;
  url?: string;
}

export interface Counts {
  supported: number;
  contradicted: number;
  mixed: number;
  absent: number;
}

export interface ClaimResult {
  id: string;
  file: string;
  line: number;
  column: number;
  claim: string;
  ok: boolean;
  counts: Counts;
  /** One entry per source in the claim's scope, keyed and ordered by source id. */
  verdicts: Record<string, SourceVerdict>;
  /** Each expectation that did not hold, in words. */
  failures: string[];
}

/** The result of `check`: the JSON document of `corroborate check --format json`. */
export interface Report {
  ok: boolean;
  sources: SourceInfo[];
  claims: ClaimResult[];
}
