// The campaign calendar's iCalendar feed per language (src/sections/campaign/calendar-file.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageCodes } from '../../config/index.ts';
import { calendarFeed } from '../../sections/campaign/calendar-file.ts';

export const getStaticPaths = (() => languageCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await calendarFeed(params.lang!)).body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
