// The resume journal read back: only lines that were durably written count. A line cut off,
// one that does not parse, or one that goes backwards (in index or in any file's end) ends
// what can be trusted; counts and file ends are those of the last trusted line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JournalError, headerLine, itemLine, journalHeader, scanJournal, type JournalItem } from '../src/io/batch/journal.js';

const work = mkdtempSync(path.join(tmpdir(), 'numclaims-journal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const header = headerLine(journalHeader(['in/'], null));
const item = (i: number, end: [number, number, number], counts: Partial<JournalItem> = {}): string => itemLine({ i, s: `in/${i}.html`, a: 1, c: 2, e: 0, end, ...counts });
let files = 0;
const journal = (text: string) => {
  const file = path.join(work, `journal-${files++}.jsonl`);
  writeFileSync(file, text);
  return file;
};

const first = item(0, [100, 200, 0]);
const second = item(1, [210, 420, 0]);

describe('scanJournal', () => {
  // Each row: the journal, then what it says: the last index, inputs done, file ends, and the trusted item lines.
  it.each([
    ['a header only', header, -1, 0, [0, 0, 0], ''],
    ['two items', header + first + second, 1, 2, [210, 420, 0], first + second],
    ['a cut-off last line', header + first + second.slice(0, -5), 0, 1, [100, 200, 0], first],
    ['a whole last line without its line break', header + first + second.slice(0, -1), 0, 1, [100, 200, 0], first],
    ['a line that is not JSON', header + first + '{oops\n' + second, 0, 1, [100, 200, 0], first],
    ['an index that repeats', header + first + item(0, [210, 420, 0]), 0, 1, [100, 200, 0], first],
    ['an index that goes back', header + second + first, 1, 1, [210, 420, 0], second],
    ['one file end that goes back', header + first + item(1, [210, 150, 0]), 0, 1, [100, 200, 0], first],
  ] as const)('%s', async (_name, text, lastIndex, inputs, dataEnd, trusted) => {
    const state = await scanJournal(journal(text));
    expect(state).toMatchObject({ lastIndex, counts: { inputs }, dataEnd, journalEnd: header.length + trusted.length });
  });

  it('adds up the articles, claims and errors of every trusted line', async () => {
    const state = await scanJournal(journal(header + item(0, [10, 0, 5], { a: 0, c: 0, e: 1 }) + item(3, [20, 30, 5], { a: 1, c: 4, e: 0 })));
    expect(state).toMatchObject({ lastIndex: 3, lastSource: 'in/3.html', counts: { inputs: 2, articles: 1, claims: 4, errors: 1 } });
  });

  it('has nothing to say of a missing journal or one whose header line was cut off', async () => {
    expect(await scanJournal(path.join(work, 'none.jsonl'))).toBeNull();
    expect(await scanJournal(journal(header.slice(0, -3)))).toBeNull();
  });

  it('refuses a file that is not a journal, naming it', async () => {
    const file = journal('{"hello":"world"}\n');
    await expect(scanJournal(file)).rejects.toThrow(JournalError);
    await expect(scanJournal(file)).rejects.toThrow(`${file} is not a numclaims journal`);
  });
});
