/**
 * Titles for shared cards and Moments: they name what is shared, and for the checklist how far the person got,
 * in words. Pure: no `wx`, no storage.
 */
import type { ProgressSummary } from '../services/checklist-progress';

export const APP_SHARE_NAME = '墨西哥 eSIM 与支付指南';

export function sectionShareTitle(sectionTitle: string): string {
  return `${sectionTitle}｜${APP_SHARE_NAME}`;
}

/** e.g. "我的墨西哥付款准备清单：已完成 3 项，还差 17 项". */
export function checklistShareTitle(summary: ProgressSummary): string {
  const name = '墨西哥付款准备清单';
  if (summary.total === 0 || summary.done === 0) return `${name}：共 ${summary.total} 项，出发前照着核对`;
  if (summary.done >= summary.total) return `我的${name}：${summary.total} 项全部准备好了`;
  const left = summary.total - summary.done;
  const stage = summary.done * 2 >= summary.total ? '过半了' : '刚起步';
  return `我的${name}：${stage}，已完成 ${summary.done} 项，还差 ${left} 项`;
}
