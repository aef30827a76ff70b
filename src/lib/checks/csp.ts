// Checks a built page against the site's Content-Security-Policy rules (tests/e2e/security.spec.ts):
// a strict policy <meta> before anything it governs, the hash of every inline style in it, and
// nothing the policies would block (inline scripts, event-handler or style attributes).
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

/** A policy as directive name → sources. */
export function parsePolicy(text: string): Map<string, string[]> {
  const policy = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Problems with a policy whatever the page: what makes it strict. */
export function policyProblems(text: string): string[] {
  const policy = parsePolicy(text);
  const problems: string[] = [];
  const scripts = policy.get('script-src') ?? policy.get('default-src');
  if (!scripts) problems.push('no script-src (nor default-src): scripts from anywhere');
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']) {
    if (scripts?.includes(bad)) problems.push(`script-src allows ${bad}`);
  }
  if (policy.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  if (!policy.has('base-uri')) problems.push('no base-uri');
  return problems;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (el: Element) => el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
// Script types a browser runs; JSON data blocks are not scripts.
const isExecutable = (el: Element) => ['', 'module', 'text/javascript', 'application/javascript'].includes((attr(el, 'type') ?? '').toLowerCase());

/** Problems with one page's HTML; the empty list for a page that follows the rules. */
export function pageCspProblems(html: string): string[] {
  const problems: string[] = [];
  let policy: Map<string, string[]> | undefined;
  const walk = (node: Node) => {
    if ('tagName' in node) {
      const el = node;
      if (el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy') {
        if (policy) problems.push('a second policy <meta>');
        const content = attr(el, 'content') ?? '';
        policy = parsePolicy(content);
        problems.push(...policyProblems(content));
      }
      const governed = el.tagName === 'style' || el.tagName === 'script' || (el.tagName === 'link' && attr(el, 'rel') === 'stylesheet');
      if (governed && !policy) problems.push(`<${el.tagName}> before the policy <meta>, which does not cover it`);
      if (el.tagName === 'style' && policy) {
        const allowed = policy.get('style-src-elem') ?? policy.get('style-src') ?? policy.get('default-src') ?? [];
        if (!allowed.includes(sha256(text(el)))) problems.push(`an inline <style> whose hash the policy does not list`);
      }
      if (el.tagName === 'script' && !attr(el, 'src') && isExecutable(el))
        problems.push('an inline <script>: the header policy blocks it; load it from a file');
      for (const a of el.attrs) {
        if (/^on/i.test(a.name)) problems.push(`<${el.tagName} ${a.name}>: event-handler attributes are blocked`);
        if (a.name === 'style') problems.push(`<${el.tagName} style>: style attributes are blocked; use a class`);
        if (/^\s*javascript:/i.test(a.value)) problems.push(`<${el.tagName} ${a.name}="javascript:…">`);
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parse(html));
  if (!policy) problems.push('no Content-Security-Policy <meta>');
  return problems;
}
