import { useCallback, useEffect, useRef, useState } from 'react';
import { getImportProgress, type ImportPhase } from './imports.api';

export type ProgressView = { phase: ImportPhase | 'uploading'; percent: number; rows: number };

const POLL_MS = 400;

/**
 * The bar of one running import: the browser's own upload progress first, then the server's
 * (polled by import id while the request is being processed).
 */
export function useImportProgress() {
  const [view, setView] = useState<ProgressView | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  const stop = useCallback(() => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  }, []);

  const start = useCallback(
    (importId: string) => {
      stop();
      setView({ phase: 'uploading', percent: 0, rows: 0 });
      timer.current = setInterval(() => {
        getImportProgress(importId)
          .then((p) => setView((v) => (v?.phase === 'uploading' && p.phase === 'reading' && p.done === 0 ? v : {
            phase: p.phase, percent: p.total ? Math.min(100, Math.round((100 * p.done) / p.total)) : 0, rows: p.rows,
          })))
          .catch(() => undefined); // not started yet (still uploading) or already forgotten
      }, POLL_MS);
    },
    [stop],
  );

  const uploaded = useCallback((fraction: number) => {
    setView((v) => (v === null || v.phase === 'uploading' ? { phase: 'uploading', percent: Math.round(fraction * 100), rows: 0 } : v));
  }, []);

  const finish = useCallback(() => {
    stop();
    setView(null);
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { view, start, uploaded, finish };
}
