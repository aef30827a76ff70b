import { statSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../../config/index.ts';

/** The size of a recording in content/audio/ (the checks have made sure it is there). */
export const fileSize = (file: string): number => statSync(path.join(contentDir, 'audio', file)).size;
