// The downloadable files of the plans, per language: built once, served by
// src/pages/data/[file].ts and listed (with their sizes) on the plan pages.
import { agencyNames, localizedEntries } from '../../lib/build/content.ts';
import { toIcs } from '../../lib/build/ics.ts';
import { formatDate } from '../../lib/build/format.ts';
import { deadlineStatus } from '../../lib/build/status.ts';
import { urlOf } from '../../lib/build/pages.ts';
import { planCsv, planEvents, planJson, type PlanInput } from './plan-data.ts';
import { site } from '../../config/index.ts';
import { useTranslations } from '../../i18n/index.ts';

export interface DataFile {
  path: string;
  format: 'CSV' | 'JSON' | 'iCalendar';
  contentType: string;
  body: string;
  bytes: number;
  /** The plan the file belongs to; undefined for the all-plans calendar. */
  plan?: string;
}

const cache = new Map<string, Promise<DataFile[]>>();

export function planFiles(lang: string): Promise<DataFile[]> {
  if (!cache.has(lang)) cache.set(lang, build(lang));
  return cache.get(lang)!;
}

const file = (path: string, format: DataFile['format'], contentType: string, body: string, plan?: string): DataFile => ({
  path,
  format,
  contentType,
  body,
  bytes: Buffer.byteLength(body, 'utf8'),
  ...(plan ? { plan } : {}),
});

async function build(lang: string): Promise<DataFile[]> {
  const t = useTranslations(lang);
  const names = await agencyNames(lang);
  const columns = {
    group: t('plans.dataColumns.group'),
    activity: t('plans.dataColumns.activity'),
    lead: t('plans.dataColumns.lead'),
    partners: t('plans.dataColumns.partners'),
    timing: t('plans.dataColumns.timing'),
    budget: t('plans.dataColumns.budget'),
  };
  const name = (id: string) => names.get(id) ?? id;
  const host = new URL(site.url).host;
  // Calendar apps show old deadlines like new ones: a past one says so in its description.
  const asOf = t('plans.statusAsOf', { date: formatDate(site.contentDate, lang) });
  const pastNote = (due: Date) => (deadlineStatus(due, site.contentDate) === 'past' ? `${t('plans.deadlinePast')} (${asOf})` : undefined);
  const files: DataFile[] = [];
  const allEvents = [];
  for (const { slug, entry, lang: shown } of await localizedEntries('plans', lang)) {
    const d = entry.data;
    const plan: PlanInput = { slug, ...d };
    const page = urlOf({ kind: 'entry', section: 'plans', slug }, lang);
    const base = `/data/${slug}-${lang}`;
    files.push(file(`${base}.csv`, 'CSV', 'text/csv; charset=utf-8', planCsv(plan, name, columns), slug));
    files.push(file(`${base}.json`, 'JSON', 'application/json; charset=utf-8', planJson(plan, name, shown, page, site.contentDate), slug));
    const events = planEvents(plan, name, page, host, pastNote);
    allEvents.push(...events);
    files.push(file(`${base}.ics`, 'iCalendar', 'text/calendar; charset=utf-8', toIcs(`${d.number} – ${t('plans.planCalendar')}`, events, shown), slug));
  }
  allEvents.sort((a, b) => a.date.getTime() - b.date.getTime() || a.uid.localeCompare(b.uid));
  files.push(file(`/data/thoi-han-ke-hoach-${lang}.ics`, 'iCalendar', 'text/calendar; charset=utf-8', toIcs(t('plans.allDeadlinesCalendar'), allEvents, lang)));
  return files;
}
