import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../app/StatusPages';
import { ServicingListPage } from './ServicingListPage';
import { ServicingRequestPage } from './ServicingRequestPage';

/** 保全 (SPEC §5): /servicing (every request in scope), /servicing/:id (one request). */
export default function ServicingPage() {
  return (
    <Routes>
      <Route index element={<ServicingListPage />} />
      <Route path=":id" element={<ServicingRequestPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
