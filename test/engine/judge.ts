// Runs one claim over one or more in-memory articles through the public API.
import { stringify } from 'yaml';
import { evaluateClaim, parseClaimFiles, parseSource, prepareFrom, type Source } from '../../src/index.js';
import type { SourceVerdict } from '../../src/types.js';

export interface Case {
  claim: Record<string, unknown>;
  entities?: Record<string, unknown>;
  published?: string;
}

/** The verdict of `claim` on an article made of `text` (published on `published`, if given). */
export function judge(c: Case, text: string): SourceVerdict {
  const yaml = stringify({ ...(c.entities ? { entities: c.entities } : {}), claims: [{ id: 'c', claim: 'a claim', ...c.claim }] });
  const claims = parseClaimFiles([{ display: 'claims/t.yaml', text: yaml }]);
  if (claims.errors.length) throw new Error(claims.errors.map((e) => e.message).join('\n'));
  const body = c.published ? `---\nid: a\npublished: ${c.published}\n---\n${text}` : `---\nid: a\n---\n${text}`;
  const r = parseSource(Buffer.from(body), 'corpus/a.txt');
  if ('error' in r) throw new Error(r.error.message);
  const p = prepareFrom(claims, { sources: [r.source as Source], errors: [] });
  const result = evaluateClaim(p.compiled[0]!, p);
  return result.verdicts.a as SourceVerdict;
}
