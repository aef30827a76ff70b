/** Who a module is for, to group modules on the section page (names in training.audienceGroups). */
export const audienceGroups = ['leaders', 'women-cadres', 'candidates', 'communicators'] as const;
