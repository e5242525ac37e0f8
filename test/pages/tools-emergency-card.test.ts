import { LINES_KEY } from '../../miniprogram/pages/tools/services/emergency-card-lines';
import { emergencyCardData } from '../../miniprogram/pages/tools/content';
import {
  cardText,
  emergencyCardContent,
  layoutEmergencyCard,
  type TextOp,
} from '../../miniprogram/pages/tools/services/emergency-card-layout';
import { fakeWx, type FakeCanvas, type FakeDraw } from '../helpers/fake-wx';
import { findAll, fire, openPage, type LoadedPage } from '../helpers/page';

jest.setTimeout(30_000);

const PAGE = 'tools/emergency-card';

async function makeImage(page: LoadedPage): Promise<void> {
  await fire(findAll(page, '.make-image')[0]!, 'click');
}

async function typeLine(page: LoadedPage, key: string, value: string): Promise<void> {
  await fire(findAll(page, `.line-${key}`)[0]!, 'blur', { value });
}

const drawnText = (canvas: FakeCanvas): string[] =>
  canvas.draws
    .filter((draw): draw is Extract<FakeDraw, { call: 'fillText' }> => draw.call === 'fillText')
    .map((draw) => draw.text);

/** The layout the page should draw, measured the way the fake canvas measures. */
function expectedOps(
  canvas: FakeCanvas,
  includeLines: Parameters<typeof emergencyCardContent>[0],
  mine: boolean,
) {
  const ctx = canvas.getContext('2d') as { font: string; measureText(text: string): { width: number } };
  const measure = (text: string, size: number, bold: boolean) => {
    ctx.font = `${bold ? 'bold ' : ''}${size}px x`;
    return ctx.measureText(text).width;
  };
  return layoutEmergencyCard(emergencyCardContent(includeLines, mine), 375, measure);
}

