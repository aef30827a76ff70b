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

/**
 * The first page's TrimBox (the poster as it hangs on the wall) as a PNG `width` pixels wide.
 * Ghostscript renders the same PDF to the same pixels every time, so previews are reproducible
 * (screenshots of the page were not: text could be antialiased differently from build to build),
 * and a preview shows exactly the file a reader downloads.
 */
export function rasterise(pdf: Uint8Array, trimWidthMm: number, width: number, what: string): Buffer {
  const dpi = (width / trimWidthMm) * 25.4;
  const run = spawnSync(
    'gs',
    [
      '-q',
      '-dSAFER',
      '-dBATCH',
      '-dNOPAUSE',
      '-sDEVICE=png16m',
      '-dUseTrimBox',
      '-dFirstPage=1',
      '-dLastPage=1',
      '-dTextAlphaBits=4',
      '-dGraphicsAlphaBits=4',
      `-r${dpi.toFixed(3)}`,
      '-sOutputFile=-',
      '-',
    ],
    { input: pdf, maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`${what}: Ghostscript could not draw the preview: ${run.stderr.toString().trim()}`);
  return run.stdout;
}
