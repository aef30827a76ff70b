// Turns the PDF Chromium prints into one a print shop can take: TrimBox and BleedBox,
// document metadata and fixed dates, so that the same page gives the same bytes; posters at
// every paper size from one page, with or without crop marks, in RGB or as PDF/X-4 in CMYK.
// Every variant keeps the page objects Chromium made, and with them the structure tree (tags).
import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject, type PDFPage } from 'pdf-lib';
import { mmToPt, type Box } from './paper.ts';
import { markPdfX } from './pdfx.ts';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  lang: string;
  keywords?: string[];
  creator: string;
  /** Creation and modification date: fixed (not the time of the build) for reproducible files. */
  date: Date;
  producer?: string;
}

const PRODUCER = 'Chromium, pdf-lib';

export interface PdfBoxes {
  /** In points from the bottom left; the media box is the whole page as printed. */
  trimBox: Box;
  bleedBox: Box;
}

/**
 * Keywords without repeats, joined with commas: one that another keyword already contains,
 * as whole words, is dropped (the campaign's name already says "Lạng Sơn").
 */
export function keywordList(keywords: readonly string[]): string {
  const norm = (s: string) => ` ${s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()} `;
  return keywords
    .filter((k, i) => norm(k).trim() && !keywords.some((o, j) => j !== i && norm(o).includes(norm(k)) && (norm(o) !== norm(k) || j < i)))
    .map((k) => k.trim())
    .join(', ');
}

function setMeta(doc: PDFDocument, meta: PdfMeta, id: string) {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords([keywordList(meta.keywords ?? [])]);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer ?? PRODUCER);
  doc.setLanguage(meta.lang);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  // The file identifier comes from what the file shows, not from the clock or chance.
  const hex = createHash('md5').update(id).digest('hex');
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(hex), PDFHexString.of(hex)]);
}

function setBoxes(page: PDFPage, boxes: PdfBoxes) {
  const { trimBox: t, bleedBox: b } = boxes;
  page.setBleedBox(b.x, b.y, b.width, b.height);
  page.setTrimBox(t.x, t.y, t.width, t.height);
}

/**
 * Chromium names the structure elements of tagged PDFs (table cells and their headers) after
 * its DOM node counters, which depend on what the browser loaded before: renumber them in
 * order, so the same page gives the same file.
 */
function renumberNodeIds(doc: PDFDocument) {
  const ids = new Map<string, string>();
  const fix = (value: PDFObject): PDFObject | undefined => {
    if (value instanceof PDFString || value instanceof PDFHexString) {
      const text = value.decodeText();
      if (!/^node\d+$/.test(text)) return undefined;
      // Zero-padded, so that byte order (which name trees use) is numeric order.
      if (!ids.has(text)) ids.set(text, `n${String(ids.size + 1).padStart(6, '0')}`);
      return PDFString.of(ids.get(text)!);
    }
    if (value instanceof PDFDict) {
      for (const [key, v] of value.entries()) {
        const renamed = fix(v);
        if (renamed) value.set(key, renamed);
      }
    }
    if (value instanceof PDFArray) {
      value.asArray().forEach((v, i) => {
        const renamed = fix(v);
        if (renamed) value.set(i, renamed);
      });
    }
    return undefined;
  };
  for (const [, obj] of doc.context.enumerateIndirectObjects()) fix(obj);
  // The structure tree's ID name tree was sorted by the old names: sort its entries by the new
  // ones, keeping the leaves (and their sizes) as they are.
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'));
  const tree = root instanceof PDFDict ? root.lookup(PDFName.of('IDTree')) : undefined;
  if (!(tree instanceof PDFDict)) return;
  const leaves: { node: PDFDict; names: PDFArray }[] = [];
  const collect = (node: PDFDict) => {
    const names = node.lookup(PDFName.of('Names'));
    if (names instanceof PDFArray) leaves.push({ node, names });
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) collect(kids.lookup(i) as PDFDict);
  };
  collect(tree);
  const pairs: [string, PDFObject][] = [];
  for (const { names } of leaves) {
    for (let i = 0; i + 1 < names.size(); i += 2) pairs.push([(names.lookup(i) as PDFString).decodeText(), names.get(i + 1)]);
  }
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let at = 0;
  for (const { node, names } of leaves) {
    const mine = pairs.slice(at, at + names.size() / 2);
    at += mine.length;
    node.set(PDFName.of('Names'), doc.context.obj(mine.flatMap(([key, value]) => [PDFString.of(key), value])));
    if (node !== tree && mine.length > 0) node.set(PDFName.of('Limits'), doc.context.obj([PDFString.of(mine[0]![0]), PDFString.of(mine.at(-1)![0])]));
  }
}

