/**
 * Maps every `@vant/weapp/...` component the app's JSON files declare to the built miniprogram_npm copy, the
 * way WeChat resolves them after "构建 npm". miniprogram-simulate cannot resolve package paths, so the tests and
 * the browser preview hand it this map. Without the built copy vant tags would render empty and silently: this
 * stops with a clear message instead.
 */
import * as fs from 'fs';
import * as path from 'path';

export function vantOverrides(miniprogramRoot: string): Record<string, string> {
  const overrides: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'miniprogram_npm') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) {
        const json = JSON.parse(fs.readFileSync(full, 'utf8')) as {
          usingComponents?: Record<string, string>;
        };
        for (const [tag, target] of Object.entries(json.usingComponents ?? {})) {
          if (target.startsWith('@vant/weapp/')) overrides[tag] = `/miniprogram_npm/${target}`;
        }
      }
    }
  };
  walk(miniprogramRoot);
  for (const target of new Set(Object.values(overrides))) {
    if (!fs.existsSync(path.join(miniprogramRoot, `${target}.json`))) {
      throw new Error(`${target} is missing: build miniprogram_npm first (npm start, or npm run build:npm).`);
    }
  }
  return overrides;
}
