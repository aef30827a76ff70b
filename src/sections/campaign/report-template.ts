// A plan's report template as a Word document (DOCX, which LibreOffice, Word and WPS open): the
// national heading, a notice that this is the site's model and where the plan stands as of the
// content's date, the deadlines and recipients the plan sets, the tasks it assigns and a row per
// activity with a blank "results" cell to fill in. Pure: plan data and words in, bytes out, and
// the same input gives the same bytes (fixed dates in the document properties and the ZIP).
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';

export interface ReportActivity {
  group: string;
  what: string;
  /** Lead and partners, as names. */
  lead: string;
  partners: string[];
  timing?: string | undefined;
  /** Already formatted ("50.000.000 đ"). */
  budget?: string | undefined;
  /** Asked of a body the plan cannot instruct ("Đề nghị"). */
  requested: boolean;
}

export interface ReportInput {
  lang: string;
  /** Document properties. */
  title: string;
  creator: string;
  /** The fixed date of the document's properties and ZIP entries: the content's date. */
  date: Date;
  words: {
    motto: string;
    mottoLine: string;
    reporter: string;
    placeDate: string;
    heading: string;
    subject: string;
    planTitle: string;
    notice: string;
    /** Where the plan stands as of the content's date: ended, and every deadline past. */
    status: string;
    changes?: { heading: string; text: string } | undefined;
    instructions: string;
    addressee: string;
    preparedBy: string;
    deadlines: string;
    duties: string;
    activities: string;
    number: string;
    activity: string;
    result: string;
    difficulties: string;
    proposals: string;
    signPreparer: string;
    signHead: string;
    signNote: string;
    requested: string;
    lead: string;
    partners: string;
    timing: string;
    budget: string;
    source: string;
    madeBy: string;
  };
  /** "15/06/2021 (Đã qua hạn) – Sở …: Báo cáo …" */
  deadlines: string[];
  duties: { agency: string; requested: boolean; items: string[] }[];
  activities: ReportActivity[];
  sources: string[];
}

const FONT = 'Times New Roman';
const thin = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: thin, bottom: thin, left: thin, right: thin };
const p = (
  text: string,
  opts: { bold?: boolean; italics?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number; after?: number } = {},
) =>
  new Paragraph({
    alignment: opts.align,
    spacing: { after: opts.after ?? 80 },
    children: [new TextRun({ text, bold: opts.bold ?? false, italics: opts.italics ?? false, ...(opts.size ? { size: opts.size } : {}) })],
  });
const blankLines = (n: number) => Array.from({ length: n }, () => p('……………………………………………………………………………………………………………………', { after: 120 }));

/** A two-column table: what the plan says on the left, a blank cell to fill in on the right. */
function fillTable(header: [string, string], rows: Paragraph[][]): Table {
  const cell = (children: Paragraph[], width: number, shaded = false) =>
    new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE }, borders, ...(shaded ? { shading: { fill: 'EEEEEE' } } : {}) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell([p(header[0], { bold: true })], 62, true), cell([p(header[1], { bold: true })], 38, true)] }),
      // A row never breaks across pages, so an activity reads in one piece, on paper and in text.
      ...rows.map((r) => new TableRow({ cantSplit: true, children: [cell(r, 62), cell([p('')], 38)] })),
    ],
  });
}

