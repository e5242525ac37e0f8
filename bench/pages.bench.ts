/**
 * Prints, for every page in app.json and each key interaction: WXML nodes, depth and widest node; setData
 * calls and the bytes each sends; and the time taken in the simulator (a figure for comparison between
 * runs on one machine, not a measure of a phone).
 */
import { contentStore } from '../content-check/store';
import {
  appPages,
  measureTree,
  openMeasured,
  recordSetData,
  type SetDataCall,
  type TreeFigures,
} from '../test/helpers/budgets';
import { INTERACTIONS } from '../test/helpers/interactions';
import { fakeWx } from '../test/helpers/fake-wx';
import { openPage, type PageQuery } from '../test/helpers/page';

const WARM_RUNS = 3;

interface Row {
  what: string;
  tree: TreeFigures;
  calls: string;
  bytes: number;
  ms: string;
}

const rows: Row[] = [];
const kb = (bytes: number) => (bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`);
const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** "3: 1.2 KB, 19 × 32 B": the call count, then each call's size, repeats folded. */
function describeCalls(calls: SetDataCall[]): string {
  if (calls.length === 0) return '0';
  const runs: { bytes: number; times: number }[] = [];
  for (const call of calls) {
    const last = runs[runs.length - 1];
    if (last && last.bytes === call.bytes) last.times += 1;
    else runs.push({ bytes: call.bytes, times: 1 });
  }
  const sizes = runs.map((run) => (run.times > 1 ? `${run.times} × ${kb(run.bytes)}` : kb(run.bytes)));
  return `${calls.length}: ${sizes.join(', ')}`;
}

/** Cases worth a row of their own besides the default open: every guide section, for instance. */
function firstRenderCases(name: string): { label: string; query: PageQuery }[] {
  if (name === 'guide') {
    return contentStore.sections.map((section) => ({
      label: `guide ?section=${section.id}`,
      query: { section: section.id },
    }));
  }
  return [{ label: name, query: {} }];
}

function timeOpen(name: string, query: PageQuery): { cold: number; warm: number } {
  const times: number[] = [];
  for (let run = 0; run <= WARM_RUNS; run += 1) {
    fakeWx.reset();
    const started = performance.now();
    openPage(name, query);
    times.push(performance.now() - started);
  }
  return { cold: times[0]!, warm: median(times.slice(1)) };
}

describe('runtime figures', () => {
  it('measures every page and key interaction', async () => {
    for (const name of appPages()) {
      for (const { label, query } of firstRenderCases(name)) {
        const time = timeOpen(name, query);
        fakeWx.reset();
        const measured = openMeasured(name, query);
        rows.push({
          what: `${label} · first render`,
          tree: measureTree(measured.page.root),
          calls: `data ${kb(measured.initialBytes)} + ${describeCalls(measured.loadCalls)}`,
          bytes: measured.totalBytes,
          ms: `${time.cold.toFixed(0)} cold, ${time.warm.toFixed(1)} warm`,
        });
      }
      for (const interaction of INTERACTIONS.filter((candidate) => candidate.page === name)) {
        const times: number[] = [];
        let last: Row | undefined;
        for (let run = 0; run < WARM_RUNS; run += 1) {
          fakeWx.reset();
          const page = openPage(name, interaction.query ?? {});
          await interaction.prepare?.(page);
          const recorder = recordSetData(page);
          const started = performance.now();
          await interaction.act(page);
          times.push(performance.now() - started);
          last = {
            what: `${name} · ${interaction.name}`,
            tree: measureTree(page.root),
            calls: describeCalls(recorder.calls),
            bytes: recorder.calls.reduce((sum, call) => sum + call.bytes, 0),
            ms: `${median(times).toFixed(1)} (incl. event dispatch)`,
          };
        }
        rows.push(last!);
      }
    }
    expect(rows.length).toBeGreaterThan(0);
  });

  afterAll(() => {
    const header = [
      'page · what',
      'nodes',
      'depth',
      'max children',
      'setData (calls: bytes each)',
      'total',
      'ms',
    ];
    const table = rows.map((row) => [
      row.what,
      String(row.tree.nodes),
      String(row.tree.depth),
      String(row.tree.maxChildren),
      row.calls,
      kb(row.bytes),
      row.ms,
    ]);
    const widths = header.map((title, column) =>
      Math.max(title.length, ...table.map((cells) => cells[column]!.length)),
    );
    const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
    process.stdout.write(
      `\nRuntime figures (miniprogram-simulate, official WXML compiler)\n${line(header)}\n` +
        `${widths.map((width) => '-'.repeat(width)).join('  ')}\n${table.map(line).join('\n')}\n` +
        'Nodes count every element below the page root, custom components included; bytes are UTF-8 JSON.\n' +
        'Times are simulator milliseconds on this machine (cold = first load in the run), for comparison only.\n\n',
    );
  });
});
