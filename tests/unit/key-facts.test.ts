// The few facts the whole site relies on, read straight from the content files
// in both languages. Each figure was checked against its source on 01/12/2026:
// - Law 85/2015/QH13 (as amended by Law 83/2025/QH15), Art. 8 cl. 3 and Art. 9 cl. 1–2:
//   Legal Code (Bộ pháp điển) copy, github.com/diepxuan/diepxuan.github.io@0232145,
//   van-ban/to-chuc-bo-may-nha-nuoc_bau-cu-dai-bieu-quoc-hoi-va-dai-bieu-hoi-dong-nhan-dan.md
// - Plan 87/KH-UBND of 07/09/2011 and Plan 58/KH-UBND of 02/04/2020: the seed copies in
//   /work/shared/seeds (budget table of Plan 87; section IV of Plan 58, which sets three
//   dates: 10/4/2020, 05/6/2021 and 15/6/2021).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const langs = ['vi', 'en'] as const;
const contentDir = new URL('../../content/', import.meta.url);

/** The YAML between the first two lines that are exactly `---`. */
function frontMatter(rel: string): any {
  const lines = readFileSync(new URL(rel, contentDir), 'utf8').split(/\r?\n/);
  assert.equal(lines[0], '---', `${rel} starts with a front matter`);
  const end = lines.indexOf('---', 1);
  assert.ok(end > 0, `${rel} closes its front matter`);
  return parse(lines.slice(1, end).join('\n'));
}

const asDate = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

function clauseOf(law: any, article: number, clause: number) {
  const a = (law.articles ?? []).find((x: any) => x.n === article);
  assert.ok(a, `Article ${article} is listed`);
  const c = (a.clauses ?? []).find((x: any) => x.n === clause);
  assert.ok(c, `Article ${article} clause ${clause} is listed`);
  return c;
}

const THIRTY_FIVE = 'ba mươi lăm phần trăm';

for (const lang of langs) {
  const lawFile = `laws/${lang}/luat-bau-cu-dbqh-hdnd-2015.mdx`;

  test(`${lang}: Law 85/2015 Art. 8 cl. 3 sets at least 35% women on National Assembly lists`, () => {
    const law = frontMatter(lawFile);
    assert.equal(law.number, '85/2015/QH13');
    const c = clauseOf(law, 8, 3);
    assert.ok(typeof c.quote === 'string', 'Art. 8 cl. 3 quotes the law');
    assert.ok(c.quote.includes(THIRTY_FIVE), `quote contains "${THIRTY_FIVE}"`);
    assert.ok(c.quote.includes('đại biểu Quốc hội'), 'quote is about National Assembly candidates');
    assert.ok(c.quote.includes('là phụ nữ'));
  });

  test(`${lang}: Law 85/2015 Art. 9 cl. 1 and 2 set at least 35% women on People's Council lists`, () => {
    const law = frontMatter(lawFile);
    for (const n of [1, 2]) {
      const c = clauseOf(law, 9, n);
      assert.ok(typeof c.quote === 'string', `Art. 9 cl. ${n} quotes the law`);
      assert.ok(c.quote.includes(THIRTY_FIVE), `Art. 9 cl. ${n}: quote contains "${THIRTY_FIVE}"`);
      assert.ok(c.quote.includes('đại biểu Hội đồng nhân dân'), `Art. 9 cl. ${n} is about People's Council candidates`);
      assert.ok(c.quote.includes('là phụ nữ'));
    }
  });

  test(`${lang}: the 35% message cites Art. 8 cl. 3 and Art. 9 of Law 85`, () => {
    const msg = frontMatter(`messages/${lang}/it-nhat-35-phan-tram-ung-vien-nu.mdx`);
    const cites = (article: number, clause: number) =>
      msg.legalBasis.some((b: any) => b.law === 'luat-bau-cu-dbqh-hdnd-2015' && b.article === article && b.clause === clause);
    assert.ok(cites(8, 3), 'cites Art. 8 cl. 3');
    assert.ok(cites(9, 1), 'cites Art. 9 cl. 1');
    assert.ok(cites(9, 2), 'cites Art. 9 cl. 2');
  });

  test(`${lang}: Plan 87/KH-UBND totals 246,050,000 đồng and its six items add up to it`, () => {
    const plan = frontMatter(`plans/${lang}/ke-hoach-87-2011.mdx`);
    assert.equal(plan.number, '87/KH-UBND');
    assert.equal(plan.budgetTotal, 246_050_000);
    const items = plan.activities.filter((a: any) => a.budget !== undefined).map((a: any) => a.budget);
    assert.deepEqual(items, [50_000_000, 54_550_000, 16_500_000, 60_000_000, 40_000_000, 25_000_000]);
    assert.equal(
      items.reduce((s: number, b: number) => s + b, 0),
      plan.budgetTotal,
    );
  });

  test(`${lang}: Plan 58/KH-UBND reporting deadlines are 10/04/2020, 05/06/2021 and 15/06/2021`, () => {
    const plan = frontMatter(`plans/${lang}/ke-hoach-58-2020.mdx`);
    assert.equal(plan.number, '58/KH-UBND');
    assert.equal(asDate(plan.issued), '2020-04-02');
    const dues = [...new Set(plan.reporting.map((r: any) => asDate(r.due)))].sort();
    assert.deepEqual(dues, ['2020-04-10', '2021-06-05', '2021-06-15']);
    // The last report goes from the Labour department to the National Committee and the province.
    const last = plan.reporting.filter((r: any) => asDate(r.due) === '2021-06-15');
    assert.deepEqual(
      last.map((r: any) => r.agency),
      ['so-lao-dong-thuong-binh-xa-hoi'],
    );
  });
}

test('the English files carry the same figures as the Vietnamese ones', () => {
  const [vi, en] = langs.map((l) => ({
    law: frontMatter(`laws/${l}/luat-bau-cu-dbqh-hdnd-2015.mdx`),
    p87: frontMatter(`plans/${l}/ke-hoach-87-2011.mdx`),
    p58: frontMatter(`plans/${l}/ke-hoach-58-2020.mdx`),
  })) as [any, any];
  for (const [a, c] of [
    [8, 3],
    [9, 1],
    [9, 2],
  ] as const) {
    assert.equal(clauseOf(en.law, a, c).quote, clauseOf(vi.law, a, c).quote, `Art. ${a} cl. ${c}: same quote`);
  }
  assert.equal(en.p87.budgetTotal, vi.p87.budgetTotal);
  assert.deepEqual(
    en.p87.activities.map((a: any) => a.budget),
    vi.p87.activities.map((a: any) => a.budget),
  );
  assert.deepEqual(
    en.p58.reporting.map((r: any) => [asDate(r.due), r.agency]),
    vi.p58.reporting.map((r: any) => [asDate(r.due), r.agency]),
  );
});
