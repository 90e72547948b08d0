/** The English tree must have exactly the keys of the Chinese one: checked by the compiler. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export type Messages<T> = { 'zh-CN': T; en: SameKeys<T> };

export function defineMessages<T extends Record<string, unknown>>(messages: Messages<T>): Messages<T> {
  return messages;
}
