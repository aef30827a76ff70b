// Checks every file of content/ before Astro reads it, and says what is wrong in words an editor
// understands, one line per problem, file and field first, in Vietnamese and English. What it checks:
// text files in UTF-8; one file per entry (no x.md beside x.mdx, no `slug:` that would replace
// another entry); front matter that the section's schema accepts (strict: unknown keys are errors,
// with a "did you mean"); real calendar dates; MDX bodies that cannot run code (no import/export,
// no {expressions}, no HTML or components but the allowed ones); links with safe schemes only;
// translations that have an original and carry its figures, dates, amounts and references.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';
import { say, type ContentSet, type EntryLike, type Problem } from './integrity.ts';
import type { ContentType } from './schema.ts';

export type { Problem } from './integrity.ts';

export interface CheckOptions {
  languages: readonly string[];
  defaultLanguage: string;
  /** Components a body may use (the site's own); none by default. */
  components?: readonly string[];
}

// ---------- zod issues in plain words ----------

type Issue = z.core.$ZodIssue;
type Schema = z.ZodType;

const typeWords: Record<string, [string, string]> = {
  string: ['chữ', 'text'],
  number: ['một số', 'a number'],
  int: ['một số nguyên', 'a whole number'],
  boolean: ['true hoặc false', 'true or false'],
  array: ['một danh sách (các dòng bắt đầu bằng "- ")', 'a list (lines starting with "- ")'],
  object: ['một nhóm khóa', 'a group of keys'],
  date: ['một ngày viết năm-tháng-ngày', 'a date written yyyy-mm-dd'],
};

export function fieldPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '') || '(file)';
}

