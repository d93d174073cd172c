import 'virtual:city-theme.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startSiteRefinement } from './app/siteName';
import { loadRuntimeConfig } from './config';
import { initialLocale, startI18n } from './i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

startSiteRefinement();
// The static header in index.html stays on screen until the strings and the config are here.
Promise.all([loadRuntimeConfig(), startI18n(initialLocale())]).then(([config]) => {
  createRoot(container).render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  );
});
