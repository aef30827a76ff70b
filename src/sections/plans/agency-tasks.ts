// Who must do what: every task of one agency across the plans, for the agency pages
// and the agencies × plans overview.

export interface PlanTasksInput {
  slug: string;
  activities: { what: string; lead: string; partners: string[]; timing?: string | undefined }[];
  responsibilities: { agency: string; duties: string[] }[];
  reporting: { due: Date; duty: string; agency?: string | undefined }[];
}

export interface AgencyTasks {
  plan: string;
  lead: string[];
  partner: string[];
  duties: string[];
  reporting: { due: Date; duty: string }[];
}

export function tasksOf(agency: string, plan: PlanTasksInput): AgencyTasks {
  return {
    plan: plan.slug,
    lead: plan.activities.filter((a) => a.lead === agency).map((a) => a.what),
    partner: plan.activities.filter((a) => a.partners.includes(agency)).map((a) => a.what),
    duties: plan.responsibilities.filter((r) => r.agency === agency).flatMap((r) => r.duties),
    reporting: plan.reporting.filter((r) => r.agency === agency).map(({ due, duty }) => ({ due, duty })),
  };
}

export const taskCount = (t: AgencyTasks) => t.lead.length + t.partner.length + t.duties.length + t.reporting.length;

/** Every dated duty across plans, earliest first. */
export function timeline<P extends { slug: string; reporting: { due: Date; duty: string; agency?: string | undefined }[] }>(plans: P[]) {
  return plans
    .flatMap((p) => p.reporting.map((r) => ({ plan: p, ...r })))
    .sort((a, b) => a.due.getTime() - b.due.getTime() || a.plan.slug.localeCompare(b.plan.slug));
}
