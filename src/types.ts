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
  /**
   * In memory: one entry per source in the claim's scope, keyed and ordered by source id.
   * In the JSON report: only the sources that are not absent or have evidence (others in scope are absent).
   */
  verdicts: Record<string, SourceVerdict>;
  /** The sources the claim was checked against, when its file's `scope` leaves some out (JSON report). */
  inScope?: string[];
  /** Each expectation that did not hold, in words. */
  failures: string[];
  /**
   * When no source decides the claim: why (section 6, "Say why"). `mentioning` counts the
   * sentences that mention every `about` item (0: check `about` and `scope`); `setAside`
   * counts, per reason or rule, why those sentences did not decide.
   */
  undecided?: { mentioning: number; setAside: Record<string, number> };
}

/** An input error or a warning as a report carries it (`errors` / `warnings` of the JSON report). */
export interface ReportIssue {
  /** The file as given on the command line, or null for a problem of the command line itself. */
  file: string | null;
  /** 1-based line and column, or null when the problem has no place in the file. */
  line: number | null;
  col: number | null;
  /** A stable code: the error codes of docs/errors.md, or a warning code (`PROBABLE_TYPO`, `NEAR_MISS`). */
  code: string;
  message: string;
  /** How to fix it, in one sentence. */
  fix: string;
  /** The claim a warning is about. */
  claim?: string;
  /** PROBABLE_TYPO: the claim's spelling, the corpus spelling counted as it, and the sources that write it. */
  typo?: { spelling: string; found: string; sources: string[] };
  /** NEAR_MISS: the `about` item that matches nothing, and corpus spellings near it (fewest edits first). */
  nearMiss?: { about: string[]; near: { text: string; edits: number }[] };
}

/** The result of `check`: the JSON document of `corroborate check --format json`. */
export interface Report {
  /** False when an expectation failed or any input was invalid. */
  ok: boolean;
  /** Input problems: the files they name were left out, everything valid was still checked. */
  errors?: ReportIssue[];
  /** Probable mistakes that did not stop the check (a one-edit name match, an `about` term close to a corpus word). */
  warnings?: ReportIssue[];
  sources: SourceInfo[];
  claims: ClaimResult[];
}
