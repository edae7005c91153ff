// Writes the two demo PDFs of this folder: one page each, Helvetica, German text.
// Run from this folder: node make-pdfs.mjs
import { writeFileSync } from 'node:fs';

const DOCUMENTS = {
  'checkliste-informationssicherheit.pdf': {
    title: 'Checkliste: Informationssicherheit in kleinen Verwaltungen',
    lines: [
      ['h', 'Organisation'],
      ['p', '[ ] Es gibt eine benannte Person für Informationssicherheit.'],
      ['p', '[ ] Ein Notfallplan liegt ausgedruckt vor und ist bekannt.'],
      ['p', '[ ] Mitarbeitende werden einmal im Jahr geschult.'],
      ['h', 'Technik'],
      ['p', '[ ] Sicherungen werden täglich erstellt und regelmäßig zurückgespielt.'],
      ['p', '[ ] Mindestens eine Sicherung liegt getrennt vom Netz.'],
      ['p', '[ ] Updates werden zeitnah eingespielt.'],
      ['p', '[ ] Konten für die Administration sind von Arbeitskonten getrennt.'],
      ['p', '[ ] Der Zugang von außen ist mit einem zweiten Faktor geschützt.'],
      ['h', 'Im Ernstfall'],
      ['p', '1. Gerät vom Netz trennen (die Person, die es bemerkt)'],
      ['p', '2. Verantwortliche informieren (IT-Ansprechperson)'],
      ['p', '3. Meldung an die Landesbehörde (Verwaltungsleitung)'],
      ['s', 'Digitale Kommune - Demo-Dokument, frei verwendbar.'],
    ],
  },
  'mustervorlage-ratsbeschluss-digitalstrategie.pdf': {
    title: 'Mustervorlage: Ratsbeschluss zur Digitalstrategie',
    lines: [
      ['h', 'Beschlussvorschlag'],
      ['p', 'Der Rat der Gemeinde [Name] beschließt die als Anlage beigefügte'],
      ['p', 'Digitalstrategie. Die Verwaltung wird beauftragt, die Maßnahmen'],
      ['p', 'umzusetzen und dem Rat jährlich zu berichten.'],
      ['h', 'Begründung'],
      ['p', 'Die Gemeinde will ihre Leistungen für Bürgerinnen, Bürger und'],
      ['p', 'Unternehmen einfacher zugänglich machen. Die Strategie wurde in'],
      ['p', '[Zeitraum] unter Beteiligung von [Gruppen] erarbeitet.'],
      ['h', 'Finanzielle Auswirkungen'],
      ['p', '[Jahr 1]: [Betrag] Euro, Haushaltsstelle [Stelle]'],
      ['p', '[Jahr 2]: [Betrag] Euro, Haushaltsstelle [Stelle]'],
      ['h', 'Anlagen'],
      ['p', '1. Digitalstrategie der Gemeinde [Name]'],
      ['p', '2. Ergebnisse der Bürgerbefragung'],
      ['s', 'Digitale Kommune - Demo-Dokument, frei verwendbar.'],
    ],
  },
};

// PDF strings in WinAnsiEncoding: Latin-1 covers the umlauts and ß; ( ) \ are escaped.
const pdfString = (text) => `(${text.replace(/[\\()]/g, '\\$&')})`;

function content(doc) {
  const ops = ['BT', '/F2 18 Tf', '56 780 Td', `${pdfString(doc.title)} Tj`, '/F1 11 Tf'];
  for (const [kind, text] of doc.lines) {
    if (kind === 'h') ops.push('0 -30 Td', '/F2 13 Tf', `${pdfString(text)} Tj`, '/F1 11 Tf');
    else if (kind === 's') ops.push('0 -40 Td', '/F1 9 Tf', `${pdfString(text)} Tj`);
    else ops.push('0 -17 Td', `${pdfString(text)} Tj`);
  }
  ops.push('ET');
  return ops.join('\n');
}

function pdf(doc) {
  const stream = Buffer.from(content(doc), 'latin1');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /Lang (de-DE) >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    null,
    `<< /Title ${pdfString(doc.title)} /Producer (Digitale Kommune) >>`,
  ];
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    const chunk =
      body === null
        ? Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Length ${stream.length} >>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream\nendobj\n', 'latin1')])
        : Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
    offsets.push(length);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

for (const [name, doc] of Object.entries(DOCUMENTS)) writeFileSync(name, pdf(doc));
