/** The data the HTML report embeds: plain types and index tables shared by the page writer and its static part. */
import { type ClaimResult, type SourceInfo, VERDICTS } from '../types.js';
import { SYMBOL } from './details.js';

/** Evidence kinds and cue kinds by index, as the embedded data numbers them. */
export const EVIDENCE_KINDS = ['support', 'contradiction', 'hedge'] as const;
export const CUE_KINDS = ['negation', 'hedge'] as const;

/** A cell's symbol and words, by state (a verdict, "hedged" for absent with hedges only, "out" for out of scope). */
export const CELL_SYMBOLS: Record<string, string> = { ...SYMBOL, hedged: '?', out: '–' };
export const CELL_WORDS: Record<string, string> = {
  supported: 'supported',
  contradicted: 'contradicted',
  mixed: 'mixed',
  hedged: 'absent (hedged sentences only)',
  absent: 'absent',
  out: 'not asked (outside the claim file’s scope)',
};
/** An evidence kind's symbol. */
export const KIND_SYMBOLS: Record<string, string> = { support: '✓', contradiction: '✗', hedge: '?' };
/** More sources than this and the view lists sources per claim instead of drawing a matrix. */
export const MAX_MATRIX_COLS = 60;

/**
 * The tables the page's script draws with, written into the page ahead of the script
 * (`const REPORT_TABLES = ...`), so the static view and the script share one definition.
 */
export const HTML_TABLES = {
  VERDICTS,
  KINDS: EVIDENCE_KINDS,
  CUES: CUE_KINDS,
  SYM: CELL_SYMBOLS,
  WORD: CELL_WORDS,
  KIND_SYM: KIND_SYMBOLS,
  MAX_MATRIX_COLS,
};

/** A sentence quoted by some evidence, stored once however many claims quote it: [source index, start, end, line, text]. */
export type HtmlSentence = [source: number, start: number, end: number, line: number, text: string];
// Below, `start`/`end` of a term, value or cue count from the start of its sentence (the report's absolute
// offset minus the sentence's start), and a `string index` points into HtmlData.strings.
/** [start, end, string index of the claim's term, 1 when fuzzy]. */
export type HtmlTerm = [start: number, end: number, term: number, fuzzy?: 1];
/** [start, end, kind, normalised value, relation, qualifier?]. */
export type HtmlValue = [start: number, end: number, kind: string, value: string, relation: string, qualifier?: string];
/** [start, end, index into CUE_KINDS]. */
export type HtmlCue = [start: number, end: number, kind: number];
/** [index into EVIDENCE_KINDS, index into sentences, 1 when fuzzy else 0, string index of the reason, terms, value or 0, cues]. */
export type HtmlEvidence = [kind: number, sentence: number, fuzzy: 0 | 1, reason: number, terms: HtmlTerm[], value: HtmlValue | 0, cues: HtmlCue[]];
/** One claim × source cell that is not a bare `absent`: [source index, index into VERDICTS, evidence]. */
export type HtmlCell = [source: number, verdict: number, evidence: HtmlEvidence[]];

export interface HtmlClaim extends Pick<ClaimResult, 'id' | 'file' | 'line' | 'column' | 'claim' | 'ok' | 'failures'> {
  /** supported, contradicted, mixed, absent: as in the report. */
  counts: [number, number, number, number];
  /** Sources in the claim's scope, when fewer than half of all sources are. */
  in?: number[];
  /** Sources outside the claim's scope, when the scope is partial and holds at least half of all sources. */
  out?: number[];
  /** Only cells with a verdict or with evidence: a source in scope with no cell is `absent` with no evidence. */
  cells: HtmlCell[];
}

/**
 * The report as the HTML page embeds it: lossless, but absent cells without evidence are left out
 * (a 500 × 5,544 matrix is mostly absent) and every quoted sentence is stored once.
 */
export interface HtmlData {
  ok: boolean;
  /** The folder every source path starts with ('' when none is common); `sources[i].path` holds the rest. */
  root: string;
  sources: SourceInfo[];
  sentences: HtmlSentence[];
  /** Reasons and term names, each stored once. */
  strings: string[];
  claims: HtmlClaim[];
}
