import type { DraftValue } from './propose.js';

/** A drafted claim, before and after the engine has pinned its verdicts. */
export interface DraftClaim {
  id: string;
  claim: string;
  about: string[];
  value: DraftValue;
  /** The source the claim was drafted from. */
  source: string;
  /** Source id and sentence index: the order of the file. */
  order: [string, number];
  aliases: string[];
  /** Pinned verdicts per source (the engine's). */
  expect?: Record<string, string>;
  /** Who says what, when sources give different values for the claim's slot. */
  says?: string[];
}

export interface DraftEntity {
  name: string;
  aliases: string[];
}

// JSON strings are YAML double-quoted scalars: safe for any text, and the same bytes every time
const q = (s: string) => JSON.stringify(s);
const key = (s: string) => (/^[A-Za-z0-9_-]+$/.test(s) ? s : q(s));

function valueYaml(v: DraftValue): string {
  if ('date' in v) return `{ date: ${q(v.date)} }`;
  if ('entity' in v) return `{ entity: ${q(v.entity)} }`;
  const n = typeof v.number === 'number' ? String(v.number) : q(v.number);
  return `{ number: ${n}${v.unit ? `, unit: ${q(v.unit)}` : ''} }`;
}

function expectYaml(e: Record<string, string>): string {
  const ids = Object.keys(e).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{ sources: { ${ids.map((s) => `${key(s)}: ${e[s]}`).join(', ')} } }`;
}

/** The text of a claim file: schema line, entities, claims; stable in order and bytes. */
export function renderClaimFile(claims: DraftClaim[], opts: { schema: string; sources: number; entities?: DraftEntity[] }): string {
  const lines = [
    `# yaml-language-server: $schema=${opts.schema}`,
    `# Drafted by \`corroborate draft\` from ${opts.sources} source${opts.sources === 1 ? '' : 's'}: ${claims.length} claim${claims.length === 1 ? '' : 's'}.`,
    '# Every verdict pinned below is what the engine reads today; review each claim before relying on it.',
  ];
  if (opts.entities?.length) {
    lines.push('', 'entities:');
    for (const e of opts.entities) lines.push(`  ${q(e.name)}: {${e.aliases.length ? ` aliases: [${e.aliases.map(q).join(', ')}] ` : ''}}`);
  }
  lines.push('', 'claims:');
  if (!claims.length) lines[lines.length - 1] = 'claims: []';
  for (const c of claims) {
    lines.push(`  - id: ${c.id}`);
    for (const s of c.says ?? []) lines.push(`    # ${s.replace(/\s+/g, ' ')}`);
    lines.push(`    claim: ${q(c.claim.replace(/\s+/g, ' '))}`, `    about: [${c.about.map(q).join(', ')}]`, `    value: ${valueYaml(c.value)}`);
    if (c.expect) lines.push(`    expect: ${expectYaml(c.expect)}`);
  }
  return `${lines.join('\n')}\n`;
}
