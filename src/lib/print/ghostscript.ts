// Ghostscript makes the CMYK variant of posters. Pages and the renderer ask the same question,
// so a machine without gs gets neither the files nor links to them.
import { spawnSync } from 'node:child_process';

let version: string | null | undefined;

/** Ghostscript's version, or null when it is not installed. */
export function ghostscript(): string | null {
  if (version === undefined) {
    const run = spawnSync('gs', ['--version'], { encoding: 'utf8' });
    version = run.status === 0 ? run.stdout.trim() : null;
  }
  return version;
}