/** Chromium's PDF made reproducible: no XMP of its own (dates, IDs), structure IDs renumbered. */
export async function preparePdf(raw: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(raw, { updateMetadata: false });
  doc.catalog.delete(PDFName.of('Metadata'));
  renumberNodeIds(doc);
  return doc.save({ useObjectStreams: false });
}

/**
 * Sets BleedBox (the whole page) and TrimBox (bleedMm inside it) on every page when there is a
 * bleed, metadata and a content-derived file ID; drops any XMP metadata with its own dates and IDs.
 */
export async function finishPdf(bytes: Uint8Array, meta: PdfMeta, bleedMm: number, id: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.catalog.delete(PDFName.of('Metadata'));
  renumberNodeIds(doc);
  if (bleedMm > 0) {
    const inset = mmToPt(bleedMm);
    for (const page of doc.getPages()) {
      const m = page.getMediaBox();
      setBoxes(page, { bleedBox: m, trimBox: { x: m.x + inset, y: m.y + inset, width: m.width - 2 * inset, height: m.height - 2 * inset } });
    }
  }
  setMeta(doc, meta, id);
  return doc.save({ useObjectStreams: false });
}

/** How far the crop-mark page reaches beyond the bleed, and the marks' geometry, in mm. */
export const CROP_MARGIN_MM = 12;
const MARK_GAP_MM = 1;
const MARK_WIDTH_PT = 0.25;

const num = (v: number) => String(Math.round(v * 10000) / 10000);

/** The page's content streams, in order, as references. */
function contentRefs(page: PDFPage): PDFRef[] {
  const contents = page.node.get(PDFName.of('Contents'));
  const resolved = contents instanceof PDFRef ? page.node.context.lookup(contents) : contents;
  if (resolved instanceof PDFArray) return resolved.asArray() as PDFRef[];
  return contents instanceof PDFRef ? [contents] : [];
}

/**
 * Paints the page's content through a matrix (scale, then move), clipped to `clip` (the bleed:
 * a scaled page brings more bleed than the sheet should show), and optionally more on top.
 */
function wrapContent(page: PDFPage, matrix: [number, number, number, number, number, number], clip: Box, after?: string) {
  const ctx = page.node.context;
  const stream = (text: string) => ctx.register(ctx.stream(text));
  const refs = contentRefs(page);
  const identity = matrix[0] === 1 && matrix[3] === 1 && matrix[4] === 0 && matrix[5] === 0;
  const rect = [clip.x, clip.y, clip.width, clip.height].map(num).join(' ');
  const list = identity ? refs : [stream(`q ${rect} re W n ${matrix.map(num).join(' ')} cm\n`), ...refs, stream('\nQ\n')];
  if (after) list.push(stream(after));
  if (list !== refs || after) page.node.set(PDFName.of('Contents'), ctx.obj(list));
  // Links (and any other annotation) move with the content.
  const annots = page.node.lookup(PDFName.of('Annots'));
  if (identity || !(annots instanceof PDFArray)) return;
  const [a, , , d, e, f] = matrix;
  for (let i = 0; i < annots.size(); i++) {
    const annot = annots.lookup(i);
    const rect = annot instanceof PDFDict ? annot.lookup(PDFName.of('Rect')) : undefined;
    if (!(rect instanceof PDFArray) || rect.size() !== 4) continue;
    const [x1, y1, x2, y2] = rect.asArray().map((v) => Number(v.toString()));
    (annot as PDFDict).set(PDFName.of('Rect'), ctx.obj([x1! * a + e, y1! * d + f, x2! * a + e, y2! * d + f]));
    (annot as PDFDict).delete(PDFName.of('QuadPoints'));
  }
}

