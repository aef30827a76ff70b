// The campaign calendar as an iCalendar feed per language: every occasion as a yearly event
// (RRULE:FREQ=YEARLY), then every deadline of the province's plans, which say when they have passed.
import { getEntry } from 'astro:content';
import { agencyNames, ensureIntegrity, localizedEntries } from '../../lib/build/content.ts';
import { formatDate } from '../../lib/build/format.ts';
import { toIcs } from '../../lib/build/ics.ts';
import { deadlineStatus } from '../../lib/build/status.ts';
import { urlOf } from '../../lib/build/pages.ts';
import { pick, site } from '../../config/index.ts';
import { useTranslations } from '../../i18n/index.ts';
import { planEvents } from '../plans/plan-data.ts';
import { occasionEvents } from './occasions.ts';

export const calendarFile = (lang: string) => `/data/lich-truyen-thong-${lang}.ics`;

/** The campaign's words in a language: its own file, else the default language's; null where there is none. */
export async function campaignContent(lang: string) {
  await ensureIntegrity();
  const own = await getEntry('campaign', lang);
  const entry = own ?? (await getEntry('campaign', site.defaultLanguage));
  return entry ? { entry, lang: own ? lang : site.defaultLanguage, isFallback: !own } : null;
}

const cache = new Map<string, Promise<{ path: string; body: string; bytes: number }>>();

export function calendarFeed(lang: string) {
  if (!cache.has(lang)) cache.set(lang, build(lang));
  return cache.get(lang)!;
}

async function build(lang: string) {
  const t = useTranslations(lang);
  const content = await campaignContent(lang);
  const host = new URL(site.url).host;
  const calendarPage = urlOf({ kind: 'sub', section: 'campaign', sub: 'calendar' }, lang);
  const events = occasionEvents(content?.entry.data.occasions ?? [], site.contentDate, host, (o) => `${calendarPage}#${o.id}`);
  // The plans' deadlines, as in the plans' own feeds: a past one says so.
  const names = await agencyNames(lang);
  const name = (id: string) => names.get(id) ?? id;
  const asOf = t('plans.statusAsOf', { date: formatDate(site.contentDate, lang) });
  const pastNote = (due: Date) => (deadlineStatus(due, site.contentDate) === 'past' ? `${t('plans.deadlinePast')} (${asOf})` : undefined);
  const deadlines = [];
  for (const { slug, entry: plan } of await localizedEntries('plans', lang)) {
    const page = urlOf({ kind: 'entry', section: 'plans', slug }, lang);
    deadlines.push(...planEvents({ slug, ...plan.data }, name, page, host, pastNote));
  }
  deadlines.sort((a, b) => a.date.getTime() - b.date.getTime() || a.uid.localeCompare(b.uid));
  const body = toIcs(`${pick(site.campaignName, lang)} – ${t('campaign.calendar.title')}`, [...events, ...deadlines], lang);
  return { path: calendarFile(lang), body, bytes: Buffer.byteLength(body, 'utf8') };
}
