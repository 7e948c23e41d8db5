import { readFile, stat } from 'node:fs/promises';
import { distance } from 'fastest-levenshtein';
import { type Document, isMap, isScalar, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { type ErrorCode, encodingError, type InputError, position, unclosedAt, yamlMessage } from '../errors.js';
import { resolvePaths } from '../paths.js';
import { type Claim, type ClaimFile, ClaimFileSchema, type Entity, KNOWN_KEYS, type Scope } from './schema.js';

/** A claim as loaded: the YAML fields plus where it was written. */
export interface LoadedClaim extends Claim {
  file: string;
  line: number;
  column: number;
  scope?: Scope;
  /** Where each source id of `expect.sources` is written, to report unknown ids. */
  expectSources: Record<string, Place>;
}

export interface Place {
  file: string;
  line: number;
  column: number;
  length: number;
  source: string;
}

export interface EntityDef extends Entity {
  name: string;
  place: Place;
}

export interface LoadedClaims {
  claims: LoadedClaim[];
  entities: Map<string, EntityDef>;
  files: string[];
  errors: InputError[];
  /** Where each valid file writes an empty `claims:` list (a run with no claims at all is an error). */
  empty?: Place[];
}

const MAX_CLAIM_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Read claim files (files, folders or globs of `.yaml`/`.yml`), validate them and
 * merge their entity maps. Every problem is returned at once, with its place.
 * @example const { claims, errors } = await loadClaims(['claims'])
 */
export async function loadClaims(patterns: string[], opts: { cwd?: string } = {}): Promise<LoadedClaims> {
  const cwd = opts.cwd ?? process.cwd();
  const { files, errors } = await resolvePaths(patterns, ['yaml', 'yml'], cwd, 'claims');
  const texts: { display: string; text: string }[] = [];
  for (const f of files) {
    try {
      const st = await stat(f.abs);
      if (st.size > MAX_CLAIM_FILE_BYTES) {
        errors.push({
          code: 'TOO_LARGE',
          file: f.display,
          message: `claim file is ${(st.size / 1048576).toFixed(1)} MB; the limit is ${MAX_CLAIM_FILE_BYTES / 1048576} MB`,
          hint: 'split the claims into several files (one per story keeps them readable)',
        });
        continue;
      }
      const buf = await readFile(f.abs);
      const text = decodeUtf8(buf, f.display);
      if (typeof text === 'string') texts.push({ display: f.display, text });
      else errors.push(text);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      errors.push({
        code: 'UNREADABLE',
        file: f.display,
        message: `cannot read the file (${code})`,
        hint: code === 'EISDIR' ? 'a claim file must be a file; rename the folder' : 'check that the file exists and is readable',
      });
    }
  }
  return parseClaimFiles(texts, errors);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode a claim file strictly: a wrong encoding is an error with a place, not mojibake. */
function decodeUtf8(buf: Buffer, file: string): string | InputError {
  try {
    return utf8.decode(buf);
  } catch {
    return encodingError(buf, file) ?? { code: 'ENCODING', file, message: 'the file is not UTF-8', hint: 'save the file as UTF-8' };
  }
}

const MAX_DEPTH = 200;

/** Offset where flow brackets nest deeper than MAX_DEPTH, or -1. The YAML parser recurses per level. */
function tooDeep(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return -1;
}

/** Validate already-read claim files. Exposed for the Vitest plugin and tests. Never throws for bad input. */
export function parseClaimFiles(texts: { display: string; text: string }[], errors: InputError[] = []): LoadedClaims {
  const claims: LoadedClaim[] = [];
  const entities = new Map<string, EntityDef>();
  const idPlace = new Map<LoadedClaim, Place>();
  const empty: Place[] = [];
  for (const { display, text } of texts) {
    let r: FileResult;
    try {
      r = parseClaimFile(text, display);
    } catch (e) {
      // the YAML parser recurses; a pathological document can exhaust the stack
      if (!(e instanceof RangeError)) throw e;
      r = { claims: [], idPlaces: [], entities: [], errors: [tooComplex(display, text, 0)] };
    }
    errors.push(...r.errors);
    if (r.empty) empty.push(r.empty);
    r.claims.forEach((c, i) => {
      claims.push(c);
      const at = r.idPlaces[i];
      if (at) idPlace.set(c, at);
    });
    for (const e of r.entities) mergeEntity(entities, e, errors);
  }
  // ids are unique across all files
  const byId = new Map<string, LoadedClaim[]>();
  for (const c of claims) {
    const list = byId.get(c.id);
    if (list) list.push(c);
    else byId.set(c.id, [c]);
  }
  const duplicated = new Set<LoadedClaim>();
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const c of list) {
      duplicated.add(c);
      const others = list.filter((o) => o !== c);
      const named = others
        .slice(0, 3)
        .map((o) => {
          const p = idPlace.get(o) ?? o;
          return `${o.file}:${p.line}:${p.column}`;
        })
        .join(', ');
      const at = idPlace.get(c) ?? { line: c.line, column: c.column, length: 1 };
      errors.push({
        code: 'DUPLICATE_ID',
        file: c.file,
        line: at.line,
        column: at.column,
        length: at.length,
        message: `claim id "${id}" is also used at ${named}${others.length > 3 ? ` and ${others.length - 3} more places` : ''}`,
        hint: 'give each claim an id that is unique across all claim files',
        source: texts.find((t) => t.display === c.file)?.text,
      });
    }
  }
  // a claim whose id is taken twice is left out: neither place can be told to be the right one
  const kept = duplicated.size ? claims.filter((c) => !duplicated.has(c)) : claims;
  kept.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { claims: kept, entities, files: texts.map((t) => t.display), errors, ...(empty.length ? { empty } : {}) };
}

