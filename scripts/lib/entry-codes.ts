/**
 * Mini Program code scenes, built for `npm run codes` and `npm run preview` (and their tests): the app itself
 * only reads scenes (`parseScene` in miniprogram/services/entry-link.ts), so building and checking them lives
 * here, outside the upload package. What the app's own share link needs (`targetPath`, `targetQuery`,
 * `buildQrLink`) stays in the app.
 */
import {
  EntryLinkError,
  PAGE_NAMES,
  PAGES,
  SCENE_MAX_LENGTH,
  SCENE_PATTERN,
  SCENE_SEPARATOR,
  SPECS,
  checkedValue,
  makeTarget,
  own,
  parseScene,
  sameTarget,
  targetPath,
  type EntryTarget,
  type PageName,
} from '../../miniprogram/services/entry-link';

/** The `page` for `wxacode.getUnlimited`: the target's page, without the leading `/`. */
export function codePage(target: EntryTarget): string {
  return PAGES[target.page].path.slice(1);
}

/** The `scene` for a Mini Program code: `<page key>[.<item key>]`. Throws EntryLinkError if it cannot fit. */
export function buildScene(target: EntryTarget): string {
  const value = checkedValue(target);
  const spec = SPECS[target.page];
  let scene = spec.key;
  if (value !== undefined && spec.param) {
    const key = own(spec.param.keys, value);
    if (key === undefined) {
      throw new EntryLinkError(
        `No short key for ${spec.param.name} "${value}": add one in miniprogram/services/entry-keys.ts`,
      );
    }
    scene = `${spec.key}${SCENE_SEPARATOR}${key}`;
  }
  if (scene.length > SCENE_MAX_LENGTH || !SCENE_PATTERN.test(scene)) {
    throw new EntryLinkError(`Scene "${scene}" breaks WeChat's limit (32 characters from its allowed set)`);
  }
  return scene;
}

/** Every target worth a code or a share: each page, each guide section, each checklist stage. */
export function shareableTargets(): EntryTarget[] {
  return PAGE_NAMES.flatMap((page) => {
    const param = SPECS[page].param;
    if (!param) return [makeTarget(page)];
    const withValue = param.ids().map((id) => makeTarget(page, id));
    return param.required ? withValue : [makeTarget(page), ...withValue];
  });
}

export interface EntryKeyProblem {
  path: string;
  message: string;
}

const PAGE_KEY_PATTERN = /^[a-z]{1,3}$/;
const VALUE_KEY_PATTERN = /^[a-z0-9]{1,8}$/;

/** Short keys well-formed and unique, one for every section and stage, every scene inside WeChat's limit. */
export function validateEntryKeys(): EntryKeyProblem[] {
  const problems: EntryKeyProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });
  const pageOwners = new Map<string, PageName>();
  for (const page of PAGE_NAMES) {
    const spec = SPECS[page];
    if (!PAGE_KEY_PATTERN.test(spec.key)) report(`PAGES.${page}.key`, `"${spec.key}" is not 1–3 letters a–z`);
    const owner = pageOwners.get(spec.key);
    if (owner) report(`PAGES.${page}.key`, `"${spec.key}" is already the key of page ${owner}`);
    pageOwners.set(spec.key, page);
    if (!spec.path.startsWith('/pages/')) report(`PAGES.${page}.path`, `"${spec.path}" is not a page path`);
    const param = spec.param;
    if (!param) continue;
    const keyOwners = new Map<string, string>();
    for (const [id, key] of Object.entries(param.keys)) {
      if (!VALUE_KEY_PATTERN.test(key)) {
        report(`${param.name} "${id}"`, `short key "${key}" is not 1–8 characters a–z, 0–9`);
      }
      const other = keyOwners.get(key);
      if (other) report(`${param.name} "${id}"`, `short key "${key}" is already used by "${other}"`);
      keyOwners.set(key, id);
    }
    for (const id of param.ids()) {
      if (own(param.keys, id) === undefined) {
        report(`${param.name} "${id}"`, 'has no short key: add one in miniprogram/services/entry-keys.ts');
      }
    }
  }
  for (const target of shareableTargets()) {
    try {
      const scene = buildScene(target);
      const back = parseScene(encodeURIComponent(scene));
      if (back.problem || !sameTarget(back.target, target)) {
        report(targetPath(target), `scene "${scene}" does not lead back to it`);
      }
    } catch (error) {
      report(targetPath(target), error instanceof Error ? error.message : String(error));
    }
  }
  return problems;
}
