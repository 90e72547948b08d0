import { Button, Col, Form, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { clientKeys, getClient, type ClientLink } from '../clients/clients.api';
import { ClientPicker } from './ClientPicker';
import { PARTY_RELATIONS } from './policies.api';
import { relationFromHolderLinks, type InsuredRow } from './policy-form';

const NO_LINKS: ClientLink[] = [];

export type ClientNames = Record<number, string>;

/** The policyholder's household links (from their client record), to fill in each insured's relation. */
function useHolderLinks(policyholderId: number | undefined): ClientLink[] {
  const holder = useQuery({
    queryKey: clientKeys.detail(policyholderId ?? 0),
    queryFn: () => getClient(policyholderId!),
    enabled: !!policyholderId,
  });
  return (policyholderId && holder.data?.links) || NO_LINKS;
}

/**
 * 被保险人: one or more clients of the archive, each with the relation to the policyholder. The
 * policyholder is 本人; anyone else's relation is filled from the household links when the archive
 * has one, and otherwise must be chosen — never assumed.
 */
export function InsuredList({ clientNames, policyholderId }: { clientNames: ClientNames; policyholderId: number | undefined }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const rows = Form.useWatch('insured', form) as InsuredRow[] | undefined;
  const links = useHolderLinks(policyholderId);
  // The (policyholder, client) pairs whose relation is settled: a row is refilled only when it gets
  // a pair not seen before (a relation chosen by hand, or read from the record, stays; removing a
  // row changes no other). The first rows seen are the record's or the form's own.
  const settled = useRef<Set<string> | null>(null);

  useEffect(() => {
    if (rows === undefined) return;
    const keyOf = (r: InsuredRow | undefined) => (r?.clientId && policyholderId ? `${policyholderId}|${r.clientId}` : undefined);
    const keys = rows.map(keyOf);
    const before = settled.current;
    settled.current = new Set(keys.filter((k): k is string => k !== undefined));
    if (before === null) return;
    rows.forEach((row, i) => {
      const key = keys[i];
      if (!key || before.has(key)) return;
      const relation = row.clientId === policyholderId ? 'self' : relationFromHolderLinks(links, row.clientId!);
      if (relation !== row.relation) form.setFieldValue(['insured', i, 'relation'], relation);
    });
  }, [rows, policyholderId, links, form]);

  // The links arrive after the rows were chosen: fill the relations still empty.
  useEffect(() => {
    (form.getFieldValue('insured') as InsuredRow[] | undefined)?.forEach((row, i) => {
      if (!row?.clientId || row.relation || row.clientId === policyholderId) return;
      const relation = relationFromHolderLinks(links, row.clientId);
      if (relation) form.setFieldValue(['insured', i, 'relation'], relation);
    });
  }, [links, policyholderId, form]);

  const relationRule = (index: number) => ({
    validator: async (_: unknown, relation: string | undefined) => {
      const clientId = form.getFieldValue(['insured', index, 'clientId']) as number | undefined;
      if (!clientId || !policyholderId) return;
      if (clientId === policyholderId) {
        if (relation && relation !== 'self') throw new Error(t('policies.form.relationMustBeSelf'));
      } else if (!relation) throw new Error(t('policies.form.relationRequired'));
      else if (relation === 'self') throw new Error(t('policies.form.relationSelfNotPolicyholder'));
    },
  });

  return (
    <Form.List
      name="insured"
      rules={[{ validator: async (_, list?: unknown[]) => (list?.length ? undefined : Promise.reject(new Error(t('policies.form.insuredRequired')))) }]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => {
            const clientId = rows?.[field.name]?.clientId;
            return (
              <Row key={field.key} gutter={16} align="top" data-testid={`insured-row-${index}`}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={[field.name, 'clientId']}
                    label={t('policies.form.insuredClient')}
                    rules={[{ required: true, message: t('policies.form.required') }]}
                  >
                    <ClientPicker current={clientId && clientNames[clientId] ? { id: clientId, name: clientNames[clientId] } : null} testId={`insured-client-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={18} md={8}>
                  <Form.Item
                    name={[field.name, 'relation']}
                    label={t('policies.form.relationToPolicyholder')}
                    required={!!clientId && clientId !== policyholderId}
                    dependencies={[['insured', field.name, 'clientId']]}
                    rules={[relationRule(field.name)]}
                  >
                    <Select allowClear options={PARTY_RELATIONS.map((r) => ({ value: r, label: t(`policies.relations.${r}`) }))} data-testid={`insured-relation-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={6} md={4}>
                  <div style={{ paddingTop: 30 }}>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} disabled={fields.length === 1} aria-label={t('policies.actions.remove')} />
                  </div>
                </Col>
              </Row>
            );
          })}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="insured-add">
            {t('policies.actions.addInsured')}
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
