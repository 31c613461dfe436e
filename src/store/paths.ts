/** Where the package's own files are, wherever it runs from. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (the folder holding package.json, data/ and src/). */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built-in reference data folder. */
export const DATA_DIR = join(PACKAGE_ROOT, 'data');

/** The built-in dossiers, loaded into every new home. */
export const DOSSIER_DIR = join(DATA_DIR, 'dossiers');
