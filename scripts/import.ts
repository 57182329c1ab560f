/**
 * `npm run import -- INPUT --out OUTPUT [options]`: turns anyone's CSV/TSV/GeoJSON events
 * into a Sortie dataset (issue 8). Usage: --help, or docs/import.md.
 */
import { runImport } from './import/run';

process.exitCode = await runImport(process.argv.slice(2));
