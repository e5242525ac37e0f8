/**
 * Every stored form the app can meet is read correctly, from the committed fixtures (test/fixtures/storage/).
 *
 * Version 1 is the first format of both stored values, so the forms are version 1 itself (read as is, never
 * rewritten) and values from a newer app (kept as far as understood, rewritten as version 1). There is no
 * migration code: no earlier version ever existed (issue 11 removed the machinery that waited for one).
 */
import * as fs from 'fs';
import * as path from 'path';
import { contentStore } from '../../content-check/store';
import { StoredValue } from '../../miniprogram/services/storage';
import { checklistProgressSchema } from '../../miniprogram/services/checklist-progress';
import { situationAnswersSchema } from '../../miniprogram/pages/situation/answers';
import { fakeWx } from '../helpers/fake-wx';

const FIXTURES = path.join(__dirname, '../fixtures/storage');

function fixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
}

describe('checklist-progress.v1', () => {
  it('reads version 1 exactly, and loading it writes nothing', () => {
    const raw = fixture('checklist-progress.v1.json');
    expect(checklistProgressSchema.decode(raw)).toEqual({
      value: {
        'keep-chinese-sim': 1764061200000,
        'check-esim-support': 1764061260000,
        'carry-pesos': 1764147600000,
      },
      absent: false,
      clean: true,
      lost: false,
    });
    fakeWx.storage.set(checklistProgressSchema.key, raw);
    const progress = new StoredValue(checklistProgressSchema);
    expect(Object.keys(progress.get())).toHaveLength(3);
    expect(fakeWx.writes).toEqual([]);
  });

  it('keeps a tick for an item the content no longer has', () => {
    const decoded = checklistProgressSchema.decode(fixture('checklist-progress.v1-removed-item.json'));
    expect(decoded.value).toEqual({
      'keep-chinese-sim': 1764061200000,
      'retired-checklist-item': 1764061230000,
    });
    expect(decoded.clean).toBe(true);
  });

  it('reads what it understands of a newer version and rewrites it as version 1', () => {
    fakeWx.storage.set(checklistProgressSchema.key, fixture('checklist-progress.v2-future.json'));
    const progress = new StoredValue(checklistProgressSchema);
    expect(progress.get()).toEqual({ 'keep-chinese-sim': 1764061200000 });
    expect(progress.claimRecoveryNotice()).toBe(true); // one entry was no longer a time
    expect(fakeWx.storage.get(checklistProgressSchema.key)).toEqual({
      version: 1,
      ticked: { 'keep-chinese-sim': 1764061200000 },
    });
  });
});

describe('situation-answers.v1 (the decision helper’s answers)', () => {
  it('reads version 1 exactly, with answers the current content has', () => {
    const decoded = situationAnswersSchema.decode(fixture('situation-answers.v1.json'));
    for (const [question, option] of Object.entries(decoded.value)) {
      const asked = contentStore.situation.questions.find((candidate) => candidate.id === question);
      expect(asked?.options.map((candidate) => candidate.id)).toContain(option);
    }
    expect(decoded).toEqual({
      value: { 'chinese-bank': 'card-and-id', 'mexico-line': 'data-only' },
      absent: false,
      clean: true,
      lost: false,
    });
  });

  it('reads what it understands of a newer version', () => {
    const decoded = situationAnswersSchema.decode(fixture('situation-answers.v2-future.json'));
    expect(decoded.value).toEqual({ 'chinese-bank': 'card-and-id' });
    expect(decoded.clean).toBe(false);
    expect(decoded.lost).toBe(true);
  });

  it('stores answers through the same in-memory value and write path', () => {
    const answers = new StoredValue(situationAnswersSchema);
    answers.update((current) => ({ ...current, 'chinese-bank': 'no-chinese-card' }));
    expect(fakeWx.storage.get('situation-answers.v1')).toEqual({
      version: 1,
      answers: { 'chinese-bank': 'no-chinese-card' },
    });
    answers.update(() => ({}));
    expect(fakeWx.storage.has('situation-answers.v1')).toBe(false);
  });
});
