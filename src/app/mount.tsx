// The app, mounted over the page's static shell (index.html) once the first map is drawn.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import type { AtlasModel } from './data/model';

/** `model`: the first load's, or null if it failed (the app then says why). */
export function mount(root: HTMLElement, model: AtlasModel | null): void {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App first={model} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
