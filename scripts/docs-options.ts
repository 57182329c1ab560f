/**
 * Writes the README's option tables from the options table (src/options/options-table.ts).
 * Run after changing an option: `npm run docs:options`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { updateReadme } from '../src/options/readme-tables';

const path = resolve(import.meta.dirname, '../README.md');
const before = readFileSync(path, 'utf8');
const after = updateReadme(before);
if (after === before) {
  console.log('README.md option tables are up to date.');
} else {
  writeFileSync(path, after);
  console.log('README.md option tables rewritten.');
}
