// Reads a `_headers` file, the format Netlify, Cloudflare Pages and others use for static
// sites, so that scripts/serve.mjs (and so the browser tests) serve the site under the
// headers a real host sends. Only what public/_headers uses: path patterns with `*`.

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parses `_headers`: a path line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`${file}:${i + 1}: a rule must start with a path beginning with "/"`);
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(line);
    if (!rule) throw new Error(`${file}:${i + 1}: a header before any path`);
    if (!m) throw new Error(`${file}:${i + 1}: expected "Name: value"`);
    rule.headers.push([m[1]!, m[2]!]);
  });
  return rules;
}

function matches(pattern: string, urlPath: string): boolean {
  const re = new RegExp(
    '^' +
      pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '$',
  );
  return re.test(urlPath);
}

/** The headers for one path: every matching rule applies, in file order. */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) if (matches(rule.pattern, urlPath)) for (const [name, value] of rule.headers) out[name] = value;
  return out;
}
