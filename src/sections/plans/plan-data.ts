// Plans as data: the rows, files and calendar events that the plan pages, the CSV/JSON
// downloads and the iCalendar feeds all share, so the files say what the pages show.
import { toCsv } from '../../lib/build/csv.ts';
import { isoDate } from '../../lib/build/format.ts';
import type { CalendarEvent } from '../../lib/build/ics.ts';

export interface PlanInput {
  slug: string;
  number: string;
  title: string;
  issuer: string;
  signer: { name: string; title: string };
  issued: Date;
  status: string;
  activities: { group: string; what: string; lead: string; partners: string[]; timing?: string | undefined; budget?: number | undefined }[];
  budgetTotal?: number | undefined;
  reporting: { due: Date; duty: string; agency?: string | undefined }[];
}

export interface ColumnLabels {
  group: string;
  activity: string;
  lead: string;
  partners: string;
  timing: string;
  budget: string;
}

type Names = (id: string) => string;

export function activityRows(plan: PlanInput, name: Names) {
  return plan.activities.map((a) => ({
    group: a.group,
    activity: a.what,
    lead: name(a.lead),
    partners: a.partners.map(name),
    timing: a.timing,
    budget: a.budget,
  }));
}

export function planCsv(plan: PlanInput, name: Names, columns: ColumnLabels): string {
  const header = [columns.group, columns.activity, columns.lead, columns.partners, columns.timing, columns.budget];
  const rows = activityRows(plan, name).map((r) => [r.group, r.activity, r.lead, r.partners.join('; '), r.timing, r.budget]);
  return toCsv(header, rows);
}

export function planJson(plan: PlanInput, name: Names, lang: string, pageUrl: string): string {
  const data = {
    number: plan.number,
    title: plan.title,
    language: lang,
    issuer: plan.issuer,
    signer: plan.signer,
    issued: isoDate(plan.issued),
    status: plan.status,
    page: pageUrl,
    currency: 'VND',
    budgetTotal: plan.budgetTotal ?? null,
    activities: plan.activities.map((a) => ({
      group: a.group,
      activity: a.what,
      lead: { id: a.lead, name: name(a.lead) },
      partners: a.partners.map((id) => ({ id, name: name(id) })),
      timing: a.timing ?? null,
      budget: a.budget ?? null,
    })),
    deadlines: plan.reporting.map((r) => ({
      due: isoDate(r.due),
      duty: r.duty,
      agency: r.agency ? { id: r.agency, name: name(r.agency) } : null,
    })),
  };
  return JSON.stringify(data, null, 2) + '\n';
}

export function planEvents(plan: PlanInput, name: Names, pageUrl: string, host: string): CalendarEvent[] {
  return plan.reporting.map((r, i) => ({
    uid: `${plan.slug}-${i + 1}-${isoDate(r.due)}@${host}`,
    date: r.due,
    summary: `${plan.number}: ${r.agency ? `${name(r.agency)} – ` : ''}${r.duty}`,
    description: `${plan.title}\n${r.duty}`,
    url: pageUrl,
    stamp: plan.issued,
  }));
}
