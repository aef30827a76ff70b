// Reads and validates YAML files of content/: each problem names the file and the field.
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { formatIssues } from '../lib/build/errors.ts';
import { siteSchema, type SiteConfig } from './schema.ts';
import { safeUrl } from './urls.ts';

export function loadYaml<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: invalid content\n${formatIssues(parsed.error.issues)}`);
  return parsed.data;
}

/** Every localized value of the site file must be written in the default language, the fallback of all others. */
function missingDefault(site: SiteConfig): string[] {
  const lang = site.defaultLanguage;
  const fields: [string, Record<string, string> | undefined][] = [
    ['province', site.province],
    ['siteName', site.siteName],
    ['campaignName', site.campaignName],
    ['responsibleBody.name', site.responsibleBody.name],
    ['responsibleBody.note', site.responsibleBody.note],
    ['licence.url', site.licence.url],
    ...site.contacts.flatMap((c, i): [string, Record<string, string> | undefined][] => [
      [`contacts.${i}.label`, c.label],
      [`contacts.${i}.address`, c.address],
    ]),
    ...site.shareLinks.map((s, i): [string, Record<string, string>] => [`shareLinks.${i}.label`, s.label]),
  ];
  return fields.filter(([, v]) => v !== undefined && v[lang] === undefined).map(([f]) => `  ${f}: no text in the default language "${lang}"`);
}

/** A host that cannot be the real one: the placeholder of content/site.yaml (RFC 2606 names). */
export const isPlaceholderHost = (url: string) => /(^|\.)(example|invalid|test|localhost)$/i.test(new URL(url).hostname);

export function loadSite(file: string, env: { SITE_URL?: string | undefined; RELEASE?: string | undefined } = {}): SiteConfig {
  const site = loadYaml(file, siteSchema);
  const problems = missingDefault(site);
  if (!site.languages.some((l) => l.code === site.defaultLanguage)) problems.unshift(`  defaultLanguage: "${site.defaultLanguage}" is not in languages`);
  if (problems.length) throw new Error(`${file}: invalid content\n${problems.join('\n')}`);
  if (env.SITE_URL) {
    // The override is input like the file's own url, checked the same way.
    if (!safeUrl.safeParse(env.SITE_URL).success)
      throw new Error(`SITE_URL=${env.SITE_URL}: không phải địa chỉ http:// hay https:// — not an http:// or https:// address`);
    site.url = env.SITE_URL;
  }
  // A path in the address is the base the site is published under (astro.config.mjs); a query or
  // fragment cannot be part of every page's address.
  const { search, hash } = new URL(site.url);
  if (search || hash) {
    const where = env.SITE_URL ? `SITE_URL=${site.url}` : `${file}: url: ${site.url}`;
    throw new Error(`${where}: địa chỉ trang không được có ? hay # — the site's address cannot have a query (?) or a fragment (#)`);
  }
  // A build for publishing must carry the real address: it is printed in every poster's QR code,
  // and a poster printed with a dead code cannot be recalled. Development and CI builds keep the placeholder.
  if (env.RELEASE === '1' && isPlaceholderHost(site.url)) {
    throw new Error(
      `${file}: url: ${site.url} là địa chỉ tạm; bản phát hành cần địa chỉ thật (đặt url trong content/site.yaml hoặc SITE_URL=https://…) — ${site.url} is a placeholder; a release build needs the real address (set url in content/site.yaml or SITE_URL=https://…)`,
    );
  }
  return site;
}
