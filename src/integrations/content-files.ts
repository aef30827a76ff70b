// Files editors put in content/ that the site serves as they are: the pictures (content/pictures/,
// SVG) and recordings (content/audio/). Copied before the downloads are listed, so their sizes show.
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../config/index.ts';
import { audioFile, pictureFile } from '../lib/print/files.ts';

const folders = [
  { from: 'pictures', keep: (f: string) => f.endsWith('.svg'), to: (f: string) => pictureFile(f.replace(/\.svg$/, '')) },
  { from: 'audio', keep: (f: string) => /\.(mp3|ogg|m4a|opus)$/.test(f), to: audioFile },
];

export default function contentFiles(): AstroIntegration {
  return {
    name: 'site-content-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let n = 0;
        for (const { from, keep, to } of folders) {
          const src = path.join(contentDir, from);
          if (!existsSync(src)) continue;
          for (const f of readdirSync(src).filter(keep).sort()) {
            const target = path.join(out, to(f));
            mkdirSync(path.dirname(target), { recursive: true });
            copyFileSync(path.join(src, f), target);
            n++;
          }
        }
        logger.info(`${n} pictures and recordings copied from ${contentDir}/`);
      },
    },
  };
}
