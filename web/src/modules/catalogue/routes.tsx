import type { RouteObject } from 'react-router-dom';
import { CataloguePage } from './pages/Catalogue';
import { CatalogueSystemPage } from './pages/CatalogueSystem';
import { CatalogueCommunePage } from './pages/CatalogueCommune';

/** The public catalogue of systems: open to visitors, no login. */
export const catalogueRoutes: RouteObject[] = [
  { path: 'catalogue', element: <CataloguePage /> },
  { path: 'catalogue/communes/:code', element: <CatalogueCommunePage /> },
  { path: 'catalogue/:code', element: <CatalogueSystemPage /> },
];
