export interface PrivacyScope {
  key: string;
  info: string;
  apis: string[];
  openTypes: string[];
  authScopes: string[];
  components: string[];
}
export const SOURCE: string;
export const PRIVACY_SCOPES: PrivacyScope[];
export const REVIEWED_LIBRARY_USES: { file: string; what: string; reason: string }[];
