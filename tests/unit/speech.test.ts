import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, paragraphs, readingSeconds, readingTime, unspoken, words } from '../../src/lib/build/speech.ts';

test('words are what lies between spaces; a lone dash is not a word', () => {
  assert.equal(words('Kính thưa bà con – hôm nay').length, 6);
});

test('reading time at a rate, to the nearest 5 seconds', () => {
  const text = Array.from({ length: 200 }, () => 'từ').join(' ');
  assert.equal(readingSeconds(text, 160), 75);
  assert.equal(readingSeconds(text, 100), 120);
});

test('digits, abbreviations and signs are what a reader would have to translate', () => {
  assert.deepEqual(unspoken('Ít nhất 35% ứng viên; HĐND và UBND; Nghị định 125/2021/NĐ-CP'), ['35%', 'HĐND', 'UBND', '125/2021/NĐ-CP']);
  assert.deepEqual(unspoken('ba mươi lăm phần trăm, Hội đồng nhân dân, Lạng Sơn, mười – mười hai'), []);
  assert.deepEqual(unspoken('thirty-five per cent of the People’s Council'), []);
  assert.deepEqual(unspoken('A4 and the NA'), ['A4', 'NA']);
});

test('durations in the page language', () => {
  assert.equal(formatDuration(75, 'vi-VN'), '1 phút, 15 giây');
  assert.equal(formatDuration(60, 'en-GB'), '1 minute');
  assert.equal(formatDuration(45, 'en-GB'), '45 seconds');
});

test('paragraphs are split at blank lines and their lines joined', () => {
  assert.deepEqual(paragraphs('Một\nhai.\n\n  Ba.\n'), ['Một hai.', 'Ba.']);
});

test("a script's reading time in the page language, with its words and pace", () => {
  const text = Array.from({ length: 200 }, () => 'từ').join(' ');
  assert.deepEqual(readingTime(text, 160, 'vi-VN'), { words: 200, rate: 160, seconds: 75, duration: '1 phút, 15 giây' });
});
