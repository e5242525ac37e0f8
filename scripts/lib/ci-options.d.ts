/** Types for ci-options.js, so the tests (TypeScript) call it checked. Keep in step with the JS. */
import type * as fs from 'fs';

export declare const APPID_PATTERN: RegExp;

export declare class UsageError extends Error {}

export type CredentialsCheck =
  { ok: true; appid: string; privateKeyPath: string } | { ok: false; message: string };

export declare function checkCredentials(
  env?: Record<string, string | undefined>,
  fileSystem?: Pick<typeof fs, 'statSync'>,
  action?: string,
): CredentialsCheck;

export declare function parseOptions(
  argv: readonly string[],
  spec: Record<string, 'string' | 'flag'>,
): Record<string, string | true>;

export interface PreviewArgs {
  help: false;
  pagePath?: string;
  searchQuery?: string;
  scene?: number;
  qrcodeOutputDest: string;
  desc?: string;
  robot?: number;
}

export declare function parsePreviewArgs(
  argv: readonly string[],
  context: {
    pages: readonly string[];
    resolveTarget: (text: string) => { pagePath: string; searchQuery?: string };
    defaultQrOut: string;
  },
): PreviewArgs | { help: true };

export interface UploadArgs {
  help: false;
  version: string;
  desc: string;
  robot?: number;
}

export declare function parseUploadArgs(
  argv: readonly string[],
  packageVersion?: string,
): UploadArgs | { help: true };

export declare function projectOptions(
  root: string,
  credentials: { appid: string; privateKeyPath: string },
): Record<string, unknown>;

export declare function previewCallOptions(project: unknown, args: PreviewArgs): Record<string, unknown>;
export declare function uploadCallOptions(project: unknown, args: UploadArgs): Record<string, unknown>;
