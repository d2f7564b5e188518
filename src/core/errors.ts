// A user's mistake (bad usage, unknown title, unreadable input), as opposed to a bug:
// the CLI prints its message without a stack trace and exits 2.
export class AtlasError extends Error {
  override name = 'AtlasError';
}
