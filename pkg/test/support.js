// Helpers shared by the tests: paths, the evaluation data kept beside the repository, and
// the tools some tests need.
//
// The package's tests are run by scripts/test.sh, which builds and installs what they need.
// What is missing then is a failure, never a silent pass:
// - the evaluation data (../shared/data) must be there: a test that reads it fails without;
// - a tool built or installed by scripts/test.sh (Chromium, the native command-line tool)
//   skips the test with the command that provides it, and fails when CI is set.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** Cargo's target folder, where the native command-line tool is built. */
export const targetDir = resolve(root, process.env.CARGO_TARGET_DIR ?? 'target');

/**
 * The path of `relative` under ../shared/data, noted in `t`'s output. Throws when it is
 * absent.
 */
export function sharedData(t, relative) {
  const path = join(root, '..', 'shared', 'data', relative);
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: this test reads the evaluation data kept beside the repository, in ../shared/data`,
    );
  }
  t.diagnostic(`reads ${path}`);
  return path;
}

/**
 * `path` when it exists, or null after skipping `t` (failing when CI is set) with `hint`
 * saying how to make it.
 */
export function required(t, path, hint) {
  if (existsSync(path)) {
    return path;
  }
  if (process.env.CI !== undefined) {
    throw new Error(`${path} is missing: ${hint}`);
  }
  t.skip(`${path} is missing: ${hint}`);
  return null;
}
