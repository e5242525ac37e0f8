/**
 * `npm run codes` in-process: every check it makes, including on a broken short-key table (run as a command in
 * cli.test.ts).
 */
import { contentStore } from '../../miniprogram/content/index';
import { SECTION_KEYS } from '../../miniprogram/services/entry-keys';
import { buildScene, shareableTargets } from '../../scripts/lib/entry-codes';
import { collectCodes, parseArgs } from '../../scripts/codes';

describe('npm run codes', () => {
  it('has a row for every target, with the scene the service builds', () => {
    const rows = collectCodes({ targets: [] });
    expect(rows.map((row) => row.scene)).toEqual(shareableTargets().map(buildScene));
    expect(rows.find((row) => row.target === 'guide:paying-in-mexico')).toEqual({
      target: 'guide:paying-in-mexico',
      label: expect.stringContaining('指南'),
      page: 'pages/guide/index',
      scene: 'g.pay',
      sharePath: '/pages/guide/index?section=paying-in-mexico',
    });
  });

  it('selects targets and adds QR links on request', () => {
    expect(
      collectCodes({ targets: ['checklist:on-arrival', 'home'], linkBase: 'https://guide.example.com/mp' }),
    ).toEqual([
      expect.objectContaining({
        scene: 'c.arr',
        qrLink: 'https://guide.example.com/mp?to=checklist&group=on-arrival',
      }),
      expect.objectContaining({ scene: 'h', qrLink: 'https://guide.example.com/mp?to=home' }),
    ]);
  });

  it.each([
    [['guide:nope'], 'Unknown section "nope"'],
    [['nowhere'], 'Unknown target "nowhere"'],
    [['guide'], 'needs a section'],
    [['home:x'], 'takes no value'],
    [['guide:summary:x'], 'Unknown target'],
  ])('refuses target %j', (targets, message) => {
    expect(() => collectCodes({ targets })).toThrow(message);
  });

  it('refuses a link base that is not https without a query', () => {
    expect(() => collectCodes({ targets: ['home'], linkBase: 'http://example.org/mp' })).toThrow(
      'must look like https://your-domain/mp',
    );
    expect(() => collectCodes({ targets: ['home'], linkBase: 'https://example.org/mp?x=1' })).toThrow();
  });

  it('fails when a section has no short key, naming it', () => {
    contentStore.sections.push({ ...contentStore.sections[0]!, id: 'brand-new-section' as never });
    try {
      expect(() => collectCodes({ targets: [] })).toThrow(
        'section "brand-new-section": has no short key: add one in miniprogram/services/entry-keys.ts',
      );
    } finally {
      contentStore.sections.pop();
    }
  });

  it('fails when two sections share a short key', () => {
    const keys = SECTION_KEYS as Record<string, string>;
    const original = keys['summary']!;
    keys['summary'] = keys['paying-in-mexico']!;
    try {
      expect(() => collectCodes({ targets: [] })).toThrow(
        'short key "pay" is already used by "paying-in-mexico"',
      );
    } finally {
      keys['summary'] = original;
    }
  });

  it('fails when a key would make a scene WeChat refuses', () => {
    const keys = SECTION_KEYS as Record<string, string>;
    const original = keys['summary']!;
    keys['summary'] = 'x'.repeat(40);
    try {
      expect(() => collectCodes({ targets: [] })).toThrow(/short key "x+" is not 1–8 characters/);
      expect(() => collectCodes({ targets: [] })).toThrow(/breaks WeChat's limit/);
    } finally {
      keys['summary'] = original;
    }
  });

  it('reads its arguments', () => {
    expect(parseArgs(['--target', 'home', '--target=sources', '--json'])).toEqual({
      targets: ['home', 'sources'],
      linkBase: undefined,
      json: true,
      help: false,
      fetch: false,
      env: 'release',
      out: expect.stringMatching(/\.codes$/),
    });
    expect(() => parseArgs(['--target'])).toThrow('--target needs a value');
    expect(() => parseArgs(['--frobnicate'])).toThrow('Unknown argument "--frobnicate"');
  });
});
