import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { geometry, mmToPt } from '../../src/lib/print/paper.ts';
import { posterFile, handoutFile, shareImage } from '../../src/lib/print/files.ts';
import { citeLaws } from '../../src/lib/print/citations.ts';
import { jobsOf } from '../../src/lib/print/jobs.ts';
import { finishPdf, readPdf, withCropMarks } from '../../src/lib/print/pdf.ts';

test('paper geometry: A2 is 420 × 594 mm trimmed, 426 × 600 mm with bleed, text 20 mm inside', () => {
  const g = geometry('a2');
  assert.deepEqual(g.trim, { width: 420, height: 594 });
  assert.deepEqual(g.page, { width: 426, height: 600 });
  assert.equal(g.cssSize, '426mm 600mm');
  assert.equal(g.safeMarginMm, 20);
  assert.equal(g.scale, 2);
  assert.equal(geometry('a4').safeMarginMm, 10);
});

test('file names a print shop can work with', () => {
  assert.equal(posterFile('chia-se-viec-nha', 'a2', 'vi'), '/tai-ve/ap-phich-chia-se-viec-nha-a2-vi.pdf');
  assert.equal(posterFile('x', 'a0', 'en', 'crop'), '/tai-ve/ap-phich-x-a0-en-crop.pdf');
  assert.equal(handoutFile('gioi-va-binh-dang-gioi', 'vi'), '/tai-ve/tai-lieu-gioi-va-binh-dang-gioi-a4-vi.pdf');
  assert.equal(shareImage('luat', 'en', 'story'), '/tai-ve/chia-se/luat-en-1080x1920.png');
});

test('legal basis line: articles grouped by law, sorted, joined the reader’s way', () => {
  const titles = new Map([
    ['lbdg', 'Luật Bình đẳng giới 2006'],
    ['hp', 'Hiến pháp 2013'],
  ]);
  const t = { articleOne: 'Điều {n}', articleMany: 'Điều {list}' };
  assert.deepEqual(
    citeLaws(
      [
        { law: 'lbdg', article: 11 },
        { law: 'hp', article: 26 },
        { law: 'lbdg', article: 6 },
        { law: 'lbdg', article: 11 },
      ],
      titles,
      t,
      'vi',
    ),
    ['Luật Bình đẳng giới 2006: Điều 6 và 11', 'Hiến pháp 2013: Điều 26'],
  );
  assert.deepEqual(
    citeLaws(
      [
        { law: 'lbdg', article: 5 },
        { law: 'lbdg', article: 6 },
        { law: 'lbdg', article: 7 },
      ],
      titles,
      { articleOne: 'Article {n}', articleMany: 'Articles {list}' },
      'en',
    ),
    ['Luật Bình đẳng giới 2006: Articles 5, 6, and 7'],
  );
  assert.throws(() => citeLaws([{ law: 'none' }], titles, t, 'vi'), /none/);
});

test('render jobs are read from the page head', () => {
  const html = `<!doctype html><html lang="vi"><head><title>Áp phích A2</title><meta name="author" content="UBND"><meta name="description" content="Ngắn">
    <link rel="alternate" type="application/pdf" href="/tai-ve/a.pdf" data-render data-paper="426x600" data-bleed="3" data-variants="crop cmyk" data-source="content/messages/vi/a.mdx">
    <link rel="alternate" type="image/png" href="/tai-ve/a.png" data-render data-viewport="1200x630" data-discard></head><body></body></html>`;
  const [pdf, png] = jobsOf(html, '/in/vi/x/');
  assert.deepEqual(pdf!.paper, { width: 426, height: 600, bleed: 3 });
  assert.deepEqual(pdf!.variants, ['crop', 'cmyk']);
  assert.equal(pdf!.title, 'Áp phích A2');
  assert.equal(pdf!.lang, 'vi');
  assert.equal(pdf!.source, 'content/messages/vi/a.mdx');
  assert.equal(pdf!.discard, false);
  assert.deepEqual(png!.viewport, { width: 1200, height: 630 });
  assert.equal(png!.discard, true);
  assert.deepEqual(jobsOf('<html><head></head></html>', '/'), []);
  assert.throws(() => jobsOf(html.replace('426x600', 'A2'), '/in/vi/x/'), /data-paper/);
});

