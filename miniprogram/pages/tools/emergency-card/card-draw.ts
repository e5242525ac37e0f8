/**
 * Replays the emergency card's layout (pages/tools/services/emergency-card-layout.ts) on a 2D canvas context: the
 * same operations in the same order, in WeChat's `<canvas type="2d">` and in the browser preview's Chromium
 * canvas. Only the standard CanvasRenderingContext2D calls both have are used.
 */
import type { CardLayout, MeasureText, RectOp, TextOp } from '../services/emergency-card-layout';

/** The part of a 2D context the card needs (WeChat's and the browser's both have it). */
export interface CardContext {
  font: string;
  fillStyle: unknown;
  textBaseline: string;
  measureText(text: string): { width: number };
  fillText(text: string, x: number, y: number): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  arcTo(x1: number, y1: number, x2: number, y2: number, radius: number): void;
  closePath(): void;
  fill(): void;
  scale(x: number, y: number): void;
}

export const CARD_FONT_FAMILY = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

export function cardFont(fontSize: number, bold: boolean): string {
  return `${bold ? 'bold ' : ''}${fontSize}px ${CARD_FONT_FAMILY}`;
}

/** The canvas's own measure, with the font the text will be drawn in. */
export function canvasMeasure(ctx: CardContext): MeasureText {
  return (text, fontSize, bold) => {
    ctx.font = cardFont(fontSize, bold);
    const width = ctx.measureText(text).width;
    return Number.isFinite(width) ? width : text.length * fontSize;
  };
}

function drawRect(ctx: CardContext, op: RectOp): void {
  ctx.fillStyle = op.color;
  const radius = Math.min(op.radius, op.width / 2, op.height / 2);
  if (radius <= 0) {
    ctx.fillRect(op.x, op.y, op.width, op.height);
    return;
  }
  const { x, y, width, height } = op;
  ctx.beginPath();
  ctx.moveTo(x + radius, y);
  ctx.arcTo(x + width, y, x + width, y + height, radius);
  ctx.arcTo(x + width, y + height, x, y + height, radius);
  ctx.arcTo(x, y + height, x, y, radius);
  ctx.arcTo(x, y, x + width, y, radius);
  ctx.closePath();
  ctx.fill();
}

function drawText(ctx: CardContext, op: TextOp): void {
  ctx.font = cardFont(op.fontSize, op.bold);
  ctx.fillStyle = op.color;
  ctx.fillText(op.text, op.x, op.y);
}

/** Draws every operation, scaled by `pixelRatio` (the canvas is `layout.width × pixelRatio` pixels wide). */
export function drawCard(ctx: CardContext, layout: CardLayout, pixelRatio: number): void {
  ctx.scale(pixelRatio, pixelRatio);
  ctx.textBaseline = 'top';
  for (const op of layout.ops) {
    if (op.kind === 'rect') drawRect(ctx, op);
    else drawText(ctx, op);
  }
}
