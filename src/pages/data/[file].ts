import type { APIRoute, GetStaticPaths } from 'astro';
import { planFiles, type DataFile } from '../../sections/plans/plan-files.ts';
import { languageCodes } from '../../config/index.ts';

export const getStaticPaths = (async () => {
  const files = (await Promise.all(languageCodes.map(planFiles))).flat();
  return files.map((f) => ({ params: { file: f.path.slice('/data/'.length) }, props: { file: f } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props }) => new Response(props.file.body, { headers: { 'Content-Type': props.file.contentType } });
