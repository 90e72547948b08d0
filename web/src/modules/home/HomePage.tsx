import { Card, Col, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../session/useSession';
import { localName } from '../../shared/format';
import { visibleModules } from '../catalog';

/** Who you are, and the modules your roles open, each with what it does. */
export default function HomePage() {
  const { t, i18n } = useTranslation();
  const { me, can, roleName } = useSession();
  if (!me) return null;
  const roles = [...new Set(me.roles.map((r) => roleName(r.role)))].join(t('common.separators.list'));
  return (
    <div data-testid="home">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: me.user.displayName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('home.summary', { org: localName(me.orgUnit, i18n.language), roles })}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('home.yourModules')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {visibleModules(can).map((m) => (
          <Col key={m.key} xs={24} md={12} xl={8}>
            <Link to={m.path} data-testid={`home-card-${m.key}`}>
              <Card hoverable size="small" style={{ height: '100%' }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 22, color: '#12708a' }}>{m.icon}</span>}
                  title={
                    <span>
                      {t(`catalog.modules.${m.key}.name`)}{' '}
                      {!m.page && <Tag style={{ marginInlineStart: 4 }}>{t('home.notBuilt')}</Tag>}
                    </span>
                  }
                  description={t(`catalog.modules.${m.key}.description`)}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </div>
  );
}
