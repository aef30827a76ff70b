// Who must do what: every task of one agency across the plans, for the agency pages, the
// agencies × plans overview and the deadlines page. A task given to a group of bodies ("các sở, ban,
// ngành") is also each member's (content/agencies/<id>.yaml `memberOf`), marked as shared.

export interface PlanTasksInput {
  slug: string;
  activities: { what: string; lead: string; partners: string[]; timing?: string | undefined; request?: boolean | undefined }[];
  responsibilities: { agency: string; duties: string[]; request?: boolean | undefined }[];
  reporting: { due: Date; duty: string; agency?: string | undefined }[];
}

export interface AgencyTasks {
  plan: string;
  lead: string[];
  partner: string[];
  duties: string[];
  reporting: { due: Date; duty: string }[];
}

/** An agency's own tasks in a plan, by role (not those of its groups). */
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

export type TaskRole = 'lead' | 'partner' | 'responsible' | 'reporting';

/** One task as an agency's page lists it: what, in which role, with its time frame or deadline. */
export interface AgencyTask {
  role: TaskRole;
  what: string;
  /** The activity's time frame as the plan words it ("Quý III/2011", "Thường xuyên"). */
  timing?: string | undefined;
  /** A dated deadline. */
  due?: Date | undefined;
  /** Asked of a body the plan cannot instruct ("Đề nghị…"). */
  request: boolean;
  /** The group the task was given to, when the agency has it as one of the group's members. */
  via?: string | undefined;
  /** A deadline the plan sets for no one body: the whole plan's. */
  planWide: boolean;
}

/**
 * Every task of an agency in a plan: its own, then those given to each group it belongs to (marked
 * `via`), then, if it has any task in the plan, the plan's deadlines that name no body (`planWide`).
 */
export function agencyTasks(agency: string, groups: readonly string[], plan: PlanTasksInput): AgencyTask[] {
  const of = (id: string, via?: string): AgencyTask[] => [
    ...plan.activities
      .filter((a) => a.lead === id)
      .map((a) => ({ role: 'lead' as const, what: a.what, timing: a.timing, request: a.request ?? false, via, planWide: false })),
    ...plan.activities
      .filter((a) => a.partners.includes(id))
      .map((a) => ({ role: 'partner' as const, what: a.what, timing: a.timing, request: a.request ?? false, via, planWide: false })),
    ...plan.responsibilities
      .filter((r) => r.agency === id)
      .flatMap((r) => r.duties.map((what) => ({ role: 'responsible' as const, what, request: r.request ?? false, via, planWide: false }))),
    ...plan.reporting
      .filter((r) => r.agency === id)
      .map((r) => ({ role: 'reporting' as const, what: r.duty, due: r.due, request: false, via, planWide: false })),
  ];
  const tasks = [...of(agency), ...groups.filter((g) => g !== agency).flatMap((g) => of(g, g))];
  if (tasks.length === 0) return [];
  const planWide = plan.reporting
    .filter((r) => r.agency === undefined)
    .map((r) => ({ role: 'reporting' as const, what: r.duty, due: r.due, request: false, planWide: true }));
  return [...tasks, ...planWide];
}

/** The bodies that name a group in their `memberOf`, by group. */
export function membersByGroup(agencies: readonly { id: string; memberOf: readonly string[] }[]): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const a of agencies) for (const g of a.memberOf) members.set(g, [...(members.get(g) ?? []), a.id]);
  return members;
}

/** Every dated duty across plans, earliest first. */
export function timeline<P extends { slug: string; reporting: { due: Date; duty: string; agency?: string | undefined }[] }>(plans: P[]) {
  return plans
    .flatMap((p) => p.reporting.map((r) => ({ plan: p, ...r })))
    .sort((a, b) => a.due.getTime() - b.due.getTime() || a.plan.slug.localeCompare(b.plan.slug));
}

/**
 * The dated duties grouped by the body they are for (`undefined`: the whole plan's), each group
 * earliest first, groups in the order of `order` (bodies' ids, e.g. by name) and the plan-wide last.
 */
export function deadlinesByBody<E extends { due: Date; agency?: string | undefined }>(
  events: readonly E[],
  order: readonly string[],
): { agency: string | undefined; events: E[] }[] {
  const groups = new Map<string | undefined, E[]>();
  for (const e of [...events].sort((a, b) => a.due.getTime() - b.due.getTime())) groups.set(e.agency, [...(groups.get(e.agency) ?? []), e]);
  const rank = (id: string | undefined) => (id === undefined ? Infinity : order.indexOf(id) === -1 ? order.length : order.indexOf(id));
  return [...groups]
    .map(([agency, list]) => ({ agency, events: list }))
    .sort((a, b) => rank(a.agency) - rank(b.agency) || String(a.agency).localeCompare(String(b.agency)));
}
