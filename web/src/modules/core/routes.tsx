import type { RouteObject } from 'react-router-dom';
import { LoginPage } from './pages/Login';
import { UsersPage } from './pages/Users';
import { AccessLogPage } from './pages/AccessLog';

/** Identity and access: login, users and their API tokens, the access log and audit trail. */
export const coreRoutes: RouteObject[] = [
  { path: 'login', element: <LoginPage /> },
  { path: 'users', element: <UsersPage /> },
  { path: 'access-log', element: <AccessLogPage /> },
];
