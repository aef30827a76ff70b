// The pictures of content/pictures/, inlined into print pages so PDFs carry them as vectors.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../../config/index.ts';

/** A picture's SVG markup without its XML comments (the content checks have made sure the file is there). */
export const pictureSvg = (name: string): string =>
  readFileSync(path.join(contentDir, 'pictures', `${name}.svg`), 'utf8')
    .replace(/<\?xml[^>]*>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
