export interface AppJsonPages {
  pages?: string[];
  subPackages?: { root: string; pages: string[] }[];
  subpackages?: { root: string; pages: string[] }[];
}
/** Every page app.json registers, main package and subpackages, e.g. `pages/sources/index`. */
export function appPages(app?: AppJsonPages): string[];
