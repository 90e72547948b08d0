import { Button, Empty, Form, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../session/useSession';
import { useLoad } from '../../shared/useLoad';
import { coverageKeys, formatAmount, getCoverage, type CoverageReview } from '../coverage/coverage.api';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { useNotify } from '../../shared/useNotify';
import { ClientSearchSelect } from './ClientSearchSelect';
import { addClientLink, getClient, removeClientLink, useClientWrite, type LinkRelation } from './clients.api';
import type { ClientTabProps } from './client-detail-tabs';

const RELATIONS: LinkRelation[] = ['spouse', 'child', 'parent', 'employer', 'employee', 'other'];

type LinkValues = { relatedClientId?: number; relation?: LinkRelation };

/** Sum of exact decimal amounts ('500000.00' + '1200.5' → '501200.50'), in cents so nothing is lost. */
export function sumAmounts(amounts: string[]): string {
  const cents = amounts.reduce((total, a) => {
    const [whole = '0', fraction = ''] = a.split('.');
    return total + BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  }, 0n);
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

/** Each household member's age and total cover in force, as the coverage review (R-PO-5) computes them. */
export function membersOf(review: CoverageReview | null): Map<number, { age: number | null; cover: string }> {
  const members = new Map<number, { age: number | null; cover: string }>();
  for (const m of review?.household ?? []) {
    members.set(m.clientId, { age: m.age, cover: sumAmounts(review!.cells.filter((c) => c.clientId === m.clientId).map((c) => c.totalSumInsured)) });
  }
  return members;
}

/**
 * 家庭与关系 (R-CL-3): the household members and employer of the client, so that cover can be
 * seen per household. Each link reads "<other client> is this client's <relation>".
 */
export function ClientHouseholdTab({ client, onClientChanged }: ClientTabProps) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const [form] = Form.useForm<LinkValues>();
  const { busy, problem, submit } = useFormSubmit(form);
  const linking = useClientWrite<Awaited<ReturnType<typeof addClientLink>>>();
  const unlinking = useClientWrite<void>();
  const [removing, setRemoving] = useState<number | null>(null);
  const editable = can('client.write') && client.mergedIntoId === null;
  // Age and cover come from the coverage review (ages from the birth date on the Beijing date), for those who may read policies.
  const coverage = useLoad([...coverageKeys.client(client.id), i18n.language], () => getCoverage(client.id), { enabled: can('policy.read') });
  const members = membersOf(coverage.data);

  const add = (values: LinkValues) =>
    submit(async () => {
      const { links } = await linking.mutateAsync(() => addClientLink(client.id, { relatedClientId: values.relatedClientId!, relation: values.relation! }));
      onClientChanged({ ...client, links });
      form.resetFields();
      notify.success(t('clients.household.added'));
    });

  const remove = async (linkId: number) => {
    setRemoving(linkId);
    try {
      await unlinking.mutateAsync(() => removeClientLink(client.id, linkId));
      onClientChanged(await getClient(client.id));
      notify.success(t('clients.household.removed'));
    } catch (err) {
      notify.error(err);
    } finally {
      setRemoving(null);
    }
  };

  return (
    <div data-testid="client-links">
      {client.links.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clients.detail.linksEmpty')} />
      ) : (
        <List
          size="small"
          bordered
          dataSource={client.links}
          renderItem={(l) => (
            <List.Item
              data-testid={`client-link-${l.id}`}
              actions={
                editable
                  ? [
                      <Popconfirm
                        key="remove"
                        title={t('clients.household.removeConfirm', { name: l.name })}
                        okText={t('clients.household.remove')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true, 'data-testid': 'client-link-remove-confirm' }}
                        onConfirm={() => remove(l.id)}
                      >
                        <Button size="small" danger icon={<DeleteOutlined />} loading={removing === l.id} data-testid={`client-link-remove-${l.id}`}>
                          {t('clients.household.remove')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Space>
                <Link to={`/clients/${l.clientId}`} data-testid="client-link-name">{l.name}</Link>
                <Tag data-testid="client-link-relation">{t(`clients.relations.${l.relation}`)}</Tag>
                <MemberFacts member={members.get(l.clientId)} />
              </Space>
            </List.Item>
          )}
        />
      )}

      {editable && (
        <div style={{ marginTop: 16, maxWidth: 720 }}>
          <Typography.Title level={5}>{t('clients.household.addTitle')}</Typography.Title>
          <ServerErrorAlert problem={problem} />
          <Form<LinkValues> form={form} layout="inline" onFinish={add} data-testid="client-link-form">
            <Form.Item name="relatedClientId" rules={[{ required: true, message: t('clients.household.pickClient') }]} style={{ minWidth: 300 }}>
              <ClientSearchSelect excludeId={client.id} testId="client-link-client" />
            </Form.Item>
            <Form.Item name="relation" label={t('clients.household.is')} rules={[{ required: true, message: t('clients.household.pickRelation') }]}>
              <Select
                style={{ width: 140 }}
                placeholder={t('clients.household.relation')}
                options={RELATIONS.map((r) => ({ value: r, label: t(`clients.relations.${r}`) }))}
                data-testid="client-link-relation-select"
              />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={busy} data-testid="client-link-add">
                {t('clients.household.add')}
              </Button>
            </Form.Item>
          </Form>
          <Typography.Text type="secondary">{t('clients.household.help')}</Typography.Text>
        </div>
      )}
    </div>
  );
}

/** "45 岁 · 有效保额合计 1,000,000 元" beside a household member (none for an employer or a member the review leaves out). */
export function MemberFacts({ member }: { member: { age: number | null; cover: string } | undefined }) {
  const { t } = useTranslation();
  if (!member) return null;
  const covered = /[1-9]/.test(member.cover);
  return (
    <Typography.Text type="secondary" title={t('clients.household.coverHelp')} data-testid="client-link-facts">
      {member.age !== null && <span data-testid="client-link-age">{t('clients.household.age', { age: member.age })} · </span>}
      <span data-testid="client-link-cover">{covered ? t('clients.household.cover', { amount: formatAmount(member.cover) }) : t('clients.household.noCover')}</span>
    </Typography.Text>
  );
}
