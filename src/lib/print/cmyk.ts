// Press CMYK: the colours of a PDF Chromium printed in sRGB, converted for the printing
// condition FOGRA39 (offset, coated paper) with its ICC profile (icc/, 300 % total ink), in the
// page's own content streams, so that text, fonts and the structure tree (tags) stay as they are.
//  - Neutral colours (r = g = b: black text, the QR code, hairlines, greys) become K only, with
//    the lightness of the original; 100 % K overprints.
//  - Other colours go through the profile (sRGB → FOGRA39, relative colorimetric): a dark
//    background may be a rich four-colour build, never over 300 % ink.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePDFRawStream, PDFArray, PDFBool, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';
import sharp from 'sharp';
import { coloursIn, overprintStates, rewriteColours, UnsupportedContent, type Cmyk, type OverprintState, type Rgb, type RewriteOptions } from './content.ts';

export const PROFILE_FILE = 'FOGRA39-coated-300.icc';

/** The printing condition the press files are made for, as their PDF/X OutputIntent names it. */
export const printingCondition = {
  /** A characterization in the ICC registry (color.org), which RIPs and preflight tools know by name. */
  identifier: 'FOGRA39',
  registry: 'http://www.color.org',
  condition: 'Offset printing according to ISO 12647-2:2004/Amd 1, paper type 1 or 2 (coated art), FOGRA39L; total ink limited to 300%',
  info: 'Coated FOGRA39 (ISO 12647-2:2004), 300% TAC',
  totalInk: 300,
};

let profilePath: string | undefined;
/** The ICC profile's file (src/lib/print/icc/, made by make-profile.sh from Debian's icc-profiles-free). */
export function profileFile(): string {
  // Next to this module, or from the project root where a bundler moved the module.
  profilePath ??= [path.join(path.dirname(fileURLToPath(import.meta.url)), 'icc', PROFILE_FILE), path.resolve('src/lib/print/icc', PROFILE_FILE)].find((f) =>
    existsSync(f),
  );
  // sharp would quietly convert with a profile of its own: never without this one.
  if (!profilePath) throw new Error(`The CMYK output profile ${PROFILE_FILE} is missing (src/lib/print/icc/)`);
  return profilePath;
}

let profile: Buffer | undefined;
export const outputProfile = (): Buffer => (profile ??= readFileSync(profileFile()));

/**
 * FOGRA39's black-only tone scale (K % → luminance Y of the print, paper = 87.62), from
 * FOGRA39L.ti3: greys in K alone match the lightness of the sRGB grey they replace.
 */
const K_RAMP: [number, number][] = [
  [0, 87.62],
  [2, 84.92],
  [3, 83.52],
  [5, 80.77],
  [7, 78.07],
  [10, 74.1],
  [15, 67.77],
  [20, 61.77],
  [25, 55.75],
  [30, 50.08],
  [40, 39.73],
  [50, 30.19],
  [60, 22.11],
  [70, 14.92],
  [75, 11.93],
  [80, 9.33],
  [85, 6.96],
  [90, 4.98],
  [95, 3.37],
  [98, 2.56],
  [100, 2.1],
];

/** K for an sRGB grey v (0–1), relative to paper white, with black point compensation. */
export function greyToK(v: number): number {
  if (v <= 0) return 1;
  if (v >= 1) return 0;
  const linear = v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  const paper = K_RAMP[0]![1];
  const black = K_RAMP.at(-1)![1];
  const y = black + linear * (paper - black);
  for (let i = 1; i < K_RAMP.length; i++) {
    const [k0, y0] = K_RAMP[i - 1]!;
    const [k1, y1] = K_RAMP[i]!;
    if (y <= y0 && y >= y1) return (k0 + ((y0 - y) / (y0 - y1)) * (k1 - k0)) / 100;
  }
  return 1;
}

const keyOf = (rgb: Rgb) => rgb.map((v) => Math.round(v * 255)).join(',');

