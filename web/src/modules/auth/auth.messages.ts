import { defineMessages } from '../../i18n/define';

export const authMessages = defineMessages({
  'zh-CN': {
    login: {
      title: '登录',
      username: '用户名',
      password: '密码',
      submit: '登录',
      usernameRequired: '请输入用户名',
      passwordRequired: '请输入密码',
      failed: '登录失败',
    },
    changePassword: {
      title: '修改密码',
      forcedNotice: '首次登录或密码被重置后，须先修改密码才能继续使用系统。',
      currentPassword: '当前密码',
      newPassword: '新密码',
      confirmPassword: '确认新密码',
      rule: '至少 10 位，须同时包含字母和数字，且不能包含用户名。',
      required: '请填写',
      mismatch: '两次输入的新密码不一致',
      submit: '修改密码',
      back: '返回',
      done: '密码已修改',
      logout: '退出登录',
    },
  },
  en: {
    login: {
      title: 'Log in',
      username: 'Username',
      password: 'Password',
      submit: 'Log in',
      usernameRequired: 'Enter your username',
      passwordRequired: 'Enter your password',
      failed: 'Login failed',
    },
    changePassword: {
      title: 'Change password',
      forcedNotice: 'After your first login or a password reset you must change your password before continuing.',
      currentPassword: 'Current password',
      newPassword: 'New password',
      confirmPassword: 'Confirm the new password',
      rule: 'At least 10 characters, with both letters and digits, not containing your username.',
      required: 'Required',
      mismatch: 'The two new passwords differ',
      submit: 'Change password',
      back: 'Back',
      done: 'Your password has been changed',
      logout: 'Log out',
    },
  },
});
