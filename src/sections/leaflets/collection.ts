// The Astro collections of this section, from its content types (schema.ts).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentDir } from '../../config/index.ts';
import { entryPattern } from '../../lib/build/schema.ts';
import { contentTypes } from './schema.ts';

const collection = <T extends z.ZodType>(c: { folder: string; files: 'entries' | 'yaml'; schema: T }) =>
  defineCollection({ loader: glob({ pattern: c.files === 'entries' ? entryPattern : '*.yaml', base: `${contentDir}/${c.folder}` }), schema: c.schema });

export const collections = {
  leaflets: collection(contentTypes.leaflets),
};
