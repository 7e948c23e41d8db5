/** The date kind: a day, month or year the claim gives; mentions resolved against the source's publication. */
import { LEX } from '../../lexicon/index.js';
import type { Analysis } from '../../nlp/analyze.js';
import { tokenize } from '../../text/normalize.js';
import { claimDate, compareDate } from '../date.js';
import type { Mention, ValueKind } from '../mention.js';
import type { DateSpec } from './calendar.js';

export interface DateValue {
  kind: 'date';
  spec: DateSpec;
  raw: string;
  /** The claim's wording gives its date as a deadline ("gave X until July 31", "the deadline"): a "by"/"until" date is its value, not a bound. */
  deadline: boolean;
}

/** The claim's wording states a deadline: "until July 31", "by the end of May", "the deadline". */
function deadlineWording(text: string): boolean {
  const toks = tokenize(text);
  const dateAt = (k: number) => !!toks[k] && (toks[k]?.digit || LEX.monthNames.has(toks[k]?.norm ?? ''));
  return toks.some(
    (t, i) => t.norm === 'deadline' || (LEX.deadlineWords.has(t.norm) && (dateAt(i + 1) || (toks[i + 1]?.norm === 'the' && (dateAt(i + 2) || dateAt(i + 4))))),
  );
}

/** The clause opened by "when" right after token `to` (", when ..."), if any. */
function whenClause(a: Analysis, to: number): number | undefined {
  let k = to;
  if (a.tokens[k]?.norm === ',') k++;
  if (a.tokens[k]?.norm !== 'when') return undefined;
  const c = a.clauseOf[Math.min(Math.max(k, 0), a.tokens.length - 1)] ?? 0;
  return a.clauses[c]?.opener === 'when' ? c : undefined;
}

export const DATE_KIND: ValueKind<DateValue> = {
  kind: 'date',
  compile: (c) =>
    c.value?.date === undefined ? undefined : { kind: 'date', spec: claimDate(c.value.date), raw: c.value.date, deadline: deadlineWording(c.claim) },
  find: (v, { a, dates }) =>
    dates().map((d): Mention => {
      // "since 2021, when Biden held a summit": the "when" clause tells what happened then
      const when = whenClause(a, d.tokTo);
      // "must provide the information by July 31": for a deadline claim, a "by"/"until" date is the deadline
      const deadline = v.deadline && d.bound && LEX.deadlineWords.has(a.tokens[d.tokFrom - 1]?.norm ?? '');
      const bound = d.bound && when === undefined && !deadline;
      return {
        tokFrom: d.tokFrom,
        tokTo: d.tokTo,
        start: d.start,
        end: d.end,
        kind: 'date',
        value: d.spec?.label ?? (d.yearless ? `--${d.yearless.month}-${d.yearless.day}` : 'unanchored'),
        relation: bound ? undefined : compareDate(v.spec, { ...d, bound }),
        ...(when !== undefined ? { when } : {}),
        ...(when !== undefined && d.bound ? { earlier: true } : {}),
        ...(d.spec ? { dateTo: d.spec.to } : {}),
        mention: d,
      };
    }),
  label: (v) => `date ${v.raw}`,
  describe: (v) => [`  value:   date ${v.spec.label} (${v.spec.precision})`],
};
