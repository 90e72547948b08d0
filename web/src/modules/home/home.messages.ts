import { defineMessages } from '../../i18n/define';

export const homeMessages = defineMessages({
  'zh-CN': {
    welcome: '您好，{{name}}',
    summary: '{{org}} · {{roles}}',
    yourModules: '您可以使用的模块',
    notBuilt: '建设中',
  },
  en: {
    welcome: 'Hello, {{name}}',
    summary: '{{org}} · {{roles}}',
    yourModules: 'Modules open to you',
    notBuilt: 'Coming',
  },
});
