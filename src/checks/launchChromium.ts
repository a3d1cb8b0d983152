import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium; playwright's own browser downloads are not used in this project. */
export const chromiumExecutablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Headless, no sandbox (containers/CI run as root), and no background traffic to Google that
// would show up as requests to other hosts.
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** Launches headless Debian Chromium through playwright-core. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutablePath,
    args: chromiumArgs,
    headless: true,
  });
}
