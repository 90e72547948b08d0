import { Route, Routes } from 'react-router-dom';
import { CoveragePage } from '../coverage';
import { NotFound } from '../../app/StatusPages';
import { CareListPage } from './CareListPage';
import { ClientDetailPage } from './ClientDetailPage';
import { ClientListPage } from './ClientListPage';
import { CreateClientPage } from './CreateClientPage';

/** 客户档案 (SPEC §1): /clients (list and search), /clients/new, /clients/care (R-CL-5), /clients/:id. */
export default function ClientsPage() {
  return (
    <Routes>
      <Route index element={<ClientListPage />} />
      <Route path="new" element={<CreateClientPage />} />
      <Route path="care" element={<CareListPage />} />
      <Route path=":id" element={<ClientDetailPage />} />
      <Route path=":id/coverage" element={<CoveragePage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
