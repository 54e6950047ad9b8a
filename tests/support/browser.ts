import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './chromium.ts';

/** The flags that work on these machines (see TECH-NOTES, "Browsers for tests"). */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Headless Chromium through playwright-core. No --user-data-dir: launch() rejects it in `args`, and
 * already gives every browser a fresh temporary profile of its own, which close() deletes.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), headless: true, args: ARGS });
}
