/**
 * ASCII slug as Vietnamese sites write them: `Bình đẳng giới` → `binh-dang-gioi`.
 * đ/Đ is not a combining mark, so NFD alone leaves it: map it first.
 */
export function slugify(text: string): string {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Stable anchors for articles and clauses: `dieu-11`, `dieu-11-khoan-5`. */
export function articleAnchor(article: number, clause?: number): string {
  return clause === undefined ? `dieu-${article}` : `dieu-${article}-khoan-${clause}`;
}
