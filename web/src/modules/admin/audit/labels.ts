import { auditMessages } from './audit.messages';

type Labels = Record<string, string | Record<string, string>>;

function lookup(tree: Labels, code: string): string | undefined {
  const [group = '', name] = code.split('.');
  const node = tree[group];
  return typeof node === 'string' ? node : name ? node?.[name] : undefined;
}

const texts = (lang: string) => (lang === 'en' ? auditMessages.en : auditMessages['zh-CN']);

/** `pii.reveal` → 查看个人信息明文; an action this UI does not know yet shows its code. */
export const actionLabel = (code: string, lang: string) => lookup(texts(lang).actions, code) ?? code;

export const entityTypeLabel = (code: string, lang: string) => lookup(texts(lang).entityTypes, code) ?? code;

export const KNOWN_ACTIONS: string[] = Object.entries(auditMessages['zh-CN'].actions).flatMap(([group, names]) =>
  Object.keys(names).map((name) => `${group}.${name}`),
);

export const KNOWN_ENTITY_TYPES: string[] = Object.keys(auditMessages['zh-CN'].entityTypes);
