export interface ComponentFeature {
  feature: string;
  tag: string;
  attr?: string;
  value?: string;
  since: string;
  page: string;
}
export const TYPINGS: string;
export const COMPONENT_FEATURES: ComponentFeature[];
export const APP_JSON_FEATURES: { key: string; since: string; sameWhenIgnored?: string }[];
export const RELIED_ON: { apis: string[]; components: string[]; appJson: string[] };
export function compareVersions(a: string, b: string): -1 | 0 | 1;
export function apiVersions(source?: string): Map<string, string>;