describe('紧急联系卡 page', () => {
  it('shows 911, the consular line, the Tijuana consulate with its district, 12308 and the two sentences', () => {
    const page = openPage(PAGE);
    const text = page.text();
    for (const entry of emergencyCardData.entries) {
      expect(text).toContain(entry.number);
      expect(text).toContain(entry.label);
    }
    expect(text).toContain('下加利福尼亚州');
    expect(text).toContain('Soy de nacionalidad china');
    expect(text).toContain('语言辅助');
    expect(findAll(page, '.clear-lines')).toHaveLength(0);
  });

  it('draws the layout’s operations on the canvas, exports it and offers it to share', async () => {
    const page = openPage(PAGE);
    await makeImage(page);
    expect(fakeWx.canvases).toHaveLength(1);
    const canvas = fakeWx.canvases[0]!;
    const layout = expectedOps(canvas, {}, false);
    expect(drawnText(canvas)).toEqual(cardText(layout));
    const texts = canvas.draws.filter((draw) => draw.call === 'fillText') as Extract<
      FakeDraw,
      { call: 'fillText' }
    >[];
    const ops = layout.ops.filter((op): op is TextOp => op.kind === 'text');
    texts.forEach((draw, index) => {
      expect([draw.x, draw.y, draw.color]).toEqual([ops[index]!.x, ops[index]!.y, ops[index]!.color]);
      expect(draw.font).toContain(`${ops[index]!.fontSize}px`);
    });
    expect(canvas.draws.filter((draw) => draw.call === 'fillRect' || draw.call === 'fill')).toHaveLength(
      layout.ops.length - ops.length,
    );
    expect(canvas.width / canvas.height).toBeCloseTo(layout.width / layout.height, 2);
    expect(fakeWx.calls).toEqual([
      'selectorQuery:#card-canvas',
      'canvasToTempFilePath:canvas',
      'showShareImageMenu:wxfile://tmp/card-1.png',
    ]);
    expect(fakeWx.toasts).toEqual([]);
    expect(drawnText(canvas).join(' ')).toContain('+52 55 5616 2129');
  });

  it('keeps typed lines on this phone, and puts them on the image only when ticked', async () => {
    const page = openPage(PAGE);
    await typeLine(page, 'namePinyin', '  ZHANG   San ');
    await typeLine(page, 'hotel', 'Hotel Zócalo, Calle 5 de Mayo 61');
    expect(fakeWx.storage.get(LINES_KEY)).toEqual({
      version: 1,
      lines: { 'name-pinyin': 'ZHANG San', hotel: 'Hotel Zócalo, Calle 5 de Mayo 61' },
    });
    expect(page.text()).toContain('ZHANG San');
    expect(page.text()).toContain('图片上只有上面的号码和两句西语，没有你填的内容。');

    await makeImage(page);
    const plain = drawnText(fakeWx.canvases[0]!).join(' ');
    expect(plain).not.toContain('ZHANG');
    expect(plain).not.toContain('Zócalo');

    await fire(findAll(page, '.include-mine')[0]!);
    expect(page.text()).toContain('图片上会有你填的内容');
    await makeImage(page);
    const canvas = fakeWx.canvases[1]!;
    expect(drawnText(canvas)).toEqual(
      cardText(
        expectedOps(canvas, { namePinyin: 'ZHANG San', hotel: 'Hotel Zócalo, Calle 5 de Mayo 61' }, true),
      ),
    );
    expect(drawnText(canvas).join(' ')).toContain('ZHANG San');

    const again = openPage(PAGE);
    expect(again.text()).toContain('ZHANG San');
    // The tick is asked for each time: a new open draws without the lines.
    await makeImage(again);
    expect(drawnText(fakeWx.canvases[2]!).join(' ')).not.toContain('ZHANG');
  });

  it('clears the lines after confirming, and keeps them when the person cancels', async () => {
    fakeWx.storage.set(LINES_KEY, { version: 1, lines: { 'emergency-contact': 'Li Si +86 138 0000 0000' } });
    const page = openPage(PAGE);
    expect(page.text()).toContain('Li Si +86 138 0000 0000');
    fakeWx.confirmNext(false);
    await fire(findAll(page, '.clear-lines')[0]!, 'click');
    expect(fakeWx.storage.has(LINES_KEY)).toBe(true);
    fakeWx.confirmNext(true);
    await fire(findAll(page, '.clear-lines')[0]!, 'click');
    expect(fakeWx.modals.map((modal) => modal.title)).toEqual(['清空你填的内容？', '清空你填的内容？']);
    expect(fakeWx.storage.has(LINES_KEY)).toBe(false);
    expect(page.text()).not.toContain('Li Si');
    expect(fakeWx.toasts).toEqual(['已清空']);
  });

  it('says so in a short message when the export fails, the menu is cancelled, refused or cannot open', async () => {
    const page = openPage(PAGE);
    fakeWx.failCanvas('export');
    await makeImage(page);
    expect(fakeWx.calls).not.toContainEqual(expect.stringMatching(/^showShareImageMenu/));
    expect(fakeWx.toasts).toEqual(['没能生成图片，可以截屏保存']);
    fakeWx.failCanvas('share-cancel');
    await makeImage(page);
    expect(fakeWx.toasts[1]).toBe('已取消，图片没有发出');
    fakeWx.failCanvas('share-fail');
    await makeImage(page);
    expect(fakeWx.toasts[2]).toBe('没能打开分享菜单，可以截屏保存');
    fakeWx.failCanvas('share-privacy');
    await makeImage(page);
    expect(fakeWx.toasts[3]).toBe('微信没有允许发送图片，可以截屏保存');
    expect(page.instance.data.busy).toBe(false);
  });

  it('on an old base library says it cannot make the image instead of failing', async () => {
    fakeWx.missingApis.add('showShareImageMenu');
    const page = openPage(PAGE);
    await makeImage(page);
    expect(fakeWx.canvases).toHaveLength(0);
    expect(fakeWx.toasts).toEqual(['微信版本太旧，不能生成图片，可以截屏保存']);
  });

  it('in Moments’ single-page mode says the image cannot be made there and offers no button for it', () => {
    fakeWx.enterScene(1154);
    const page = openPage(PAGE);
    expect(page.text()).toContain('从朋友圈打开时不能生成图片');
    expect(findAll(page, '.make-image')).toHaveLength(0);
    expect(fakeWx.canvases).toHaveLength(0);
  });

  it('if a tap still reaches it in single-page mode, it draws nothing and says why', async () => {
    fakeWx.enterScene(1154);
    const page = openPage(PAGE);
    (page.instance as unknown as { onMakeImage(): void }).onMakeImage();
    await Promise.resolve();
    expect(fakeWx.canvases).toHaveLength(0);
    expect(fakeWx.toasts).toContain('朋友圈里不能生成图片，请前往小程序');
  });

  it('shares the page without any personal line', async () => {
    const page = openPage(PAGE);
    await typeLine(page, 'namePinyin', 'ZHANG San');
    const shared = page.instance.onShareAppMessage!() as { title: string; path: string };
    expect(shared.path).toBe('/pages/tools/emergency-card/index');
    expect(JSON.stringify(shared)).not.toContain('ZHANG');
  });
});
