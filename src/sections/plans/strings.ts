import { z } from 'astro/zod';
import { page, plural, sectionStrings, text } from '../../i18n/schema.ts';

export const strings = sectionStrings({
  agencies: page, // the agencies sub-page and one page per agency
  deadlines: page, // the deadlines sub-page
  purposes: text,
  requirements: text,
  period: text,
  targetGroups: text,
  activities: text,
  lead: text,
  partners: text,
  timing: text,
  budget: text,
  total: text,
  responsibilities: text,
  reporting: text,
  due: text,
  recipients: text,
  changesSince: text,
  asOf: text,
  calendarHelp: text,
  allDeadlinesCalendar: text,
  planCalendar: text,
  planData: text,
  roleLead: text,
  rolePartner: text,
  roleResponsible: text,
  roleReporting: text,
  share: text, // a budget item's share of the total
  plan: text,
  agency: text,
  matrixCaption: text,
  tasksCount: plural, // a count of tasks: {count}
  statusAsOf: text.includes('{date}'), // "Status as of {date}": the content's date
  statusEnded: text.includes('{date}'), // a plan whose period ended on {date}
  statusRunning: text.includes('{date}'), // a plan running until {date}
  statusUnknown: text, // a plan whose end is not known
  deadlinePast: text, // a deadline that has passed
  deadlineOpen: text, // a deadline still to come
  allPast: text, // after the status date on the deadlines page, when every deadline has passed
  requested: text, // marks what a plan only asks of a body (Đề nghị), as opposed to assigns
  money: text.includes('{amount}'), // an amount of đồng: {amount} is the number in the locale's grouping
  // Agency pages: every task of a body by plan, with its deadline or time frame and status.
  task: text, // column: the task
  role: text, // column: the body's role in it
  when: text, // column: its deadline or time frame
  tasksOf: text.includes('{agency}').includes('{plan}'), // a table's caption
  wholePeriod: text, // the time frame of a task the plan gives no time of its own
  agencyPlanEnded: text.includes('{date}'), // under a plan's heading on an agency page
  agencyPlanRunning: text.includes('{date}'),
  planEndedShort: text, // the status of an undated task of an ended plan
  planRunningShort: text,
  statusUnknownShort: text,
  sharedVia: text, // before the group a shared task was given to
  planWide: text, // a deadline the plan sets for no one body
  memberOf: text, // before the groups a body belongs to
  members: text, // before the bodies that belong to a group
  deadlinesOfAgency: text, // a body's link to its deadlines on the deadlines page
  byBody: text, // the deadlines page's list of bodies
  deadlinesCount: plural, // a body's number of deadlines: {count}
  matrixOwnOnly: text, // under the agencies × plans table
  dataColumns: z.strictObject({ group: text, activity: text, lead: text, partners: text, timing: text, budget: text }), // CSV column names
});
