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
  const titles = new Map([['lbdg', 'Luật Bình đẳng giới 2006'], ['hp', 'Hiến pháp 2013']]);
  const t = { articleOne: 'Điều {n}', articleMany: 'Điều {list}' };
  assert.deepEqual(
    citeLaws([{ law: 'lbdg', article: 11 }, { law: 'hp', article: 26 }, { law: 'lbdg', article: 6 }, { law: 'lbdg', article: 11 }], titles, t, 'vi'),
    ['Luật Bình đẳng giới 2006: Điều 6 và 11', 'Hiến pháp 2013: Điều 26'],
  );
  assert.deepEqual(citeLaws([{ law: 'lbdg', article: 5 }, { law: 'lbdg', article: 6 }, { law: 'lbdg', article: 7 }], titles, { articleOne: 'Article {n}', articleMany: 'Articles {list}' }, 'en'), [
    'Luật Bình đẳng giới 2006: Articles 5, 6, and 7',
  ]);
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
    const pairs = first % 2 ? [[`node${first}`, cellRef], [`node${first + 7}`, second]] : [[`node${first + 7}`, second], [`node${first}`, cellRef]];
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
