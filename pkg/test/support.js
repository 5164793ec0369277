// Helpers shared by the tests: paths, and the evaluation data kept beside the repository.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** Cargo's target folder, where the native command-line tool is built. */
export const targetDir = resolve(root, process.env.CARGO_TARGET_DIR ?? 'target');

/**
 * The path of `relative` under ../shared/data, or null after skipping `t` when it is absent.
 * Under CI (CI set) absent data is a failure, not a skip.
 */
export function sharedData(t, relative) {
  const path = join(root, '..', 'shared', 'data', relative);
  return existsSync(path) ? path : missing(t, path, 'CI needs the shared data beside the repository');
}

/**
 * `path` when it exists, or null after skipping `t` (failing under CI) with `hint` saying
 * how to make it.
 */
export function required(t, path, hint) {
  return existsSync(path) ? path : missing(t, path, hint);
}

function missing(t, path, hint) {
  if (process.env.CI !== undefined) {
    throw new Error(`${path} is missing: ${hint}`);
  }
  t.skip(`${path} is missing: ${hint}`);
  return null;
}
