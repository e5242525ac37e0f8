/**
 * The emergency card's optional personal lines (name in pinyin, an emergency contact, where you stay), kept
 * only on this phone (`emergency-card-lines.v1`, `{ version: 1, lines: { 'name-pinyin': '…' } }`) and cleared
 * with one tap. They reach a shared image only when the person ticks "include my lines" (the page decides;
 * nothing here shares anything).
 */
import {
  cleanPersonalLine,
  PERSONAL_KEYS,
  type PersonalKey,
  type PersonalLines,
} from './emergency-card-layout';
import {
  StoredState,
  StoredValue,
  dictionarySchema,
  type Dictionary,
  type WriteResult,
} from '../../../services/storage';

/** Stored ids are lower-kebab (the storage rule); the layout's keys are camelCase. */
export const LINE_IDS: Readonly<Record<PersonalKey, string>> = {
  namePinyin: 'name-pinyin',
  emergencyContact: 'emergency-contact',
  hotel: 'hotel',
};

const isLine = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && cleanPersonalLine(value) === value;

export const emergencyCardLinesSchema = dictionarySchema<string>({
  key: 'emergency-card-lines.v1',
  version: 1,
  field: 'lines',
  isEntry: isLine,
  preferred: () => PERSONAL_KEYS.map((key) => LINE_IDS[key]),
});

export const LINES_KEY = emergencyCardLinesSchema.key;

/** The lines as the layout reads them; ids the app does not know are ignored. */
export function linesFromEntries(entries: Dictionary<string>): PersonalLines {
  const lines: PersonalLines = {};
  for (const key of PERSONAL_KEYS) {
    const value = entries[LINE_IDS[key]];
    if (typeof value === 'string' && value !== '') lines[key] = value;
  }
  return lines;
}

class EmergencyCardLinesStore extends StoredState<Dictionary<string>> {
  protected readonly stored = new StoredValue(emergencyCardLinesSchema);
  readonly label = '紧急联系卡上你填的内容';

  get(): PersonalLines {
    return linesFromEntries(this.stored.get());
  }

  /** Sets one line as typed (cleaned: one line, at most 80 characters); an empty line removes it. */
  set(key: PersonalKey, value: unknown, onWritten?: (result: WriteResult) => void): PersonalLines {
    const line = cleanPersonalLine(value);
    const change = (entries: Dictionary<string>) => {
      const next = { ...entries };
      if (line) next[LINE_IDS[key]] = line;
      else delete next[LINE_IDS[key]];
      return next;
    };
    return linesFromEntries(this.stored.update(change, onWritten));
  }

  /** Removes every line: the key leaves storage. */
  clearAll(onWritten?: (result: WriteResult) => void): PersonalLines {
    return linesFromEntries(this.stored.update(() => ({}), onWritten));
  }
}

export const emergencyCardLines = new EmergencyCardLinesStore();
