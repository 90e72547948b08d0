import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../app/StatusPages';
import { ServicingListPage } from './ServicingListPage';
import { ServicingRequestPage } from './ServicingRequestPage';
import { ServicingTypesPage } from './ServicingTypesPage';

/** 保全 (SPEC §5): /servicing (every request in scope), /servicing/types (the request types), /servicing/:id (one request). */
export default function ServicingPage() {
  return (
    <Routes>
      <Route index element={<ServicingListPage />} />
      <Route path="types" element={<ServicingTypesPage />} />
      <Route path=":id" element={<ServicingRequestPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
