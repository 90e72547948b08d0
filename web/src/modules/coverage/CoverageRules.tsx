import { Collapse, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CoverageRule } from './coverage.api';

/** 规则说明 / How this is judged: the rules as the server applies them, folded away until asked for. */
export function CoverageRules({ rules }: { rules: CoverageRule[] }) {
  const { t } = useTranslation();
  return (
    <Collapse
      data-testid="coverage-rules"
      items={[
        {
          key: 'rules',
          label: t('coverage.rules'),
          children: (
            <>
              <Typography.Paragraph type="secondary">{t('coverage.rulesHint')}</Typography.Paragraph>
              <List
                size="small"
                dataSource={rules}
                renderItem={(r) => (
                  <List.Item key={r.id} data-testid={`coverage-rule-${r.id}`}>
                    <Space orientation="vertical" size={2}>
                      <Space size={4}>
                        <Tag color="blue">{r.id}</Tag>
                        <Typography.Text>{r.text}</Typography.Text>
                      </Space>
                      <Typography.Text type="secondary">{t('coverage.basis', { basis: r.basis })}</Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            </>
          ),
        },
      ]}
    />
  );
}
