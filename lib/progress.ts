// Progress of a long command (a send, an import, a backup): on a terminal one line that
// updates in place (done/total, rate, time left), elsewhere (cron, a log file) a plain line
// every 10 s, so a log shows that the command was working and how fast. It writes to stderr:
// stdout keeps the command's own output (a CSV, the summary) exactly as it was, and finish()
// wipes the terminal line so the summary that follows is the same as without it.

export type ProgressStream = { isTTY?: boolean; columns?: number; write(text: string): unknown };

export type ProgressOptions = {
  label: string; // "issue 2026-12-07"
  unit?: string; // "letters", "rows"
  total?: number; // unknown until update() says
  stream?: ProgressStream; // default process.stderr
  clock?: () => number; // ms; default Date.now
  // Calls fn every ms until the returned stop is called; default an unref'd setInterval.
  every?: (ms: number, fn: () => void) => () => void;
  // How a count is shown (default whole numbers; e.g. bytes as MB).
  format?: (n: number) => string;
};

export type Progress = {
  update(done: number, total?: number): void;
  add(n?: number): void;
  // Wipes the terminal line so that the command can print a line of its own; the next
  // update draws it again below. Nothing in a log.
  clear(): void;
  // Ends the progress; on a terminal the line is wiped.
  finish(): void;
};

export const PLAIN_EVERY_MS = 10_000;
const TTY_EVERY_MS = 250;
const RATE_WINDOW_MS = 30_000;

const timer = (ms: number, fn: () => void) => {
  const handle = setInterval(fn, ms);
  handle.unref();
  return () => clearInterval(handle);
};

// Gives "0:07", "1:05" or "1:02:05".
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  const mm = String(m).padStart(h ? 2 : 1, "0");
  const ss = String(sec).padStart(2, "0");
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

// Gives a progress reporter for one long run; see the top of this file.
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const clock = options.clock ?? Date.now;
  const tty = stream.isTTY === true;
  const format = options.format ?? ((n: number) => String(Math.round(n)));
  const started = clock();
  const samples: [number, number][] = [[started, 0]];
  let done = 0;
  let total = options.total;
  let shownAt = started;
  let shown = false;
  let finished = false;

  function rate(now: number): number | null {
    while (samples.length > 2 && now - samples[1]![0] > RATE_WINDOW_MS) samples.shift();
    const [t0, d0] = samples[0]!;
    return now - t0 >= 1000 ? ((done - d0) * 1000) / (now - t0) : null;
  }

  function line(now: number): string {
    const unit = options.unit ? ` ${options.unit}` : "";
    const of = total === undefined ? "" : `/${format(total)}`;
    const pct = total ? ` (${Math.floor((done / total) * 100)} %)` : "";
    const perSecond = rate(now);
    // Slow steps (builds, Lighthouse runs) read better per minute than as "0/s".
    const speed =
      perSecond === null
        ? ""
        : perSecond < 1
          ? `, ${(perSecond * 60).toFixed(1)}${unit}/min`
          : `, ${format(perSecond)}${unit}/s`;
    const left =
      perSecond && total !== undefined && total > done
        ? `, ${formatDuration((total - done) / perSecond)} left`
        : "";
    return `${options.label}: ${format(done)}${of}${unit}${pct}${speed}${left}`;
  }

  // Shows the line unless it was shown too recently (a terminal: 4 times a second; a log:
  // every 10 s, whether or not anything moved, so a stalled run is visible too).
  function show() {
    if (finished) return;
    const now = clock();
    if (now - shownAt < (tty ? TTY_EVERY_MS : PLAIN_EVERY_MS)) return;
    shownAt = now;
    shown = true;
    // \r and "erase to end of line" (ECMA-48 EL) redraw the line in place; a line wider than
    // the terminal would wrap, and \r would then redraw only its last row.
    const text = line(now);
    const width = stream.columns ? stream.columns - 1 : Infinity;
    stream.write(tty ? `\r${text.slice(0, width)}\x1b[K` : `${text}\n`);
  }

  const stop = (options.every ?? timer)(1000, show);
  // Plain functions, not methods: callers hand them on (`progress: p.update`).
  function update(value: number, newTotal?: number) {
    done = value;
    if (newTotal !== undefined) total = newTotal;
    const now = clock();
    if (now - samples.at(-1)![0] >= 1000) samples.push([now, done]);
    show();
  }
  return {
    update,
    add: (n = 1) => update(done + n),
    clear() {
      if (tty && shown && !finished) stream.write("\r\x1b[K");
    },
    finish() {
      if (finished) return;
      stop();
      finished = true;
      if (tty && shown) stream.write("\r\x1b[K");
    },
  };
}