function mergeEntity(into: Map<string, EntityDef>, e: EntityDef, errors: InputError[]): void {
  const key = e.name.toLowerCase();
  const prev = into.get(key);
  if (!prev) {
    into.set(key, e);
    return;
  }
  const same =
    JSON.stringify([...(prev.aliases ?? [])].map((a) => a.toLowerCase()).sort()) ===
      JSON.stringify([...(e.aliases ?? [])].map((a) => a.toLowerCase()).sort()) && (prev.within ?? '').toLowerCase() === (e.within ?? '').toLowerCase();
  if (same) return;
  for (const [here, there] of [
    [e, prev],
    [prev, e],
  ] as const) {
    errors.push({
      code: 'ENTITY_CONFLICT',
      file: here.place.file,
      line: here.place.line,
      column: here.place.column,
      length: here.name.length,
      message: `entity "${here.name}" is defined differently at ${there.place.file}:${there.place.line}:${there.place.column}`,
      hint: 'define each entity once, or make both definitions identical',
      source: here.place.source,
    });
  }
}

interface FileResult {
  claims: LoadedClaim[];
  /** Where the file writes an empty `claims:` list. */
  empty?: Place;
  /** Where each claim's id is written, in the order of `claims`. */
  idPlaces: Place[];
  entities: EntityDef[];
  errors: InputError[];
}

