import type { RouteObject } from 'react-router-dom';
import { InboxPage } from './pages/Inbox';

/** Each user's inbox: the work waiting for them (requests to decide, returned registrations, objects to review) and their notifications. */
export const inboxRoutes: RouteObject[] = [{ path: 'inbox', element: <InboxPage /> }];