/** Converts sRGB colours (0–1) to FOGRA39 CMYK (0–1): neutrals to K only, others with the profile. */
export async function toCmyk(colours: readonly Rgb[]): Promise<Map<string, Cmyk>> {
  const map = new Map<string, Cmyk>();
  const chromatic: number[][] = [];
  for (const rgb of colours) {
    const key = keyOf(rgb);
    if (map.has(key)) continue;
    const bytes = key.split(',').map(Number);
    if (bytes[0] === bytes[1] && bytes[1] === bytes[2]) map.set(key, [0, 0, 0, Math.round(greyToK(bytes[0]! / 255) * 1000) / 1000]);
    else {
      map.set(key, [0, 0, 0, 0]);
      chromatic.push(bytes);
    }
  }
  if (chromatic.length > 0) {
    const out = await sharp(Buffer.from(chromatic.flat()), { raw: { width: chromatic.length, height: 1, channels: 3 } })
      .toColourspace('cmyk')
      .withIccProfile(profileFile())
      .raw()
      .toBuffer();
    chromatic.forEach((bytes, i) => {
      const c = [...out.subarray(i * 4, i * 4 + 4)].map((v) => v / 255);
      map.set(bytes.join(','), [c[0]!, c[1]!, c[2]!, c[3]!]);
    });
  }
  return map;
}

interface Painted {
  stream: PDFRawStream;
  ref: PDFRef;
  resources: PDFDict;
}

/** A stream's decoded bytes: as read from a file, or as pdf-lib made it (not yet encoded). */
const decode = (stream: PDFRawStream) => {
  const made = stream as unknown as { getUnencodedContents?: () => Uint8Array };
  const bytes = made.getUnencodedContents ? made.getUnencodedContents() : decodePDFRawStream(stream).decode();
  return Buffer.from(bytes).toString('latin1');
};

/**
 * Converts every page of `doc` to press CMYK in place (content streams and form XObjects), or
 * throws, naming what a press file cannot carry (images, gradients, soft masks).
 */
export async function convertToCmyk(doc: PDFDocument, where: string): Promise<void> {
  try {
    await convert(doc);
  } catch (e) {
    if (e instanceof UnsupportedContent) throw new Error(`${where}: cannot make the CMYK press file: ${e.message}`);
    throw e;
  }
}

async function convert(doc: PDFDocument): Promise<void> {
  const ctx = doc.context;
  const streams: Painted[] = [];
  const seen = new Set<string>();
  const optionsFor = (resources: PDFDict): Pick<RewriteOptions, 'extGState' | 'xObject'> => ({
    extGState: (name) => {
      const gs = (resources.lookup(PDFName.of('ExtGState')) as PDFDict | undefined)?.lookup(PDFName.of(name));
      if (!(gs instanceof PDFDict)) return undefined;
      const flag = (k: string) => {
        const v = gs.lookup(PDFName.of(k));
        return v instanceof PDFBool ? v.asBoolean() : undefined;
      };
      const smask = gs.lookup(PDFName.of('SMask'));
      return { OP: flag('OP'), op: flag('op'), softMask: smask !== undefined && smask !== PDFName.of('None') };
    },
    xObject: (name) => {
      const xobjects = resources.lookup(PDFName.of('XObject')) as PDFDict | undefined;
      const ref = xobjects?.get(PDFName.of(name));
      const x = xobjects?.lookup(PDFName.of(name));
      if (!(x instanceof PDFRawStream) || !(ref instanceof PDFRef)) return;
      const subtype = x.dict.lookup(PDFName.of('Subtype'));
      if (subtype === PDFName.of('Image')) {
        const mask = x.dict.lookup(PDFName.of('ImageMask'));
        const cs = x.dict.lookup(PDFName.of('ColorSpace'));
        if (!(mask instanceof PDFBool && mask.asBoolean()) && cs !== PDFName.of('DeviceCMYK') && cs !== PDFName.of('DeviceGray'))
          throw new UnsupportedContent(`image /${name} is not in CMYK: photos on posters need a CMYK conversion of their own`);
      } else if (subtype === PDFName.of('Form')) {
        if (seen.has(ref.toString())) return;
        seen.add(ref.toString());
        const own = x.dict.lookup(PDFName.of('Resources'));
        const res = own instanceof PDFDict ? own : resources;
        checkFonts(res);
        streams.push({ stream: x, ref, resources: res });
        coloursIn(decode(x), optionsFor(res)).forEach((u) => colours.push(u.rgb));
        groupToCmyk(x.dict);
      }
    },
  });
  const colours: Rgb[] = [];
  for (const page of doc.getPages()) {
    const resources = page.node.Resources() ?? ctx.obj({});
    page.node.set(PDFName.of('Resources'), resources);
    groupToCmyk(page.node);
    checkFonts(resources);
    // Links and other annotations would sit inside the BleedBox, which PDF/X keeps for the print.
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (annots instanceof PDFArray && annots.size() > 0) throw new UnsupportedContent('the page has links or other annotations (a poster should have none)');
    for (const { stream, ref } of contentStreams(page)) {
      streams.push({ stream, ref, resources });
      coloursIn(decode(stream), optionsFor(resources)).forEach((u) => colours.push(u.rgb));
    }
  }
  const map = await toCmyk(colours);
  for (const s of streams) {
    const names = overprintNames(s.resources);
    const { content, overprint } = rewriteColours(decode(s.stream), { ...optionsFor(s.resources), cmyk: (rgb) => map.get(keyOf(rgb))!, overprint: names });
    for (const state of overprint) addOverprintState(s.resources, names[state], state, ctx);
    // The converted stream takes the old one's object number, so every reference to it holds.
    const dict = s.stream.dict.clone(ctx);
    dict.delete(PDFName.of('Filter'));
    dict.delete(PDFName.of('DecodeParms'));
    dict.delete(PDFName.of('Length'));
    const next = ctx.flateStream(Buffer.from(content, 'latin1'));
    for (const [k, v] of dict.entries()) next.dict.set(k, v);
    ctx.assign(s.ref, next);
  }
}

