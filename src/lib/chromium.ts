// Which Chromium to drive: Debian's where installed (Playwright cannot download
// browsers here), otherwise Playwright's own, so the tests run on ordinary machines too.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const chromiumPath: string | undefined = candidates.find((p): p is string => !!p && existsSync(p));

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
