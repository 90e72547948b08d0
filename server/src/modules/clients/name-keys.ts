// 拼音检索键: what a latin search term is compared with — a client's name as full pinyin
// (wangxiaoming) and as initials (wxm), lower case, no tones, no spaces; ü as v, as typed on a
// keyboard. pinyin-pro reads a word in context; for a person the surname is read as a surname
// (曾 zeng, 单 shan, 解 xie, 长孙 zhangsun), not as the common word. Latin and digits in a name
// keep their letters (Smith 李 → smithli / sl). Written with every name (create, update,
// import, demo) and filled for older rows at start (fillClientNameKeys).
import { pinyin } from 'pinyin-pro';
import type { ClientKind } from './clients.tables.js';

export type ClientNameKeys = { pinyin: string; initials: string };

export function clientNameKeys(name: string, kind: ClientKind = 'person'): ClientNameKeys {
  const parts = pinyin(name.normalize('NFKC'), { type: 'all', toneType: 'none', v: true, mode: kind === 'person' ? 'surname' : 'normal' });
  let full = '';
  let initials = '';
  let inWord = false; // inside a run of latin letters / digits: one initial per word
  for (const p of parts) {
    if (p.isZh && p.pinyin) {
      full += p.pinyin.toLowerCase();
      initials += p.pinyin[0]!.toLowerCase();
      inWord = false;
      continue;
    }
    const c = p.origin.toLowerCase();
    if (/^[a-z0-9]$/.test(c)) {
      full += c;
      if (!inWord) initials += c;
      inWord = true;
    } else {
      inWord = false;
    }
  }
  return { pinyin: full, initials };
}

/** A term typed in latin letters (a space or apostrophe between syllables allowed): searched as pinyin. */
export function pinyinTerm(raw: string): string | null {
  const compact = raw.normalize('NFKC').toLowerCase().replace(/[\s'’·-]+/g, '').replace(/ü/g, 'v');
  return /^[a-z][a-z0-9]*$/.test(compact) ? compact : null;
}

/** The client row's columns for a name: written wherever a name is. */
export function nameKeyColumns(name: string, kind: ClientKind): { name_pinyin: string; name_initials: string } {
  const k = clientNameKeys(name, kind);
  return { name_pinyin: k.pinyin, name_initials: k.initials };
}
