import { z } from 'zod';
import { parseClaimNumber } from '../values/number.js';

/** Verdict words, as written in `expect`. */
export const VerdictSchema = z.enum(['supported', 'contradicted', 'mixed', 'absent']);

const Term = z.string().trim().min(1, 'is empty; write at least one word');

/** An `about` item: one term, or a list of alternative terms. */
export const AboutItemSchema = z.union([Term, z.array(Term).min(1, 'is an empty list; give at least one alternative')]);

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a real date written YYYY, YYYY-MM or YYYY-MM-DD. */
export function isPartialIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  if (m[2] === undefined) return true;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** A date value: YYYY-MM-DD, YYYY-MM or YYYY (a bare year may be written as a number). */
export const DateValueSchema = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .refine(isPartialIsoDate, { message: 'is not a real date in the form YYYY-MM-DD, YYYY-MM or YYYY', params: { code: 'INVALID_DATE' } });

const DaySchema = z
  .union([z.string(), z.number()])
  .transform((v) => String(v))
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isPartialIsoDate(s), {
    message: 'is not a real date in the form YYYY-MM-DD',
    params: { code: 'INVALID_DATE' },
  });

/** A number value: 89, or a comparison or range such as ">= 3000", "~ 144", "100..200" (section 6). */
export const NumberValueSchema = z.union([z.number().finite(), z.string()]).refine((v) => parseClaimNumber(v) !== undefined, {
  message: 'is not a number or a comparison; write 89, ">= 3000", "> 3000", "<= 50", "< 50", "~ 144" or "100..200"',
  params: { code: 'INVALID_VALUE' },
});

export const ValueSchema = z
  .strictObject({
    date: DateValueSchema.optional(),
    number: NumberValueSchema.optional(),
    unit: Term.optional(),
    entity: Term.optional(),
  })
  .superRefine((v, ctx) => {
    const kinds = (['date', 'number', 'entity'] as const).filter((k) => v[k] !== undefined);
    if (kinds.length === 0) ctx.addIssue({ code: 'custom', message: 'needs one of date, number or entity', params: { code: 'MISSING_FIELD' } });
    if (kinds.length > 1)
      ctx.addIssue({ code: 'custom', message: `has ${kinds.join(' and ')}; a claim carries at most one typed value`, params: { code: 'INVALID_VALUE' } });
    if (v.unit !== undefined && v.number === undefined)
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'goes only with `number`', params: { code: 'INVALID_VALUE' } });
  });

const CountSchema = z.union([
  z.number().int().nonnegative(),
  z.string().regex(/^\s*(>=|<=|>|<)\s*\d+\s*$/, 'is not a whole number or a comparison such as ">= 1"'),
]);

export const ExpectObjectSchema = z.strictObject({
  supported: CountSchema.optional(),
  contradicted: CountSchema.optional(),
  mixed: CountSchema.optional(),
  absent: CountSchema.optional(),
  sources: z.record(z.string(), VerdictSchema).optional(),
});

export const ExpectSchema = z.union([VerdictSchema, ExpectObjectSchema]);

export const ClaimSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'may use only a-z, 0-9 and single hyphens'),
    claim: z.string().trim().min(1, 'is empty; write the claim a reviewer reads'),
    about: z.array(AboutItemSchema).min(1, 'is empty; list at least one term'),
    value: ValueSchema.optional(),
    negated: z.boolean().optional(),
    rivals: z.array(Term).optional(),
    except: z.array(Term).optional(),
    when: DateValueSchema.optional(),
    as_of: DaySchema.optional(),
    expect: ExpectSchema.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.as_of !== undefined && c.value?.number === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['as_of'],
        message: 'goes only with a `number` value: it says on which day the figure holds',
        params: { code: 'INVALID_VALUE' },
      });
  });

export const EntitySchema = z
  .strictObject({
    aliases: z.array(Term).optional(),
    within: Term.optional(),
  })
  .nullable();

export const ScopeSchema = z.strictObject({
  mentions: z.array(AboutItemSchema).optional(),
  published: z.strictObject({ from: DaySchema.optional(), to: DaySchema.optional() }).optional(),
});

/** A claim file: optional `scope` and `entities`, and a list of `claims`. */
export const ClaimFileSchema = z.strictObject({
  $schema: z.string().optional(),
  scope: ScopeSchema.optional(),
  entities: z.record(z.string(), EntitySchema).optional(),
  claims: z.array(ClaimSchema),
});

export type Claim = z.infer<typeof ClaimSchema>;
export type Entity = NonNullable<z.infer<typeof EntitySchema>>;
export type Scope = z.infer<typeof ScopeSchema>;
export type ClaimFile = z.infer<typeof ClaimFileSchema>;
export type Expect = z.infer<typeof ExpectSchema>;
export type AboutItem = z.infer<typeof AboutItemSchema>;

/** The fields each kind of map accepts, for did-you-mean hints. */
export const KNOWN_KEYS: Record<string, string[]> = {
  file: Object.keys(ClaimFileSchema.shape),
  claim: Object.keys(ClaimSchema.shape),
  value: ['date', 'number', 'unit', 'entity'],
  expect: Object.keys(ExpectObjectSchema.shape),
  entity: ['aliases', 'within'],
  scope: Object.keys(ScopeSchema.shape),
  published: ['from', 'to'],
};

/** JSON Schema of claim files, for editors (`# yaml-language-server: $schema=...`). */
export function claimFileJsonSchema(): unknown {
  return z.toJSONSchema(ClaimFileSchema, { io: 'input', unrepresentable: 'any' });
}
