// Where things stand, as of the content's date (content/site.yaml `contentDate`), never the
// build clock: the same content gives the same pages whenever it is built.

export type DeadlineStatus = 'past' | 'open';
export type PlanStatus = 'ended' | 'running' | 'unknown';

/** A deadline is past once its day is over on the content's date. */
export function deadlineStatus(due: Date, asOf: Date): DeadlineStatus {
  return due.getTime() < asOf.getTime() ? 'past' : 'open';
}

/** A plan has ended once the last day of its period is past; without that day, it is not known. */
export function planStatus(ends: Date | undefined, asOf: Date): PlanStatus {
  if (!ends) return 'unknown';
  return ends.getTime() < asOf.getTime() ? 'ended' : 'running';
}
