/**
 * A measure of how fast this machine runs a thread right now, for timing bounds that hold on a loaded machine and
 * still fail when the design regresses. The unit is the wall time of a fixed piece of CPU work (string building,
 * hashing, sorting: about 3 ms on a quiet 2-core machine). On a loaded machine every runnable thread, the
 * server's included, gets a smaller share of a core, and the unit grows in proportion; a regression (a lint
 * that waits for others, a hover behind a lint) costs many more units whatever the load. Bounds are stated in
 * units measured while the timed work runs (a `LoadMeter`), not with the load average, which lags by a minute.
 */
export function calibrationUnit(): number {
  const t0 = performance.now();
  let h = 0;
  const words: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const w = `w${(i * 7919) % 10007}x${i}`;
    for (let j = 0; j < w.length; j++) h = (h * 31 + w.charCodeAt(j)) | 0;
    words.push(w);
  }
  words.sort();
  if (h === 0.5) console.log(words[0]); // never: keeps the work from being optimised away
  return performance.now() - t0;
}

/** Samples the calibration unit every `everyMs` while timed work runs; `unit()` is the median sample. */
export class LoadMeter {
  private readonly samples: number[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(everyMs = 200) {
    for (let i = 0; i < 3; i++) this.samples.push(calibrationUnit());
    this.timer = setInterval(() => this.samples.push(calibrationUnit()), everyMs);
  }

  stop(): this {
    clearInterval(this.timer);
    return this;
  }

  /** The median unit (ms) over the samples so far. */
  unit(): number {
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  }

  describe(): string {
    return `machine unit ${this.unit().toFixed(1)} ms (median of ${this.samples.length} samples)`;
  }
}
