import { appRoutes } from './appRoutes.js';
import { authRoutes } from './authRoutes.js';
import { rootRoute } from './rootRoute.js';

export const routeTree = rootRoute.addChildren([...authRoutes, appRoutes]);