/** Crop marks at the trim lines, from the sheet's edge to 1 mm outside the bleed, as an artifact (not part of the tagged content). */
function cropMarks(sheet: { width: number; height: number }, trim: Box, bleed: Box, cmyk: boolean, folds: number[] = []): string {
  const gap = mmToPt(MARK_GAP_MM);
  const lines: [number, number, number, number][] = [];
  // Fold marks: dashed, at each fold line, above and below the bleed like the crop marks.
  const foldLines: [number, number, number, number][] = folds.flatMap((mm) => {
    const x = trim.x + mmToPt(mm);
    return [
      [x, 0, x, bleed.y - gap],
      [x, bleed.y + bleed.height + gap, x, sheet.height],
    ] as [number, number, number, number][];
  });
  for (const x of [trim.x, trim.x + trim.width]) {
    lines.push([x, 0, x, bleed.y - gap], [x, bleed.y + bleed.height + gap, x, sheet.height]);
  }
  for (const y of [trim.y, trim.y + trim.height]) {
    lines.push([0, y, bleed.x - gap, y], [bleed.x + bleed.width + gap, y, sheet.width, y]);
  }
  // 100 % K in the press files; black in the RGB ones.
  const colour = cmyk ? '0 0 0 1 K' : '0 0 0 RG';
  return [
    '/Artifact BMC q',
    `${num(MARK_WIDTH_PT)} w 0 J [] 0 d ${colour}`,
    ...lines.map(([x1, y1, x2, y2]) => `${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`),
    ...(foldLines.length ? ['[2 2] 0 d', ...foldLines.map(([x1, y1, x2, y2]) => `${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`)] : []),
    'Q EMC',
    '',
  ].join('\n');
}

export interface SheetOptions {
  /** Trim size of the page the PDF was printed from (its page is trim + 2 × bleed), in mm. */
  masterTrim: { width: number; height: number };
  /** Trim size of the file to make, in mm: the design is scaled by the ratio of the widths. */
  trim: { width: number; height: number };
  bleedMm: number;
  /** Crop marks on a sheet CROP_MARGIN_MM larger on every side. */
  crop: boolean;
  /** The PDF is in press CMYK (cmyk.ts): marks in K, and the file is made PDF/X-4. */
  pdfx: boolean;
  meta: PdfMeta;
  id: string;
  /** Fold lines per page, in mm from the trim's left edge, marked beside the crop marks. */
  folds?: number[][];
}

/**
 * One poster file from a prepared PDF of the design at another size: the page scaled so that
 * the trims' centres meet, MediaBox, BleedBox and TrimBox at the new size with the bleed exactly
 * bleedMm (the larger bleed the scaled page brings is cut away), crop marks if asked.
 */
