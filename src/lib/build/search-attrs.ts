// The attributes that put a page's content into the search index (Pagefind): its section's
// filter `type:<section>`, and the type a result names in words (a sub-page's key, or the section).
export const indexedAs = (section: string, type: string = section) => ({
  'data-pagefind-body': '',
  'data-pagefind-filter': `type:${section}`,
  'data-pagefind-meta': `type:${type}`,
});
