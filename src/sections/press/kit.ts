// The press kit of a language: what each section puts in it (SectionDef.pressKit), and every
// share image of the language. The press page declares it; the build zips it (src/integrations/site-files.ts).
import { absoluteUrl, pick, site } from '../../config/index.ts';
import { useTranslations } from '../../i18n/index.ts';
import { renderPages, urlOf } from '../../lib/build/pages.ts';
import { printingCondition } from '../../lib/print/cmyk.ts';
import { pressKitFile, shareImage, type ShareFormat } from '../../lib/print/files.ts';
import { sections } from '../index.ts';
import { kitEntries, type KitFile } from './kit-entries.ts';
import type { Bundle } from '../../lib/after-build/site-files.ts';

export async function pressKit(lang: string): Promise<Bundle> {
  const t = useTranslations(lang);
  const files: KitFile[] = [];
  for (const s of sections) files.push(...((await s.pressKit?.(lang)) ?? []));
  for (const p of await renderPages()) {
    if (p.lang === lang && p.ref.kind === 'share') files.push({ path: shareImage(p.ref.key, lang, p.ref.format as ShareFormat), folder: 'anh-chia-se' });
  }
  const entries = kitEntries(files);
  if (!entries.some((e) => e.name.endsWith('.pdf'))) throw new Error(`The ${lang} press kit would hold no PDF: no section offers one for it`);
  const text = [
    pick(site.campaignName, lang),
    pick(site.responsibleBody.name, lang),
    site.url,
    '',
    `${site.licence.name}: ${pick(site.licence.url, lang)}`,
    '',
    // The kit's PDFs are for screens and office printers; print shops get press files elsewhere.
    t('press.kitPrintNote', {
      pdfx: 'PDF/X-4',
      condition: printingCondition.identifier,
      ink: printingCondition.totalInk,
      page: urlOf({ kind: 'sub', section: 'posters', sub: 'printShops' }, lang),
      manifest: absoluteUrl('/downloads.json'),
    }),
    '',
    ...entries.map((e) => e.name),
    '',
  ].join('\n');
  return { url: pressKitFile(lang), readme: { name: t('press.kitReadme'), text }, files: entries };
}
