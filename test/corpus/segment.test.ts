// Sentence segmentation on the cases news text throws at it; offsets always slice back.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/corpus/segment.js';

const rows: [string, string, string[]][] = [
  ['"U.S." before a name', 'U.S. President Donald Trump arrived. He spoke.', ['U.S. President Donald Trump arrived.', 'He spoke.']],
  ['"U.S." mid-sentence', 'The U.S. special envoy left. Talks ended.', ['The U.S. special envoy left.', 'Talks ended.']],
  ['"Sir" and a title', 'UK Prime Minister Sir Keir Starmer spoke. Merz agreed.', ['UK Prime Minister Sir Keir Starmer spoke.', 'Merz agreed.']],
  [
    '"Aug." abbreviation',
    'The meeting is set for Aug. 15 in Anchorage. It starts at 11 a.m. local time.',
    ['The meeting is set for Aug. 15 in Anchorage.', 'It starts at 11 a.m. local time.'],
  ],
  ['"Mr." before a name', 'He met Mr. Smith on Friday. Then he left.', ['He met Mr. Smith on Friday.', 'Then he left.']],
  [
    'quotes stay with their sentence',
    '“The pressure is working,” Zelensky said. “But the key is details.”',
    ['“The pressure is working,” Zelensky said.', '“But the key is details.”'],
  ],
  [
    'a headline with no final stop is its own sentence',
    'Kremlin confirms summit in Alaska\nThe announcement follows remarks on August 7.',
    ['Kremlin confirms summit in Alaska', 'The announcement follows remarks on August 7.'],
  ],
  ['list lines', 'Delegates:\n- Lavrov\n- Belousov', ['Delegates:', '- Lavrov', '- Belousov']],
  ['CRLF line ends', 'First line.\r\nSecond line.', ['First line.', 'Second line.']],
];

describe('segment', () => {
  test.for(rows)('%s', ([, text, want]) => {
    const got = segment(text);
    expect(got.map((s) => s.text)).toEqual(want);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('an image file name glued to a caption is furniture; the caption stays', () => {
    const text = 'GettyImages-2215762603.jpg Putin could be set to meet Trump. Credit: Getty.';
    const [first] = segment(text);
    expect(first?.text.startsWith('Putin could be set to meet Trump.')).toBe(true);
    expect(first?.prose).toBe(true);
  });

  test('a line without letters is not prose', () => {
    expect(segment('-')[0]?.prose).toBe(false);
  });

  test('line numbers count from the first line given', () => {
    expect(segment('a.\nb.', 7).map((s) => s.line)).toEqual([7, 8]);
  });
});
