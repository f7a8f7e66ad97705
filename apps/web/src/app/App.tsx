import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { createBrowserRouter, RouterProvider, useHref, useNavigate, type NavigateOptions, type RouteObject } from 'react-router';
import { SessionProvider } from '../session/session-context';
import type { SessionClient } from '../session/session-client';
import { AppShell } from './AppShell';
import { Gate } from './gate';
import { routes } from './routes';
import NotFoundPage from '../features/public/NotFoundPage';

declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

/** React Aria's links and buttons navigate through React Router, without a page load. */
function AriaRouting() {
  const navigate = useNavigate();
  return (
    <AriaRouterProvider navigate={(to, options) => void navigate(to, options)} useHref={useHref}>
      <AppShell />
    </AriaRouterProvider>
  );
}

/** The route objects, for the browser router here and a memory router in tests. */
export function appRoutes(): RouteObject[] {
  return [
    {
      element: <AriaRouting />,
      children: [
        ...routes.map(({ path, access, role, page: Page }) => ({
          path,
          element: (
            <Gate access={access} role={role}>
              <Page />
            </Gate>
          ),
        })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

export function createRouter() {
  return createBrowserRouter(appRoutes());
}

export interface AppProps {
  client: ApolloClient;
  i18n: I18n;
  session: SessionClient;
  router: ReturnType<typeof createBrowserRouter>;
}

export function App({ client, i18n, session, router }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider session={session}>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </SessionProvider>
    </I18nextProvider>
  );
}
