import { z } from 'astro/zod';
import { sectionStrings, text } from '../../i18n/schema.ts';
import { audienceGroups } from './audience-groups.ts';

export const strings = sectionStrings({
  objectives: text,
  duration: text,
  minutes: text,
  sessionPlan: text,
  method: text,
  activity: text,
  exercises: text,
  takeaways: text,
  selfCheck: text,
  showAnswer: text,
  correctAnswer: text,
  facilitatorNotes: text,
  audienceGroups: z.strictObject(Object.fromEntries(audienceGroups.map((k) => [k, text])) as Record<(typeof audienceGroups)[number], typeof text>),
  handout: text,
});
