// Imported first by main.tsx: the page's Content-Security-Policy forbids eval, and zod (used by the
// planner's stored progress and the core) probes for it with `new Function('')` on first parse,
// which the browser reports as a policy violation. Jitless mode never probes.
import { z } from 'zod';

z.config({ jitless: true });
