/**
 * 面对面分享: the QR code of a page's normal link (the one `npm run codes -- --link-base` prints), for a friend
 * to scan from this screen with WeChat's 扫一扫, and "发给朋友": the same code as an image file under
 * `wx.env.USER_DATA_PATH`, offered with `wx.showShareImageMenu` (in a chat a long-press recognises it; inside
 * the Mini Program it would not, WeChat recognises only Mini Program codes there).
 *
 * Opened by the page shell's "面对面分享" line (behaviors/app-page.ts, services/share-entry.ts) as
 * `/pages/share/index?to=<page>&<page query>&title=…`. Not a page of the link table: nothing links here from
 * outside, so it is written with `Component()` and reads its own query (`shareRequest`).
 *
 * The matrix and its rectangles never go through setData: the script draws them on the `<canvas type="2d">`
 * itself, so the render layer only ever receives the title, a notice and two flags (well under 1 KB).
 * Every failure leaves the code on screen with a short notice saying what to do instead.
 */
import { targetPath, type EntryTarget } from '../../services/entry-link';
import { isSinglePageMode } from '../../services/launch-mode';
import { shareQrEnabled, shareQrPagePath } from '../../services/share-entry';
import { qrDrawing, shareImageName, shareQrFor, shareRequest, QUIET_ZONE } from './share-qr';
import { canOfferImage, offerCanvasImage, pixelRatio, type ImageFailure } from '../../services/canvas-image';

interface QrCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): {
    fillStyle: unknown;
    fillRect(x: number, y: number, width: number, height: number): void;
  };
}

interface ShareState {
  target: EntryTarget;
  title: string;
  /** The canvas once the code is drawn on it. */
  canvas?: QrCanvas;
}

/** Per open page: what it shares and its drawn canvas (kept out of setData). */
const states = new WeakMap<object, ShareState>();

/** A module this many canvas pixels at least: sharp on the screen and in the image. */
const MIN_MODULE_PX = 4;
/** The canvas's width in CSS pixels when the layout cannot be measured (520rpx on a 375-wide phone). */
const FALLBACK_WIDTH = 260;

const NOTICES = {
  disabled: '这个版本还不能生成二维码，可以用右上角「···」转发这一页。',
  noCanvas: '二维码没能显示出来，请返回后再试一次。',
  oldWechat: '微信版本太旧，不能发送图片。可以让朋友直接扫码，或截屏发送。',
  exportFailed: '没能生成图片。可以让朋友直接扫码，或截屏发送。',
  writeFailed: '没能把图片存到手机上（空间可能不够）。可以让朋友直接扫码，或截屏发送。',
  cancelled: '没有发送。想发时再点「发给朋友」。',
  menuFailed: '没能打开发送菜单。可以让朋友直接扫码，或截屏发送。',
  privacy: '微信没有允许发送图片。可以让朋友直接扫码，或截屏发送。',
} as const;

/** What each way of not sending says (privacy refusals 104/112 included, should WeChat ever ask). */
const FAILURE_NOTICES: Record<ImageFailure, string> = {
  'old-wechat': NOTICES.oldWechat,
  export: NOTICES.exportFailed,
  write: NOTICES.writeFailed,
  cancelled: NOTICES.cancelled,
  privacy: NOTICES.privacy,
  menu: NOTICES.menuFailed,
};

Component({
  data: {
    title: '',
    /**
     * A link base is configured: the code, its hint and the send button are shown. Known before the query is
     * read, so the canvas is in the first render and onReady finds it.
     */
    enabled: shareQrEnabled(),
    notice: '',
    singlePage: false,
    busy: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const { target, title } = shareRequest(query);
      states.set(this, { target, title });
      this.setData({
        title,
        singlePage: isSinglePageMode(),
        notice: this.data.enabled ? '' : NOTICES.disabled,
      });
    },

    onReady() {
      this.drawCode();
    },

    /** Draws the code on the canvas, from this script: the rectangles never reach setData. */
    drawCode() {
      const state = states.get(this);
      const matrix = state && shareQrFor(state.target);
      if (!state || !matrix) return;
      wx.createSelectorQuery()
        .in(this)
        .select('#qr-canvas')
        .fields({ node: true, size: true })
        .exec((results: { node?: QrCanvas; width?: number }[] | undefined) => {
          const canvas = results?.[0]?.node;
          if (!canvas || typeof canvas.getContext !== 'function') {
            this.setData({ notice: NOTICES.noCanvas });
            return;
          }
          const cssWidth = results?.[0]?.width;
          const width = Math.round((cssWidth && cssWidth > 0 ? cssWidth : FALLBACK_WIDTH) * pixelRatio());
          const modules = matrix.size + 2 * QUIET_ZONE;
          const drawing = qrDrawing(matrix, Math.max(MIN_MODULE_PX, Math.floor(width / modules)));
          // A whole number of pixels per module: the canvas is exactly the code, the layout scales it to fit.
          canvas.width = drawing.side;
          canvas.height = drawing.side;
          const ctx = canvas.getContext('2d');
          ctx.fillStyle = '#ffffff';
          ctx.fillRect(0, 0, drawing.side, drawing.side);
          ctx.fillStyle = '#000000';
          for (const rect of drawing.rects) ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
          state.canvas = canvas;
        });
    },

    /** "发给朋友": the drawn code as a PNG under USER_DATA_PATH, then WeChat's send/save menu. */
    onSendImage() {
      const state = states.get(this);
      if (!state || this.data.busy) return;
      const canvas = state.canvas;
      if (!canvas) {
        this.setData({ notice: shareQrFor(state.target) ? NOTICES.noCanvas : NOTICES.disabled });
        return;
      }
      if (!canOfferImage()) {
        this.setData({ notice: NOTICES.oldWechat });
        return;
      }
      this.setData({ busy: true, notice: '' });
      offerCanvasImage(
        canvas,
        (failure) => this.setData({ busy: false, notice: failure ? FAILURE_NOTICES[failure] : '' }),
        shareImageName(state.target),
      );
    },

    /** Forwarding this page shares the page the code is for, not the code. */
    onShareAppMessage() {
      const { target, title } = states.get(this) ?? shareRequest({});
      return { title, path: targetPath(target) };
    },

    /** Moments opens the current page only: this one, showing the same code. */
    onShareTimeline() {
      const { target, title } = states.get(this) ?? shareRequest({});
      return { title, query: shareQrPagePath(target, title).split('?')[1] ?? '' };
    },
  },
});
