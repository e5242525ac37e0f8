/**
 * Screen-reader semantics that survive: WeChat reads `aria-*` and `aria-role` on its built-in components, while
 * a custom component (ours or vant's) passes on only what it declares and writes onto a native element. Issue 14
 * found 我的情况's options carrying `aria-role="radio"` on `<van-button>`, which drops it: a reader heard plain
 * buttons. These checks read the templates and the components' own sources, so a regression fails here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MINIPROGRAM_ROOT } from './helpers/page';
import { allTemplates, droppedAria, forwardedAria } from './helpers/template-usage';

const vant = (name: string) =>
  path.resolve(MINIPROGRAM_ROOT, '../node_modules/@vant/weapp/lib', name, 'index');

describe('aria attributes reach the accessibility tree', () => {
  it('reads what each component forwards from its declared properties and template', () => {
    // vant's button declares ariaLabel (mixins/button) and writes it on its native <button>
    expect([...forwardedAria(vant('button'))]).toEqual(['aria-label']);
    for (const name of ['checkbox', 'cell', 'tag', 'progress', 'cell-group'])
      expect([...forwardedAria(vant(name))]).toEqual([]);
    // our own components declare no aria properties
    expect([...forwardedAria(path.join(MINIPROGRAM_ROOT, 'components/content-block/index'))]).toEqual([]);
  });

  it('catches aria on a component that drops it, and role= that WeChat ignores', () => {
    const problems = droppedAria(path.join(__dirname, 'fixtures/a11y/dropped'));
    const fixture = path.relative(MINIPROGRAM_ROOT, path.join(__dirname, 'fixtures/a11y/dropped'));
    expect(problems).toEqual([
      `${fixture}: <view role="radiogroup">: WeChat reads aria-role, not role`,
      `${fixture}: <van-button aria-role>: van-button does not pass aria-role on, so no reader hears it`,
      `${fixture}: <van-button aria-checked>: van-button does not pass aria-checked on, so no reader hears it`,
      `${fixture}: <van-checkbox aria-checked>: van-checkbox does not pass aria-checked on, so no reader hears it`,
      `${fixture}: <content-block aria-hidden>: content-block does not pass aria-hidden on, so no reader hears it`,
    ]);
  });

  it.each(allTemplates().map((file) => [path.relative(MINIPROGRAM_ROOT, file)]))(
    '%s puts aria only where it reaches the reader',
    (relative) => {
      expect(droppedAria(path.join(MINIPROGRAM_ROOT, relative))).toEqual([]);
    },
  );
});

describe("text follows WeChat's font size", () => {
  const pages = allTemplates().filter((file) => file.includes(`${path.sep}pages${path.sep}`));

  it.each(pages.map((file) => [path.relative(MINIPROGRAM_ROOT, file)]))(
    "%s opens with <page-meta> taking the reader's font size for rem and for the page",
    (relative) => {
      const source = fs.readFileSync(path.join(MINIPROGRAM_ROOT, `${relative}.wxml`), 'utf8');
      // page-meta must be the page's first node, or WeChat ignores it
      const first = /^\s*<([\w-]+)([^>]*)>/.exec(source);
      expect(first?.[1]).toBe('page-meta');
      expect(first?.[2]).toMatch(/\broot-font-size="system"/);
      expect(first?.[2]).toMatch(/\bpage-font-size="system"/);
    },
  );

  it('sizes every font in rem or em, never in rpx or px (which ignore the setting)', () => {
    const fixed: string[] = [];
    const visit = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'miniprogram_npm') visit(full);
        else if (entry.name.endsWith('.wxss')) {
          const css = fs.readFileSync(full, 'utf8');
          for (const match of css.matchAll(/(--[\w-]*font-size|font-size)\s*:\s*([^;}]+)/g))
            if (/\d(rpx|px)\b/.test(match[2]!))
              fixed.push(`${path.relative(MINIPROGRAM_ROOT, full)}: ${match[0]}`);
        }
      }
    };
    visit(MINIPROGRAM_ROOT);
    expect(fixed).toEqual([]);
    // vant's own pixel sizes are overridden by rem variables on the page
    expect(fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'app.wxss'), 'utf8')).toMatch(
      /--cell-font-size:\s*[\d.]+rem/,
    );
  });
});
