import { ArrowLeftOutlined } from '@ant-design/icons';
import { useEffect, useLayoutEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useNavigationType } from 'react-router-dom';

/**
 * Whether the page was reached from another page of this app in this tab: the router's history
 * entry index (kept in `history.state` across reloads) is past the first; a memory router (tests)
 * says so by a non-initial location key. A bookmark or a new tab: false.
 */
export function cameFromInsideApp(locationKey: string): boolean {
  const idx = (window.history.state as { idx?: unknown } | null)?.idx;
  return typeof idx === 'number' ? idx > 0 : locationKey !== 'default';
}

/**
 * 返回 (issue 11, item 10): back to where the user came from — the filtered list, the to-do page,
 * a client's policy tab — by browser history, with its address (filters) and scroll; opened
 * directly (bookmark, new tab), to `fallback`, the module's list, named by `fallbackLabel`.
 * A link underneath, so opening it in a new tab still works.
 */
export function BackButton({ fallback, fallbackLabel, testId }: { fallback: string; fallbackLabel: string; testId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const inside = cameFromInsideApp(location.key);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!inside || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    void navigate(-1);
  };
  return (
    <Link to={fallback} onClick={onClick} data-testid={testId} data-back={inside ? 'history' : 'list'}>
      <ArrowLeftOutlined /> {inside ? t('common.back') : fallbackLabel}
    </Link>
  );
}

const SCROLL_KEY = 'anxin.scroll';
const RESTORE_FOR_MS = 2000;

function savedScroll(): Record<string, number> {
  try {
    return JSON.parse(sessionStorage.getItem(SCROLL_KEY) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

/**
 * Each history entry's scroll position, kept for the tab (sessionStorage), and put back when the
 * user returns to that entry (back / forward) once the page is tall enough again — lists load
 * after the page mounts, so the browser's own restoration comes too early. Mounted once, in the layout.
 */
export function useScrollMemory() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const current = useRef(location.key);
  useEffect(() => {
    const save = () => {
      const all = savedScroll();
      all[current.current] = window.scrollY;
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify(all));
    };
    window.addEventListener('scroll', save, { passive: true });
    return () => window.removeEventListener('scroll', save);
  }, []);
  useLayoutEffect(() => {
    // Set at commit, before the browser clamps the scroll to the new page: that scroll is the new entry's.
    current.current = location.key;
    if (navigationType !== 'POP') return;
    const y = savedScroll()[location.key];
    if (!y) return;
    const until = Date.now() + RESTORE_FOR_MS;
    let frame = 0;
    const attempt = () => {
      if (document.documentElement.scrollHeight - window.innerHeight >= y || Date.now() > until) {
        window.scrollTo(0, y);
        return;
      }
      frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [location.key, navigationType]);
}
