import { defineSection } from '../types.ts';

export default defineSection({
  key: 'search',
  order: 70,
  // The view keeps its name: the search script's file is named after it.
  views: { index: 'Search' },
  isSearchPage: true,
});
