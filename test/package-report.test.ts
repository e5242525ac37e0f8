/**
 * The package report's own logic (scripts/lib): the shares and budgets it prints, and the guard around the
 * unofficial parts of miniprogram-ci it relies on (an upgrade that changes them must fail loudly).
 * The report itself runs at the end of `npm test`.
 */

interface Share {
  label: string;
  bytes: number;
  files: number;
}
interface Budgets {
  packageBytes: number;
  mainBytes: number;
  subpackageBytes: number;
  contentBytes: number;
}
interface PackageBudget {
  BUDGETS: Budgets;
  MAIN_TARGET_BYTES: number;
  subpackageRoots(appJson: unknown): string[];
  summarizePackage(
    sizes: Record<string, number>,
    roots?: string[],
  ): {
    bytes: number;
    files: number;
    packages: Record<string, { bytes: number; files: number }>;
    shares: Record<'content' | 'vant' | 'babel' | 'app', Share>;
    largest: { file: string; bytes: number }[];
  };
  checkBudgets(
    summary: ReturnType<PackageBudget['summarizePackage']>,
    budgets?: PackageBudget['BUDGETS'],
  ): { name: string; bytes: number; limit: number; ok: boolean }[];
}
interface MpCi {
  offlineInternals(): { DefaultProjectAttr: { setting: { MaxCodeSize: number } } };
  UnofficialApiChanged: new (detail: string) => Error;
}

const budget = jest.requireActual<PackageBudget>('../scripts/lib/package-budget');

describe('package figures', () => {
  const sizes = {
    'app.js': 100,
    'app.json': 50,
    'content/guide.js': 3000,
    'content/index.js': 1000,
    'miniprogram_npm/@vant/weapp/cell/index.js': 700,
    'miniprogram_npm/@vant/weapp/cell/index.wxss': 300,
    '@babel/runtime/helpers/typeof.js': 200,
  };

  it('adds up the package and names the content store, vant and the rest', () => {
    const summary = budget.summarizePackage(sizes);
    expect(summary.bytes).toBe(5350);
    expect(summary.files).toBe(7);
    expect(summary.shares.content).toMatchObject({ bytes: 4000, files: 2 });
    expect(summary.shares.vant).toMatchObject({ bytes: 1000, files: 2 });
    expect(summary.shares.babel).toMatchObject({ bytes: 200, files: 1 });
    expect(summary.shares.app).toMatchObject({ bytes: 150, files: 2 });
    expect(summary.largest[0]).toEqual({ file: 'content/guide.js', bytes: 3000 });
  });

  const withSubpackage = { ...sizes, 'pages/sources/index.js': 400, 'pages/sources/index.wxml': 100 };
  const roots = budget.subpackageRoots({ subPackages: [{ root: 'pages/sources', pages: ['index'] }] });

  it('puts files under a subpackage root in that subpackage, and everything else in the main package', () => {
    expect(roots).toEqual(['pages/sources']);
    const summary = budget.summarizePackage(withSubpackage, roots);
    expect(summary.bytes).toBe(5850);
    expect(summary.packages).toEqual({
      main: { bytes: 5350, files: 7 },
      'pages/sources': { bytes: 500, files: 2 },
    });
  });

  it('fails a budget only when exceeded', () => {
    const summary = budget.summarizePackage(withSubpackage, roots);
    const exact = { packageBytes: 5850, mainBytes: 5350, subpackageBytes: 500, contentBytes: 4000 };
    expect(budget.checkBudgets(summary, exact).every((b) => b.ok)).toBe(true);
    const over = budget.checkBudgets(summary, {
      packageBytes: 5849,
      mainBytes: 5349,
      subpackageBytes: 499,
      contentBytes: 3999,
    });
    expect(over.map((b) => [b.name, b.ok])).toEqual([
      ['whole upload', false],
      ['main package', false],
      ['subpackage pages/sources', false],
      ['content store', false],
    ]);
  });

  it('holds the budgets: 384 KB upload, main package 160 KB (the target), 96 KB per subpackage, 48 KB main-package content', () => {
    expect(budget.BUDGETS).toEqual({
      packageBytes: 384 * 1024,
      mainBytes: 160 * 1024,
      subpackageBytes: 96 * 1024,
      contentBytes: 48 * 1024,
    });
    expect(budget.MAIN_TARGET_BYTES).toBe(160 * 1024);
    expect(budget.BUDGETS.mainBytes).toBeGreaterThanOrEqual(budget.MAIN_TARGET_BYTES);
  });
});

describe("miniprogram-ci's unofficial parts", () => {
  afterEach(() => {
    jest.resetModules();
    jest.dontMock('miniprogram-ci/dist/config/config');
  });

  it('are there in the installed version', () => {
    const ci = jest.requireActual<MpCi>('../scripts/lib/mp-ci');
    expect(ci.offlineInternals().DefaultProjectAttr.setting.MaxCodeSize).toEqual(expect.any(Number));
  });

  it('fail loudly, naming what changed, when an upgrade removes them', () => {
    jest.resetModules();
    jest.doMock('miniprogram-ci/dist/config/config', () => ({}));
    const ci = jest.requireActual<MpCi>('../scripts/lib/mp-ci');
    expect(() => ci.offlineInternals()).toThrow(/internals changed .*DefaultProjectAttr/);
  });
});