function parseClaimFile(text: string, file: string): FileResult {
  const deep = tooDeep(text);
  if (deep !== -1) return { claims: [], idPlaces: [], entities: [], errors: [tooComplex(file, text, deep)] };
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false, logLevel: 'error' });
  const place = (offset: number, length = 1): Place => {
    const p = lc.linePos(offset);
    return { file, line: p.line, column: p.col, length: Math.max(1, length), source: text };
  };
  const err = (code: ErrorCode, at: Place, message: string, hint: string): InputError => ({
    code,
    file,
    line: at.line,
    column: at.column,
    length: at.length,
    message,
    hint,
    source: text,
  });
  const errors: InputError[] = [];
  for (const e of doc.errors) {
    const opened = unclosedAt(text, e.pos[0], e.message);
    if (opened) {
      // an unclosed quote or bracket is found where the parser gives up (the next line); point at where it opens,
      // and drop what follows: it is the same mistake seen again
      errors.push(err('YAML_SYNTAX', place(opened.at, 1), opened.message, opened.hint));
      break;
    }
    errors.push(err('YAML_SYNTAX', place(e.pos[0], e.pos[1] - e.pos[0]), yamlMessage(e.message), yamlHint(e.code)));
  }
  if (errors.length) return { claims: [], idPlaces: [], entities: [], errors };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // the yaml package throws while building values (alias expansion, bad tags): input errors all
    // point at the first alias: that is where the expansion starts
    let at = 0;
    visit(doc, {
      Alias(_, node) {
        at = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return {
      claims: [],
      idPlaces: [],
      entities: [],
      errors: [
        err(
          'YAML_SYNTAX',
          place(at, 1),
          firstLine(String((e as Error)?.message ?? e)),
          /alias/i.test(String((e as Error)?.message)) ? 'remove the YAML aliases (*name) that expand the document; write the values out' : 'fix the YAML here',
        ),
      ],
    };
  }
  if (data === null || data === undefined) {
    return {
      claims: [],
      idPlaces: [],
      entities: [],
      errors: [err('MISSING_FIELD', place(0), 'claim file is empty', 'add a `claims:` list, or delete the file')],
    };
  }
  const parsed = ClaimFileSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return buildFile(parsed.data, null, doc, place, errors);
  const found: InputError[] = [];
  for (const issue of parsed.error.issues) found.push(...issueToErrors(issue, doc, data, place, err));
  // a misspelled required field ("abuot") is one mistake: keep the UNKNOWN_FIELD that
  // suggests it, drop the MISSING_FIELD it causes
  const suggested = new Set(
    found.filter((e) => e.code === 'UNKNOWN_FIELD').map((e) => `${e.message.split(' has no field ')[0]}|${/did you mean "([^"]+)"/.exec(e.hint)?.[1] ?? ''}`),
  );
  for (const e of found) {
    const m = /^(.*) is missing the required field "([^"]+)"$/.exec(e.message);
    if (e.code === 'MISSING_FIELD' && m && suggested.has(`${m[1]}|${m[2]}`)) continue;
    errors.push(e);
  }
  // the claims without a problem are still checked, unless the problem is the file's own (scope, entities, claims list)
  const badClaim = (p: PropertyKey[]) => p[0] === 'claims' && typeof p[1] === 'number';
  const list = (data as { claims?: unknown }).claims;
  if (!Array.isArray(list) || parsed.error.issues.some((i) => !badClaim(i.path))) return { claims: [], idPlaces: [], entities: [], errors };
  const bad = new Set(parsed.error.issues.map((i) => i.path[1] as number));
  const keep = list.map((_, i) => i).filter((i) => !bad.has(i));
  const again = ClaimFileSchema.safeParse({ ...(data as object), claims: keep.map((i) => list[i]) });
  if (!again.success) return { claims: [], idPlaces: [], entities: [], errors };
  return buildFile(again.data, keep, doc, place, errors);
}

