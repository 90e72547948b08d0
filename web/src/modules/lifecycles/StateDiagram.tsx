import { Alert, Spin } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

// Mermaid is large: loaded on first use, in its own chunk, never in the main bundle.
let mermaidReady: Promise<typeof import('mermaid').default> | null = null;
function loadMermaid() {
  mermaidReady ??= import('mermaid').then(({ default: mermaid }) => {
    // strict: labels are text, never HTML or script.
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral', fontFamily: 'inherit' });
    return mermaid;
  });
  return mermaidReady;
}

/** A Mermaid diagram drawn as SVG from its text (see toStateDiagram). */
export function StateDiagram({ text, testId }: { text: string; testId?: string }) {
  const { t } = useTranslation();
  const id = `diagram-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [drawn, setDrawn] = useState<{ text: string; svg: string } | { text: string; error: string } | null>(null);

  useEffect(() => {
    let live = true;
    loadMermaid()
      .then((mermaid) => mermaid.render(id, text))
      .then(
        ({ svg }) => live && setDrawn({ text, svg }),
        (err: unknown) => live && setDrawn({ text, error: err instanceof Error ? err.message : String(err) }),
      );
    return () => {
      live = false;
    };
  }, [id, text]);

  if (!drawn || drawn.text !== text) return <Spin tip={t('lifecycles.drawing')}><div style={{ minHeight: 120 }} /></Spin>;
  if ('error' in drawn) return <Alert type="error" showIcon title={t('lifecycles.diagramFailed', { reason: drawn.error })} />;
  // Mermaid (securityLevel strict) sanitises what it draws; the labels come from the server's rule table.
  return <div data-testid={testId} style={{ overflowX: 'auto' }} dangerouslySetInnerHTML={{ __html: drawn.svg }} />;
}
