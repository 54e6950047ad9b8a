import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const onPath = (name: string) =>
  (process.env['PATH'] ?? '').split(delimiter).some((dir) => executable(join(dir, name)));

function installDebianChromium(): void {
  process.stderr.write(`No Chromium found: installing Debian's "chromium" package for the browser tests (apt-get)…\n`);
  // Several test workers may get here at once: wait for apt's lock rather than fail on it.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', [...lock, ...args], { stdio: 'inherit', env });
    // Another worker may have finished the install while this one failed on a lock.
    if (result.status !== 0 && !executable(DEBIAN_CHROMIUM)) {
      throw new Error(`apt-get ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}).`);
    }
  }
}

function locate(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file.`);
    return fromEnv;
  }
  const installed = USUAL_PATHS.find(executable);
  if (installed) return installed;

  const debian = existsSync('/etc/debian_version');
  if (debian && process.getuid?.() === 0 && onPath('apt-get')) {
    installDebianChromium();
    if (executable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
    throw new Error(`apt-get installed "chromium", but ${DEBIAN_CHROMIUM} is not there.`);
  }
  const fix = debian
    ? 'Run: sudo apt-get install -y chromium'
    : 'Point CHROMIUM_PATH at a Chrome or Chromium executable: export CHROMIUM_PATH=/path/to/chrome';
  throw new Error(`The browser tests need Chromium and none was found. ${fix}`);
}

let found: string | undefined;

/**
 * The Chromium executable the browser tests drive: $CHROMIUM_PATH, else a usual install path, else
 * (Debian, as root) Debian's chromium package, installed now. Anywhere else it throws with the command to run.
 */
export async function findChromium(): Promise<string> {
  // Synchronous on purpose: concurrent callers in one process cannot both start an install.
  found ??= locate();
  return found;
}
