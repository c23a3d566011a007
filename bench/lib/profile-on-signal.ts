// Preloaded into a server by profile:registry (node --import): SIGUSR2 starts the V8 CPU profiler, the next SIGUSR2
// stops it and writes PROFILE_DIR/run-N.cpuprofile, so a profile holds one load run and nothing of the start-up.
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';

const dir = process.env.PROFILE_DIR ?? '.';
const session = new inspector.Session();
session.connect();
let running = false;
let runs = 0;

process.on('SIGUSR2', () => {
  if (!running) {
    running = true;
    session.post('Profiler.enable', () => session.post('Profiler.start'));
    return;
  }
  session.post('Profiler.stop', (err, result) => {
    running = false;
    if (err) throw err;
    const file = path.join(dir, `run-${++runs}.cpuprofile`);
    // Written under another name first: the bench waits for the final name.
    fs.writeFileSync(`${file}.part`, JSON.stringify(result.profile));
    fs.renameSync(`${file}.part`, file);
  });
});
