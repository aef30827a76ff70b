// Turns the PDF Chromium prints into one a print shop can take: TrimBox and BleedBox,
// document metadata and fixed dates, so that the same page gives the same bytes.
import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, rgb, type PDFObject, type PDFPage } from 'pdf-lib';
import { mmToPt, type Box } from './paper.ts';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  lang: string;
  keywords?: string[];
  creator: string;
  /** Creation and modification date: fixed (not the time of the build) for reproducible files. */
  date: Date;
}

export interface PdfBoxes {
  /** In points from the bottom left; the media box is the whole page as printed. */
  trimBox: Box;
  bleedBox: Box;
}

function setMeta(doc: PDFDocument, meta: PdfMeta, id: string) {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords ?? []);
  doc.setCreator(meta.creator);
  doc.setProducer('Chromium, pdf-lib');
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
const CROP_MARGIN_MM = 12;
const MARK_GAP_MM = 1;

/**
 * The same poster on a larger sheet with crop marks at the trim lines, drawn outside the
 * bleed so that no mark shows on the finished piece.
 */
export async function withCropMarks(bytes: Uint8Array, meta: PdfMeta, bleedMm: number, id: string): Promise<Uint8Array> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  const doc = await PDFDocument.create({ updateMetadata: false });
  const margin = mmToPt(CROP_MARGIN_MM);
  const bleed = mmToPt(bleedMm);
  const gap = mmToPt(MARK_GAP_MM);
  const embedded = await doc.embedPages(source.getPages());
  for (const art of embedded) {
    const page = doc.addPage([art.width + 2 * margin, art.height + 2 * margin]);
    page.drawPage(art, { x: margin, y: margin });
    // Trim lines, in the new page's coordinates.
    const left = margin + bleed;
    const right = margin + art.width - bleed;
    const bottom = margin;
    const top = margin + art.height;
    const line = { thickness: 0.25, color: rgb(0, 0, 0) };
    const xs = [left, right];
    const ys = [bottom + bleed, top - bleed];
    for (const x of xs) {
      page.drawLine({ start: { x, y: 0 }, end: { x, y: bottom - gap }, ...line });
      page.drawLine({ start: { x, y: top + gap }, end: { x, y: page.getHeight() }, ...line });
    }
    for (const y of ys) {
      page.drawLine({ start: { x: 0, y }, end: { x: margin - gap, y }, ...line });
      page.drawLine({ start: { x: margin + art.width + gap, y }, end: { x: page.getWidth(), y }, ...line });
    }
    setBoxes(page, {
      bleedBox: { x: margin, y: margin, width: art.width, height: art.height },
      trimBox: { x: left, y: margin + bleed, width: art.width - 2 * bleed, height: art.height - 2 * bleed },
    });
  }
  setMeta(doc, meta, id);
  return doc.save({ useObjectStreams: false });
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
    fonts.set(name, ['FontFile', 'FontFile2', 'FontFile3'].some((k) => obj.has(PDFName.of(k))));
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
