/**
 * One setup for every test: simulate's own `wx` (vant needs it), extended with the fake storage and UI calls,
 * plus the page globals simulate does not define.
 */
import 'miniprogram-simulate';
import { fakeWx, installFakeWx } from './helpers/fake-wx';

const globals = globalThis as unknown as Record<string, unknown>;
installFakeWx(globals.wx as Record<string, unknown>);
globals.getApp = () => ({ globalData: {} });
globals.getCurrentPages = () => [];

beforeEach(() => {
  fakeWx.reset();
});

/**
 * WeChat's template runtime reports template mistakes (a missing `wx:key`, a bad expression) as warnings;
 * here they fail the test that caused them.
 */
const templateWarnings: string[] = [];
const originalWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const message = args.map(String).join(' ');
  if (message.includes('WXMLRT')) templateWarnings.push(message);
  else originalWarn(...args);
};

afterEach(() => {
  const found = templateWarnings.splice(0);
  if (found.length > 0) throw new Error(`WXML runtime warnings:\n${found.join('\n')}`);
});
