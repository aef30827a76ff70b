// Build steps record how long they took, for `npm run bench` (scripts/bench/build-time.mjs).
// Only when BENCH_TIMINGS names a file: an ordinary build writes nothing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Timing {
  ms: number;
  /** How many things the step made (PDFs, pages…), for a time per item. */
  count?: number;
}

export function recordTiming(step: string, timing: Timing, file = process.env.BENCH_TIMINGS): void {
  if (!file) return;
  const all: Record<string, Timing> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  all[step] = timing;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(all, null, 2) + '\n');
}
