// Which Chromium to drive: Debian's where installed (Playwright cannot download
// browsers here), otherwise Playwright's own, so the tests run on ordinary machines too.
import { existsSync } from 'node:fs';

const debian = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * CHROMIUM_PATH, when set, is used exactly: a path that does not exist is a mistake to fix, and
 * falling back to another browser would render and test with one nobody asked for.
 * Unset: Debian's Chromium where installed, else undefined (Playwright's own browser).
 */
export function pickChromium(env: { CHROMIUM_PATH?: string | undefined }, exists: (file: string) => boolean): string | undefined {
  const asked = env.CHROMIUM_PATH;
  if (asked !== undefined && asked !== '') {
    if (!exists(asked)) {
      throw new Error(
        `CHROMIUM_PATH=${asked}: không có tệp này; hãy cài gói chromium của Debian (apt-get install chromium) hoặc sửa biến CHROMIUM_PATH — ` +
          `CHROMIUM_PATH=${asked}: no such file; install Debian's chromium package (apt-get install chromium) or fix the CHROMIUM_PATH variable`,
      );
    }
    return asked;
  }
  return debian.find(exists);
}

export const chromiumPath: string | undefined = (() => {
  try {
    return pickChromium(process.env, existsSync);
  } catch (error) {
    // The build and the tests cannot start with a browser that is not there: say so, without a stack trace.
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
})();

/** Flags that keep Chromium off the network and quiet on machines without a GPU or sandbox. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const launchOptions = { executablePath: chromiumPath, args: chromiumArgs };
