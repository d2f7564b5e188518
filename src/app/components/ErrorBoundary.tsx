// Whatever goes wrong while loading or drawing, the reader gets a sentence saying what, never a
// blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';

export function LoadError({ message }: { message: string }) {
  return (
    <main className="load-error" role="alert">
      <h1>Atlas could not show this graph</h1>
      <p>{message}</p>
      <p className="muted">Check the documents folder the server was started with (ATLAS_DOCS), then reload.</p>
      <button type="button" onClick={() => location.reload()}>
        Reload
      </button>
    </main>
  );
}

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; the page itself already says what failed.
    console.warn('atlas: render failed', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <LoadError message={this.state.error.message} /> : this.props.children;
  }
}
