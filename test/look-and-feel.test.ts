/**
 * Look and feel that costs nothing, held by static rules over the app's own WXML/WXSS and by rendering each
 * page: dark mode end to end, tap targets of at least 88rpx, text that survives a large system font,
 * aria-label on controls that show no text, and no van-icon on any page (ticks, arrows and marks are drawn in
 * our CSS).
 */
import * as fs from 'fs';
import * as path from 'path';
import { appPages } from './helpers/budgets';
import { INTERACTIONS } from './helpers/interactions';
import { MINIPROGRAM_ROOT, findAll, fire, openPage } from './helpers/page';
import {
  ownFiles,
  parseWxml,
  parseWxss,
  readSource,
  textInside,
  usedNpmComponents,
  walkElements,
  type WxmlElement,
  type WxssRule,
} from './helpers/sources';

// Each case renders whole pages through the official compiler; allow for a busy machine.
jest.setTimeout(30_000);
const LITERAL_COLOR = /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i;
const APP_WXSS = parseWxss(readSource('app.wxss'));

/** Custom properties set on `page`, outside and inside the dark media block. */
function paletteOf(rules: WxssRule[], dark: boolean): Map<string, string> {
  const palette = new Map<string, string>();
  for (const rule of rules) {
    const isDark = rule.media !== undefined && /prefers-color-scheme:\s*dark/.test(rule.media);
    if (isDark !== dark || !rule.selectors.includes('page')) continue;
    for (const [property, value] of rule.declarations)
      if (property.startsWith('--')) palette.set(property, value);
  }
  return palette;
}
const LIGHT = paletteOf(APP_WXSS, false);
const DARK = paletteOf(APP_WXSS, true);

/** Relative luminance and whether the colour is a grey (accent colours read well on both themes). */
function tone(hex: string): { luminance: number; grey: boolean } {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits.slice(0, 6);
  const [r, g, b] = [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  return {
    luminance: 0.2126 * r + 0.7152 * g + 0.0722 * b,
    grey: Math.max(r, g, b) - Math.min(r, g, b) < 0.15,
  };
}

/** `var(--name, fallback)` uses in a vant stylesheet, with the property they paint. */
function vantVariables(component: string): { property: string; name: string; fallback: string }[] {
  const file = path.join(MINIPROGRAM_ROOT, component, 'index.wxss');
  if (!fs.existsSync(file)) return [];
  const found: { property: string; name: string; fallback: string }[] = [];
  for (const rule of parseWxss(fs.readFileSync(file, 'utf8'))) {
    for (const [property, value] of rule.declarations) {
      for (const match of value.matchAll(/var\((--[\w-]+),\s*([^()]*(?:\([^)]*\))?)\)/g)) {
        found.push({ property, name: match[1]!, fallback: match[2]!.trim() });
      }
    }
  }
  return found;
}

const VANT = usedNpmComponents();
const WXML_FILES = ownFiles('.wxml');

interface Tappable {
  file: string;
  element: WxmlElement;
}

const TAP_BINDING = /^(bind|catch|capture-bind|capture-catch|mut-bind):?(tap|click|change|longpress)$/;

function tappables(): Tappable[] {
  return WXML_FILES.flatMap((file) =>
    [...walkElements(parseWxml(readSource(file)))]
      .filter((element) => [...element.attributes.keys()].some((name) => TAP_BINDING.test(name)))
      .map((element) => ({ file, element })),
  );
}

