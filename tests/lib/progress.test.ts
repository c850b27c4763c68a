import { describe, expect, it } from "vitest";
import { createProgress, formatDuration } from "@/lib/progress";

// A progress reporter on a fake clock, stream and timer: the test moves time by hand.
function harness(isTTY: boolean, total?: number) {
  let now = 1_000_000;
  const written: string[] = [];
  const ticks: (() => void)[] = [];
  let stopped = false;
  const progress = createProgress({
    label: "issue 2026-12-07",
    unit: "letters",
    total,
    stream: { isTTY, write: (text: string) => written.push(text) },
    clock: () => now,
    every: (ms, fn) => {
      expect(ms).toBe(1000);
      ticks.push(fn);
      return () => (stopped = true);
    },
  });
  // Moves the clock by `ms`, firing the timer each second, as a running process would.
  const pass = (ms: number, step = 1000) => {
    for (let t = 0; t < ms; t += step) {
      now += Math.min(step, ms - t);
      ticks.forEach((fn) => fn());
    }
  };
  return { progress, written, pass, isStopped: () => stopped };
}

describe("progress of a long command", () => {
  it("on a terminal, redraws one line in place with done/total, rate and time left, and wipes it at the end", () => {
    const h = harness(true, 10_000);
    h.pass(2000);
    h.progress.update(1000);
    h.pass(2000);
    expect(h.written.at(-1)).toBe(
      "\rissue 2026-12-07: 1000/10000 letters (10 %), 250 letters/s, 0:36 left\x1b[K",
    );
    expect(h.written.every((w) => w.startsWith("\r") && !w.includes("\n"))).toBe(true);
    h.progress.finish();
    expect(h.written.at(-1)).toBe("\r\x1b[K");
    expect(h.isStopped()).toBe(true);
    const count = h.written.length;
    h.progress.update(2000);
    h.pass(5000);
    expect(h.written).toHaveLength(count);
  });

  it("on a terminal, makes way for a line of the command's own and draws itself again after it", () => {
    const h = harness(true, 10);
    h.progress.update(1);
    h.pass(1000);
    h.progress.clear();
    expect(h.written).toEqual([
      "\rissue 2026-12-07: 1/10 letters (10 %), 1 letters/s, 0:09 left\x1b[K",
      "\r\x1b[K",
    ]);
    h.pass(1000);
    expect(h.written.at(-1)).toMatch(/^\rissue 2026-12-07: 1\/10 letters/);
  });

  it("on a terminal, redraws at most four times a second however often it is told", () => {
    const h = harness(true, 1_000_000);
    for (let i = 1; i <= 1000; i++) {
      h.progress.update(i);
      h.pass(1, 1); // a millisecond per item
    }
    expect(h.written.length).toBeGreaterThanOrEqual(3);
    expect(h.written.length).toBeLessThanOrEqual(5);
  });

  it("in a log, writes a plain line every 10 s, also while nothing moves, and nothing at the end", () => {
    const h = harness(false, 600);
    h.pass(9000);
    h.progress.update(100);
    expect(h.written).toEqual([]);
    h.pass(1000);
    h.progress.update(200);
    h.pass(10_000);
    h.pass(10_000); // stalled: still a line, with the rate falling
    expect(h.written).toEqual([
      "issue 2026-12-07: 100/600 letters (16 %), 10 letters/s, 0:50 left\n",
      "issue 2026-12-07: 200/600 letters (33 %), 10 letters/s, 0:40 left\n",
      "issue 2026-12-07: 200/600 letters (33 %), 7 letters/s, 1:00 left\n",
    ]);
    h.progress.finish();
    expect(h.written).toHaveLength(3);
  });

  it("shows the count alone while the total is unknown", () => {
    const h = harness(false);
    h.progress.add(5);
    h.progress.add();
    h.pass(10_000);
    expect(h.written).toEqual(["issue 2026-12-07: 6 letters, 36.0 letters/min\n"]);
  });

  it("on a narrow terminal, cuts the line to its width so that it never wraps", () => {
    const written: string[] = [];
    let now = 0;
    const stop = () => undefined;
    const progress = createProgress({
      label: "import-csv",
      total: 100,
      stream: { isTTY: true, columns: 20, write: (t: string) => written.push(t) },
      clock: () => now,
      every: () => stop,
    });
    now = 5000;
    progress.update(50);
    expect(written).toEqual(["\rimport-csv: 50/100 \x1b[K"]); // 19 characters
  });

  it("writes nothing at all for a run shorter than its first interval", () => {
    const h = harness(true, 10);
    h.progress.update(10);
    h.progress.finish();
    expect(h.written).toEqual([]);
  });

  it("formats time left as m:ss or h:mm:ss", () => {
    expect(formatDuration(7)).toBe("0:07");
    expect(formatDuration(65)).toBe("1:05");
    expect(formatDuration(3725)).toBe("1:02:05");
  });
});
