import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIntegrity, formatProblem, type EntryLike } from '../../src/lib/build/integrity.ts';
import { checks as lawChecks } from '../../src/sections/laws/checks.ts';
import { checks as messageChecks } from '../../src/sections/messages/checks.ts';
import { checks as trainingChecks } from '../../src/sections/training/checks.ts';
import { checks as planChecks } from '../../src/sections/plans/checks.ts';

type ContentSet = Record<'laws' | 'messages' | 'training' | 'plans' | 'agencies', EntryLike[]>;
const checks = [...lawChecks, ...messageChecks, ...trainingChecks, ...planChecks];
// Pictures and recordings are there unless a test says otherwise.
const run = (c: ContentSet, langs: string[], defaultLanguage?: string) => checkIntegrity(c, langs, checks, defaultLanguage, () => true).map(formatProblem);

const base = (): ContentSet => ({
  laws: [{ id: 'vi/luat-a', filePath: 'content/laws/vi/luat-a.mdx', data: { related: [], articles: [{ n: 11, clauses: [{ n: 3 }] }] } }],
  messages: [{ id: 'vi/m', filePath: 'content/messages/vi/m.mdx', data: { legalBasis: [{ law: 'luat-a', article: 11, clause: 3 }] } }],
  training: [],
  plans: [
    {
      id: 'vi/p',
      filePath: 'content/plans/vi/p.mdx',
      data: {
        number: '87/KH-UBND',
        legalBasis: [{ title: 'x' }],
        activities: [
          { what: 'a', lead: 'so-a', partners: ['so-b'], budget: 10 },
          { what: 'b', lead: 'so-a', budget: 5 },
        ],
        budgetTotal: 15,
        responsibilities: [{ agency: 'so-b' }],
        reporting: [{ agency: 'so-a' }],
      },
    },
  ],
  agencies: [
    { id: 'so-a', data: { name: { vi: 'A' } } },
    { id: 'so-b', data: { name: { vi: 'B' } } },
  ],
});

test('consistent content has no problems', () => {
  assert.deepEqual(run(base(), ['vi', 'en']), []);
});

test('an unknown agency id names the file and the field', () => {
  const c = base();
  (c.plans[0]!.data.activities as { lead: string }[])[1]!.lead = 'so-x';
  const problems = run(c, ['vi']);
  assert.equal(problems.length, 1);
  assert.match(
    problems[0]!,
    /^content\/plans\/vi\/p\.mdx: activities\[1\]\.lead: không có cơ quan "so-x" .* — unknown agency "so-x" \(no content\/agencies\/so-x\.yaml\)$/,
  );
});

test('a reference to an article or clause that does not exist fails', () => {
  const c = base();
  c.messages[0]!.data.legalBasis = [{ law: 'luat-a', article: 12 }, { law: 'luat-a', article: 11, clause: 9 }, { law: 'luat-z' }];
  const problems = run(c, ['vi']);
  assert.equal(problems.length, 3);
  assert.match(problems[0]!, /content\/messages\/vi\/m\.mdx: legalBasis\[0\]\.article: .* — law "luat-a" has no article 12/);
  assert.match(problems[1]!, /legalBasis\[1\]\.clause: .*no clause 9/);
  assert.match(problems[2]!, /legalBasis\[2\]\.law: .* — unknown law "luat-z"/);
});

test('a budget that does not add up names the plan and both sums', () => {
  const c = base();
  c.plans[0]!.data.budgetTotal = 20;
  const [problem] = run(c, ['vi']);
  assert.match(problem!, /content\/plans\/vi\/p\.mdx: budgetTotal: Plan 87\/KH-UBND: .* — budget items add up to 15\s*đ but the plan states a total of 20\s*đ/);
});

test('an entry in a language the site does not list is reported', () => {
  const c = base();
  c.messages.push({ id: 'fr/m', filePath: 'content/messages/fr/m.mdx', data: { legalBasis: [] } });
  assert.match(run(c, ['vi', 'en'])[0]!, /content\/messages\/fr\/m\.mdx: \(file\): .* — language folder "fr"/);
});

test('a session plan that does not add up to the stated duration is reported', () => {
  const c = base();
  c.training.push({
    id: 'vi/t',
    filePath: 'content/training/vi/t.mdx',
    data: { durationMinutes: 90, sessionPlan: [{ minutes: 30 }, { minutes: 45 }], legalBasis: [] },
  });
  const problems = run(c, ['vi']);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^content\/training\/vi\/t\.mdx: durationMinutes: .* — the session plan adds up to 75 minutes, not 90$/);
});

test('article anchors come from the original language, whichever loads first', () => {
  const c = base();
  // The English translation lists an article the Vietnamese original does not have.
  c.laws.unshift({ id: 'en/luat-a', filePath: 'content/laws/en/luat-a.mdx', data: { related: [], articles: [{ n: 11, clauses: [{ n: 3 }] }, { n: 12 }] } });
  c.laws[1]!.data.articles = [{ n: 12 }];
  const problems = run(c, ['vi', 'en'], 'vi');
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^content\/messages\/vi\/m\.mdx: legalBasis\[0\]\.article: .* — law "luat-a" has no article 11 on this site$/);
});

test('an agency without a name in the default language is reported', () => {
  const c = base();
  c.agencies[0]!.data = { name: { en: 'A' } };
  const problems = run(c, ['vi', 'en'], 'vi');
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^so-a: name: .* — no text in the default language "vi"$/);
});
