// The plans' report templates, one DOCX per plan and language (src/sections/campaign/report-files.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageCodes } from '../../config/index.ts';
import { reportFiles, type ReportFile } from '../../sections/campaign/report-files.ts';

export const getStaticPaths = (async () => {
  const files = (await Promise.all(languageCodes.map(reportFiles))).flat();
  return files.map((f) => ({ params: { report: f.path.slice(f.path.lastIndexOf('/') + 1, -'.docx'.length) }, props: { file: f } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: ReportFile }> = ({ props }) =>
  new Response(props.file.body as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
