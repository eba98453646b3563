// Watchdog started by code-server.mjs next to every code-server run: if the test driver dies
// without cleaning up (SIGKILL, OOM, a CI timeout), it kills the code-server process group and
// every process carrying the run's marker, so nothing outlives the run.
// Usage (internal): node watchdog.mjs <driver pid> <code-server pgid> <run dir>
import { groupMembers, killMarked } from './code-server.mjs';

const [driverPid, pgid, runDir] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]];
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };

const timer = setInterval(async () => {
  if (groupMembers(pgid).length === 0 && !alive(driverPid)) {
    clearInterval(timer);
    await killMarked(runDir);
    process.exit(0);
  }
  if (!alive(driverPid)) {
    clearInterval(timer);
    try { process.kill(-pgid, 'SIGKILL'); } catch {}
    await killMarked(runDir);
    process.exit(0);
  }
  if (groupMembers(pgid).length === 0) {
    // code-server is gone; chromium may still be running: that is the driver's to stop.
    clearInterval(timer);
    process.exit(0);
  }
}, 1000);
