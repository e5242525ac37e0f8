/**
 * 紧急联系卡: 911, the embassy's consular protection line, the Tijuana consulate with its district, 12308 and
 * two Spanish sentences a stranger can act on, plus optional lines the person types (kept only on this phone,
 * cleared with 清空). "生成图片" draws the card on a `<canvas type="2d">` from `layoutEmergencyCard` (measured
 * with the canvas's own measureText), exports it with `wx.canvasToTempFilePath({ canvas })` and offers it with
 * `wx.showShareImageMenu({ path })` (base library 2.14.3; send, save or, from 3.8.2, post to Moments). The
 * image carries the person's lines only when they tick "include my lines". In Moments' single-page mode the
 * page says it cannot make the image there.
 */
import { appPage } from '../../../behaviors/app-page';
import { singlePageNotes } from '../content';
import { emergencyCardLines } from '../services/emergency-card-lines';
import { isSinglePageMode } from '../../../services/launch-mode';
import {
  DESIGN_WIDTH,
  PERSONAL_KEYS,
  emergencyCardContent,
  layoutEmergencyCard,
  type PersonalKey,
} from '../services/emergency-card-layout';
import { canvasMeasure, drawCard, type CardContext } from './card-draw';
import { emergencyCardView } from './card-view';
import {
  canOfferImage,
  offerCanvasImage,
  pixelRatio,
  type ImageFailure,
} from '../../../services/canvas-image';

interface LineEvent {
  currentTarget: { dataset: { key?: string } };
  detail: { value?: unknown };
}

interface CanvasNode {
  width: number;
  height: number;
  getContext(kind: '2d'): CardContext;
}

/** Whether each open page's "include my lines" is ticked (never stored: it is asked for each image). */
const includeMine = new WeakMap<object, boolean>();

const SHORT = { icon: 'none' as const };

/** What each way of not offering the image says (a short toast: the card stays on screen to screenshot). */
const FAILURE_MESSAGES: Record<ImageFailure, string> = {
  'old-wechat': '微信版本太旧，不能生成图片，可以截屏保存',
  export: '没能生成图片，可以截屏保存',
  write: '没能生成图片，可以截屏保存',
  cancelled: '已取消，图片没有发出',
  privacy: '微信没有允许发送图片，可以截屏保存',
  menu: '没能打开分享菜单，可以截屏保存',
};

const initial = emergencyCardView({}, false, false);
type View = typeof initial;

appPage({
  page: 'emergency-card',
  stores: [emergencyCardLines],
  data: {
    /** What this tool cannot do when opened from Moments (shown only there). */
    singlePageNote: singlePageNotes['emergency-card'] as string,
    card: initial.card,
    fields: [] as View['fields'],
    hasLines: false,
    includeMine: false,
    imageNote: '',
    busy: false,
  },
  view() {
    return emergencyCardView(emergencyCardLines.get(), includeMine.get(this) ?? false, isSinglePageMode());
  },
  share: { title: () => '出发前存一张紧急联系卡：911、使馆领事保护、12308' },
  methods: {
    /** A personal line is saved when the field is left or confirmed (not on every key: spaces stay typeable). */
    onLineDone(event: LineEvent) {
      const key = event.currentTarget.dataset.key;
      if (!(PERSONAL_KEYS as readonly string[]).includes(key ?? '')) return;
      emergencyCardLines.set(key as PersonalKey, event.detail.value);
    },
    onToggleMine() {
      includeMine.set(this, !(includeMine.get(this) ?? false));
      this.redraw();
    },
    onClearLines() {
      wx.showModal({
        title: '清空你填的内容？',
        content: '姓名、紧急联系人和住处会从这台手机上删掉。',
        confirmText: '清空',
        success: (result) => {
          if (!result.confirm) return;
          emergencyCardLines.clearAll();
          includeMine.set(this, false);
          this.redraw();
          wx.showToast({ title: '已清空', ...SHORT });
        },
      });
    },
    onMakeImage() {
      if (isSinglePageMode()) {
        wx.showToast({ title: '朋友圈里不能生成图片，请前往小程序', ...SHORT });
        return;
      }
      if (!canOfferImage()) {
        wx.showToast({ title: FAILURE_MESSAGES['old-wechat'], ...SHORT });
        return;
      }
      if (this.data.busy) return;
      this.setData({ busy: true });
      const done = (message?: string) => {
        this.setData({ busy: false });
        if (message) wx.showToast({ title: message, ...SHORT });
      };
      wx.createSelectorQuery()
        .in(this as unknown as WechatMiniprogram.Component.TrivialInstance)
        .select('#card-canvas')
        .fields({ node: true, size: true })
        .exec((results: { node?: CanvasNode }[] | undefined) => {
          const canvas = results?.[0]?.node;
          if (!canvas) return done(FAILURE_MESSAGES.export);
          const ctx = canvas.getContext('2d');
          const mine = (includeMine.get(this) ?? false) && this.data.hasLines;
          const content = emergencyCardContent(mine ? emergencyCardLines.get() : {}, mine);
          const layout = layoutEmergencyCard(content, DESIGN_WIDTH, canvasMeasure(ctx));
          const ratio = pixelRatio();
          canvas.width = Math.round(layout.width * ratio);
          canvas.height = Math.round(layout.height * ratio);
          drawCard(ctx, layout, ratio);
          offerCanvasImage(canvas, (failure) => done(failure && FAILURE_MESSAGES[failure]));
        });
    },
  },
});
