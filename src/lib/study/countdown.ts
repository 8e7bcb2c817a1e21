/**
 * The visible countdown of a timed quiz. It reads the clock on every tick
 * instead of counting ticks, so a throttled background tab still ends on time,
 * and it calls `onExpire` exactly once when the time is up.
 */

/** Whole seconds left before `deadline` (ms), never negative. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** 125 → "02:05"; an hour or more → "1:02:05". */
export function formatClock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

export interface Countdown {
  stop(): void;
}

export function startCountdown(options: {
  seconds: number;
  onTick: (secondsLeft: number) => void;
  onExpire: () => void;
  now?: () => number;
}): Countdown {
  const now = options.now ?? (() => Date.now());
  const deadline = now() + options.seconds * 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    const left = secondsLeft(deadline, now());
    options.onTick(left);
    if (left === 0) {
      stopped = true;
      options.onExpire();
      return;
    }
    // Wake at the next whole second.
    timer = setTimeout(tick, Math.min(1000, deadline - now() - (left - 1) * 1000));
  };
  tick();
  return {
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
