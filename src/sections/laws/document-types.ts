/** The kinds of legal document, in the order the laws page lists them (names in laws.documentTypes). */
export const documentTypes = ['constitution', 'convention', 'law', 'resolution', 'decree', 'decision', 'circular'] as const;
