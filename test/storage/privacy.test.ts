/**
 * Keeps the README's "Data and privacy" section true: it names every stored key, only the storage module
 * touches storage, and the app asks for no permissions.
 */
import * as fs from 'fs';
import * as path from 'path';
import { contentStore } from '../../content-check/store';
import { checklistProgressSchema } from '../../miniprogram/services/checklist-progress';
import { emergencyCardLinesSchema } from '../../miniprogram/pages/tools/services/emergency-card-lines';
import { ownRateSchema } from '../../miniprogram/pages/tools/services/own-rate';
import { situationAnswersSchema, splitAnswers } from '../../miniprogram/pages/situation/answers';
import { STORED_KEYS } from '../../miniprogram/services/storage';
import { MINIPROGRAM_ROOT } from '../helpers/page';

const README = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');

function appSources(dir = MINIPROGRAM_ROOT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'miniprogram_npm') return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return appSources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function privacySection(): string {
  const start = README.indexOf('## Data and privacy');
  expect(start).toBeGreaterThan(-1);
  const next = README.indexOf('\n## ', start + 1);
  return README.slice(start, next < 0 ? undefined : next);
}

describe('data and privacy', () => {
  it('the README names every stored key, and no key the app does not store', () => {
    const section = privacySection();
    for (const key of STORED_KEYS) expect(section).toContain(`\`${key}\``);
    const named = [...section.matchAll(/`([a-z-]+\.v\d+)`/g)].map((match) => match[1]);
    expect(new Set(named)).toEqual(new Set(STORED_KEYS));
  });

  it("the table's examples are values the app stores and reads back, with ids the content has", () => {
    const examples = [...privacySection().matchAll(/\| `([a-z-]+\.v\d+)` +\|[^|]*\| `(\{.*\})` +\|/g)];
    expect(examples.map((match) => match[1])).toEqual([...STORED_KEYS]);
    for (const [, key, json] of examples) {
      const raw = JSON.parse(json!) as unknown;
      if (key === ownRateSchema.key || key === emergencyCardLinesSchema.key) {
        // Values the person typed: no content ids to check, only that they read back clean.
        const schema = key === ownRateSchema.key ? ownRateSchema : emergencyCardLinesSchema;
        const typed = schema.decode(raw);
        expect(typed).toMatchObject({ clean: true, lost: false });
        expect(typed.value).toBeTruthy();
        continue;
      }
      const schema = key === checklistProgressSchema.key ? checklistProgressSchema : situationAnswersSchema;
      const decoded = schema.decode(raw);
      expect(decoded).toMatchObject({ clean: true, lost: false });
      const known =
        key === checklistProgressSchema.key
          ? Object.keys(decoded.value).map((id) => contentStore.checklistItems.some((item) => item.id === id))
          : Object.keys(splitAnswers(decoded.value as Record<string, string>).setAside).map(() => false);
      expect(known.every(Boolean)).toBe(true);
      expect(Object.keys(decoded.value).length).toBeGreaterThan(0);
    }
  });

  it('only services/storage.ts touches wx storage', () => {
    const storageCall = /wx\.(?:get|set|remove|clear|batchGet|batchSet)Storage(?:Sync|Info|InfoSync)?\b/;
    const touching = appSources()
      .filter((file) => storageCall.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(MINIPROGRAM_ROOT, file));
    expect(touching).toEqual(['services/storage.ts']);
  });

  it('asks for no permissions', () => {
    const appJson = JSON.parse(fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'app.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const field of ['permission', 'requiredPrivateInfos', 'requiredBackgroundModes']) {
      expect(appJson[field]).toBeUndefined();
    }
    const privacyApi =
      /wx\.(?:authorize|getLocation|getFuzzyLocation|chooseLocation|choosePoi|startLocationUpdate\w*|getUserProfile|getUserInfo|getPhoneNumber|chooseImage|chooseMedia|chooseVideo|chooseMessageFile|startRecord|getRecorderManager|createCameraContext|getClipboardData|chooseAddress|chooseInvoiceTitle|getWeRunData|addPhoneContact|saveImageToPhotosAlbum|saveVideoToPhotosAlbum|openBluetoothAdapter|startWifi|login)\b/;
    const asking = appSources().filter((file) => privacyApi.test(fs.readFileSync(file, 'utf8')));
    expect(asking).toEqual([]);
  });
});
