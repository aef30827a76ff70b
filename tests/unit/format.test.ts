import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes, formatDate, formatDong, isoDate } from '../../src/lib/build/format.ts';

test('dates read dd/mm/yyyy in Vietnamese and English', () => {
  const d = new Date('2020-04-02');
  assert.equal(formatDate(d, 'vi'), '02/04/2020');
  assert.equal(formatDate(d, 'en'), '02/04/2020');
  assert.equal(isoDate(d), '2020-04-02');
});

test('amounts in đồng use Vietnamese grouping and the đ abbreviation', () => {
  assert.equal(formatDong(246050000).replace(/\s/g, ' '), '246.050.000 đ');
  assert.equal(formatDong(0).replace(/\s/g, ' '), '0 đ');
});

test('file sizes follow the reader’s decimal convention', () => {
  assert.equal(formatBytes(1_234_567, 'vi'), '1,2 MB');
  assert.equal(formatBytes(1_234_567, 'en'), '1.2 MB');
  assert.equal(formatBytes(45_000, 'vi'), '45 kB');
});

test('download time on a slow mobile connection (400 kbit/s)', async () => {
  const { formatDownloadTime } = await import('../../src/lib/build/format.ts');
  assert.equal(formatDownloadTime(50_000, 'vi'), '1 giây');
  assert.equal(formatDownloadTime(1_000_000, 'vi'), '20 giây');
  assert.equal(formatDownloadTime(10_000_000, 'en'), '4 minutes');
});
