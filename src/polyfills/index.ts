// Runtime features newer than Chromium 80 that the app or its libraries call. Each file installs
// its feature only when the browser lacks it. Which features are needed is measured, not guessed:
// scripts/browser-features.ts scans the build and fails on a newer feature missing from this list.
import './array-at';
import './array-find-last';
import './string-replace-all';
