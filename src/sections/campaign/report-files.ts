// The report templates, one per plan and language, built once per build from the plans' content:
// served by src/pages/tai-ve/[report].docx.ts, offered on the templates, plan and agency pages
// with their sizes, and put in the press kit.
import { agencyNames, localizedEntries } from '../../lib/build/content.ts';
import { formatDate } from '../../lib/build/format.ts';
import { deadlineStatus, planStatus } from '../../lib/build/status.ts';
import { urlOf } from '../../lib/build/pages.ts';
import { DOWNLOADS } from '../../lib/print/files.ts';
import { pick, site } from '../../config/index.ts';
import { useTranslations } from '../../i18n/index.ts';
import { reportDocx, type ReportInput } from './report-template.ts';

export interface ReportFile {
  plan: string;
  /** The plan's number, for labels: "58/KH-UBND". */
  number: string;
  path: string;
  lang: string;
  body: Uint8Array;
  bytes: number;
  /** The activities the template lists, as the plan states them (for the tests and the page). */
  activities: string[];
}

export const reportFile = (plan: string, lang: string) => `${DOWNLOADS}mau-bao-cao-${plan}-${lang}.docx`;

const cache = new Map<string, Promise<ReportFile[]>>();

export function reportFiles(lang: string): Promise<ReportFile[]> {
  if (!cache.has(lang)) cache.set(lang, build(lang));
  return cache.get(lang)!;
}

async function build(lang: string): Promise<ReportFile[]> {
  const t = useTranslations(lang);
  const names = await agencyNames(lang);
  const name = (id: string) => names.get(id) ?? id;
  const siteName = pick(site.siteName, lang);
  const asOf = site.contentDate;
  const files: ReportFile[] = [];
  for (const { slug, entry } of await localizedEntries('plans', lang)) {
    const d = entry.data;
    const planName = `${d.type} ${d.number}`;
    const status = planStatus(d.ends, asOf);
    const statusText = [
      status === 'unknown'
        ? t('plans.statusUnknown')
        : t(status === 'ended' ? 'plans.statusEnded' : 'plans.statusRunning', { date: formatDate(d.ends!, lang) }),
      `(${t('plans.statusAsOf', { date: formatDate(asOf, lang) })}).`,
    ].join(' ');
    const page = urlOf({ kind: 'entry', section: 'plans', slug }, lang);
    const input: ReportInput = {
      lang,
      title: `${t('campaign.templateOf', { plan: d.number })} – ${d.shortTitle}`,
      creator: siteName,
      date: asOf,
      words: {
        ...t.group('campaign.report'),
        subject: t('campaign.report.subject', { plan: planName, date: formatDate(d.issued, lang), issuer: d.issuer }),
        notice: t('campaign.report.notice', { site: siteName, plan: planName }),
        madeBy: t('campaign.report.madeBy', { site: siteName, url: site.url, licence: site.licence.name }),
        planTitle: d.title,
        status: statusText,
        changes: d.changesSince && {
          heading: `${t('plans.changesSince')} (${t('plans.asOf')} ${formatDate(d.changesSince.asOf, lang)})`,
          text: d.changesSince.text,
        },
        requested: t('plans.requested'),
        lead: t('plans.lead'),
        partners: t('plans.partners'),
        timing: t('plans.timing'),
        budget: t('plans.budget'),
      } as ReportInput['words'],
      deadlines: d.reporting.map((r) => {
        const past = deadlineStatus(r.due, asOf) === 'past' ? t('plans.deadlinePast') : t('plans.deadlineOpen');
        return `${formatDate(r.due, lang)} (${past}) – ${r.agency ? `${name(r.agency)}: ` : ''}${r.duty}`;
      }),
      duties: d.responsibilities.map((r) => ({ agency: name(r.agency), requested: r.request, items: r.duties })),
      activities: d.activities.map((a) => ({
        group: a.group,
        what: a.what,
        lead: name(a.lead),
        partners: a.partners.map(name),
        timing: a.timing,
        budget: a.budget === undefined ? undefined : t('plans.money', { amount: a.budget }),
        requested: a.request,
      })),
      sources: [...d.sources.map((s) => (s.url ? `${s.title}: ${s.url}` : s.title)), `${t('campaign.planPage')}: ${page}`],
    };
    const body = await reportDocx(input);
    files.push({ plan: slug, number: d.number, path: reportFile(slug, lang), lang, body, bytes: body.length, activities: d.activities.map((a) => a.what) });
  }
  return files;
}