test('finished PDFs carry TrimBox, BleedBox, metadata and fixed dates: same input, same bytes', async () => {
  const raw = await (async () => {
    const doc = await PDFDocument.create();
    doc.addPage([mmToPt(216), mmToPt(303)]).drawRectangle({ x: 0, y: 0, width: mmToPt(216), height: mmToPt(303) });
    return doc.save();
  })();
  const meta = { title: 'Áp phích A4', author: 'UBND tỉnh Lạng Sơn', subject: 'Thông điệp', lang: 'vi', creator: 'x', date: new Date('2026-01-01T00:00:00Z') };
  const a = await finishPdf(raw, meta, 3, '/tai-ve/a.pdf');
  const b = await finishPdf(raw, meta, 3, '/tai-ve/a.pdf');
  assert.ok(Buffer.from(a).equals(Buffer.from(b)));
  const facts = await readPdf(a);
  assert.equal(facts.title, 'Áp phích A4');
  assert.equal(facts.lang, 'vi');
  assert.ok(Math.abs(facts.trimBox[0]!.x - mmToPt(3)) < 0.01);
  assert.ok(Math.abs(facts.trimBox[0]!.width - mmToPt(210)) < 0.01);
  assert.ok(Math.abs(facts.bleedBox[0]!.height - mmToPt(303)) < 0.01);
  const crop = await readPdf(await withCropMarks(a, meta, 3, '/tai-ve/a-crop.pdf'));
  assert.ok(Math.abs(crop.mediaBox[0]!.width - mmToPt(216 + 24)) < 0.01);
  assert.ok(Math.abs(crop.trimBox[0]!.x - mmToPt(15)) < 0.01);
  assert.ok(Math.abs(crop.trimBox[0]!.width - mmToPt(210)) < 0.01);
});

test('structure element IDs from Chromium’s node counters are renumbered in order', async () => {
  const make = async (first: number) => {
    const doc = await PDFDocument.create();
    doc.addPage([100, 100]).drawRectangle({ x: 0, y: 0, width: 10, height: 10 });
    const cell = doc.context.obj({ S: 'TH', ID: PDFString.of(`node${first}`) });
    const other = doc.context.obj({ S: 'TD', A: [doc.context.obj({ O: 'Table', Headers: [PDFString.of(`node${first}`)] })] });
    const cellRef = doc.context.register(cell);
    doc.catalog.set(PDFName.of('Test'), doc.context.obj([cellRef, doc.context.register(other)]));
    // Chromium's ID tree, sorted by its own names: which come first differs from build to build.
    const second = doc.context.register(doc.context.obj({ S: 'TD', ID: PDFString.of(`node${first + 7}`) }));
    const pairs =
      first % 2
        ? [
            [`node${first}`, cellRef],
            [`node${first + 7}`, second],
          ]
        : [
            [`node${first + 7}`, second],
            [`node${first}`, cellRef],
          ];
    const leaf = doc.context.register(doc.context.obj({ Names: pairs.flatMap(([k, v]) => [PDFString.of(k as string), v]) }));
    doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.obj({ IDTree: doc.context.obj({ Kids: [leaf] }) }));
    return doc.save();
  };
  const meta = { title: 't', author: 'a', subject: 's', lang: 'vi', creator: 'c', date: new Date(0) };
  const a = await finishPdf(await make(3299), meta, 0, 'x');
  const b = await finishPdf(await make(5202), meta, 0, 'x');
  assert.ok(Buffer.from(a).equals(Buffer.from(b)));
  assert.ok(!Buffer.from(a).toString('latin1').includes('node3299'));
});

// Press files: CMYK in the page's own content, PDF/X-4, sizes from one page, tags kept.
import { coloursIn, rewriteColours } from '../../src/lib/print/content.ts';
import { convertToCmyk, greyToK, toCmyk, printingCondition } from '../../src/lib/print/cmyk.ts';
import { decodePDFRawStream, PDFArray, PDFRawStream, rgb } from 'pdf-lib';
import { keywordList, posterPdf, preparePdf } from '../../src/lib/print/pdf.ts';
import { renderUnits, type RenderJob } from '../../src/lib/print/jobs.ts';
import { parsePosterFile, posterFileVariants } from '../../src/lib/print/files.ts';
import { paperSizes } from '../../src/lib/print/paper.ts';

