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
interface PackageBudget {
  BUDGETS: { packageBytes: number; contentBytes: number };
  summarizePackage(sizes: Record<string, number>): {
    bytes: number;
    files: number;
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

  it('fails a budget only when exceeded', () => {
    const summary = budget.summarizePackage(sizes);
    expect(budget.checkBudgets(summary, { packageBytes: 5350, contentBytes: 4000 }).every((b) => b.ok)).toBe(
      true,
    );
    const over = budget.checkBudgets(summary, { packageBytes: 5349, contentBytes: 3999 });
    expect(over.map((b) => [b.name, b.ok])).toEqual([
      ['upload package', false],
      ['content store', false],
    ]);
  });

  it('holds the budgets: 300 KB package, 120 KB content store (raised for sheet v2, issue 10)', () => {
    expect(budget.BUDGETS).toEqual({ packageBytes: 300 * 1024, contentBytes: 120 * 1024 });
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
