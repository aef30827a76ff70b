import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv, toCsv } from '../../src/lib/build/csv.ts';
import { escapeText, foldLine, parseIcsEvents, toIcs } from '../../src/lib/build/ics.ts';
import { planCsv, planEvents, planJson, type PlanInput } from '../../src/sections/plans/plan-data.ts';

const plan: PlanInput = {
  slug: 'ke-hoach-87-2011',
  number: '87/KH-UBND',
  title: 'Kế hoạch thực hiện Chương trình quốc gia về bình đẳng giới',
  issuer: 'UBND tỉnh Lạng Sơn',
  signer: { name: 'Tô Hùng Khoa', title: 'Phó Chủ tịch' },
  issued: new Date('2011-09-07'),
  status: 'x',
  activities: [
    { group: '1. Truyền thông', what: 'Phóng sự, "gương điển hình", người tốt', lead: 'dai', partners: ['bao'], timing: 'Thường xuyên', budget: 50_000_000 },
    { group: '3. Kiểm tra', what: 'Kiểm tra', lead: 'ban', partners: [], budget: 25_000_000 },
  ],
  budgetTotal: 75_000_000,
  reporting: [{ due: new Date('2011-12-15'), duty: 'Báo cáo kết quả; gửi qua Sở', agency: 'so' }],
};
const names: Record<string, string> = { dai: 'Đài PT-TH', bao: 'Báo Lạng Sơn', ban: 'Ban VSTBPN', so: 'Sở LĐTBXH' };
const name = (id: string) => names[id]!;
const columns = { group: 'Nhóm', activity: 'Hoạt động', lead: 'Chủ trì', partners: 'Phối hợp', timing: 'Thời gian', budget: 'Kinh phí (đồng)' };

test('CSV: BOM, header row, CRLF, quoting, amounts as plain integers', () => {
  const csv = planCsv(plan, name, columns);
  assert.ok(csv.startsWith('\uFEFFNhóm,Hoạt động,Chủ trì,Phối hợp,Thời gian,Kinh phí (đồng)\r\n'));
  const rows = parseCsv(csv);
  assert.deepEqual(rows[1], ['1. Truyền thông', 'Phóng sự, "gương điển hình", người tốt', 'Đài PT-TH', 'Báo Lạng Sơn', 'Thường xuyên', '50000000']);
  assert.deepEqual(rows[2], ['3. Kiểm tra', 'Kiểm tra', 'Ban VSTBPN', '', '', '25000000']);
  assert.equal(rows.length, 3);
});

test('CSV round trip with line breaks inside a field', () => {
  assert.deepEqual(parseCsv(toCsv(['a', 'b'], [['x\ny', 1]])), [
    ['a', 'b'],
    ['x\ny', '1'],
  ]);
});

test('JSON carries the same activities, ISO dates and the stated total, and where each deadline stands', () => {
  const data = JSON.parse(planJson(plan, name, 'vi', 'https://example.org/ke-hoach/ke-hoach-87-2011/', new Date('2026-12-01T00:00:00Z')));
  assert.equal(data.issued, '2011-09-07');
  assert.equal(data.budgetTotal, 75_000_000);
  assert.equal(data.activities[0].lead.name, 'Đài PT-TH');
  assert.equal(data.deadlines[0].due, '2011-12-15');
  assert.equal(data.asOf, '2026-12-01');
  assert.equal(data.deadlines[0].status, 'past');
  // Measured against the content's date, not the clock: as of 2011 the same deadline is open.
  assert.equal(JSON.parse(planJson(plan, name, 'vi', 'https://example.org/', new Date('2011-10-01T00:00:00Z'))).deadlines[0].status, 'open');
});

test('a past deadline says so in its calendar description', () => {
  const [event] = planEvents(plan, name, 'https://example.org/p/', 'example.org', (due) => (due < new Date('2026-12-01') ? 'Đã qua hạn' : undefined));
  assert.ok(event!.description!.startsWith('Đã qua hạn\n'));
});

test('iCalendar: CRLF, all-day events, UID, fixed DTSTAMP, escaped Vietnamese text', () => {
  const ics = toIcs('Lịch', planEvents(plan, name, 'https://example.org/p/', 'example.org'), 'vi');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
  assert.match(ics, /DTSTART;VALUE=DATE:20111215\r\nDTEND;VALUE=DATE:20111216/);
  assert.match(ics, /UID:ke-hoach-87-2011-1-2011-12-15@example\.org/);
  assert.match(ics, /DTSTAMP:20110907T000000Z/);
  const [event] = parseIcsEvents(ics);
  assert.equal(event!.SUMMARY, '87/KH-UBND: Sở LĐTBXH – Báo cáo kết quả; gửi qua Sở');
});

test('long lines fold at 75 octets without splitting a character', () => {
  const line = `SUMMARY:${'Bình đẳng giới trong lĩnh vực chính trị '.repeat(5)}`;
  const folded = foldLine(line);
  for (const part of folded.split('\r\n')) assert.ok(new TextEncoder().encode(part).length <= 75);
  assert.equal(folded.replace(/\r\n /g, ''), line);
});

test('CSV: a text a spreadsheet would run as a formula stays text; numbers stay numbers', () => {
  const csv = toCsv(
    ['a', 'b', 'c'],
    [
      ['=HYPERLINK("http://x","y")', '+1', -5],
      ['@SUM(A1)', '-x', 'plain'],
    ],
  );
  assert.deepEqual(parseCsv(csv).slice(1), [
    ['\'=HYPERLINK("http://x","y")', "'+1", '-5'],
    ["'@SUM(A1)", "'-x", 'plain'],
  ]);
});

test('iCalendar: a bare carriage return in a text cannot end the line', () => {
  assert.equal(escapeText('a\rb\nc\r\nd; e, f\\'), 'a\\nb\\nc\\nd\\; e\\, f\\\\');
  const ics = toIcs('x', [{ uid: 'u@x', date: new Date('2021-06-15T00:00:00Z'), summary: 'one\rtwo', stamp: new Date('2020-04-02T00:00:00Z') }], 'vi');
  assert.ok(!/\r(?!\n)/.test(ics), 'no CR without LF');
  assert.match(ics, /SUMMARY;LANGUAGE=vi:one\\ntwo\r\n/);
});
