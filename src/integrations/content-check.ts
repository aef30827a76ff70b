// First of all the build steps: checks content/ against the sections' schemas and interface
// strings, and stops with one readable line per problem, before Astro or Vite print anything
// (src/lib/build/content-check.ts says what is checked).
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { z } from 'astro/zod';
import { contentDir, site } from '../config/index.ts';
import { parse as parseYaml } from 'yaml';
import { uiSchema } from '../i18n/schema.ts';
import { checkContent, describeIssue, formatProblems, type Problem } from '../lib/build/content-check.ts';
import { checkIntegrity, say, type Check } from '../lib/build/integrity.ts';
import type { ContentType } from '../lib/build/schema.ts';

export async function findProblems(): Promise<Problem[]> {
  const sectionsDir = fileURLToPath(new URL('../sections/', import.meta.url));
  const types: Record<string, ContentType> = {};
  const namespaces: Record<string, z.ZodType> = {};
  const checks: Check[] = [];
  for (const key of readdirSync(sectionsDir).sort()) {
    const schema = path.join(sectionsDir, key, 'schema.ts');
    const strings = path.join(sectionsDir, key, 'strings.ts');
    if (existsSync(schema)) Object.assign(types, ((await import(pathToFileURL(schema).href)) as { contentTypes: Record<string, ContentType> }).contentTypes);
    const checksFile = path.join(sectionsDir, key, 'checks.ts');
    if (existsSync(checksFile)) checks.push(...((await import(pathToFileURL(checksFile).href)) as { checks: Check[] }).checks);
    if (existsSync(strings)) namespaces[key] = ((await import(pathToFileURL(strings).href)) as { strings: z.ZodType }).strings;
  }
  const languages = site.languages.map((l) => l.code);
  const { problems, content, unreadable } = checkContent(contentDir, types, { languages, defaultLanguage: site.defaultLanguage });
  // References across collections, once every file reads well (a broken file would only add echoes).
  if (unreadable === 0) problems.push(...checkIntegrity(content, languages, checks, site.defaultLanguage));
  const schema = uiSchema(namespaces);
  for (const lang of languages) {
    const file = path.join(contentDir, 'ui', `${lang}.yaml`);
    const shown = `content/ui/${lang}.yaml`;
    if (!existsSync(file)) {
      problems.push({
        file: shown,
        field: '(file)',
        text: say(`thiếu tệp chữ giao diện cho ngôn ngữ "${lang}"`, `the interface strings of "${lang}" are missing`),
      });
      continue;
    }
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push({
        file: shown,
        field: '(file)',
        text: say(`YAML sai: ${(error as Error).message.split('\n')[0]}`, `the YAML is wrong: ${(error as Error).message.split('\n')[0]}`),
      });
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) for (const issue of parsed.error.issues) for (const d of describeIssue(issue, schema, raw)) problems.push({ file: shown, ...d });
  }
  return problems;
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'site-content-check',
    hooks: {
      'astro:config:setup': async () => {
        const problems = await findProblems();
        if (problems.length === 0) return;
        process.stderr.write(`${formatProblems(problems)}\n`);
        // No stack trace and no build: the lines above are the whole message.
        process.exit(1);
      },
    },
  };
}