/** The keys the schema allows at a path, for "did you mean". */
export function keysAt(schema: Schema, p: readonly PropertyKey[]): string[] {
  let s: unknown = schema;
  const unwrap = (x: unknown): unknown => {
    for (;;) {
      const def = (x as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
      if (!def) return x;
      if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type as string)) x = def.innerType;
      else if (def.type === 'pipe') x = def.in;
      else return x;
    }
  };
  for (const k of [...p, undefined]) {
    s = unwrap(s);
    const def = (s as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
    if (!def) return [];
    if (k === undefined) return def.type === 'object' ? Object.keys(def.shape as object) : [];
    if (def.type === 'object') s = (def.shape as Record<string, unknown>)[String(k)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return [];
  }
  return [];
}

/** Levenshtein distance, for near names. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length]!;
}

export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) ((best = c), (bestD = d));
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

export function describeIssue(issue: Issue, schema: Schema, data: unknown): { field: string; text: string }[] {
  const field = fieldPath(issue.path);
  const valueAt = (p: readonly PropertyKey[]) => p.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], data);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const f = fieldPath([...issue.path, key]);
        if (key === 'slug' && issue.path.length === 0) {
          return {
            field: f,
            text: say(
              'địa chỉ của trang lấy từ tên tệp; hãy bỏ dòng slug (nó có thể thay thế một trang khác)',
              'the page’s address comes from the file name; remove slug (it could replace another entry)',
            ),
          };
        }
        const guess = nearest(key, known);
        return {
          field: f,
          text: guess
            ? say(`khóa này không có trong mẫu; có phải là "${guess}"?`, `unknown key; did you mean "${guess}"?`)
            : say(`khóa này không có trong mẫu; các khóa được dùng ở đây: ${known.join(', ')}`, `unknown key; the keys allowed here: ${known.join(', ')}`),
        };
      });
    }
    case 'invalid_type': {
      if (valueAt(issue.path) === undefined) return [{ field, text: say('thiếu trường bắt buộc này', 'this required field is missing') }];
      const [vi, en] = typeWords[issue.expected] ?? [issue.expected, issue.expected];
      return [{ field, text: say(`phải là ${vi}`, `should be ${en}`) }];
    }
    case 'too_small':
      if (issue.origin === 'string') return [{ field, text: say('không được để trống', 'must not be empty') }];
      if (issue.origin === 'array') return [{ field, text: say(`cần ít nhất ${String(issue.minimum)} mục`, `needs at least ${String(issue.minimum)} items`) }];
      return [{ field, text: say(`phải từ ${String(issue.minimum)} trở lên`, `must be at least ${String(issue.minimum)}`) }];
    case 'invalid_value':
      return [{ field, text: say(`phải là một trong: ${issue.values.map(String).join(', ')}`, `must be one of: ${issue.values.map(String).join(', ')}`) }];
    case 'invalid_format':
      if (issue.format === 'url')
        return [{ field, text: say('phải là một địa chỉ bắt đầu bằng http:// hoặc https://', 'must be an address starting with http:// or https://') }];
      if (issue.format === 'email') return [{ field, text: say('phải là một địa chỉ thư điện tử', 'must be an email address') }];
      return [{ field, text: issue.message.includes(' — ') ? issue.message : say(issue.message, issue.message) }];
    default:
      return [{ field, text: issue.message.includes(' — ') ? issue.message : say(issue.message, issue.message) }];
  }
}

// ---------- bodies ----------

interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number } };
}

/** Addresses a reader may follow: http(s), mailto, tel, and the site's own paths and anchors. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i.test(url.trim());
}

export function checkBody(body: string, mdx: boolean, components: readonly string[] = []): { line: number | undefined; text: string }[] {
  const out: { line: number | undefined; text: string }[] = [];
  let tree: MdNode;
  try {
    const processor = mdx ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
    tree = processor.parse(body) as MdNode;
  } catch (error) {
    const e = error as { message: string; line?: number };
    return [{ line: e.line, text: say(`không đọc được nội dung: ${e.message}`, `the body cannot be read: ${e.message}`) }];
  }
  const walk = (n: MdNode) => {
    const line = n.position?.start.line;
    if (n.type === 'mdxjsEsm')
      out.push({ line, text: say('không được dùng import hoặc export trong nội dung', 'import and export are not allowed in content') });
    if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') {
      out.push({
        line,
        text: say(
          'không được dùng biểu thức trong dấu { }; nếu cần dấu ngoặc nhọn, viết \\{ và \\}',
          'no {expressions} in content; to show a brace write \\{ and \\}',
        ),
      });
    }
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && !components.includes(n.name ?? '')) {
      out.push({
        line,
        text: say(`không được dùng thẻ <${n.name ?? ''}> trong nội dung; hãy viết bằng Markdown`, `no <${n.name ?? ''}> tags in content; write it in Markdown`),
      });
    }
    if (n.type === 'html')
      out.push({ line, text: say('không được dùng HTML trong nội dung; hãy viết bằng Markdown', 'no HTML in content; write it in Markdown') });
    if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && n.url !== undefined && !isSafeUrl(n.url)) {
      out.push({
        line,
        text: say(
          `địa chỉ "${n.url}" không dùng được: chỉ http://, https://, mailto:, tel: hoặc đường dẫn của trang (/…)`,
          `the address "${n.url}" is not allowed: only http://, https://, mailto:, tel: or a site path (/…)`,
        ),
      });
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return out;
}

// ---------- translations ----------

/** Strings that are identifiers, not words: the same in every language. */
const ID_KEYS = new Set(['law', 'lead', 'partners', 'agency', 'audienceGroups', 'kind']);
/** Strings that are identifiers when written as one token (58/KH-UBND, decree), words otherwise ("Kế hoạch", "Plan"). */
const CODE_KEYS = new Set(['number', 'type']);
const isCode = (key: string, s: string) => ID_KEYS.has(key) || (CODE_KEYS.has(key) && !/\s/.test(s));
/** What a translation has its own of: its sources, and a recording of its own script. */
const FREE_KEYS = new Set(['sources', 'audio']);

const hasFacts = (v: unknown): boolean =>
  v instanceof Date ||
  typeof v === 'number' ||
  typeof v === 'boolean' ||
  (Array.isArray(v) ? v.some(hasFacts) : typeof v === 'object' && v !== null && Object.values(v).some(hasFacts));
const show = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : Array.isArray(v) ? `${v.length}` : JSON.stringify(v));