const noRefs = { extGState: () => undefined, xObject: () => undefined };
const opNames = { '00': 'O00', '01': 'O01', '10': 'O10', '11': 'O11' } as const;

test('content rewrite: RGB and grey become CMYK, 100% K overprints, every other byte stays', () => {
  const src =
    '/NonStruct <</MCID 0 >>BDC\n.2902 .0706 .251 RG .2902 .0706 .251 rg\n0 0 10 10 re f\nBT /F1 12 Tf (a 1 0 0 rg \\) (b) Tj) Tj ET\n0 0 0 RG 0 0 0 rg\n0 .5 m 7 .5 l S\n1 g\n[(x) 120 (y)] TJ EMC\n';
  const cmyk = (rgb: readonly number[]) => (rgb.every((v) => v === rgb[0]) ? [0, 0, 0, 1 - rgb[0]!] : [0.5, 0.9, 0, 0.6]) as [number, number, number, number];
  const { content, overprint } = rewriteColours(src, { ...noRefs, cmyk, overprint: opNames });
  assert.equal(
    content,
    '/NonStruct <</MCID 0 >>BDC\n.5 .9 0 .6 K .5 .9 0 .6 k\n0 0 10 10 re f\nBT /F1 12 Tf (a 1 0 0 rg \\) (b) Tj) Tj ET\n0 0 0 1 K /O10 gs 0 0 0 1 k /O11 gs\n0 .5 m 7 .5 l S\n0 0 0 0 k /O10 gs\n[(x) 120 (y)] TJ EMC\n',
  );
  assert.deepEqual([...overprint].sort(), ['10', '11']);
  // Colours in strings are text, not operators; the colours used are found for one conversion.
  assert.equal(coloursIn(src, noRefs).length, 5);
  assert.throws(() => rewriteColours('/Sh0 sh', { ...noRefs, cmyk, overprint: opNames }), /shading/);
  assert.throws(() => rewriteColours('/P0 cs /x scn', { ...noRefs, cmyk, overprint: opNames }), /colour space/);
  assert.throws(() => rewriteColours('/G0 gs', { extGState: () => ({ softMask: true }), xObject: () => undefined, cmyk, overprint: opNames }), /soft mask/);
});

test('press colours: black and greys in K only, brand colours through FOGRA39 within 300% ink', async () => {
  assert.equal(greyToK(0), 1);
  assert.equal(greyToK(1), 0);
  for (let v = 0.1; v < 1; v += 0.1) assert.ok(greyToK(v) < greyToK(v - 0.1), 'lighter grey, less K');
  const map = await toCmyk([
    [0, 0, 0],
    [0.5, 0.5, 0.5],
    [0x4a / 255, 0x12 / 255, 0x40 / 255],
    [1, 0xdd / 255, 0],
    [0, 0, 1],
  ]);
  assert.deepEqual(map.get('0,0,0'), [0, 0, 0, 1]);
  assert.deepEqual(map.get('128,128,128')!.slice(0, 3), [0, 0, 0]);
  const purple = map.get('74,18,64')!;
  assert.ok(purple[1] > 0.8 && purple[0] > 0.3, `the campaign's purple is mostly magenta and cyan: ${purple}`);
  const yellow = map.get('255,221,0')!;
  assert.ok(yellow[2] > 0.85 && yellow[0] < 0.1, `yellow: ${yellow}`);
  for (const c of map.values()) assert.ok(c.reduce((a, b) => a + b, 0) <= printingCondition.totalInk / 100 + 0.01, `${c} over 300%`);
});

test('keywords without repeats: one that another contains is dropped', () => {
  assert.equal(
    keywordList(['Truyền thông về bình đẳng giới tỉnh Lạng Sơn', 'Lạng Sơn', 'CC BY 4.0']),
    'Truyền thông về bình đẳng giới tỉnh Lạng Sơn, CC BY 4.0',
  );
  assert.equal(keywordList(['Lạng Sơn communication campaign', 'lạng  sơn', 'CC BY 4.0', 'CC BY 4.0']), 'Lạng Sơn communication campaign, CC BY 4.0');
  assert.equal(keywordList(['Sơn', 'Lạng Sơn']), 'Lạng Sơn');
});

