import { Navigate, Route, Routes } from 'react-router-dom';
import { NotFound } from '../../app/StatusPages';
import { useSession } from '../../session/useSession';
import { WorkItemsPage } from './WorkItemsPage';

/**
 * 工作队列 (issue 12, item 4): /queues/mine (我的任务), /queues/team (团队队列), /queues/all (the supervisor's
 * view; the quality auditor's, read-only, where they land).
 */
export default function QueuesPage() {
  const { can } = useSession();
  const handles = can('servicing.write') || can('task.reassign');
  return (
    <Routes>
      <Route index element={<Navigate to={handles || !can('task.read') ? 'mine' : 'all'} replace />} />
      <Route path="mine" element={<WorkItemsPage key="mine" view="mine" />} />
      <Route path="team" element={<WorkItemsPage key="team" view="team" />} />
      <Route path="all" element={can('task.read') ? <WorkItemsPage key="all" view="all" /> : <NotFound />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
