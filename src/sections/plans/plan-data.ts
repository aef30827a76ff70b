// Plans as data: the rows, files and calendar events that the plan pages, the CSV/JSON
// downloads and the iCalendar feeds all share, so the files say what the pages show.
import { toCsv } from '../../lib/build/csv.ts';
import { isoDate } from '../../lib/build/format.ts';
import { deadlineStatus, planStatus } from '../../lib/build/status.ts';
import type { CalendarEvent } from '../../lib/build/ics.ts';

export interface PlanInput {
  slug: string;
  number: string;
  title: string;
  issuer: string;
  signer: { name: string; title: string };
  issued: Date;
  status: string;
  /** The plan's last day, when known. */
  ends?: Date | undefined;
  activities: {
    group: string;
    what: string;
    lead: string;
    partners: string[];
    timing?: string | undefined;
    budget?: number | undefined;
    request?: boolean | undefined;
  }[];
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

/** `asOf`: the content's date, which the plan's and each deadline's status are measured against. */
export function planJson(plan: PlanInput, name: Names, lang: string, pageUrl: string, asOf: Date): string {
  const data = {
    number: plan.number,
    title: plan.title,
    language: lang,
    issuer: plan.issuer,
    signer: plan.signer,
    issued: isoDate(plan.issued),
    status: plan.status,
    asOf: isoDate(asOf),
    ends: plan.ends ? isoDate(plan.ends) : null,
    planStatus: planStatus(plan.ends, asOf),
    page: pageUrl,
    currency: 'VND',
    budgetTotal: plan.budgetTotal ?? null,
    activities: plan.activities.map((a) => ({
      group: a.group,
      activity: a.what,
      requested: a.request ?? false,
      lead: { id: a.lead, name: name(a.lead) },
      partners: a.partners.map((id) => ({ id, name: name(id) })),
      timing: a.timing ?? null,
      budget: a.budget ?? null,
    })),
    deadlines: plan.reporting.map((r) => ({
      due: isoDate(r.due),
      status: deadlineStatus(r.due, asOf),
      duty: r.duty,
      agency: r.agency ? { id: r.agency, name: name(r.agency) } : null,
    })),
  };
  return JSON.stringify(data, null, 2) + '\n';
}

/** `noteFor` may say, for a deadline, where it stands (past, as of the content's date): it opens the description. */
export function planEvents(
  plan: PlanInput,
  name: Names,
  pageUrl: string,
  host: string,
  noteFor: (due: Date) => string | undefined = () => undefined,
): CalendarEvent[] {
  return plan.reporting.map((r, i) => ({
    uid: `${plan.slug}-${i + 1}-${isoDate(r.due)}@${host}`,
    date: r.due,
    summary: `${plan.number}: ${r.agency ? `${name(r.agency)} – ` : ''}${r.duty}`,
    description: [noteFor(r.due), plan.title, r.duty].filter(Boolean).join('\n'),
    url: pageUrl,
    stamp: plan.issued,
  }));
}