const staticClasses = (value: string | undefined) =>
  (value ?? '')
    .replace(/\{\{[\s\S]*?\}\}/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** True when a rule for `.name` pins it to the top and bottom of the screen (an overlay): as tall as it gets. */
function fillsScreenHeight(rules: WxssRule[], name: string): boolean {
  return rules.some((rule) => {
    if (!rule.selectors.includes(`.${name}`)) return false;
    const declared = new Map(rule.declarations);
    return (
      declared.get('position') === 'fixed' && declared.get('top') === '0' && declared.get('bottom') === '0'
    );
  });
}

/** Smallest min-height (in rpx; px counted as 2rpx) that a rule for `.name` gives, if any. */
function minHeightRpx(rules: WxssRule[], name: string): number | undefined {
  let found: number | undefined;
  for (const rule of rules) {
    if (!rule.selectors.includes(`.${name}`)) continue;
    for (const [property, value] of rule.declarations) {
      const match = /^(\d+(?:\.\d+)?)(rpx|px)$/.exec(value);
      if (property === 'min-height' && match) {
        const rpx = Number(match[1]) * (match[2] === 'px' ? 2 : 1);
        found = Math.max(found ?? 0, rpx);
      }
    }
  }
  return found;
}

const rulesFor = (wxmlFile: string) => [
  ...parseWxss(readSource(wxmlFile.replace(/\.wxml$/, '.wxss'))),
  ...APP_WXSS,
];

const npmTags = (wxmlFile: string): Map<string, string> => {
  const json = JSON.parse(readSource(wxmlFile.replace(/\.wxml$/, '.json'))) as {
    usingComponents?: Record<string, string>;
  };
  return new Map(
    Object.entries(json.usingComponents ?? {}).filter(
      ([, target]) => !target.startsWith('/') && !target.startsWith('.'),
    ),
  );
};

describe('dark mode', () => {
  it('app.json and theme.json follow the system theme', () => {
    const app = JSON.parse(readSource('app.json')) as { darkmode?: boolean; window: Record<string, string> };
    const theme = JSON.parse(readSource('theme.json')) as Record<'light' | 'dark', Record<string, string>>;
    expect(app.darkmode).toBe(true);
    for (const [key, value] of Object.entries(app.window)) {
      if (/Color|TextStyle/.test(key)) {
        expect({ key, value }).toEqual({ key, value: expect.stringMatching(/^@/) });
        expect(theme.light[value.slice(1)]).toBeDefined();
        expect(theme.dark[value.slice(1)]).toBeDefined();
      }
    }
    for (const file of ownFiles('.json').filter((name) => name.startsWith('pages/'))) {
      const page = JSON.parse(readSource(file)) as Record<string, unknown>;
      for (const [key, value] of Object.entries(page)) {
        if (/Color|TextStyle/.test(key))
          expect({ file, key, value }).toEqual({ file, key, value: expect.stringMatching(/^@/) });
      }
    }
  });

  it('redefines every colour of the light palette for dark', () => {
    const missing = [...LIGHT.keys()].filter((name) => name.startsWith('--app-') && !DARK.has(name));
    expect(LIGHT.size).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('maps every vant variable that paints a light surface or dark text onto the palette', () => {
    const unmapped = new Set<string>();
    for (const component of VANT) {
      for (const { property, name, fallback } of vantVariables(component)) {
        if (!/^#[0-9a-f]{3,6}$/i.test(fallback)) continue;
        const { luminance, grey } = tone(fallback);
        const surface = grey && /background|border/.test(property) && luminance > 0.6;
        const text = grey && property === 'color' && luminance < 0.25;
        if (!surface && !text) continue;
        const mapped = LIGHT.get(name) ?? DARK.get(name);
        if (!mapped || !/var\(--app-/.test(mapped))
          unmapped.add(`${name} (${property}, vant default ${fallback}, in ${component})`);
      }
    }
    expect(VANT.length).toBeGreaterThan(0);
    expect([...unmapped].sort()).toEqual([]);
  });

  it('uses palette variables, never literal colours, in pages and components', () => {
    const literal: string[] = [];
    for (const file of ownFiles('.wxss')) {
      for (const rule of parseWxss(readSource(file))) {
        for (const [property, value] of rule.declarations) {
          if (!property.startsWith('--') && LITERAL_COLOR.test(value))
            literal.push(`${file}: ${rule.selectors.join(', ')} { ${property}: ${value} }`);
        }
      }
    }
    for (const file of WXML_FILES) {
      for (const element of walkElements(parseWxml(readSource(file)))) {
        for (const [name, value] of element.attributes) {
          if (LITERAL_COLOR.test(value)) literal.push(`${file}: <${element.tag} ${name}="${value}">`);
        }
      }
    }
    expect(literal).toEqual([]);
  });
});

describe('tap targets', () => {
  const all = tappables();

  it('finds the tappable controls', () => {
    expect(all.length).toBeGreaterThan(5);
  });

  it('makes every tappable control at least 88rpx tall', () => {
    const small: string[] = [];
    for (const { file, element } of all) {
      const rules = rulesFor(file);
      const vant = npmTags(file).get(element.tag);
      const size = element.attributes.get('size');
      if (vant && (size === 'small' || size === 'mini')) {
        small.push(`${file}: <${element.tag} size="${size}"> is shorter than 88rpx`);
        continue;
      }
      const classes = [
        ...staticClasses(element.attributes.get('class')),
        ...staticClasses(element.attributes.get('custom-class')),
        ...(vant ? [`van-${path.basename(path.dirname(vant))}`] : []),
      ];
      const tallest = Math.max(0, ...classes.map((name) => minHeightRpx(rules, name) ?? 0));
      if (tallest < 88 && !classes.some((name) => fillsScreenHeight(rules, name)))
        small.push(`${file}: <${element.tag} class="${classes.join(' ')}"> has no min-height of 88rpx`);
    }
    expect(small).toEqual([]);
  });

  it('labels every control that shows no text', () => {
    const unlabelled = all
      .filter(({ element }) => !textInside(element))
      // hidden from readers on purpose (the contents sheet's overlay repeats its labelled 关闭): no label is read
      .filter(({ element }) => element.attributes.get('aria-hidden') !== 'true')
      .filter(
        ({ element }) =>
          !['title', 'label', 'text', 'aria-label'].some((name) => element.attributes.get(name)),
      )
      .map(
        ({ file, element }) => `${file}: <${element.tag} class="${element.attributes.get('class') ?? ''}">`,
      );
    expect(unlabelled).toEqual([]);
  });
});

describe('text under a large system font', () => {
  /** Elements of the app's own templates that use a class, with whether they hold text or other elements. */
  function holdersOf(name: string, files: string[]): string[] {
    return files.flatMap((file) =>
      [...walkElements(parseWxml(readSource(file)))]
        .filter((element) => staticClasses(element.attributes.get('class')).includes(name))
        .filter((element) => element.children.length > 0 || textInside(element))
        .map((element) => `${file}: <${element.tag} class="${element.attributes.get('class')}">`),
    );
  }

  it('never fixes the height or line height of anything holding text, and wraps instead of cutting off', () => {
    const problems: string[] = [];
    for (const file of ownFiles('.wxss')) {
      const templates = file === 'app.wxss' ? WXML_FILES : [file.replace(/\.wxss$/, '.wxml')];
      for (const rule of parseWxss(readSource(file))) {
        for (const [property, value] of rule.declarations) {
          const where = `${file}: ${rule.selectors.join(', ')} { ${property}: ${value} }`;
          if (property === 'white-space' && /nowrap/.test(value)) problems.push(where);
          if (property === 'text-overflow' || property.endsWith('line-clamp')) problems.push(where);
          if (property === 'line-height' && /\d(px|rpx)\b/.test(value)) problems.push(where);
          if (property === 'height' && /\d(px|rpx|em|rem)\b/.test(value)) {
            // A fixed-size mark (a dot, a chevron) is fine; a box with text or children is not.
            const classes = rule.selectors.flatMap((selector) =>
              [...selector.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!),
            );
            const holders = classes
              .flatMap((name) => holdersOf(name, templates))
              // WeChat's <swiper> takes no height from its items: it must be given one. In rem it still grows
              // with the reader's font size (the preview's clipping check covers the cards at every size).
              .filter((holder) => !(holder.includes('<swiper ') && /\drem\b/.test(value)));
            if (holders.length > 0) problems.push(`${where} — holds text in ${holders.join('; ')}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("turns vant's pixel line heights into relative ones", () => {
    const fixed = new Set<string>();
    for (const component of VANT) {
      const uses = vantVariables(component);
      for (const { property, name, fallback } of uses) {
        if (property !== 'line-height' || !/px$/.test(fallback)) continue;
        // A variable that also sizes a font or an icon cannot be unitless; such labels are fixed per page.
        if (uses.some((use) => use.name === name && !/height/.test(use.property))) continue;
        const value = LIGHT.get(name);
        if (!value || !/^\d+(\.\d+)?$/.test(value))
          fixed.add(`${name} (vant default ${fallback}, in ${component})`);
      }
    }
    expect([...fixed].sort()).toEqual([]);
  });
});

describe('no icon-font glyphs', () => {
  it.each(appPages())('page %s renders no van-icon, even with everything open', async (name) => {
    const page = openPage(name);
    for (const toggle of findAll(page, '.item-toggle')) await fire(toggle);
    for (const button of findAll(page, '.toc-button')) await fire(button, 'click');
    for (const interaction of INTERACTIONS.filter((candidate) => candidate.page === name)) {
      const fresh = openPage(name, interaction.query ?? {});
      await interaction.prepare?.(fresh);
      await interaction.act(fresh);
      expect({
        interaction: interaction.name,
        icons: fresh.root.querySelectorAll('van-icon').length,
      }).toEqual({
        interaction: interaction.name,
        icons: 0,
      });
    }
    expect(page.root.querySelectorAll('van-icon')).toHaveLength(0);
  });
});
