// Why a view's concepts and resources did not come, and a way to ask for them again.
export function DetailsFailure({ failure, onRetry, className }: { failure: string; onRetry: () => void; className: string }) {
  return (
    <p className={className} role="alert">
      {failure}{' '}
      <button type="button" className="secondary" onClick={onRetry}>
        Try again
      </button>
    </p>
  );
}