/** Where a translation's figures, dates, amounts and references differ from its original's. */
export function compareFacts(
  original: unknown,
  translation: unknown,
  p: (string | number)[] = [],
  key = '',
): { field: string; original: string; translation: string }[] {
  const out: { field: string; original: string; translation: string }[] = [];
  const diff = (a: unknown, b: unknown) => out.push({ field: fieldPath(p), original: show(a), translation: show(b) });
  if (FREE_KEYS.has(key)) return out;
  if (original instanceof Date || translation instanceof Date) {
    if (!(original instanceof Date && translation instanceof Date && original.getTime() === translation.getTime())) diff(original, translation);
  } else if (Array.isArray(original) && Array.isArray(translation)) {
    if (original.length !== translation.length && (hasFacts(original) || hasFacts(translation) || ID_KEYS.has(key))) diff(original, translation);
    for (let i = 0; i < Math.min(original.length, translation.length); i++) out.push(...compareFacts(original[i], translation[i], [...p, i], key));
  } else if (typeof original === 'object' && original !== null && typeof translation === 'object' && translation !== null) {
    for (const k of new Set([...Object.keys(original), ...Object.keys(translation)])) {
      out.push(...compareFacts((original as Record<string, unknown>)[k], (translation as Record<string, unknown>)[k], [...p, k], k));
    }
  } else if (typeof original === 'string' && typeof translation === 'string') {
    if (isCode(key, original) && original !== translation) diff(original, translation);
  } else if (original !== translation && (hasFacts(original) || hasFacts(translation))) {
    diff(original, translation);
  }
  return out;
}

// ---------- files ----------

