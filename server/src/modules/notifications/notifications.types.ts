import { Type, type Static } from '@sinclair/typebox';
import { PageQuery } from '../../platform/http/pagination.js';
import { Id } from '../../platform/http/schemas.js';
import { RecordRef } from '../deadlines/record-labels.js';

/** A notification as its recipient sees it in the app, in the caller's language. */
export const Notification = Type.Object({
  id: Type.Integer(),
  kind: Type.String({ description: 'e.g. deadline.overdue, system.message' }),
  title: Type.String(),
  body: Type.String(),
  entityType: Type.Union([Type.String(), Type.Null()]),
  entityId: Type.Union([Type.String(), Type.Null()]),
  /** The record it is about, with its label and page; null when it refers to none. */
  record: Type.Union([RecordRef, Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type Notification = Static<typeof Notification>;

export const ListNotificationsQuery = Type.Composite([
  PageQuery,
  Type.Object({ unread: Type.Optional(Type.Boolean({ description: 'true: only the unread ones' })) }),
]);
export type ListNotificationsQuery = Static<typeof ListNotificationsQuery>;

export const NotificationIdParams = Type.Object({ id: Id() });
