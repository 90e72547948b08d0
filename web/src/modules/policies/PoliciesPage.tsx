import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../app/StatusPages';
import { CreatePolicyPage } from './CreatePolicyPage';
import { PolicyDetailPage } from './PolicyDetailPage';
import { PolicyListPage } from './PolicyListPage';

/** 保单登记 (SPEC §2): /policies (list and filters), /policies/new (intake), /policies/:id. */
export default function PoliciesPage() {
  return (
    <Routes>
      <Route index element={<PolicyListPage />} />
      <Route path="new" element={<CreatePolicyPage />} />
      <Route path=":id" element={<PolicyDetailPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
