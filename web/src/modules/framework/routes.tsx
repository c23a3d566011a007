import type { RouteObject } from 'react-router-dom';
import { OverviewPage } from './pages/Overview';
import { RoadmapPage } from './pages/Roadmap';
import { TaskPage } from './pages/Task';
import { AgenciesPage } from './pages/Agencies';

/** The framework model, the roadmap and the agencies. */
export const frameworkRoutes: RouteObject[] = [
  { index: true, element: <OverviewPage /> },
  { path: 'roadmap', element: <RoadmapPage /> },
  { path: 'roadmap/:code', element: <TaskPage /> },
  { path: 'agencies', element: <AgenciesPage /> },
];
