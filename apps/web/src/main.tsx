import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './design';
import { App, createRouter } from './app/App';
import { registerServiceWorker } from './app/pwa/service-worker';
import { createApolloClient } from './graphql/client';
import { createI18n } from './i18n/i18n';
import { SessionClient } from './session/session-client';

const i18n = createI18n();
const session = new SessionClient({ language: () => i18n.language });
const { client } = createApolloClient({ session, language: () => i18n.language });

// Restores the session after a reload from the httpOnly refresh cookie, if there is one.
void session.refresh();

registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App client={client} i18n={i18n} session={session} router={createRouter()} />
  </StrictMode>,
);
