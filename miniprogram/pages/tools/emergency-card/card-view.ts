/**
 * 紧急联系卡: what the page shows. The card's numbers and sentences come from the tool data
 * (pages/tools/content.ts); the person's own lines from the phone
 * (pages/tools/services/emergency-card-lines.ts).
 */
import { emergencyCardData } from '../content';
import { PERSONAL_KEYS, type PersonalLines } from '../services/emergency-card-layout';

export function emergencyCardView(lines: PersonalLines, includeMine: boolean, singlePage: boolean) {
  const fields = PERSONAL_KEYS.map((key) => ({
    key,
    label: emergencyCardData.personalLabels[key].label,
    labelEs: emergencyCardData.personalLabels[key].labelEs,
    value: lines[key] ?? '',
  }));
  const hasLines = fields.some((field) => field.value !== '');
  return {
    card: {
      title: emergencyCardData.title,
      titleEs: emergencyCardData.titleEs,
      entries: emergencyCardData.entries.map((entry) => ({
        id: entry.id,
        label: entry.label,
        labelEs: entry.labelEs,
        number: entry.number,
      })),
      sentences: emergencyCardData.sentences.map((sentence, index) => ({
        id: `sentence-${index}`,
        spanish: sentence.spanish,
        chinese: sentence.chinese,
      })),
      footer: emergencyCardData.footer,
    },
    fields,
    hasLines,
    includeMine: includeMine && hasLines,
    imageNote: singlePage
      ? '从朋友圈打开时不能生成图片。请点底部「前往小程序」，在小程序里生成。'
      : includeMine && hasLines
        ? '图片上会有你填的内容。发给别人前想一想。'
        : '图片上只有上面的号码和两句西语，没有你填的内容。',
  };
}
