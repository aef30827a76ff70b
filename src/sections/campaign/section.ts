// Running the campaign, for the officers of agencies, communes and the Women's Union: a calendar
// of the yearly occasions to build an activity on (with its iCalendar feed), and a report template
// (DOCX) for each of the province's plans. Both go into the press kit.
import { defineSection } from '../types.ts';
import { calendarFile } from './calendar-file.ts';
import { reportFiles } from './report-files.ts';

export default defineSection({
  key: 'campaign',
  order: 55,
  // The calendar and the report templates are in the search index.
  indexed: true,
  subpages: {
    calendar: { view: 'Calendar' },
    reports: { view: 'Reports' },
  },
  pressKit: async (lang) => [
    { path: calendarFile(lang), folder: 'du-lieu' },
    ...(await reportFiles(lang)).map((f) => ({ path: f.path, folder: 'mau-bao-cao' })),
  ],
});
