// Worker-thread bootstrap for parallel ingest: a worker starts without the main thread's module hooks, so
// it registers tsx itself before loading the TypeScript worker (as bin/dyad.mjs does for the CLI).
import { register } from 'tsx/esm/api';

register();
const worker = await import('./analyze-worker.ts');
export default worker.default;
