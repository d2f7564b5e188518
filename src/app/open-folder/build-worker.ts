// Builds a docs folder chosen in the page with the same core and the same payload as the Vite
// plugin, off the main thread. Nothing leaves the browser.
import './jitless';
import { buildGraph } from '../../core/index';
import { toPayload } from '../../core/map/index';
import type { BuildReply, BuildRequest } from './protocol';
import { SHIPPED_KNOWLEDGE } from './knowledge';

const reply = (message: BuildReply): void => postMessage(message);

// A policy violation here would stay inside the worker: hand it to the page, which logs it as an error.
addEventListener('securitypolicyviolation', (e) => {
  const v = e as SecurityPolicyViolationEvent;
  reply({
    type: 'violation',
    message: `${v.violatedDirective} ${v.blockedURI}`,
  });
});

addEventListener('message', (event: MessageEvent<BuildRequest>) => {
  const { name, files } = event.data;
  try {
    reply({
      type: 'progress',
      message: `Building the graph from ${files.length} files…`,
    });
    const result = buildGraph(files, { name, knowledge: [SHIPPED_KNOWLEDGE] });
    reply({ type: 'progress', message: 'Laying out the map…' });
    reply({ type: 'done', payload: toPayload(result) });
  } catch (e) {
    reply({
      type: 'error',
      message: e instanceof Error ? e.message : String(e),
    });
  }
});
