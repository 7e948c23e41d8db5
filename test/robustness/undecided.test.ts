// Section 6, "Say why": when no source decides a claim, every report says which case it is.
import { afterAll, describe, expect, test } from 'vitest';
import { cleanup, cli, put, tempDir } from './helpers.js';

afterAll(cleanup);

function desk(): string {
  const dir = tempDir('corroborate-why-');
  put(
    dir,
    'corpus/a.txt',
    '---\nid: a\npublished: 2021-03-10\n---\nThe mayor praised the bridge, following remarks from the governor on Monday.\nThe bridge was busy.\n',
  );
  put(
    dir,
    'claims/c.yaml',
    [
      'claims:',
      '  - id: bridge-opened-2020',
      '    claim: The bridge opened in 2020',
      '    about: [bridge, mayor]',
      '    value: { date: 2020 }',
      '    expect: absent',
      '  - id: tunnel-opened-2020',
      '    claim: The tunnel opened in 2020',
      '    about: [tunnel]',
      '    value: { date: 2020 }',
      '    expect: absent',
      '',
    ].join('\n'),
  );
  return dir;
}

describe('why nothing decided a claim', () => {
  test('JSON: sentences that mention every about item, and why each was set aside', async () => {
    const r = await cli(desk(), ['check', '--format', 'json']);
    expect(r.code).toBe(0);
    const claims = JSON.parse(r.stdout).claims as { id: string; undecided?: { mentioning: number; setAside: Record<string, number> } }[];
    const bridge = claims.find((c) => c.id === 'bridge-opened-2020');
    expect(bridge?.undecided?.mentioning).toBe(1);
    expect(Object.values(bridge?.undecided?.setAside ?? {}).reduce((x, y) => x + y, 0)).toBe(1);
    expect(claims.find((c) => c.id === 'tunnel-opened-2020')?.undecided).toEqual({ mentioning: 0, setAside: {} });
  });

  test('text: the two cases read differently', async () => {
    const dir = desk();
    put(dir, 'claims/c.yaml', (await import('node:fs')).readFileSync(`${dir}/claims/c.yaml`, 'utf8').replaceAll('expect: absent', 'expect: supported'));
    const r = await cli(dir, ['check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 sentence mention every `about` item, but none decides it: 1 /);
    expect(r.stdout).toMatch(/no sentence in any source mentions every `about` item \(check `about` and `scope`\)/);
  });
});
