import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './chromium.ts';

/** Headless Chromium with the flags that work on these machines; Playwright gives each launch a fresh profile. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
