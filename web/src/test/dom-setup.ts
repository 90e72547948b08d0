// Setup for the web-dom project (jsdom): what a browser has and jsdom lacks, the app's i18n, and a clean DOM per test.
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// An office browser in China: the app starts in Chinese (jsdom reports en-US, which would pick English
// on a first visit — i18n/initial-language.ts). Set before the i18n module reads it.
localStorage.setItem('anxin.language', 'zh-CN');
await import('../i18n');

// antd's responsive parts (Grid, Space, Table) ask matchMedia; jsdom has none.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// jsdom computes no pseudo-element styles and says so on every call (antd's scroll bar measure asks).
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