function splitFrontMatter(text: string): { fm: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  return { fm: m[1]!, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

const files = (dir: string) => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};

/**
 * Checks the content folder `dir` against the content types. Returns the problems, and the entries
 * that passed, by collection, for the sections' checks across collections.
 */
export function checkContent(
  dir: string,
  types: Readonly<Record<string, ContentType>>,
  options: CheckOptions,
): { problems: Problem[]; content: ContentSet; unreadable: number } {
  const problems: Problem[] = [];
  let unreadable = 0;
  const content: ContentSet = {};
  const shown = (f: string) => `content/${path.relative(dir, f).split(path.sep).join('/')}`;
  const add = (file: string, field: string, text: string) => problems.push({ file: shown(file), field, text });

  const readData = (file: string, type: ContentType, frontMatter: boolean): { data: unknown; body?: string; bodyLine?: number } | undefined => {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
    } catch {
      add(file, '(file)', say('tệp không phải văn bản UTF-8; hãy lưu lại với mã hóa UTF-8', 'the file is not UTF-8 text; save it again as UTF-8'));
      unreadable++;
      return undefined;
    }
    let yamlText = text;
    let body: string | undefined;
    let bodyLine = 1;
    if (frontMatter) {
      const split = splitFrontMatter(text);
      if (!split) {
        add(file, '(file)', say('thiếu phần đầu giữa hai dòng ---', 'the front matter between two --- lines is missing'));
        unreadable++;
        return undefined;
      }
      ({ fm: yamlText, body, bodyLine } = split);
    }
    // YAML 1.2 core schema: dates stay text, so an impossible date is seen as written.
    const doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length) {
      for (const e of doc.errors) {
        const line = (e.linePos?.[0]?.line ?? 0) + (frontMatter ? 1 : 0);
        add(file, `(line ${line})`, say(`YAML sai: ${e.message.split('\n')[0]}`, `the YAML is wrong: ${e.message.split('\n')[0]}`));
      }
      unreadable++;
      return undefined;
    }
    const raw = doc.toJS();
    const parsed = type.schema.safeParse(raw ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) for (const d of describeIssue(issue, type.schema, raw)) add(file, d.field, d.text);
      unreadable++;
      return undefined;
    }
    return { data: parsed.data, ...(body !== undefined ? { body, bodyLine } : {}) };
  };

  for (const [collection, type] of Object.entries(types)) {
    const folder = path.join(dir, type.folder);
    const entries: EntryLike[] = (content[collection] = []);
    if (type.files === 'yaml') {
      for (const name of files(folder)) {
        const file = path.join(folder, name);
        if (!name.endsWith('.yaml')) {
          add(file, '(file)', say('chỉ đặt tệp .yaml ở thư mục này', 'only .yaml files belong in this folder'));
          continue;
        }
        const read = readData(file, type, false);
        if (read) entries.push({ id: name.replace(/\.yaml$/, ''), filePath: shown(file), data: read.data as Record<string, unknown> });
      }
      continue;
    }
    // Entries: <lang>/<slug>.md(x), one file per slug and language.
    const bySlug = new Map<string, Map<string, { file: string; data: unknown }>>();
    const present = new Set<string>();
    for (const lang of files(folder)) {
      const langDir = path.join(folder, lang);
      if (!statSync(langDir).isDirectory()) {
        add(langDir, '(file)', say('mục nội dung nằm trong thư mục ngôn ngữ, ví dụ vi/', 'entries go in a language folder, e.g. vi/'));
        continue;
      }
      if (!options.languages.includes(lang))
        add(
          langDir,
          '(file)',
          say(`ngôn ngữ "${lang}" chưa có trong languages của content/site.yaml`, `language "${lang}" is not in content/site.yaml languages`),
        );
      const seen = new Map<string, string>();
      for (const name of files(langDir)) {
        const file = path.join(langDir, name);
        const m = /^(.+)\.(mdx?)$/.exec(name);
        if (!m) {
          add(file, '(file)', say('chỉ đặt tệp .md hoặc .mdx ở đây', 'only .md or .mdx files belong here'));
          continue;
        }
        const slug = m[1]!;
        if (seen.has(slug)) {
          add(
            file,
            '(file)',
            say(`trùng với ${seen.get(slug)}: mỗi mục chỉ một tệp, hãy bỏ một tệp`, `same entry as ${seen.get(slug)}: one file per entry, remove one`),
          );
          continue;
        }
        seen.set(slug, name);
        present.add(`${lang}/${slug}`);
        const read = readData(file, type, true);
        if (!read) continue;
        for (const p of checkBody(read.body ?? '', m[2] === 'mdx', options.components)) {
          add(file, p.line === undefined ? 'body' : `body (line ${p.line + (read.bodyLine ?? 1) - 1})`, p.text);
        }
        if (!bySlug.has(slug)) bySlug.set(slug, new Map());
        bySlug.get(slug)!.set(lang, { file, data: read.data });
        entries.push({ id: `${lang}/${slug}`, filePath: shown(file), data: read.data as Record<string, unknown> });
      }
    }
    for (const [slug, versions] of bySlug) {
      const original = versions.get(options.defaultLanguage);
      for (const [lang, version] of versions) {
        if (lang === options.defaultLanguage) continue;
        if (!original) {
          // An original that exists but does not read well has its own problem above.
          if (present.has(`${options.defaultLanguage}/${slug}`)) continue;
          add(
            version.file,
            '(file)',
            say(
              `bản dịch này không có bản gốc content/${type.folder}/${options.defaultLanguage}/${slug}.mdx`,
              `this translation has no original, content/${type.folder}/${options.defaultLanguage}/${slug}.mdx`,
            ),
          );
          continue;
        }
        for (const d of compareFacts(original.data, version.data)) {
          add(
            version.file,
            d.field,
            say(
              `khác bản gốc (${shown(original.file)}: ${d.original}, ở đây: ${d.translation}); bản dịch phải giữ đúng số liệu, ngày tháng, số tiền và căn cứ của bản gốc`,
              `differs from the original (${d.original} there, ${d.translation} here); a translation carries the original’s figures, dates, amounts and references`,
            ),
          );
        }
      }
    }
  }
  return { problems, content, unreadable };
}

/** The report: a heading, then one line per problem. */
export function formatProblems(problems: readonly Problem[]): string {
  const head = say(
    `Nội dung có ${problems.length} lỗi, cần sửa trước khi dựng trang`,
    `${problems.length} content problem${problems.length === 1 ? '' : 's'} to fix before the site can be built`,
  );
  return [head, ...problems.map((p) => `  ${p.file}: ${p.field}: ${p.text}`)].join('\n');
}
