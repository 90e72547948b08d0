import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../app/StatusPages';
import { NoticeVerifyPage } from './NoticeVerifyPage';
import { NoticeBatchNewPage } from './NoticeBatchNewPage';
import { NoticeBatchPage } from './NoticeBatchPage';

/** 通知书: /notices (verify a code), /notices/batches/new (start a batch print), /notices/batches/:id (its progress). */
export default function NoticesPage() {
  return (
    <Routes>
      <Route index element={<NoticeVerifyPage />} />
      <Route path="batches/new" element={<NoticeBatchNewPage />} />
      <Route path="batches/:id" element={<NoticeBatchPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
