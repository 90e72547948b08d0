import { Navigate, Route, Routes } from 'react-router-dom';
import { NotFound } from '../../app/StatusPages';
import { useSession } from '../../session/useSession';
import { WorkItemsPage } from './WorkItemsPage';

/** 工作队列 (issue 12, item 4): /queues/mine (我的任务), /queues/team (团队队列), /queues/all (the supervisor's view). */
export default function QueuesPage() {
  const { can } = useSession();
  return (
    <Routes>
      <Route index element={<Navigate to="mine" replace />} />
      <Route path="mine" element={<WorkItemsPage key="mine" view="mine" />} />
      <Route path="team" element={<WorkItemsPage key="team" view="team" />} />
      <Route path="all" element={can('task.reassign') ? <WorkItemsPage key="all" view="all" /> : <NotFound />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
