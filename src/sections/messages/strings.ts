import { sectionStrings } from '../../i18n/schema.ts';

export const strings = sectionStrings({});
