/**
 * Debian's Chromium for the browser tests and the browser benchmark, driven
 * through playwright-core (never a downloaded browser), with the flags this
 * machine needs: software WebGL through SwiftShader, no background
 * networking. Plain Node: no vitest import, so the benchmark can use it.
 */
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The command-line flags of every Chromium the tests and the benchmark start. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

/** Launches Chromium in this process; playwright gives every launch a fresh temporary profile (--user-data-dir). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
}

/** Launches Chromium as a server other processes connect to (`chromium.connect(server.wsEndpoint())`). */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
}
