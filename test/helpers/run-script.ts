/** Runs one of the repository's Node scripts as a person would, with a clean environment. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../..');

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Modules the script required that match `watch` (see runScript). */
  loaded: string[];
}

/** A preload that reports every require of a watched module on stderr, so tests can see what a run touched. */
function preloadFile(): string {
  const file = path.join(os.tmpdir(), 'mp-guide-watch-require.js');
  fs.writeFileSync(
    file,
    `const Module = require('module');
const watched = (process.env.WATCH_REQUIRE || '').split(',').filter(Boolean);
const load = Module._load;
Module._load = function (request, ...rest) {
  if (watched.some((name) => request === name || request.startsWith(name + '/'))) process.stderr.write('[required] ' + request + '\\n');
  return load.call(this, request, ...rest);
};
`,
  );
  return file;
}

export function runScript(
  script: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
  watch: readonly string[] = [],
): ScriptRun {
  const clean: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'LANG', 'TMPDIR']) {
    const value = process.env[key];
    if (value !== undefined) clean[key] = value;
  }
  const result = spawnSync(process.execPath, ['-r', preloadFile(), path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...clean, ...env, WATCH_REQUIRE: watch.join(',') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const stderr = result.stderr ?? '';
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: stderr
      .split('\n')
      .filter((line) => !line.startsWith('[required] '))
      .join('\n'),
    loaded: stderr
      .split('\n')
      .filter((line) => line.startsWith('[required] '))
      .map((line) => line.slice('[required] '.length)),
  };
}
