import type { RouteObject } from 'react-router-dom';
import { RegistryPage } from './pages/Registry';
import { SystemFormPage } from './pages/SystemForm';
import { SystemPage } from './pages/System';
import { RequestsPage } from './pages/Requests';
import { CompliancePage } from './pages/Compliance';
import { AgencyPage } from './pages/Agency';
import { ImportPage } from './pages/Import';
import { LandscapePage } from './pages/Landscape';

/** The IT application registry (task IV.1); an agency's page is its landscape of systems. */
export const registryRoutes: RouteObject[] = [
  { path: 'agencies/:id', element: <AgencyPage /> },
  { path: 'registry', element: <RegistryPage /> },
  { path: 'registry/new', element: <SystemFormPage mode="new" /> },
  { path: 'registry/import', element: <ImportPage /> },
  { path: 'registry/requests', element: <RequestsPage /> },
  { path: 'registry/:code', element: <SystemPage /> },
  { path: 'registry/:code/edit', element: <SystemFormPage mode="edit" /> },
  { path: 'compliance', element: <CompliancePage /> },
  { path: 'landscape', element: <LandscapePage /> },
];