const job = (output: string, paper: [number, number], variants = ['crop', 'cmyk', 'cmyk-crop']): RenderJob => ({
  page: output.replace('/tai-ve/', '/in/'),
  output,
  kind: 'pdf',
  paper: { width: paper[0], height: paper[1], bleed: 3 },
  variants,
  discard: false,
  title: output,
  lang: 'vi',
  author: 'a',
  subject: 's',
});

test('render units: the five sizes of a poster come from its A4 page; other jobs alone', () => {
  const a4 = job('/tai-ve/ap-phich-x-y-a4-vi.pdf', [216, 303]);
  const a0 = job('/tai-ve/ap-phich-x-y-a0-vi.pdf', [847, 1195]);
  const en = job('/tai-ve/ap-phich-x-y-a2-en.pdf', [426, 600]);
  const handout = { ...job('/tai-ve/tai-lieu-z-a4-vi.pdf', [210, 297], []), paper: { width: 210, height: 297, bleed: 0 } };
  const units = renderUnits([a0, handout, a4, en]);
  assert.deepEqual(
    units.map((u) => u.jobs.map((j) => j.output)),
    [['/tai-ve/tai-lieu-z-a4-vi.pdf'], ['/tai-ve/ap-phich-x-y-a4-vi.pdf', '/tai-ve/ap-phich-x-y-a0-vi.pdf'], ['/tai-ve/ap-phich-x-y-a2-en.pdf']],
  );
  assert.deepEqual(parsePosterFile('/tai-ve/ap-phich-chia-se-viec-nha-a2-vi.pdf'), { slug: 'chia-se-viec-nha', size: 'a2', lang: 'vi' });
  assert.equal(parsePosterFile('/tai-ve/ap-phich-x-a2-vi-crop.pdf'), undefined);
  assert.deepEqual(posterFileVariants, ['standard', 'crop', 'cmyk', 'cmyk-crop']);
  assert.equal(posterFile('x', 'a1', 'vi', 'cmyk-crop'), '/tai-ve/ap-phich-x-a1-vi-cmyk-crop.pdf');
});

async function a4Master() {
  const doc = await PDFDocument.create();
  const page = doc.addPage([mmToPt(216), mmToPt(303)]);
  page.drawRectangle({ x: 0, y: 0, width: mmToPt(216), height: mmToPt(303) });
  doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.obj({ Type: 'StructTreeRoot', K: doc.context.obj({ S: 'Document' }) }));
  return preparePdf(await doc.save());
}
const pdfMeta = {
  title: 'Áp phích A1',
  author: 'UBND',
  subject: 'S',
  lang: 'vi',
  keywords: ['a b', 'b'],
  creator: 'c',
  date: new Date('2026-01-01T00:00:00Z'),
};

test('a poster at A1 from the A4 page: exact boxes with 3 mm bleed, the design scaled, the page (and its tags) kept', async () => {
  const master = await a4Master();
  for (const crop of [false, true]) {
    const bytes = await posterPdf(master, { masterTrim: paperSizes.a4, trim: paperSizes.a1, bleedMm: 3, crop, pdfx: false, meta: pdfMeta, id: 'x' });
    const facts = await readPdf(bytes);
    const m = crop ? 12 : 0;
    const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) < 0.01, `${what}: ${a} vs ${b}`);
    close(facts.mediaBox[0]!.width, mmToPt(594 + 6 + 2 * m), 'page width');
    close(facts.bleedBox[0]!.x, mmToPt(m), 'bleed x');
    close(facts.bleedBox[0]!.height, mmToPt(841 + 6), 'bleed height');
    close(facts.trimBox[0]!.x, mmToPt(m + 3), 'trim x');
    close(facts.trimBox[0]!.width, mmToPt(594), 'trim width');
    close(facts.trimBox[0]!.height, mmToPt(841), 'trim height');
    const doc = await PDFDocument.load(bytes);
    assert.ok(doc.catalog.has(PDFName.of('StructTreeRoot')), 'structure tree kept');
    assert.equal(doc.getKeywords(), 'a b');
    const text = Buffer.from(bytes).toString('latin1');
    assert.match(text, /re W n 2\.8286 0 0 2\.8286 -?[\d.]+ -?[\d.]+ cm/, 'scaled by 594 / 210');
    assert.equal(/\/Artifact BMC/.test(text), crop, 'crop marks as an artifact');
  }
  // The A4 design cannot make a wider page than its bleed reaches.
  await assert.rejects(
    posterPdf(master, { masterTrim: paperSizes.a4, trim: { width: 210, height: 320 }, bleedMm: 3, crop: false, pdfx: false, meta: pdfMeta, id: 'x' }),
    /does not cover/,
  );
});

