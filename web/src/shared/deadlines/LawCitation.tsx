import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { lawCitation } from '../format';

/** A rule's cited law as a tag: English with the Chinese beside it on English screens (issue 11, item 5). */
export function LawCitation({ lawRef, lawRefEn, testId = 'law-ref' }: { lawRef: string; lawRefEn: string | null; testId?: string }) {
  const { i18n } = useTranslation();
  const { text, zh } = lawCitation(lawRef, lawRefEn, i18n.language);
  return (
    <Tag color="purple" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }} data-testid={testId}>
      {text}
      {zh && (
        <>
          {' '}
          <span lang="zh-CN" data-testid="law-ref-zh">({zh})</span>
        </>
      )}
    </Tag>
  );
}
