/** The dashboard's views: their addresses (#/overview …), who is offered each, and the code each loads on demand. */
import type { ComponentType } from 'preact';
import type { Role } from './session';
import type { ViewProps } from './view';

export interface Route {
  readonly path: string;
  readonly title: string;
  readonly roles: readonly Role[];
  readonly load: () => Promise<{ default: ComponentType<ViewProps> }>;
}

const EVERY_DASHBOARD_ROLE: readonly Role[] = ['partnership_admin', 'council_admin', 'university_admin', 'dashboard_viewer'];

export const ROUTES: readonly Route[] = [
  { path: 'overview', title: 'Placements', roles: EVERY_DASHBOARD_ROLE, load: () => import('./views/overview') },
  { path: 'teaching', title: 'Teaching and practice', roles: EVERY_DASHBOARD_ROLE, load: () => import('./views/teaching') },
  {
    path: 'leadership',
    title: 'Leadership',
    roles: ['partnership_admin', 'council_admin', 'dashboard_viewer'],
    load: () => import('./views/leadership'),
  },
  { path: 'workforce', title: 'Workforce', roles: EVERY_DASHBOARD_ROLE, load: () => import('./views/workforce') },
  { path: 'shadowing', title: 'Lecturer shadowing', roles: ['council_admin', 'university_admin'], load: () => import('./views/shadowing') },
  { path: 'report', title: 'Board report', roles: ['partnership_admin', 'council_admin'], load: () => import('./views/board-report') },
];

export function routesFor(roles: readonly Role[]): Route[] {
  return ROUTES.filter((route) => route.roles.some((role) => roles.includes(role)));
}