/** Claims and entities of a validated file; `indices` maps each claim to its place in the file's list (null: the same). */
function buildFile(f: ClaimFile, indices: number[] | null, doc: Document, place: PlaceFn, errors: InputError[]): FileResult {
  const file = place(0).file;
  const claims: LoadedClaim[] = f.claims.map((c, j) => {
    const i = indices ? (indices[j] as number) : j;
    const at = nodePlace(doc, ['claims', i], place);
    const expectSources: Record<string, Place> = {};
    if (typeof c.expect === 'object' && c.expect.sources) {
      for (const sid of Object.keys(c.expect.sources)) {
        expectSources[sid] = keyPlace(doc, ['claims', i, 'expect', 'sources'], sid, place) ?? at;
      }
    }
    return { ...c, file, line: at.line, column: at.column, ...(f.scope ? { scope: f.scope } : {}), expectSources };
  });
  const entities: EntityDef[] = Object.entries(f.entities ?? {}).map(([name, def]) => ({
    name,
    ...(def ?? {}),
    place: keyPlace(doc, ['entities'], name, place) ?? place(0),
  }));
  const idPlaces = f.claims.map((_, j) => nodePlace(doc, ['claims', indices ? (indices[j] as number) : j, 'id'], place));
  const out: FileResult = { claims, idPlaces, entities, errors };
  if (!f.claims.length && !indices) out.empty = keyPlace(doc, [], 'claims', place) ?? place(0);
  return out;
}

function tooComplex(file: string, text: string, offset: number): InputError {
  const p = position(text, offset);
  return {
    code: 'YAML_SYNTAX',
    file,
    line: p.line,
    column: p.column,
    message: `the YAML nests deeper than ${MAX_DEPTH} levels`,
    hint: 'flatten the document: claim files need only a few levels (claims → claim → about)',
    source: text,
  };
}

type PlaceFn = (offset: number, length?: number) => Place;
type ErrFn = (code: ErrorCode, at: Place, message: string, hint: string) => InputError;

function nodePlace(doc: Document, path: (string | number)[], place: PlaceFn): Place {
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as YamlNode | null;
    if (node?.range) return place(node.range[0], isScalar(node) ? node.range[1] - node.range[0] : 1);
  }
  return place(0);
}

function keyPlace(doc: Document, mapPath: (string | number)[], key: string, place: PlaceFn): Place | undefined {
  const map = mapPath.length ? doc.getIn(mapPath, true) : doc.contents;
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    const k = pair.key;
    if (isScalar(k) && String(k.value) === key && k.range) return place(k.range[0], k.range[1] - k.range[0]);
  }
  return undefined;
}

/** "a claim", "an entity", "a claim file": what a map of that kind is called in a fix line. */
function ofWhat(kind: string): string {
  if (kind === 'file') return 'a claim file';
  if (kind === 'map') return 'this map';
  if (kind === 'published') return 'scope.published';
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

/** Which kind of map a path points at, for field names and did-you-mean. */
function mapKind(path: PropertyKey[]): string {
  if (path.length === 0) return 'file';
  const [a, , c, d] = path;
  if (a === 'claims' && path.length === 2) return 'claim';
  if (a === 'claims' && path.length === 3 && (c === 'value' || c === 'expect')) return String(c);
  if (a === 'entities' && path.length === 2) return 'entity';
  if (a === 'scope' && path.length === 1) return 'scope';
  if (a === 'scope' && path[1] === 'published') return 'published';
  void d;
  return 'map';
}

function subject(path: PropertyKey[], data: unknown): string {
  if (path[0] === 'claims' && typeof path[1] === 'number') {
    const c = (data as { claims?: unknown[] }).claims?.[path[1]] as { id?: unknown } | undefined;
    return typeof c?.id === 'string' ? `claim "${c.id}"` : `claim #${path[1] + 1}`;
  }
  if (path[0] === 'entities' && path[1] !== undefined) return `entity "${String(path[1])}"`;
  if (path[0] === 'scope') return 'scope';
  return 'claim file';
}

function fieldName(path: PropertyKey[]): string {
  // under a claim or an entity, name the field relative to it ("value.date"), else from the top
  const rest = (path[0] === 'claims' && typeof path[1] === 'number') || (path[0] === 'entities' && path.length > 1) ? path.slice(2) : path;
  return (
    rest
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '') || 'it'
  );
}

export function didYouMean(word: string, options: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const o of options) {
    const d = distance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) {
      best = o;
      bestD = d;
    }
  }
  return best;
}