/** Type 3 fonts draw their glyphs with content streams of their own, whose colours this does not convert. */
function checkFonts(resources: PDFDict) {
  const fonts = resources.lookup(PDFName.of('Font'));
  if (!(fonts instanceof PDFDict)) return;
  for (const [name] of fonts.entries()) {
    const font = fonts.lookup(name);
    if (font instanceof PDFDict && font.lookup(PDFName.of('Subtype')) === PDFName.of('Type3'))
      throw new UnsupportedContent(`font ${name.decodeText()} is a Type 3 font (glyphs drawn in colour): use an OpenType font`);
  }
}

function contentStreams(page: PDFPage): { stream: PDFRawStream; ref: PDFRef }[] {
  const contents = page.node.get(PDFName.of('Contents'));
  const resolved = contents instanceof PDFRef ? page.node.context.lookup(contents) : contents;
  const list = resolved instanceof PDFArray ? (resolved.asArray() as PDFRef[]) : contents instanceof PDFRef ? [contents] : [];
  return list.map((ref) => ({ stream: page.node.context.lookup(ref) as PDFRawStream, ref }));
}

/** A transparency group blends in the colour space it names: CMYK, as everything else. */
function groupToCmyk(dict: PDFDict) {
  const group = dict.lookup(PDFName.of('Group'));
  if (group instanceof PDFDict && group.has(PDFName.of('CS'))) group.set(PDFName.of('CS'), PDFName.of('DeviceCMYK'));
}

const overprintNamesOf = new WeakMap<PDFDict, Record<OverprintState, string>>();
/** Names for our overprint graphics states that the resources do not use yet. */
function overprintNames(resources: PDFDict): Record<OverprintState, string> {
  let names = overprintNamesOf.get(resources);
  if (!names) {
    const existing = resources.lookup(PDFName.of('ExtGState'));
    const taken = (n: string) => existing instanceof PDFDict && existing.has(PDFName.of(n));
    names = Object.fromEntries(
      overprintStates.map((s) => {
        let name = `PXop${s}`;
        while (taken(name)) name += 'x';
        return [s, name];
      }),
    ) as Record<OverprintState, string>;
    overprintNamesOf.set(resources, names);
  }
  return names;
}

function addOverprintState(resources: PDFDict, name: string, state: OverprintState, ctx: PDFDocument['context']) {
  let gs = resources.lookup(PDFName.of('ExtGState'));
  if (!(gs instanceof PDFDict)) {
    gs = ctx.obj({});
    resources.set(PDFName.of('ExtGState'), gs as PDFDict);
  }
  if ((gs as PDFDict).has(PDFName.of(name))) return;
  (gs as PDFDict).set(PDFName.of(name), ctx.obj({ Type: 'ExtGState', OP: state[0] === '1', op: state[1] === '1', OPM: 1 }));
}
