// Another process that takes SQLite's write lock (BEGIN IMMEDIATE) on a database file and
// releases it after a while. It must be another process: better-sqlite3 waits
// synchronously, so a holder on the test's own event loop could never let go on a timer.
import { spawn, type ChildProcess } from 'node:child_process';

const LOCKER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('busy_timeout = 5000');
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\\n');
setTimeout(() => { db.exec('COMMIT'); db.close(); process.stdout.write('released\\n'); process.exit(0); }, Number(process.argv[2]));
`;

export interface Locker {
  readonly child: ChildProcess;
  readonly released: Promise<number>;
}

/** holdWriteLock starts another process that takes the write lock, and resolves once it holds it. */
export async function holdWriteLock(path: string, ms: number): Promise<Locker> {
  const child = spawn(process.execPath, ['-e', LOCKER, path, String(ms)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let releasedAt = 0;
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const released = new Promise<number>((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve(releasedAt) : reject(new Error(`locker exited ${code}: ${err}`))));
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('released') && releasedAt === 0) releasedAt = performance.now();
      if (out.includes('locked')) resolve();
    });
    child.on('exit', () => reject(new Error(`locker did not take the lock: ${err}`)));
  });
  return { child, released };
}