export async function posterPdf(master: Uint8Array, o: SheetOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.load(master, { updateMetadata: false });
  const b = o.bleedMm;
  const scale = o.trim.width / o.masterTrim.width;
  const page = { width: o.trim.width + 2 * b, height: o.trim.height + 2 * b };
  // Where the scaled master's page starts, relative to the new page (mm): ≤ 0 on both axes, or
  // the scaled design would not reach to the edge of the new bleed.
  const dx = page.width / 2 - scale * (o.masterTrim.width / 2 + b);
  const dy = page.height / 2 - scale * (o.masterTrim.height / 2 + b);
  if (dx > 0.01 || dy > 0.01)
    throw new Error(
      `${o.id}: the ${o.masterTrim.width} × ${o.masterTrim.height} mm design does not cover a ${o.trim.width} × ${o.trim.height} mm page with ${b} mm bleed`,
    );
  const margin = o.crop ? CROP_MARGIN_MM : 0;
  const sheet = { width: mmToPt(page.width + 2 * margin), height: mmToPt(page.height + 2 * margin) };
  const bleedBox = { x: mmToPt(margin), y: mmToPt(margin), width: mmToPt(page.width), height: mmToPt(page.height) };
  const trimBox = { x: mmToPt(margin + b), y: mmToPt(margin + b), width: mmToPt(o.trim.width), height: mmToPt(o.trim.height) };
  for (const [i, p] of doc.getPages().entries()) {
    const marks = o.crop
      ? cropMarks(
          sheet,
          trimBox,
          bleedBox,
          o.pdfx,
          (o.folds?.[i] ?? []).map((mm) => mm * scale),
        )
      : undefined;
    wrapContent(p, [scale, 0, 0, scale, mmToPt(dx + margin), mmToPt(dy + margin)], bleedBox, marks);
    p.node.delete(PDFName.of('CropBox'));
    p.node.delete(PDFName.of('ArtBox'));
    p.setMediaBox(0, 0, sheet.width, sheet.height);
    setBoxes(p, { bleedBox, trimBox });
  }
  setMeta(doc, o.pdfx ? { ...o.meta, producer: `${o.meta.producer ?? PRODUCER}, FOGRA39 (ArgyllCMS profile)` } : o.meta, o.id);
  if (!o.pdfx) return doc.save({ useObjectStreams: false });
  markPdfX(doc, { lang: o.meta.lang, date: o.meta.date, id: o.id });
  const bytes = await doc.save({ useObjectStreams: false });
  // pdf-lib always writes a 1.7 header; PDF/X-4 is PDF 1.6 (same length, so no offset moves).
  Buffer.from(bytes.buffer, bytes.byteOffset, 8).write('%PDF-1.6', 'latin1');
  return bytes;
}

/**
 * The same poster on a larger sheet with crop marks at the trim lines, drawn outside the
 * bleed so that no mark shows on the finished piece.
 */
export async function withCropMarks(bytes: Uint8Array, meta: PdfMeta, bleedMm: number, id: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const m = doc.getPage(0).getMediaBox();
  const trim = { width: m.width * (25.4 / 72) - 2 * bleedMm, height: m.height * (25.4 / 72) - 2 * bleedMm };
  return posterPdf(bytes, { masterTrim: trim, trim, bleedMm, crop: true, pdfx: false, meta, id });
}

export interface PdfFacts {
  pages: number;
  /** Per page, in points. */
  mediaBox: Box[];
  trimBox: Box[];
  bleedBox: Box[];
  /** Names of fonts used, and whether each is embedded (has a font file). */
  fonts: { name: string; embedded: boolean }[];
  title: string | undefined;
  lang: string | undefined;
}

const boxOf = (r: { x: number; y: number; width: number; height: number }): Box => ({ x: r.x, y: r.y, width: r.width, height: r.height });

const langOf = (v: unknown) => (v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined);

/** What a PDF says about itself: for tests, and the page counts shown next to downloads. */
export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPages();
  const fonts = new Map<string, boolean>();
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const name = String(obj.get(PDFName.of('FontName'))).replace(/^\//, '');
    fonts.set(
      name,
      ['FontFile', 'FontFile2', 'FontFile3'].some((k) => obj.has(PDFName.of(k))),
    );
  }
  return {
    pages: pages.length,
    mediaBox: pages.map((p) => boxOf(p.getMediaBox())),
    trimBox: pages.map((p) => boxOf(p.getTrimBox())),
    bleedBox: pages.map((p) => boxOf(p.getBleedBox())),
    fonts: [...fonts].map(([name, embedded]) => ({ name, embedded })),
    title: doc.getTitle(),
    lang: langOf(doc.catalog.lookup(PDFName.of('Lang'))),
  };
}
