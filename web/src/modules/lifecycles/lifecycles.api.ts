import { api } from '../../api/client';
import type { ResponseOf } from '../../api/types';

/** Every record kind's lifecycle, as the server runs it (GET /lifecycles; types from its schema). */
export type LifecyclesResponse = ResponseOf<'/lifecycles'>;
export type Lifecycle = LifecyclesResponse['items'][number];
export type LifecycleState = Lifecycle['states'][number];
/** `from` empty: the step that creates the record; `to` null: the record stays in its state. */
export type LifecycleTransition = Lifecycle['transitions'][number];
export type Text = Lifecycle['label'];

export const getLifecycles = () => api.get<LifecyclesResponse>('/lifecycles').then((r) => r.items);

export const lifecycleKeys = { all: ['lifecycles'] as const };

/** The text in the UI language: zh-CN first, English when chosen. */
export const inLanguage = (text: Text, lang: string) => (lang === 'en' ? text.en : text.zh);
