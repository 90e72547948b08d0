import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Deadline } from './deadlines.api';
import { LawCitation } from './LawCitation';

/** Why the deadline exists: the SPEC rule id, the law article where there is one, and the rule's text. */
export function DeadlineBasis({ basis }: { basis: Deadline['basis'] }) {
  const { t } = useTranslation();
  return (
    <div data-testid="deadline-basis" style={{ display: 'flex', alignItems: 'baseline', gap: 6, minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ flex: 'none' }}>
        {t('deadline.basis')}
        {t('common.separators.colon')}
      </Typography.Text>
      {basis.specId && (
        <Tag color="geekblue" style={{ marginInlineEnd: 0, flex: 'none' }} data-testid="deadline-spec-id">
          {basis.specId}
        </Tag>
      )}
      {basis.lawRef && (
        <span style={{ flex: 'none' }}>
          <LawCitation lawRef={basis.lawRef} lawRefEn={basis.lawRefEn} testId="deadline-law-ref" />
        </span>
      )}
      <Typography.Text type="secondary" ellipsis={{ tooltip: basis.text }} style={{ minWidth: 0 }}>
        {basis.text}
      </Typography.Text>
    </div>
  );
}
