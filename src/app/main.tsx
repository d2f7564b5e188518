// Entry point of the page `npm start` opens.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
// The stylesheet by area, in cascade order (the narrow-screen rules override the areas before them).
import './styles/base.css';
import './styles/layout.css';
import './styles/header.css';
import './styles/filters.css';
import './styles/map.css';
import './styles/status.css';
import './styles/panel.css';
import './styles/outline.css';
import './styles/narrow.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
