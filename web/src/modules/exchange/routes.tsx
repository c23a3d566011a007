import type { RouteObject } from 'react-router-dom';
import { PortalPage } from './pages/Portal';
import { ServicePage } from './pages/ServicePage';
import { MinePage } from './pages/Mine';
import { ProviderPage } from './pages/Provider';
import { AdminPage } from './pages/Admin';

/** "Nền tảng LGSP": the developer portal (public), the consumer's and provider's pages, the members (administrators). */
export const exchangeRoutes: RouteObject[] = [
  { path: 'exchange', element: <PortalPage /> },
  { path: 'exchange/services/:id', element: <ServicePage /> },
  { path: 'exchange/mine', element: <MinePage /> },
  { path: 'exchange/provider', element: <ProviderPage /> },
  { path: 'exchange/admin', element: <AdminPage /> },
];
