export interface ScopedUse {
  key: string;
  file: string;
  what: string;
}
export interface PrivacyDeclaration {
  scopes: { key: string; info: string; purpose: string }[];
  storage: string;
}
export const DECLARATION_PATH: string;
export function appFiles(dir?: string): string[];
export function findScopedUses(files: { file: string; text: string }[]): ScopedUse[];
export function compareDeclaration(uses: ScopedUse[], declaration: PrivacyDeclaration): string[];
export function readDeclaration(file?: string): PrivacyDeclaration;
export function checkPrivacy(): { uses: ScopedUse[]; declaration: PrivacyDeclaration; problems: string[] };