export function reportDocument(input: ReportInput): Document {
  const w = input.words;
  const activityRows = input.activities.map((a, i) => [
    p(`${w.number} ${i + 1}`, { bold: true, size: 22, after: 0 }),
    p(a.group, { italics: true, size: 22, after: 40 }),
    p(a.what, { after: 40 }),
    ...(a.requested ? [p(w.requested, { italics: true, size: 22, after: 40 })] : []),
    p(`${w.lead}: ${a.lead}${a.partners.length ? `; ${w.partners}: ${a.partners.join(', ')}` : ''}`, { size: 22, after: 40 }),
    ...(a.timing ? [p(`${w.timing}: ${a.timing}`, { size: 22, after: 40 })] : []),
    ...(a.budget ? [p(`${w.budget}: ${a.budget}`, { size: 22, after: 40 })] : []),
  ]);
  // One row per body: its name, then each of its tasks.
  const dutyRows = input.duties.map((d) => [
    p(`${d.agency}${d.requested ? ` – ${w.requested}` : ''}`, { bold: true, size: 22, after: 40 }),
    ...d.items.map((item) => p(`– ${item}`, { after: 40 })),
  ]);
  const children = [
    p(w.motto, { bold: true, align: AlignmentType.CENTER, after: 0 }),
    p(w.mottoLine, { bold: true, align: AlignmentType.CENTER, after: 200 }),
    p(w.reporter, { after: 40 }),
    p(w.placeDate, { italics: true, align: AlignmentType.RIGHT, after: 240 }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 60 },
      children: [new TextRun({ text: w.heading, bold: true, size: 32 })],
    }),
    p(w.subject, { bold: true, align: AlignmentType.CENTER, after: 40 }),
    p(w.planTitle, { italics: true, align: AlignmentType.CENTER, after: 240 }),
    new Paragraph({
      spacing: { after: 160 },
      border: { top: thin, bottom: thin, left: thin, right: thin },
      shading: { fill: 'FFF4D6' },
      children: [new TextRun({ text: w.status, bold: true }), new TextRun({ text: ` ${w.notice}` })],
    }),
    ...(w.changes ? [p(w.changes.heading, { bold: true, after: 40 }), p(w.changes.text, { size: 22, after: 160 })] : []),
    p(w.instructions, { italics: true, after: 160 }),
    p(w.addressee, { after: 40 }),
    p(w.preparedBy, { after: 200 }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 120, after: 80 }, children: [new TextRun({ text: w.deadlines, bold: true })] }),
    ...input.deadlines.map((d) => p(`– ${d}`, { after: 60 })),
    new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 80 }, children: [new TextRun({ text: w.duties, bold: true })] }),
    fillTable([w.duties.replace(/^[IVX]+\.\s*/, ''), w.result], dutyRows),
    new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 80 }, children: [new TextRun({ text: w.activities, bold: true })] }),
    fillTable([w.activity, w.result], activityRows),
    new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 80 }, children: [new TextRun({ text: w.difficulties, bold: true })] }),
    ...blankLines(3),
    new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 80 }, children: [new TextRun({ text: w.proposals, bold: true })] }),
    ...blankLines(3),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: {
        top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      },
      rows: [
        new TableRow({
          children: [w.signPreparer, w.signHead].map(
            (who) =>
              new TableCell({
                width: { size: 50, type: WidthType.PERCENTAGE },
                children: [
                  p(who, { bold: true, align: AlignmentType.CENTER, after: 0 }),
                  p(w.signNote, { italics: true, align: AlignmentType.CENTER, after: 1200 }),
                ],
              }),
          ),
        }),
      ],
    }),
    new Paragraph({ spacing: { before: 240, after: 40 }, children: [new TextRun({ text: w.source, bold: true, size: 20 })] }),
    ...input.sources.map((s) => p(s, { size: 20, after: 20 })),
    p(w.madeBy, { size: 20, italics: true, after: 0 }),
  ];
  return new Document({
    creator: input.creator,
    lastModifiedBy: input.creator,
    title: input.title,
    description: w.notice,
    styles: { default: { document: { run: { font: FONT, size: 24, language: { value: input.lang === 'vi' ? 'vi-VN' : input.lang } } } } },
    sections: [
      {
        // A4, 2 cm margins (twips: 1 cm = 567).
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } } },
        children,
      },
    ],
  });
}

/** The DOCX's bytes, the same for the same input: fixed dates in docProps/core.xml and in the ZIP's entries. */
export async function reportDocx(input: ReportInput): Promise<Uint8Array> {
  const packed = new Uint8Array(await Packer.toArrayBuffer(reportDocument(input)));
  return fixDates(packed, input.date);
}

/** Rewrites a DOCX with a fixed creation and modification date and fixed ZIP entry times; [Content_Types].xml first. */
export function fixDates(docx: Uint8Array, date: Date): Uint8Array {
  const files = unzipSync(docx);
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = 'docProps/core.xml';
  if (files[core]) {
    const xml = new TextDecoder().decode(files[core]).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`);
    files[core] = new TextEncoder().encode(xml);
  }
  // ZIP times are local wall-clock fields: the content's date at noon, built from its UTC parts so
  // the bytes do not depend on the machine's time zone.
  const mtime = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12, 0, 0);
  const names = Object.keys(files).sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  const tree: Zippable = {};
  for (const name of names) tree[name] = [files[name]!, { level: 6, mtime }];
  return zipSync(tree, { mtime });
}
