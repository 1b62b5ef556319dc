/**
 * Debian's Chromium, as the end-to-end tests and the bench launch it (browsers cannot be
 * downloaded here). Background networking is off: this machine's network is closed.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-gpu',
  ],
};
