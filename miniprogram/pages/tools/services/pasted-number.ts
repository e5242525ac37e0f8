/**
 * Reading a Mexican number's last digit from what people paste (+52 55 1234 5677, 55-1234-5677, full-width
 * digits), for 我的号码要登记吗. Pure; never throws.
 */
export type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export type PastedNumber = { ok: true; digit: Digit; digits: string } | { ok: false; hint: string };

/** Longest a pasted text may be before it is not a phone number. */
const MAX_PASTE_LENGTH = 40;

/**
 * The last digit of a pasted Mexican number. Accepts spaces, dashes, dots, brackets, a leading +52 / 52 / 0052,
 * full-width digits; a Mexican number has 10 digits. Anything else gets a short hint and no digit.
 */
export function lastDigitOfNumber(text: unknown): PastedNumber {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, hint: '先粘贴或输入号码。' };
  if (text.length > MAX_PASTE_LENGTH) return { ok: false, hint: '这段文字太长，不像一个手机号。' };
  const halfWidth = text.replace(/[\uFF10-\uFF19\uFF0B\uFF0D\uFF08\uFF09\u3000]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) === 0x3000 ? 0x20 : char.charCodeAt(0) - 0xfee0),
  );
  if (/[^\d\s+\-.()]/.test(halfWidth)) return { ok: false, hint: '号码里只能有数字、空格、+ 和 -。' };
  let digits = halfWidth.replace(/\D/g, '');
  // "+…" or "00…" before more than ten digits is an international prefix; ten digits are a national number.
  const international = /^\s*\+/.test(halfWidth) || (/^\s*00/.test(halfWidth) && digits.length > 10);
  if (international) digits = digits.replace(/^00/, '');
  if (digits.length === 12 && digits.startsWith('52')) digits = digits.slice(2);
  else if (digits.length === 13 && digits.startsWith('521')) digits = digits.slice(3);
  else if (international && !digits.startsWith('52'))
    return { ok: false, hint: '这不是墨西哥号码（墨西哥是 +52）。' };
  if (digits.length !== 10) {
    return { ok: false, hint: `墨西哥手机号是 10 位数字，这里有 ${digits.length} 位。也可以直接点尾号。` };
  }
  return { ok: true, digit: Number(digits[9]) as Digit, digits };
}
