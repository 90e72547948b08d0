/**
 * Amounts as a notice prints them: `￥1,150.00` and in capital figures (大写金额, 壹仟壹佰伍拾元整) as
 * Chinese financial documents write them. Amounts arrive as exact decimal text (the insurer's
 * figures are never floats).
 */
const AMOUNT = /^(\d{1,12})(?:\.(\d{1,2}))?$/;
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['仟', '佰', '拾', ''];
const GROUPS = ['', '万', '亿'];

function parse(amount: string): { int: string; jiao: number; fen: number } {
  const m = AMOUNT.exec(amount.trim());
  if (!m) throw new Error(`not an amount: ${amount}`);
  const dec = (m[2] ?? '').padEnd(2, '0');
  return { int: m[1]!.replace(/^0+(?=\d)/, ''), jiao: Number(dec[0]), fen: Number(dec[1]) };
}

/** `￥1,150.00`. */
export function yuan(amount: string): string {
  const { int, jiao, fen } = parse(amount);
  return `￥${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${jiao}${fen}`;
}

/** `壹仟壹佰伍拾元整`, `壹万零伍拾元零伍分`, `零元整`. */
export function amountInWords(amount: string): string {
  const { int, jiao, fen } = parse(amount);
  let out = '';
  if (int !== '0') {
    const groups: string[] = [];
    for (let end = int.length; end > 0; end -= 4) groups.unshift(int.slice(Math.max(0, end - 4), end).padStart(4, '0'));
    let zeroPending = false;
    groups.forEach((group, i) => {
      if (Number(group) === 0) {
        zeroPending = out !== '';
        return;
      }
      let part = '';
      let zero = zeroPending;
      for (let k = 0; k < 4; k++) {
        const digit = Number(group[k]);
        if (digit === 0) {
          zero = zero || part !== '' || out !== '';
          continue;
        }
        if (zero) part += '零';
        zero = false;
        part += DIGITS[digit]! + UNITS[k]!;
      }
      out += part + GROUPS[groups.length - 1 - i]!;
      zeroPending = false;
    });
    out += '元';
  }
  if (jiao === 0 && fen === 0) return `${out || '零元'}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (out) out += '零';
  if (fen > 0) out += `${DIGITS[fen]}分`;
  return out;
}
