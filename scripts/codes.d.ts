/** Types for codes.js, so the tests (TypeScript) call it checked. Keep in step with the JS. */
export interface CodeRow {
  target: string;
  label: string;
  page: string;
  scene: string;
  sharePath: string;
  qrLink?: string;
}

export interface CodesOptions {
  targets: string[];
  linkBase?: string;
  json?: boolean;
  help?: boolean;
}

export declare function parseArgs(argv: readonly string[]): Required<Omit<CodesOptions, 'linkBase'>> & {
  linkBase?: string;
};
export declare function collectCodes(options: Pick<CodesOptions, 'targets' | 'linkBase'>): CodeRow[];
