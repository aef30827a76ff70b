import { sectionStrings, text } from '../../i18n/schema.ts';

export const strings = sectionStrings({
  steps: text, // heading of the ordered list of steps
  deadline: text, // before a step's deadline: "Deadline"
  basis: text, // before a step's legal references
  training: text, // before the training modules that suit a step
  lastElection: text, // heading of the note on the most recent election
  checklist: text, // the A4 checklist, as a download and a heading
  checklistHelp: text, // under the checklist download: what it is for
  seePage: text, // printed: where the full steps are, before the address
});
