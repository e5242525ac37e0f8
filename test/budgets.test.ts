/**
 * The experience audit's runtime rules, as deterministic structural budgets (no timing here: see npm run bench):
 * every page in app.json under 1000 WXML nodes, depth under 30, at most 60 children per node; a first render
 * of at most 32 KB of setData; a checklist tick as one small path update; and every key sent by setData read
 * by the page's template.
 */
import { contentStore } from '../content-check/store';
import {
  RUNTIME_BUDGETS,
  appPages,
  measureTree,
  openMeasured,
  recordSetData,
  type TreeFigures,
} from './helpers/budgets';
import { INTERACTIONS } from './helpers/interactions';
import { findAll, fire, type LoadedPage, type PageQuery } from './helpers/page';
import { unusedPaths } from './helpers/template-usage';

// Each case renders whole pages through the official compiler; allow for a busy machine.
jest.setTimeout(30_000);
const PAGES = appPages();

/** Every way a page opens that changes what it renders: each guide section, for instance. */
function openings(name: string): PageQuery[] {
  if (name === 'guide') return contentStore.sections.map((section) => ({ section: section.id }));
  return [{}];
}

function expectTreeWithinBudget(tree: TreeFigures, where: string): void {
  const problems: string[] = [];
  if (tree.nodes > RUNTIME_BUDGETS.maxNodes)
    problems.push(`${tree.nodes} nodes (budget ${RUNTIME_BUDGETS.maxNodes})`);
  if (tree.depth > RUNTIME_BUDGETS.maxDepth)
    problems.push(`depth ${tree.depth} (budget ${RUNTIME_BUDGETS.maxDepth})`);
  if (tree.maxChildren > RUNTIME_BUDGETS.maxChildren) {
    problems.push(`${tree.maxChildren} children in ${tree.widest} (budget ${RUNTIME_BUDGETS.maxChildren})`);
  }
  expect({ where, problems }).toEqual({ where, problems: [] });
}

/** Opens every closed part (checklist details) so the tree is measured at its largest. */
async function expandEverything(page: LoadedPage): Promise<void> {
  for (const toggle of findAll(page, '.item-toggle')) await fire(toggle);
  for (const button of findAll(page, '.toc-button')) await fire(button, 'click');
}

describe.each(PAGES)('page %s', (name) => {
  it.each(openings(name).map((query) => [JSON.stringify(query), query]))(
    'opened with %s stays within the WXML and first-render budgets, and sends only keys its template reads',
    async (_label, query) => {
      const first = openMeasured(name, query);
      expectTreeWithinBudget(measureTree(first.page.root), `${name} ${JSON.stringify(query)}`);
      expect(first.totalBytes).toBeLessThanOrEqual(RUNTIME_BUDGETS.firstRenderBytes);
      expect(unusedPaths(name, first.initialData)).toEqual([]);
      for (const call of first.loadCalls) expect(unusedPaths(name, call.data)).toEqual([]);

      await expandEverything(first.page);
      expectTreeWithinBudget(
        measureTree(first.page.root),
        `${name} ${JSON.stringify(query)}, everything open`,
      );
    },
  );
});

const interactions = INTERACTIONS.filter((interaction) => PAGES.includes(interaction.page));

describe.each(interactions.map((interaction) => [`${interaction.page}: ${interaction.name}`, interaction]))(
  '%s',
  (_label, interaction) => {
    it('sends only keys the template reads and keeps the tree within budget', async () => {
      const { page } = openMeasured(interaction.page, interaction.query ?? {});
      await interaction.prepare?.(page);
      const recorder = recordSetData(page);
      await interaction.act(page);
      for (const call of recorder.calls) expect(unusedPaths(interaction.page, call.data)).toEqual([]);
      expectTreeWithinBudget(measureTree(page.root), `${interaction.page} after "${interaction.name}"`);
    });
  },
);

describe('checklist tick', () => {
  it('sends exactly one setData, a path update of at most 256 bytes', async () => {
    const { page } = openMeasured('checklist');
    const recorder = recordSetData(page);
    await fire(findAll(page, '.item-check')[5]!, 'change', true);
    expect(recorder.calls).toHaveLength(1);
    const [call] = recorder.calls;
    expect(call!.bytes).toBeLessThanOrEqual(RUNTIME_BUDGETS.tickBytes);
    expect(call!.keys).toContainEqual(expect.stringMatching(/^groups\[\d+\]\.items\[\d+\]\.done$/));
    expect(call!.keys.every((key) => !/^groups$/.test(key))).toBe(true);
  });
});
