import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

let found: string | undefined;

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH, else a usual install path. On Debian as
 * root with none installed, installs Debian's chromium package (saying so); anywhere else, stops
 * with the command to run.
 */
export function findChromium(): string {
  if (found) return found;
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file.`);
    return (found = fromEnv);
  }
  const installed = USUAL_PATHS.find(executable);
  if (installed) return (found = installed);

  const debian = existsSync('/etc/debian_version');
  const root = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (debian && root && hasApt) {
    process.stderr.write(
      'No Chromium found: installing Debian\'s "chromium" package for the browser tests (apt-get install -y chromium)…\n',
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', 'chromium'],
    ]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (result.status !== 0)
        throw new Error(`apt-get ${args.join(' ')} failed; install Chromium by hand and set CHROMIUM_PATH.`);
    }
    if (executable('/usr/bin/chromium')) return (found = '/usr/bin/chromium');
  }
  throw new Error(
    debian
      ? 'The browser tests need Chromium. Install it with:\n  sudo apt-get install -y chromium\nor set CHROMIUM_PATH to a Chrome or Chromium executable.'
      : 'The browser tests need Chromium or Chrome. Install one, then set CHROMIUM_PATH to its executable, e.g.\n  CHROMIUM_PATH=/path/to/chrome npm test',
  );
}
