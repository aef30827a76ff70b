#!/usr/bin/env node
// The registry this project is built against holds only some platforms' optional
// binaries (Astro's compiler, Tailwind's oxide, Pagefind), so `npm install` leaves
// them out of package-lock.json and `npm ci` then refuses the lock as out of sync.
// This records each missing optional dependency at its declared version; npm ci
// skips the ones it cannot install here and installs them on the platforms that
// need them. Run `npm run lock` after changing dependencies.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
let added = 0;
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (!lock.packages[key]) {
      lock.packages[key] = { version, optional: true };
      added++;
    }
  }
}
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: recorded ${added} optional dependencies`);
