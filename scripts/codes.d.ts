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
  fetch?: boolean;
  env?: 'release' | 'trial' | 'develop';
  out?: string;
}

export declare function parseArgs(argv: readonly string[]): Required<Omit<CodesOptions, 'linkBase'>> & {
  linkBase?: string;
};
export declare function collectCodes(options: Pick<CodesOptions, 'targets' | 'linkBase'>): CodeRow[];

export declare class CodesError extends Error {}
export declare function fetchCredentials(env: Record<string, string | undefined>): {
  appid: string;
  secret: string;
};
export interface FetchOptions {
  appid: string;
  secret: string;
  env: 'release' | 'trial' | 'develop';
  out: string;
  baseUrl: string;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  retryDelaysMs?: number[];
}
export declare function fetchCodes(rows: CodeRow[], options: FetchOptions): Promise<string[]>;
