import type { PrivacyDeclaration } from './lib/privacy-scan';
export function privacyText(declaration: PrivacyDeclaration): string;
