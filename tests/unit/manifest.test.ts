import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLACK_POLICY, buildManifest, printFactsOf } from '../../src/lib/after-build/manifest.ts';

const pdfx = Buffer.from(
  '%PDF-1.6\n1 0 obj << /GTS_PDFXVersion (PDF/X-4) >> endobj\n2 0 obj << /S /GTS_PDFX /OutputConditionIdentifier (FOGRA39) >> endobj\n',
  'latin1',
);
const rgb = Buffer.from('%PDF-1.7\n1 0 obj << /Title (x) >> endobj\n', 'latin1');

test('a press file says its PDF/X version, printing condition, ink limit and black policy, read from the file', () => {
  assert.deepEqual(printFactsOf(pdfx, 300), { pdfx: 'PDF/X-4', outputCondition: 'FOGRA39', totalInkLimit: 300, black: BLACK_POLICY });
  assert.equal(printFactsOf(rgb, 300), undefined);
});

test('the manifest lists each file once, sorted, with print facts on press files only', () => {
  const files: Record<string, Buffer> = { '/b.pdf': pdfx, '/a.pdf': rgb };
  const m = buildManifest(
    [
      { url: '/b.pdf', title: 'B', kind: 'poster', lang: 'vi' },
      { url: '/a.pdf', title: 'A', kind: 'poster', lang: 'vi' },
      { url: '/b.pdf', title: 'B again', kind: 'poster', lang: 'vi' },
    ],
    (u) => files[u]!,
    { campaign: 'CC BY 4.0', public: 'public-document', publicKinds: [] },
  );
  assert.deepEqual(
    m.map((e) => [e.url, e.print?.pdfx]),
    [
      ['/a.pdf', undefined],
      ['/b.pdf', 'PDF/X-4'],
    ],
  );
  assert.ok(!('print' in m[0]!));
});
