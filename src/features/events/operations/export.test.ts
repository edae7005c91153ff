import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import zlib from 'node:zlib';
import { csvCell, neutraliseFormula, toCsv } from '../../../platform/exports/csv.ts';
import { columnName, toXlsx } from '../../../platform/exports/xlsx.ts';
import { unzip } from '../../../platform/testing/unzip.ts';
import { zip } from '../../../platform/exports/zip.ts';

function hasUnzip(): boolean {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const TABLE = {
  title: 'Anmeldungen: Süderbrarup/Heide [2027]',
  header: ['Anmeldenummer', 'Name', 'Frage: Wie geht es?'],
  rows: [
    ['DK-7KQ2-M9', 'Jörg Müßig', '=HYPERLINK("https://evil.example")'],
    ['DK-ABCD-EF', 'A & B <C> "D"', 'Zeile 1\nZeile 2; mit Semikolon'],
    ['DK-GHJK-MN', 'Steuerzeichen\u0001weg', ''],
  ],
};

describe('CSV export', () => {
  it('neutralises formula cells with an apostrophe', () => {
    for (const cell of ['=1+1', '+49 431 0', '-2', '@SUM(A1)', '\t=1', '\r=1']) assert.equal(neutraliseFormula(cell), `'${cell}`);
    for (const cell of ['Kiel', '1+1', 'a=b', '']) assert.equal(neutraliseFormula(cell), cell);
  });

  it('quotes cells with separators, quotes and line breaks', () => {
    assert.equal(csvCell('a;b'), '"a;b"');
    assert.equal(csvCell('Sie sagte "ja"'), '"Sie sagte ""ja"""');
    assert.equal(csvCell('eins\nzwei'), '"eins\nzwei"');
    assert.equal(csvCell('=A1;B1'), `"'=A1;B1"`);
  });

  it('starts with a byte order mark, separates with ; and ends lines with CRLF', () => {
    const csv = toCsv(TABLE);
    assert.ok(csv.startsWith('\ufeffAnmeldenummer;Name;Frage: Wie geht es?\r\n'));
    assert.match(csv, /\r\nDK-7KQ2-M9;Jörg Müßig;"'=HYPERLINK\(""https:\/\/evil.example""\)"\r\n/);
    assert.match(csv, /DK-ABCD-EF;"A & B <C> ""D""";"Zeile 1\nZeile 2; mit Semikolon"\r\n/);
    assert.ok(csv.endsWith('\r\n'));
  });
});

describe('XLSX export', () => {
  it('names columns like a spreadsheet', () => {
    assert.deepEqual([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName), ['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('writes a workbook whose parts unzip with matching checksums and hold every cell as text', () => {
    const file = toXlsx(TABLE, new Date('2027-09-30T15:00:00Z'));
    const parts = unzip(file);
    assert.deepEqual(
      [...parts.keys()],
      ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml'],
    );
    const sheet = parts.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    assert.match(sheet, /<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">Anmeldenummer<\/t><\/is><\/c>/);
    assert.match(sheet, /<c r="B2" t="inlineStr"><is><t xml:space="preserve">Jörg Müßig<\/t><\/is><\/c>/);
    // A formula stays a string: no <f> element, the text as typed.
    assert.doesNotMatch(sheet, /<f>/);
    assert.match(sheet, /<c r="C2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK\(&quot;https:\/\/evil.example&quot;\)<\/t>/);
    assert.match(sheet, /A &amp; B &lt;C&gt; &quot;D&quot;/);
    assert.match(sheet, /Steuerzeichenweg/);
    const workbook = parts.get('xl/workbook.xml')!.toString('utf8');
    // Excel refuses sheet names with / [ ] and longer than 31 characters.
    assert.match(workbook, /<sheet name="Anmeldungen Süderbrarup Heide 2" sheetId="1" r:id="rId1"\/>/);
  });

  it('is a valid ZIP archive for unzip -t', (t) => {
    if (!hasUnzip()) {
      t.skip('unzip is not installed; the archive is read back by the test above');
      return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dk-xlsx-'));
    try {
      const file = path.join(dir, 'anmeldungen.xlsx');
      fs.writeFileSync(file, toXlsx(TABLE));
      const out = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
      assert.match(out, /No errors detected/);
      assert.match(out, /testing: xl\/worksheets\/sheet1\.xml\s+OK/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stores large entries deflated', () => {
    const data = Buffer.from('Digitale Kommune '.repeat(1000));
    const archive = zip([{ name: 'a.txt', data }]);
    assert.ok(archive.length < data.length / 10);
    assert.deepEqual(unzip(archive).get('a.txt'), data);
    assert.equal(zlib.crc32(data), archive.readUInt32LE(14));
  });
});
