// Imported first by the build worker: the page's Content-Security-Policy forbids eval, and zod
// (the core's front-matter validation) probes for it with `new Function('')` on first parse,
// which the browser reports as a policy violation. Jitless mode never probes.
import { z } from 'zod';

z.config({ jitless: true });
