// "Open your own documents": a docs folder chosen on this computer, built into a graph by the
// same core in a Web Worker and shown like the default one. Nothing is uploaded.
import { useRef, useState } from 'react';
import './open-folder.css';
import { modelFromPayload } from '../data/load';
import type { AtlasModel } from '../data/model';
import type { BuildReply, BuildRequest } from './protocol';
import { directoryPicker, fromHandle, fromInput, readPicked, type ChosenFolder } from './read-folder';

type Status = { kind: 'idle' } | { kind: 'busy'; message: string } | { kind: 'error'; message: string } | { kind: 'done'; message: string };

export function OpenFolder({ onModel }: { onModel: (model: AtlasModel) => void }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const input = useRef<HTMLInputElement | null>(null);
  const busy = status.kind === 'busy';

  const build = async (folder: ChosenFolder): Promise<void> => {
    if (folder.files.length === 0) {
      setStatus({
        kind: 'error',
        message: `${folder.name} holds no .md, .mdx or _category_.json files.`,
      });
      return;
    }
    setStatus({
      kind: 'busy',
      message: `Reading 0 of ${folder.files.length} files…`,
    });
    const files = await readPicked(folder.files, (n) =>
      setStatus({
        kind: 'busy',
        message: `Reading ${n} of ${folder.files.length} files…`,
      }),
    );
    const worker = new Worker(new URL('./build-worker.ts', import.meta.url), {
      type: 'module',
    });
    const finish = (s: Status): void => {
      worker.terminate();
      setStatus(s);
    };
    worker.onmessage = (event: MessageEvent<BuildReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') setStatus({ kind: 'busy', message: reply.message });
      else if (reply.type === 'violation') console.error(`Content-Security-Policy violation in the build worker: ${reply.message}`);
      else if (reply.type === 'error')
        finish({
          kind: 'error',
          message: `Could not build ${folder.name}: ${reply.message}`,
        });
      else {
        try {
          const model = modelFromPayload(reply.payload);
          finish({
            kind: 'done',
            message: `Showing ${folder.name}: ${files.length} files, ${reply.payload.diagnostics.length} diagnostics.`,
          });
          onModel(model);
        } catch (e) {
          finish({
            kind: 'error',
            message: `Could not show ${folder.name}: ${(e as Error).message}`,
          });
        }
      }
    };
    worker.onerror = (e) =>
      finish({
        kind: 'error',
        message: `Could not build ${folder.name}: ${e.message || 'the worker failed'}`,
      });
    const request: BuildRequest = { name: folder.name, files };
    worker.postMessage(
      request,
      files.map((f) => f.bytes.buffer as ArrayBuffer),
    );
  };

  const run = (folder: Promise<ChosenFolder>): void => {
    folder.then(build).catch((e: Error) => {
      // Closing the picker is not an error.
      if (e?.name === 'AbortError') setStatus({ kind: 'idle' });
      else
        setStatus({
          kind: 'error',
          message: `Could not read the folder: ${e?.message ?? String(e)}`,
        });
    });
  };

  const choose = (): void => {
    const pick = directoryPicker();
    if (pick) run(pick().then(fromHandle));
    else input.current?.click();
  };

  return (
    <section className="open-folder" aria-label="Open your own documents">
      <button type="button" onClick={choose} disabled={busy}>
        Open a docs folder…
      </button>
      <input
        ref={(el) => {
          input.current = el;
          el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        hidden
        aria-label="Docs folder"
        data-testid="open-folder-input"
        onChange={(e) => {
          const list = e.currentTarget.files;
          if (list && list.length > 0) run(Promise.resolve(fromInput(list)));
          e.currentTarget.value = '';
        }}
      />
      <p className="muted open-folder-note">Built in this browser; nothing is uploaded.</p>
      {status.kind !== 'idle' && (
        <p
          role={status.kind === 'error' ? 'alert' : 'status'}
          className={`open-folder-status${status.kind === 'error' ? ' note-error' : ''}`}
          aria-busy={busy}
        >
          {status.message}
        </p>
      )}
    </section>
  );
}
