import cliProgress from "cli-progress";
import type { BuildProgress } from "../build/buildProgress.ts";

/**
 * A progress bar per phase on a terminal: the bar shows while the phase runs and gives way to
 * the phase's summary line; notes that arrive meanwhile are held until the bar is gone.
 */
export function progressBars(stream: NodeJS.WriteStream, prefix: string): BuildProgress {
  let bar: cliProgress.SingleBar | undefined;
  let held: string[] = [];
  const write = (line: string) => stream.write(`${prefix}${line}\n`);
  return {
    start(phase, total) {
      bar = new cliProgress.SingleBar(
        {
          stream,
          // Without a total (e.g. search shards, planned as they go) the count alone shows.
          format:
            total === undefined
              ? (_options, params) => `${prefix}${phase}… ${params.value || ""}`
              : `${prefix}${phase} [{bar}] {value}/{total}`,
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0);
    },
    advance(done) {
      if (!bar) return;
      // Eleventy writes a few files besides the paginated pages the total counts.
      if (done > bar.getTotal() && bar.getTotal() > 0) bar.setTotal(done);
      bar.update(done);
    },
    end(summary) {
      bar?.stop();
      bar = undefined;
      write(summary);
      for (const line of held) write(line);
      held = [];
    },
    note(line) {
      if (bar) held.push(line);
      else write(line);
    },
  };
}
