// A build that fails after the pages were written must not leave a site that looks finished:
// a static host would serve it, posters would point at files that are missing. So the steps
// after the build stop through here: the message alone, without a stack, and no dist/ left.
import { rmSync } from 'node:fs';

export class BuildFailure extends Error {}

export function failBuild(outDir: string, message: string): never {
  rmSync(outDir, { recursive: true, force: true });
  process.stderr.write(`${message}\nKhông dựng xong trang; đã xóa ${outDir} — the site was not built completely; ${outDir} was removed.\n`);
  process.exit(1);
}

/** Runs an after-build step; any failure ends the build through failBuild. */
export async function orFail(outDir: string, step: () => Promise<void> | void): Promise<void> {
  try {
    await step();
  } catch (error) {
    failBuild(outDir, error instanceof BuildFailure ? error.message : `${(error as Error).message}`);
  }
}
