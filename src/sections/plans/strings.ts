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
  dataColumns: z.strictObject({ group: text, activity: text, lead: text, partners: text, timing: text, budget: text }), // CSV column names
});
