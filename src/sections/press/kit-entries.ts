/** A file of the press kit: its site path and the folder it goes in ('' for the top). */
export interface KitFile {
  path: string;
  folder: string;
}

/** The kit's entries: each file under its folder by its own name, sorted, each once. */
export function kitEntries(files: readonly KitFile[]): { path: string; name: string }[] {
  const byName = new Map<string, string>();
  for (const f of files) {
    const name = `${f.folder ? `${f.folder}/` : ''}${f.path.slice(f.path.lastIndexOf('/') + 1)}`;
    const other = byName.get(name);
    if (other !== undefined && other !== f.path) throw new Error(`Two files of the press kit would be named ${name}: ${other} and ${f.path}`);
    byName.set(name, f.path);
  }
  return [...byName].map(([name, path]) => ({ path, name })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