test('PDF/X-4: version 1.6, OutputIntent FOGRA39 with its profile, GTS_PDFXVersion and Trapped in Info and XMP', async () => {
  const bytes = await posterPdf(await a4Master(), {
    masterTrim: paperSizes.a4,
    trim: paperSizes.a4,
    bleedMm: 3,
    crop: true,
    pdfx: true,
    meta: pdfMeta,
    id: '/tai-ve/x-cmyk-crop.pdf',
  });
  assert.equal(Buffer.from(bytes.subarray(0, 8)).toString('latin1'), '%PDF-1.6');
  const doc = await PDFDocument.load(bytes);
  const intents = doc.catalog.lookup(PDFName.of('OutputIntents')) as unknown as { size(): number; lookup(i: number): { lookup(k: PDFName): unknown } };
  assert.equal(intents.size(), 1);
  const intent = intents.lookup(0);
  assert.equal(String(intent.lookup(PDFName.of('S'))), '/GTS_PDFX');
  assert.equal((intent.lookup(PDFName.of('OutputConditionIdentifier')) as PDFString).decodeText(), 'FOGRA39');
  assert.ok(intent.lookup(PDFName.of('DestOutputProfile')), 'the profile is embedded');
  const text = Buffer.from(bytes).toString('latin1');
  assert.match(text, /\/GTS_PDFXVersion \(PDF\/X-4\)/);
  assert.match(text, /\/Trapped \/False/);
  assert.match(text, /<pdfxid:GTS_PDFXVersion>PDF\/X-4<\/pdfxid:GTS_PDFXVersion>/);
  assert.match(text, /<pdf:Trapped>False<\/pdf:Trapped>/);
  // XMP is UTF-8.
  assert.ok(text.includes(Buffer.from('<rdf:li xml:lang="x-default">Áp phích A1</rdf:li>').toString('latin1')), 'dc:title as in Info');
  assert.match(text, /<xmpMM:DocumentID>uuid:[0-9a-f-]{36}<\/xmpMM:DocumentID>/);
  assert.match(text, /0 0 0 1 K/, 'crop marks in K');
  // Same input, same bytes.
  const again = await posterPdf(await a4Master(), {
    masterTrim: paperSizes.a4,
    trim: paperSizes.a4,
    bleedMm: 3,
    crop: true,
    pdfx: true,
    meta: pdfMeta,
    id: '/tai-ve/x-cmyk-crop.pdf',
  });
  assert.ok(Buffer.from(bytes).equals(Buffer.from(again)));
});

test('CMYK conversion of a whole PDF: colours in the page content converted, links refused, page kept', async () => {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  page.drawRectangle({ x: 0, y: 0, width: 200, height: 200, color: rgb(0x4a / 255, 0x12 / 255, 0x40 / 255) });
  page.drawRectangle({ x: 10, y: 10, width: 20, height: 20, color: rgb(0, 0, 0) });
  const ref = page.ref;
  await convertToCmyk(doc, 'test.pdf');
  const text = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
  assert.equal(doc.getPage(0).ref, ref);
  const again = await PDFDocument.load(Buffer.from(text, 'latin1'));
  const contents = again.getPage(0).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => again.context.lookup(r)) : [contents];
  const ops = streams.map((st) => Buffer.from(decodePDFRawStream(st as PDFRawStream).decode()).toString('latin1')).join('\n');
  assert.doesNotMatch(ops, / rg\b/);
  assert.match(ops, /0 0 0 1 k \/PXop01 gs/);
  assert.match(text, /\/PXop01 <<\s*\/Type \/ExtGState\s*\/OP false\s*\/op true\s*\/OPM 1/);
  const linked = await PDFDocument.create();
  const p2 = linked.addPage([100, 100]);
  p2.drawRectangle({ x: 0, y: 0, width: 10, height: 10, color: rgb(1, 0, 0) });
  p2.node.set(PDFName.of('Annots'), linked.context.obj([linked.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10] })]));
  await assert.rejects(convertToCmyk(linked, 'linked.pdf'), /linked\.pdf: .*annotations/);
});
