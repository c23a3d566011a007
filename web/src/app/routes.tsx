import type { RouteObject } from 'react-router-dom';
import { coreRoutes } from '../modules/core/routes';
import { frameworkRoutes } from '../modules/framework/routes';
import { registryRoutes } from '../modules/registry/routes';
import { dictionaryRoutes } from '../modules/dictionary/routes';
import { inboxRoutes } from '../modules/inbox/routes';
import { catalogueRoutes } from '../modules/catalogue/routes';
import { exchangeRoutes } from '../modules/exchange/routes';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFound';

/** The modules of the app, in the order of the server's module list; each declares its own routes. */
export const MODULE_ROUTES: RouteObject[][] = [coreRoutes, frameworkRoutes, registryRoutes, dictionaryRoutes, catalogueRoutes, exchangeRoutes, inboxRoutes];

/** Every page inside the layout (header, navigation, footer); anything else is "not found". */
export const routes: RouteObject[] = [{ element: <Layout />, children: [...MODULE_ROUTES.flat(), { path: '*', element: <NotFoundPage /> }] }];
