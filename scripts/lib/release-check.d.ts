export interface ReleaseFacts {
  appid: string | undefined;
  privacyProblems: string[];
  linkBase: string;
  linkBaseValid: boolean;
  version: string | undefined;
  generatedVersion: string | undefined;
  desc: string | undefined;
  quality: { passed: number; total: number } | undefined;
  budgetsOk: boolean | undefined;
  minBaseLibrary: string;
}
export interface ReleaseCheck {
  name: string;
  ok: boolean;
  detail: string;
}
export const REVIEW_NOTES: string;
export function evaluateRelease(facts: ReleaseFacts): {
  checks: ReleaseCheck[];
  manual: string[];
  ok: boolean;
};
export function parseReport(
  output: string,
  code: number | null,
): { quality: { passed: number; total: number } | undefined; budgetsOk: boolean | undefined };
export function gatherFacts(options?: { desc?: string }): Promise<ReleaseFacts>;
