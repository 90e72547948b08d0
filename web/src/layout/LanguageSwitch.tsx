import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';

/** 中文 ⇄ English; remembered in this browser and sent to the server as Accept-Language. */
export function LanguageSwitch({ type = 'text' }: { type?: 'text' | 'default' }) {
  const { t, i18n } = useTranslation();
  return (
    <Button
      type={type}
      icon={<GlobalOutlined />}
      data-testid="lang-switch"
      title={t('layout.switchLanguageTitle')}
      lang={i18n.language === 'en' ? 'zh-CN' : 'en'}
      onClick={() => void setLanguage(i18n.language === 'en' ? 'zh-CN' : 'en')}
    >
      {t('layout.switchLanguage')}
    </Button>
  );
}
