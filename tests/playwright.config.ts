import { defineConfig } from '@playwright/test';
import { launchOptions } from '../src/lib/chromium.ts';

// E2E_PORT lets several checkouts run their tests at once on one machine.
const port = Number(process.env.E2E_PORT ?? 4391);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  // Tests that walk every page take ~15 s on an idle two-core machine and twice that on a busy one.
  timeout: 60_000,
  workers: 2,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions,
  },
  // The built site, served as a static host would serve it.
  webServer: {
    command: `node scripts/serve.mjs ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
