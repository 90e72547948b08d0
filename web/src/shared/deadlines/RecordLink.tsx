import { Link } from 'react-router-dom';
import type { RecordRef } from './deadlines.api';

/**
 * The record a deadline or a notification is about, by its label; a link to its page when it has
 * one the caller may open (the server says: `href` is null for a type without a page or out of scope).
 */
export function RecordLink({ record, onNavigate }: { record: RecordRef; onNavigate?: () => void }) {
  if (!record.href) return <span data-testid="record-label">{record.label}</span>;
  return (
    <Link to={record.href} onClick={onNavigate} data-testid="record-link">
      {record.label}
    </Link>
  );
}
