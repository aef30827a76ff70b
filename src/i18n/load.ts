// Reads content/ui/<lang>.yaml. The pages validate every namespace (src/i18n/index.ts); steps
// that run after the build need only "common" and pass no section schemas.
import path from 'node:path';
import { z } from 'astro/zod';
import { loadYaml } from '../config/load.ts';
import { createTranslator, type Translator } from './t.ts';
import { uiSchema } from './schema.ts';

export function loadStrings(dir: string, lang: string, locale: string, sections: Record<string, z.ZodType> | 'any'): Translator {
  const file = path.join(dir, 'ui', `${lang}.yaml`);
  const schema = sections === 'any' ? uiSchema({}).catchall(z.record(z.string(), z.unknown())) : uiSchema(sections);
  const strings = loadYaml(file, schema) as Record<string, unknown>;
  return createTranslator(strings, lang, locale, `content/ui/${lang}.yaml`);
}
