// The campaign tools' pure parts: yearly occasions in iCalendar (read back by ical.js, a real
// parser), their days in the reader's format, and the report templates' DOCX (same bytes for the
// same input, every activity in the document).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { unzipSync } from 'fflate';
import { parseIcsEvents, toIcs } from '../../src/lib/build/ics.ts';
import { formatOccasionDays, occasionDays, occasionEvents, type Occasion } from '../../src/sections/campaign/occasions.ts';
import { reportDocx, type ReportInput } from '../../src/sections/campaign/report-template.ts';

const occasions: Occasion[] = [
  { id: 'quoc-te-phu-nu', name: 'Ngày Quốc tế Phụ nữ', date: '03-08', what: 'Ngày 8/3' },
  { id: 'thang-hanh-dong', name: 'Tháng hành động, bình đẳng giới', date: '11-15', until: '12-15', what: 'Từ 15/11 đến 15/12' },
  { id: 'qua-nam', name: 'Cuối năm sang đầu năm', date: '12-20', until: '01-10', what: 'Qua năm mới' },
];
const asOf = new Date('2026-12-01T00:00:00Z');
const events = occasionEvents(occasions, asOf, 'example.org', (o) => `https://example.org/lich/#${o.id}`);
const ics = toIcs('Lịch truyền thông', events, 'vi');

test('occasions become yearly all-day events from the content year, with exclusive ends and stable UIDs', () => {
  const parsed = parseIcsEvents(ics);
  assert.equal(parsed.length, 3);
  assert.deepEqual(
    parsed.map((e) => e.RRULE),
    ['FREQ=YEARLY', 'FREQ=YEARLY', 'FREQ=YEARLY'],
  );
  assert.equal(parsed[0]!.DTSTART, '20260308');
  assert.equal(parsed[0]!.DTEND, '20260309');
  // 15/11–15/12: the last day is included, so DTEND is the 16th.
  assert.equal(parsed[1]!.DTSTART, '20261115');
  assert.equal(parsed[1]!.DTEND, '20261216');
  assert.equal(parsed[2]!.DTEND, '20270111');
  assert.equal(parsed[1]!.UID, 'thang-hanh-dong@example.org');
  assert.equal(parsed[1]!.SUMMARY, 'Tháng hành động, bình đẳng giới');
  assert.match(ics, /DTSTAMP:20261201T000000Z/);
  // A one-off event (a plan's deadline) still has no rule.
  assert.doesNotMatch(toIcs('x', [{ uid: 'a@x', date: asOf, summary: 'a', stamp: asOf }], 'vi'), /RRULE/);
});

test('ical.js reads the feed: every event recurs yearly, on the same day each year', () => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevents = calendar.getAllSubcomponents('vevent');
  assert.equal(vevents.length, 3);
  for (const v of vevents) {
    const event = new ICAL.Event(v);
    assert.ok(event.isRecurring(), `${event.uid} should recur`);
    assert.equal(v.getFirstPropertyValue('rrule')?.toString(), 'FREQ=YEARLY');
  }
  const month = new ICAL.Event(vevents[1]!);
  const it = month.iterator();
  const starts = [it.next(), it.next(), it.next()].map((d) => d!.toString());
  assert.deepEqual(starts, ['2026-11-15', '2027-11-15', '2028-11-15']);
  assert.equal(month.duration.toSeconds(), 31 * 86_400, '15/11 to 15/12 is 31 days, both included');
});

test('an event cannot end before it starts', () => {
  assert.throws(() => toIcs('x', [{ uid: 'a@x', date: asOf, endDate: new Date('2026-11-01'), summary: 'a', stamp: asOf }], 'vi'), /ends before it starts/);
});

test('occasion days in the reader’s format, across the turn of the year', () => {
  assert.equal(formatOccasionDays(occasions[0]!, 'vi-VN'), '08/03');
  assert.equal(formatOccasionDays(occasions[1]!, 'vi-VN'), '15/11 – 15/12');
  assert.equal(formatOccasionDays(occasions[1]!, 'en-GB'), '15/11 – 15/12');
  const { start, end } = occasionDays(occasions[2]!, 2026);
  assert.equal(start.toISOString().slice(0, 10), '2026-12-20');
  assert.equal(end.toISOString().slice(0, 10), '2027-01-10');
});

const words = Object.fromEntries(
  [
    'motto',
    'mottoLine',
    'reporter',
    'placeDate',
    'heading',
    'subject',
    'planTitle',
    'notice',
    'status',
    'instructions',
    'addressee',
    'preparedBy',
    'deadlines',
    'duties',
    'activities',
    'number',
    'activity',
    'result',
    'difficulties',
    'proposals',
    'signPreparer',
    'signHead',
    'signNote',
    'requested',
    'lead',
    'partners',
    'timing',
    'budget',
    'source',
    'madeBy',
  ].map((k) => [k, `«${k}»`]),
) as unknown as ReportInput['words'];
const input: ReportInput = {
  lang: 'vi',
  title: 'Mẫu báo cáo',
  creator: 'Trang thử',
  date: asOf,
  words: { ...words, status: 'Kế hoạch này đã kết thúc: ngày cuối cùng là 15/06/2021.' },
  deadlines: ['15/06/2021 (Đã qua hạn) – Sở: Báo cáo UBND tỉnh'],
  duties: [{ agency: 'Sở Nội vụ', requested: false, items: ['Bồi dưỡng kỹ năng cho nữ cán bộ'] }],
  activities: [
    {
      group: '1. Truyền thông',
      what: 'In tờ rơi về quyền của phụ nữ trong chính trị & "bình đẳng"',
      lead: 'Sở A',
      partners: ['Báo B'],
      timing: 'Quý III/2011',
      budget: '50.000.000 đ',
      requested: false,
    },
    { group: '2. Tập huấn', what: 'Tập huấn cho nữ ứng cử viên <các cấp>', lead: 'Hội C', partners: [], requested: true },
  ],
  sources: ['Kế hoạch 58/KH-UBND'],
};

test('a report template is a DOCX with fixed dates: the same input gives the same bytes', async () => {
  const a = await reportDocx(input);
  await new Promise((r) => setTimeout(r, 1100)); // past a second, which a clock-dated file would show
  const b = await reportDocx(input);
  assert.deepEqual(Buffer.from(a), Buffer.from(b));
  const files = unzipSync(a);
  assert.equal(Object.keys(files)[0], '[Content_Types].xml');
  const core = new TextDecoder().decode(files['docProps/core.xml']);
  assert.match(core, /<dcterms:created[^>]*>2026-12-01T00:00:00Z<\/dcterms:created>/);
  assert.match(core, /<dcterms:modified[^>]*>2026-12-01T00:00:00Z<\/dcterms:modified>/);
  // ZIP entries carry the content's date at noon (DOS date: year since 1980, month, day).
  const view = new DataView(a.buffer, a.byteOffset);
  const dosDate = view.getUint16(12, true);
  assert.deepEqual([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31], [2026, 12, 1]);
});

test('a report template lists every activity, its lead and the blank results column', async () => {
  const xml = new TextDecoder().decode(unzipSync(await reportDocx(input))['word/document.xml']);
  const text = xml
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
  for (const a of input.activities) assert.ok(text.includes(a.what), `the template should list "${a.what}"`);
  for (const s of ['Sở A', 'Báo B', 'Quý III/2011', '50.000.000 đ', '«result»', '«requested»', 'Bồi dưỡng kỹ năng cho nữ cán bộ', 'Kế hoạch này đã kết thúc'])
    assert.ok(text.includes(s), s);
});