function issueToErrors(issue: z.core.$ZodIssue, doc: Document, data: unknown, place: PlaceFn, err: ErrFn): InputError[] {
  const path = issue.path as (string | number)[];
  const who = subject(path, data);
  if (issue.code === 'unrecognized_keys') {
    const kind = mapKind(path);
    const known = KNOWN_KEYS[kind] ?? [];
    return issue.keys.map((k) => {
      const at = keyPlace(doc, path, k, place) ?? nodePlace(doc, path, place);
      const guess = didYouMean(k, known);
      return err(
        'UNKNOWN_FIELD',
        at,
        `${who} has no field "${k}"${path.length > 2 ? ` in ${fieldName(path)}` : ''}`,
        `${guess ? `did you mean "${guess}"? ` : 'remove it or rename it; '}the fields of ${ofWhat(kind)} are ${known.join(', ')}`,
      );
    });
  }
  const input = (issue as { input?: unknown }).input;
  const field = fieldName(path);
  if (issue.code === 'invalid_type' && input === undefined) {
    const parentPath = path.slice(0, -1);
    const at = nodePlace(doc, parentPath, place);
    const name = String(path[path.length - 1]);
    return [err('MISSING_FIELD', at, `${who} is missing the required field "${name}"`, missingHint(name))];
  }
  // a union (expect: a word or a map) failed every branch: report the branch that fits the input's type
  const branches = issue.code === 'invalid_union' ? (issue as { errors?: z.core.$ZodIssue[][] }).errors : undefined;
  if (branches && input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const fits = branches.find((b) => b.length && !b.some((i) => i.path.length === 0 && i.code !== 'unrecognized_keys'));
    if (fits)
      return fits.flatMap((sub) => issueToErrors({ ...sub, path: [...path, ...sub.path], input: sub.input } as z.core.$ZodIssue, doc, data, place, err));
  }
  const at = nodePlace(doc, path, place);
  const params = (issue as { params?: { code?: ErrorCode } }).params;
  if (issue.code === 'custom' || issue.code === 'too_small' || issue.code === 'invalid_format') {
    const code = params?.code ?? 'INVALID_VALUE';
    return [err(code, at, `${who}: ${field} ${issue.message}`, hintFor(path, code))];
  }
  if (issue.code === 'invalid_union' || issue.code === 'invalid_value' || issue.code === 'invalid_type') {
    return [err('INVALID_VALUE', at, `${who}: ${field} ${describeExpected(path, input)}`, guessFor(path, input) + hintFor(path, 'INVALID_VALUE'))];
  }
  return [err('SCHEMA', at, `${who}: ${field}: ${issue.message}`, hintFor(path, 'SCHEMA'))];
}

function show(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  return JSON.stringify(v);
}

function describeExpected(path: PropertyKey[], input: unknown): string {
  const last = path[path.length - 1];
  if (path.length === 0) return `is ${show(input)}; expected a map with a \`claims:\` list`;
  const inExpect = path.includes('expect');
  if (inExpect && path.includes('sources')) return `is ${show(input)}; expected supported, contradicted, mixed or absent`;
  if (inExpect && typeof last === 'string' && last !== 'expect') return `is ${show(input)}; expected a whole number or a comparison such as ">= 1"`;
  if (last === 'expect') return `is ${show(input)}; expected supported, contradicted, mixed, absent, or a map of counts and sources`;
  if (path.includes('about') || path.includes('mentions')) return `is ${show(input)}; expected a term or a list of alternative terms`;
  if (last === 'negated') return `is ${show(input)}; expected true or false`;
  if (last === 'number') return `is ${show(input)}; expected a number`;
  if (last === 'date') return `is ${show(input)}; expected a date such as 2025-08-15, 2025-08 or 2025`;
  if (last === 'claims' || last === 'rivals' || last === 'except' || last === 'aliases') return `is ${show(input)}; expected a list`;
  if (path[0] === 'claims' && path.length === 2) return `is ${show(input)}; expected a map with id, claim and about`;
  if (path[0] === 'entities' && path.length === 2) return `is ${show(input)}; expected a map with aliases and/or within`;
  if (typeof last === 'number') return `is ${show(input)}; expected text`;
  return `is ${show(input)}; expected ${last === 'value' || last === 'scope' || last === 'entities' ? 'a map' : 'text'}`;
}

