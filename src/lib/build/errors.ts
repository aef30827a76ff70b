/** Formats zod issues as `  field.path: message` lines, so a build error names the field. */
export function formatIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  return issues.map((i) => `  ${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('\n');
}

/** Thrown for content that is well-formed but wrong (unknown id, sums that do not add up). */
export class ContentError extends Error {
  constructor(problems: string[]) {
    super(`Nội dung có lỗi — Content problems found:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}
