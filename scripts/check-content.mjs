#!/usr/bin/env node
// `npm run check:content`: the content check the build starts with, alone, in about a second,
// for editors who want to know whether their change to content/ is right before building.
import { findProblems } from '../src/integrations/content-check.ts';
import { formatProblems } from '../src/lib/build/content-check.ts';

const problems = await findProblems();
if (problems.length) {
  process.stderr.write(`${formatProblems(problems)}\n`);
  process.exit(1);
}
console.log('Nội dung không có lỗi — content is fine');
