/** The entity kind: a person, place or thing the claim names, with the places within it and its rivals. */
import type { Token } from '../../text/normalize.js';
import { compileEntityValue, type EntityValue, findEntities } from '../entity.js';
import type { Mention, ValueKind } from '../mention.js';

export interface EntityKindValue {
  kind: 'entity';
  entity: EntityValue;
}

export const ENTITY_KIND: ValueKind<EntityKindValue> = {
  kind: 'entity',
  compile: (c, reg) => (c.value?.entity === undefined ? undefined : { kind: 'entity', entity: compileEntityValue(c.value.entity, c.rivals ?? [], reg) }),
  find: (v, { a, inTerms }) => {
    const out: Mention[] = [];
    for (const e of findEntities(a.tokens, v.entity)) {
      // the value is the claim's term itself ("Alaska" for about [Alaska]); "third-largest" for about [largest] is a value
      let inside = true;
      for (let i = e.tokFrom; i < e.tokTo; i++) if (!inTerms[i]) inside = false;
      if (inside) continue;
      const s = (a.tokens[e.tokFrom] as Token).start;
      const en = (a.tokens[e.tokTo - 1] as Token).end;
      out.push({ tokFrom: e.tokFrom, tokTo: e.tokTo, start: s, end: en, kind: 'entity', value: e.label, relation: e.relation, fuzzy: e.fuzzy });
    }
    return out;
  },
  label: (v) => `entity "${v.entity.label}"`,
  describe: (v) => v.entity.matchers.map((m) => `  value:   ${m.relation.padEnd(8)} ${m.m.alts.map((a) => a.text).join(' | ')}`),
};
