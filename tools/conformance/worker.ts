// Child process: runs the cases the parent sends, one at a time, and reports each result.
import { runCase } from './case.js';

process.on('message', (msg: { dir: string; name: string }) => {
  const result = runCase(msg.dir, msg.name);
  process.send!(result);
});
process.send!({ ready: true });
