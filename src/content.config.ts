// Astro's content collections, gathered from the sections: each src/sections/<key>/collection.ts
// defines the collections its pages show, so a new section brings its own without editing this file.
// Cross-references between collections are checked by the sections' checks (src/lib/build/integrity.ts).
import type { defineCollection } from 'astro:content';

type Collections = Record<string, ReturnType<typeof defineCollection>>;
const modules = import.meta.glob<{ collections: Collections }>('./sections/*/collection.ts', { eager: true });

// The types of the sections' entries, for type-checked pages. A new section's collection works
// without being named here; name it here too when its pages want typed entries.
type Typed = (typeof import('./sections/laws/collection.ts'))['collections'] &
  (typeof import('./sections/messages/collection.ts'))['collections'] &
  (typeof import('./sections/leaflets/collection.ts'))['collections'] &
  (typeof import('./sections/training/collection.ts'))['collections'] &
  (typeof import('./sections/plans/collection.ts'))['collections'] &
  (typeof import('./sections/press/collection.ts'))['collections'] &
  (typeof import('./sections/candidacy/collection.ts'))['collections'] &
  (typeof import('./sections/campaign/collection.ts'))['collections'];

export const collections = Object.assign({}, ...Object.values(modules).map((m) => m.collections)) as Typed;
