import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './chromium.ts';

/**
 * Flags that let headless Chromium run on these machines (as root, in a sandbox without a GPU)
 * without reaching for Google's services, which the network refuses.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium; Playwright gives each launch a fresh profile. */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: ['--headless', ...CHROMIUM_FLAGS] });
}
