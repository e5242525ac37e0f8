/**
 * The share page's setData traffic (面对面分享), with a link base configured as the owner would: everything the
 * render layer receives while the page opens, draws its QR code and sends the image, against
 * `RUNTIME_BUDGETS.shareQrBytes` (also asserted by test/pages/share.test.ts), and what sending the code's
 * rectangles through setData would have cost instead.
 */
import { shareableTargets } from '../scripts/lib/entry-codes';
import { shareQrPagePath } from '../miniprogram/services/share-entry';
import { RUNTIME_BUDGETS, openMeasured, payloadBytes } from '../test/helpers/budgets';
import { fakeWx } from '../test/helpers/fake-wx';
import { findAll, fire } from '../test/helpers/page';

jest.mock('../miniprogram/config/release', () => ({
  ...jest.requireActual<object>('../miniprogram/config/release'),
  SHARE_LINK_BASE: 'https://guide.example.cn/mp',
}));

const kb = (bytes: number) => (bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`);

describe('share page setData', () => {
  it('stays within its budget for every target', async () => {
    const rows: string[] = [];
    let largest = 0;
    for (const target of shareableTargets()) {
      fakeWx.reset();
      const url = shareQrPagePath(target, '在墨西哥怎么付钱：刷卡、现金和手机支付');
      const query = Object.fromEntries(
        (url.split('?')[1] ?? '').split('&').map((pair) => pair.split('=') as [string, string]),
      );
      const { page, totalBytes, loadCalls, recorder } = openMeasured('share', query);
      page.instance.onReady!();
      await fire(findAll(page, '.send-image')[0]!, 'click');
      const sent = totalBytes + recorder.calls.reduce((sum, call) => sum + call.bytes, 0);
      const rects = fakeWx.canvases[0]!.draws.filter((draw) => draw.call === 'fillRect');
      largest = Math.max(largest, sent);
      rows.push(
        `${JSON.stringify(target).padEnd(58)} ${kb(sent).padStart(7)} in ${1 + loadCalls.length + recorder.calls.length} ` +
          `(rects drawn by the script: ${rects.length}, ${kb(payloadBytes(rects))} had they gone through setData)`,
      );
    }
    process.stdout.write(
      `\nShare page (面对面分享): initial data + every setData while opening, drawing and sending\n` +
        `${rows.join('\n')}\nlargest ${kb(largest)} of the ${kb(RUNTIME_BUDGETS.shareQrBytes)} budget\n\n`,
    );
    expect(largest).toBeLessThanOrEqual(RUNTIME_BUDGETS.shareQrBytes);
  });
});