const VERDICT_WORDS = ['supported', 'contradicted', 'mixed', 'absent'];

/** "did you mean ...? " for a misspelled verdict word, else ''. */
function guessFor(path: PropertyKey[], input: unknown): string {
  if (typeof input !== 'string' || !path.includes('expect')) return '';
  const last = path[path.length - 1];
  if (last !== 'expect' && !path.includes('sources')) return '';
  const guess = didYouMean(input, VERDICT_WORDS);
  return guess ? `did you mean "${guess}"? ` : '';
}

function missingHint(name: string): string {
  switch (name) {
    case 'id':
      return 'add `id: some-claim-id` (a-z, 0-9 and hyphens), unique across claim files';
    case 'claim':
      return 'add `claim: <the sentence a reviewer reads>`';
    case 'about':
      return 'add `about: [term, [alternative, terms]]`: what a sentence must mention';
    case 'claims':
      return 'add a `claims:` list';
    default:
      return `add the field "${name}"`;
  }
}

function hintFor(path: PropertyKey[], code: ErrorCode): string {
  const last = path[path.length - 1];
  if (code === 'INVALID_DATE') return 'write a real date as YYYY-MM-DD, YYYY-MM or YYYY (for example 2025-08-15)';
  if (path.length === 0) return 'start the file with `claims:` and a list of claims (see docs/errors.md)';
  if (last === 'id') return 'use lower-case letters, digits and hyphens, for example `summit-date`';
  if (last === 'claim') return 'write the claim as one line of text, for example `claim: Trump and Putin meet on August 15, 2025`';
  if (last === 'negated') return 'write `negated: true` or `negated: false`';
  if (path.includes('value'))
    return 'write exactly one of `date: 2025-08-15`, `number: 3` (or a comparison: ">= 3000", "~ 144", "100..200"; with optional `unit: hour`) or `entity: Alaska`';
  if (last === 'as_of') return 'remove `as_of`, or give the claim a `value: { number: N }` whose figure holds on that day';
  if (last === 'when') return "write when the claim's event happened as YYYY, YYYY-MM or YYYY-MM-DD";
  if (path.includes('expect') && path.includes('sources'))
    return 'write one of supported, contradicted, mixed or absent for each source, for example `sources: { s1: absent }`';
  if (path.includes('expect'))
    return 'write `expect:` one of supported, contradicted, mixed or absent, or a map of counts and sources such as `{ supported: ">= 1", sources: { s1: absent } }`';
  if (path.includes('about') || path.includes('mentions')) return 'write `about: [term, [alternative, terms]]` with non-empty terms';
  if (path.includes('rivals') || path.includes('except') || path.includes('aliases'))
    return `write \`${String(path.find((p) => p === 'rivals' || p === 'except' || p === 'aliases'))}: [name, other name]\``;
  if (path[0] === 'entities') return 'write `Name: { aliases: [other name], within: Place }`';
  if (path[0] === 'scope') return 'write `scope: { mentions: [term], published: { from: 2025-08-01, to: 2025-08-31 } }`';
  if (path[0] === 'claims' && path.length <= 2) return 'write each claim as a map: `- id: ...`, `claim: ...`, `about: [...]`';
  return 'see the claim-file format in README.md';
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'remove or rename the repeated key';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation and the brackets or quotes around this place';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'write each field as `key: value`, with ": " after the key; put text holding ": " in quotes';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'put text holding ": " in quotes, for example `claim: "Trump says: yes"`';
    default:
      return 'fix the YAML syntax here (a linter such as `yamllint` shows more)';
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
