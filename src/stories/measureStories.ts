import { buildStories, type StoriesReport } from "./buildStories.ts";

/** What measure-stories prints. */
export interface StoriesMeasurement extends StoriesReport {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMB: number;
}

/** Runs clustering on a content folder and adds wall and CPU seconds and peak RSS. */
export async function measureStories(options: {
  contentDir: string;
  truthDir?: string | undefined;
  thresholds?: number[] | undefined;
  clean: boolean;
}): Promise<StoriesMeasurement> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = await buildStories({ contentDir: options.contentDir, clean: options.clean });
  const used = process.cpuUsage(cpu);
  return {
    ...report,
    wallSeconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}
