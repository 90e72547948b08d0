import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorTextWithFields } from './errors';

/** Toasts in the current theme and language. */
export function useNotify() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return {
    success: (text: string) => void message.success(text),
    error: (err: unknown) => void message.error(errorTextWithFields(err, t), 6),
  };
}
