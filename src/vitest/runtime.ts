// The worker side of the Vitest plugin: the code the generated claim modules import.
// It loads and indexes the corpus once per worker and evaluates one claim per test.
// It must not import zod or the claim-file loader: claim files are parsed and validated
// in the main process (plugin.ts), which embeds the result as JSON.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import type { Prepared } from '../check.js';
import { evaluateClaim } from '../check.js';
import { compileClaims } from '../claims/compile.js';
import type { EntityDef, LoadedClaim, Place } from '../claims/load.js';
import { ingestCorpus } from '../corpus/ingest.js';
import type { LoadedCorpus } from '../corpus/load.js';
import { SentenceCache } from '../engine/evaluate.js';
import { formatError, type InputError } from '../errors.js';
import { resolvePaths } from '../paths.js';
import { renderClaimDetails } from '../report/details.js';
import type { ClaimResult } from '../types.js';

/** What the plugin embeds in each generated module (claims and places without the file text). */
export interface ClaimModule {
  /** Working directory for the corpus patterns: the Vitest project root. */
  cwd: string;
  corpus: string[];
  /** The ingest cache folder (absolute), or false for none; absent: the default folder. */
  cacheDir?: string | false;
  /** The claim file, relative to `cwd`, as reports show it. */
  file: string;
  /** The claim file's text, to print excerpts in error messages. */
  text: string;
  claims: LoadedClaim[];
  /** The entity map merged over every claim file. */
  entities: EntityDef[];
}

/** The outcome a generated test asserts on: a claim result, or the input errors that kept it from running. */
export type ClaimOutcome = { result: ClaimResult } | { errors: InputError[] };

interface Corpus {
  loaded: LoadedCorpus;
  prepared?: Omit<Prepared, 'claims' | 'compiled'>;
}

// one corpus per worker, keyed by its patterns and root; re-read only when a file's size or mtime changes
const corpora = new Map<string, { signature: string; corpus: Promise<Corpus> }>();

async function signature(patterns: string[], cwd: string): Promise<string> {
  const { files } = await resolvePaths(patterns, ['txt', 'md'], cwd, 'corpus');
  const parts = await Promise.all(
    files.map(async (f) => {
      const st = await stat(f.abs).catch(() => undefined);
      return `${f.abs}:${st?.size}:${st?.mtimeMs}`;
    }),
  );
  return parts.join('\n');
}

/** Load and index a corpus, once per worker (and again only when its files change). */
export async function corpusFor(patterns: string[], cwd: string, cacheDir?: string | false): Promise<Corpus> {
  const key = JSON.stringify([path.resolve(cwd), patterns, cacheDir]);
  const sig = await signature(patterns, cwd);
  const hit = corpora.get(key);
  if (hit && hit.signature === sig) return hit.corpus;
  // the CLI's persistent cache (node_modules/.cache/corroborate), shared: a corpus ingested by either is reused by both
  const corpus = ingestCorpus(patterns, { cwd, ...(cacheDir !== undefined ? { cacheDir } : {}) }).then(({ corpus: loaded, index }): Corpus => {
    if (loaded.errors.length) return { loaded };
    return { loaded, prepared: { corpus: loaded, index, cache: new SentenceCache(index) } };
  });
  corpora.set(key, { signature: sig, corpus });
  return corpus;
}

/** Evaluates the claims of one generated module. */
export class ClaimRunner {
  private readonly prepared?: Prepared;
  private readonly corpusErrors: InputError[];
  private readonly sourceIds: Set<string>;

  constructor(
    private readonly mod: ClaimModule,
    corpus: Corpus,
  ) {
    // the loader's hints name the CLI flag; here the corpus comes from the plugin's option
    this.corpusErrors = corpus.loaded.errors.map((e) => ({ ...e, hint: e.hint.replace('--corpus', "claimsPlugin's `corpus` option") }));
    this.sourceIds = new Set(corpus.loaded.sources.map((s) => s.id));
    if (corpus.prepared) {
      const entities = new Map(mod.entities.map((e) => [e.name.toLowerCase(), e]));
      const compiled = compileClaims(mod.claims, entities);
      this.prepared = { ...corpus.prepared, compiled, claims: { claims: mod.claims, entities, files: [mod.file], errors: [] } };
    }
  }

  /** Evaluate claim `i` of this module, or say which input errors keep it from running. */
  outcome(i: number): ClaimOutcome {
    if (!this.prepared) return { errors: this.corpusErrors };
    const compiled = this.prepared.compiled[i];
    if (!compiled) throw new Error(`corroborate: no claim #${i} in ${this.mod.file}`);
    const unknown = this.unknownSources(compiled.claim);
    if (unknown.length) return { errors: unknown };
    return { result: evaluateClaim(compiled, this.prepared) };
  }

  // the CLI reports these in prepare(); here each claim reports its own
  private unknownSources(c: LoadedClaim): InputError[] {
    const ids = [...this.sourceIds];
    return Object.entries(c.expectSources)
      .filter(([sid]) => !this.sourceIds.has(sid))
      .map(([sid, at]: [string, Place]) => ({
        code: 'UNKNOWN_SOURCE' as const,
        file: at.file,
        line: at.line,
        column: at.column,
        length: at.length,
        message: `claim "${c.id}" expects a verdict from source "${sid}", which is not in the corpus`,
        hint: `use one of the corpus ids (${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', ...' : ''})`,
        source: this.mod.text,
      }));
  }
}

/** Called once at the top of each generated module. */
export async function claimModule(mod: ClaimModule): Promise<ClaimRunner> {
  // places were embedded without the file text; put it back for error excerpts
  for (const c of mod.claims) for (const p of Object.values(c.expectSources)) p.source = mod.text;
  return new ClaimRunner(mod, await corpusFor(mod.corpus, mod.cwd, mod.cacheDir));
}

/** The message of a failing claim test: failed expectations, verdict table, deciding evidence. */
export function claimFailureMessage(r: ClaimResult): string {
  const n = r.failures.length;
  const head = r.ok ? `claim "${r.id}" meets its expectation` : `claim "${r.id}" does not meet its expectation (${n} failed)`;
  return [head, ...renderClaimDetails(r, { heading: false })].join('\n');
}

/** Input errors as the CLI prints them: `file:line:col  CODE  message`, excerpt, fix. */
export function inputErrorMessage(errors: InputError[]): string {
  return errors.map((e) => formatError(e)).join('\n\n');
}

expect.extend({
  /** The claim's own `expect` (its gate) holds. Used by generated claim tests. */
  toMeetExpectation(received: ClaimOutcome) {
    if ('errors' in received) {
      return { pass: false, message: () => inputErrorMessage(received.errors) };
    }
    const r = received.result;
    return {
      pass: r.ok,
      message: () => claimFailureMessage(r),
    };
  },
});

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: the declaration must match vitest's own
  interface Matchers<T = any> {
    /** Internal: the claim's own `expect` holds (used by tests generated from claim files). */
    toMeetExpectation: () => void;
  }
  interface TaskMeta {
    /** Set on tests generated from claim files. */
    claimId?: string;
    claimFile?: string;
    claimLine?: number;
    claimColumn?: number;
  }
}
