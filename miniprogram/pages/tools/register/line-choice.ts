/**
 * Which line the register checker shows, to and from the one id a link carries (`mx-7`, `roaming`, `esim`).
 */
import type { Digit } from '../services/pasted-number';

export type RegisterLineKind = 'mx' | 'roaming' | 'esim';

export interface RegisterLineChoice {
  kind?: RegisterLineKind;
  digit?: Digit;
}

/** The choice a link id stands for; nothing chosen for anything else. */
export function parseRegisterLine(id: unknown): RegisterLineChoice {
  if (id === 'roaming' || id === 'esim' || id === 'mx') return { kind: id };
  if (typeof id === 'string' && /^mx-\d$/.test(id)) return { kind: 'mx', digit: Number(id[3]) as Digit };
  return {};
}

/** The link id for a choice (undefined: nothing chosen yet). */
export function registerLineId(choice: RegisterLineChoice): string | undefined {
  if (!choice.kind) return undefined;
  if (choice.kind === 'mx' && choice.digit !== undefined) return `mx-${choice.digit}`;
  return choice.kind;
}
