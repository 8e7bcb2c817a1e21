/**
 * A real clock to move for the service under test: the service process runs
 * with libfaketime (Debian's `faketime`, .ci/system-packages), which reads its
 * offset from a file on every call, so a test moves the service's wall clock
 * while it runs — a ballot closes, a test's time runs out — without waiting
 * and without a test hook in the service's own code. Timers keep the real
 * monotonic clock, so the service's timeouts and pools behave as usual.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian puts the library, by architecture (x86_64-linux-gnu, aarch64-linux-gnu …). */
function findLibrary(): string | undefined {
  const lib = '/usr/lib';
  if (!existsSync(lib)) return undefined;
  for (const arch of readdirSync(lib)) {
    const candidate = join(lib, arch, 'faketime', 'libfaketime.so.1');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export interface ServiceClock {
  /** The environment that puts the service on this clock. */
  env: Record<string, string>;
  /** From now on the service's wall clock reads `at` (and runs on from there). */
  set(at: Date): void;
  /** The real time again. */
  reset(): void;
}

/** A clock whose offset lives in `file` (in the test's temporary folder). */
export function serviceClock(file: string): ServiceClock {
  const library = findLibrary();
  if (!library) throw new Error('libfaketime not found: install the Debian package faketime (.ci/system-packages)');
  const write = (offsetSeconds: number) => writeFileSync(file, `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}\n`);
  write(0);
  return {
    env: {
      LD_PRELOAD: library,
      FAKETIME_TIMESTAMP_FILE: file,
      // Read the file on every call, so a move takes effect at once.
      FAKETIME_NO_CACHE: '1',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    },
    set: (at) => write(Math.round((at.getTime() - Date.now()) / 1000)),
    reset: () => write(0),
  };
}
