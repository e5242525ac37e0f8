export const VERSION_MODULE: string;
export function packageVersion(root?: string): string;
export function versionModuleSource(version: string): string;
export function writeVersionModule(file?: string, version?: string): string;
export function generatedVersion(file?: string): string | undefined;
