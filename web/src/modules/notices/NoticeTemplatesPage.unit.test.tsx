import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp, stubServer } from '../../test/render';
import NoticeTemplatesPage from './NoticeTemplatesPage';

const file = (name: string) => ({ file: `modules/servicing/notices/${name}`, sha256: 'ab'.repeat(32), sizeBytes: 2048 });
const servicing = { type: 'servicing', name: '保全申请', nameEn: 'Servicing request' };
const VERSIONS = {
  items: [
    { code: 'endorsement', version: 1, name: '批单', nameEn: 'Endorsement', recordTypes: [servicing], sensitive: false, latest: false, issued: 1234, ...file('endorsement.v1.typ') },
    { code: 'endorsement', version: 2, name: '批单', nameEn: 'Endorsement', recordTypes: [servicing], sensitive: false, latest: true, issued: 5, ...file('endorsement.v2.typ') },
    { code: 'surrender_explanation', version: 1, name: '退保说明确认书', nameEn: 'Surrender explanation', recordTypes: [servicing], sensitive: true, latest: true, issued: 0, ...file('surrender-explanation.v1.typ') },
  ],
};

// Issue 12, item 5: the templates page groups the versions under their template (current first), opens a
// version's source read-only, and says why when no sample can be made.
describe('the notice templates page', () => {
  it('lists each template with its versions, the current one tagged, the notices issued with each', async () => {
    stubServer({ 'GET /api/v1/notice-templates/versions': { body: VERSIONS } });
    renderWithApp(<NoticeTemplatesPage />);
    expect(await screen.findByTestId('notice-template-name-endorsement')).toHaveProperty('textContent', '批单');
    const rows = screen.getByTestId('notice-templates-table').querySelectorAll('tbody tr.ant-table-row');
    expect([...rows].map((r) => r.querySelector('td:nth-last-child(5)')?.textContent)).toEqual(['v2当前版本', 'v1历史版本', 'v1当前版本']);
    expect(screen.getByTestId('notice-template-current-endorsement-2').textContent).toBe('当前版本');
    expect(screen.queryByTestId('notice-template-current-endorsement-1')).toBeNull();
    expect(screen.getByTestId('notice-template-issued-endorsement-1').textContent).toBe('1,234');
    expect(screen.getByTestId('notice-templates-read-only').textContent).toContain('新增一个版本文件');
  });

  it('shows a version\'s source read-only, and the server\'s reason when no record fits a sample', async () => {
    const user = userEvent.setup();
    stubServer({
      'GET /api/v1/notice-templates/versions': { body: VERSIONS },
      'GET /api/v1/notice-templates/endorsement/1/source': {
        body: { code: 'endorsement', version: 1, name: '批单', nameEn: 'Endorsement', latest: false, ...file('endorsement.v1.typ'), source: '#import "/modules/notices/templates/layout.typ": *\n= 批单' },
      },
      'GET /api/v1/notice-templates/surrender_explanation/1/sample.pdf': {
        status: 404, body: { error: { code: 'NOTICE_SAMPLE_NO_RECORD', message: '您的权限范围内没有适用此通知书模板的业务记录，无法生成样张', fields: [] } },
      },
    });
    renderWithApp(<NoticeTemplatesPage />);
    await user.click(await screen.findByTestId('notice-template-source-endorsement-1'));
    const source = await screen.findByTestId('notice-template-source');
    expect(source.textContent).toBe('#import "/modules/notices/templates/layout.typ": *\n= 批单');
    expect(source.tagName).toBe('PRE');
    const drawer = screen.getByTestId('notice-template-source-drawer');
    expect(within(drawer).queryByRole('textbox')).toBeNull();
    expect(drawer.textContent).toContain('批单 v1 源码');

    await user.click(screen.getByTestId('notice-template-preview-surrender_explanation-1'));
    await waitFor(() => expect(screen.getByTestId('notice-template-sample-error').textContent).toContain('无法生成样张'));
    expect(screen.queryByTestId('notice-template-sample-frame')).toBeNull();
  });
});
