/**
 * Runtime figures WeChat's experience audit judges a page by, measured on a page rendered through
 * miniprogram-simulate: the WXML tree (nodes, depth, children per node) and setData traffic (calls, bytes).
 * Counts and bytes are deterministic; timing is for the printed benchmark only, never for assertions.
 */
import { openPage, type LoadedPage, type PageQuery } from './page';
import { appPages as allPages } from '../../scripts/lib/app-pages';

/** The experience audit's rules, tightened where the issue says so. */
export const RUNTIME_BUDGETS = {
  /** WXML nodes on a page (audit: fewer than 1000). */
  maxNodes: 999,
  /** Tree depth (audit: under 30). */
  maxDepth: 29,
  /** Children of any one node (audit: at most 60). */
  maxChildren: 60,
  /** Initial data plus every setData while the page loads (audit: 256 KB per call; ours: 32 KB in all). */
  firstRenderBytes: 32 * 1024,
  /** The one setData a checklist tick sends. */
  tickBytes: 256,
  /**
   * The share page (面对面分享): initial data plus every setData while it opens, draws its QR code and sends the
   * image. The code itself (a matrix, hundreds of rectangles) is drawn by the page script, never sent.
   */
  shareQrBytes: 1024,
};

/** Page names (`pages/<name>/index`) in app.json's order, subpackages included: pages added later are measured too. */
export function appPages(): string[] {
  return allPages().map((page) => {
    const match = /^pages\/((?:[^/]+\/)?[^/]+)\/index$/.exec(page);
    if (!match)
      throw new Error(`app.json page ${page} is not pages/<name>/index: teach test/helpers/budgets.ts`);
    return match[1]!;
  });
}

export interface TreeFigures {
  /** Elements in the page, custom components' own nodes included (each host tag counts too). */
  nodes: number;
  /** Longest chain of nested elements below the page root. */
  depth: number;
  /** Most children any one element has. */
  maxChildren: number;
  /** Where that widest element is, for messages. */
  widest: string;
}

const describe = (element: Element): string => {
  const className = element.getAttribute('class');
  return className
    ? `<${element.tagName.toLowerCase()} class="${className.trim()}">`
    : `<${element.tagName.toLowerCase()}>`;
};

/** Walks the rendered tree below the page root (simulate's wrapper itself is not counted). */
export function measureTree(root: Element): TreeFigures {
  const figures: TreeFigures = {
    nodes: 0,
    depth: 0,
    maxChildren: root.children.length,
    widest: describe(root),
  };
  const walk = (element: Element, depth: number) => {
    for (const child of Array.from(element.children)) {
      figures.nodes += 1;
      figures.depth = Math.max(figures.depth, depth);
      if (child.children.length > figures.maxChildren) {
        figures.maxChildren = child.children.length;
        figures.widest = describe(child);
      }
      walk(child, depth + 1);
    }
  };
  walk(root, 1);
  return figures;
}

/** What WeChat serialises for the render layer: the JSON text, counted in UTF-8 bytes. */
export function payloadBytes(data: unknown): number {
  return Buffer.byteLength(JSON.stringify(data), 'utf8');
}

export interface SetDataCall {
  data: Record<string, unknown>;
  keys: string[];
  bytes: number;
}

export interface SetDataRecorder {
  calls: SetDataCall[];
  /** Forget what was recorded so far (e.g. after the first render). */
  clear(): void;
}

/** Records every `this.setData` the page's script makes from now on. */
export function recordSetData(page: LoadedPage): SetDataRecorder {
  const calls: SetDataCall[] = [];
  const original = page.instance.setData.bind(page.instance);
  page.instance.setData = (data: Record<string, unknown>) => {
    calls.push({ data, keys: Object.keys(data), bytes: payloadBytes(data) });
    original(data);
  };
  return {
    calls,
    clear() {
      calls.length = 0;
    },
  };
}

export interface FirstRender {
  page: LoadedPage;
  /** The page's initial data, sent with the first render. */
  initialData: Record<string, unknown>;
  initialBytes: number;
  /** setData calls made by onLoad/onShow. */
  loadCalls: SetDataCall[];
  /** Initial data plus every load-time setData. */
  totalBytes: number;
  recorder: SetDataRecorder;
}

/** Opens a page, recording what its first render sends to the render layer. */
export function openMeasured(name: string, query: PageQuery = {}): FirstRender {
  let initialData: Record<string, unknown> = {};
  let recorder: SetDataRecorder | undefined;
  const page = openPage(name, query, {
    beforeLoad(loaded) {
      initialData = JSON.parse(JSON.stringify(loaded.instance.data)) as Record<string, unknown>;
      recorder = recordSetData(loaded);
    },
  });
  const loadCalls = [...recorder!.calls];
  recorder!.clear();
  const initialBytes = payloadBytes(initialData);
  return {
    page,
    initialData,
    initialBytes,
    loadCalls,
    totalBytes: initialBytes + loadCalls.reduce((sum, call) => sum + call.bytes, 0),
    recorder: recorder!,
  };
}
