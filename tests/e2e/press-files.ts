// Reading press files back for the tests, with tools other than the ones that made them where
// one exists: Ghostscript's separations (tiffsep) for the ink on each plate, pdf-lib and zlib
// for the objects and the content streams.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import sharp from 'sharp';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const text = (v: PDFObject | undefined) => (v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : v === undefined ? undefined : String(v));

const inflate = (s: PDFRawStream): string | undefined => {
  const filter = s.dict.lookup(PDFName.of('Filter'));
  if (filter === undefined) return Buffer.from(s.getContents()).toString('latin1');
  if (filter !== PDFName.of('FlateDecode')) return undefined;
  return inflateSync(Buffer.from(s.getContents())).toString('latin1');
};

/** The decoded content streams of each page, in order. */
function pageContents(doc: PDFDocument): string[][] {
  return doc.getPages().map((page) => {
    const c = page.node.get(PDFName.of('Contents'));
    const resolved = c instanceof PDFRef ? doc.context.lookup(c) : c;
    const list = resolved instanceof PDFArray ? resolved.asArray() : [c];
    return list.map((r) => inflate(doc.context.lookup(r as PDFRef) as PDFRawStream) ?? '');
  });
}

export interface ColourOp {
  op: string;
  values: number[];
  /** Set inside BT … ET (the colour of text). */
  inText: boolean;
}

/** Colour-setting operators of a content stream (strings are skipped, so text is not read as operators). */
export function colourOps(content: string): ColourOp[] {
  const ops: ColourOp[] = [];
  let inText = false;
  let nums: number[] = [];
  const clean = content.replace(/\((?:\\.|[^\\()])*\)/g, '()');
  for (const tok of clean.split(/[\s[\]<>()]+/)) {
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(tok)) {
      nums.push(Number(tok));
      continue;
    }
    if (tok === 'BT') inText = true;
    if (tok === 'ET') inText = false;
    if (['rg', 'RG', 'g', 'G', 'k', 'K', 'sc', 'SC', 'scn', 'SCN', 'cs', 'CS'].includes(tok)) ops.push({ op: tok, values: nums, inText });
    nums = [];
  }
  return ops;
}

export interface PressFacts {
  header: string;
  info: Record<string, string | undefined>;
  xmp: string;
  intents: { s?: string; identifier?: string; registry?: string; profile?: Buffer }[];
  pages: { media: Box; bleed: Box; trim: Box; contents: string[] }[];
  /** Every /DeviceRGB, /CalRGB or /ICCBased name anywhere in the file's objects. */
  rgbSpaces: number;
  structElems: number;
  mcids: number[];
  marked: boolean;
  lang?: string;
  title?: string;
}

const boxOf = (r: { x: number; y: number; width: number; height: number }): Box => ({ x: r.x, y: r.y, width: r.width, height: r.height });

export async function pressFacts(bytes: Buffer): Promise<PressFacts> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const infoDict = doc.context.lookup(doc.context.trailerInfo.Info) as PDFDict;
  const info: Record<string, string | undefined> = {};
  for (const [k, v] of infoDict.entries()) info[k.decodeText()] = text(doc.context.lookup(v) ?? v);
  const meta = doc.catalog.lookup(PDFName.of('Metadata'));
  const xmp = meta instanceof PDFRawStream ? Buffer.from(meta.getContents()).toString('utf8') : '';
  const intentsArr = doc.catalog.lookup(PDFName.of('OutputIntents'));
  const intents =
    intentsArr instanceof PDFArray
      ? intentsArr.asArray().map((r) => {
          const d = doc.context.lookup(r) as PDFDict;
          const p = d.lookup(PDFName.of('DestOutputProfile'));
          return {
            s: text(d.lookup(PDFName.of('S'))),
            identifier: text(d.lookup(PDFName.of('OutputConditionIdentifier'))),
            registry: text(d.lookup(PDFName.of('RegistryName'))),
            profile: p instanceof PDFRawStream ? inflateSync(Buffer.from(p.getContents())) : undefined,
          };
        })
      : [];
  let rgbSpaces = 0;
  let structElems = 0;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    const dict = obj instanceof PDFRawStream ? obj.dict : obj instanceof PDFDict ? obj : undefined;
    if (!dict) continue;
    if (dict.get(PDFName.of('Type')) === PDFName.of('StructElem')) structElems++;
    const s = dict.toString();
    rgbSpaces += (s.match(/\/(DeviceRGB|CalRGB|ICCBased)\b/g) ?? []).length;
  }
  const contents = pageContents(doc);
  const mcids = contents.flat().flatMap((c) => [...c.matchAll(/\/MCID (\d+)/g)].map((m) => Number(m[1])));
  const markInfo = doc.catalog.lookup(PDFName.of('MarkInfo'));
  return {
    header: bytes.subarray(0, 8).toString('latin1'),
    info,
    xmp,
    intents,
    pages: doc
      .getPages()
      .map((p, i) => ({ media: boxOf(p.getMediaBox()), bleed: boxOf(p.getBleedBox()), trim: boxOf(p.getTrimBox()), contents: contents[i]! })),
    rgbSpaces,
    structElems: doc.catalog.has(PDFName.of('StructTreeRoot')) ? structElems : 0,
    mcids,
    marked: markInfo instanceof PDFDict && String(markInfo.get(PDFName.of('Marked'))) === 'true',
    lang: text(doc.catalog.lookup(PDFName.of('Lang'))),
    title: doc.getTitle(),
  };
}

/** Line segments (x1 y1 x2 y2) of the crop marks: the artifact stream the press files end with. */
export function markSegments(contents: string[]): [number, number, number, number][] {
  const marks = contents.filter((c) => c.includes('/Artifact BMC'));
  return marks.flatMap((c) =>
    [...c.matchAll(/([\d.-]+) ([\d.-]+) m ([\d.-]+) ([\d.-]+) l S/g)].map((m) => [1, 2, 3, 4].map((i) => Number(m[i])) as [number, number, number, number]),
  );
}

export interface Separations {
  width: number;
  height: number;
  /** Per plate (C, M, Y, K), ink per pixel 0–255, top row first. */
  plates: Uint8Array[];
  /** Plates other than the four process colours (spot colours): there should be none. */
  spots: string[];
}

/** The page as its plates, with Ghostscript's tiffsep device at `dpi`. */
export async function separations(file: string, dpi: number): Promise<Separations> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sep-'));
  try {
    const run = spawnSync('gs', ['-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-sDEVICE=tiffsep', `-r${dpi}`, `-sOutputFile=${path.join(dir, 'p.tif')}`, file], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`gs tiffsep failed: ${run.stderr}`);
    const names = ['Cyan', 'Magenta', 'Yellow', 'Black'];
    const plates: Uint8Array[] = [];
    let width = 0;
    let height = 0;
    for (const n of names) {
      const { data, info } = await sharp(path.join(dir, `p(${n}).tif`))
        .extractChannel(0)
        .raw()
        .toBuffer({ resolveWithObject: true });
      // tiffsep writes each plate as a grey image, white where there is no ink.
      plates.push(Uint8Array.from(data, (v) => 255 - v));
      width = info.width;
      height = info.height;
    }
    const spots = readdirSync(dir)
      .filter((f) => /^p\(.*\)\.tif$/.test(f))
      .map((f) => f.slice(2, -5))
      .filter((n) => !names.includes(n));
    return { width, height, plates, spots };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
