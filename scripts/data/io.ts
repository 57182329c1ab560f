/** Reading the hand-written sources and writing the built file. */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { ProblemLog } from './errors';

/** A path as the editor would type it: relative to the working directory when that is shorter. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') ? rel : path;
}

function readText(path: string, log: ProblemLog): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    log.add(displayPath(path), '', '', code === 'ENOENT' ? 'file not found' : `cannot read: ${String(error)}`);
    return undefined;
  }
}

/** Parsed YAML, or undefined after logging every syntax error with its line. */
export function readYaml(path: string, log: ProblemLog): unknown {
  const text = readText(path, log);
  if (text === undefined) return undefined;
  // YAML 1.2 core schema: `date: 2017-04-06` stays a string instead of becoming a JS Date.
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const where = error.linePos?.[0];
      const line = where ? `line ${where.line}, column ${where.col}` : '';
      const message = (error.message.split('\n')[0] ?? 'YAML syntax error').replace(/ at line \d+, column \d+:?$/, '');
      log.add(displayPath(path), line, '', message);
    }
    return undefined;
  }
  return document.toJS();
}

/** Parsed JSON, or undefined after logging why not. */
export function readJson(path: string, log: ProblemLog): unknown {
  const text = readText(path, log);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    log.add(displayPath(path), '', '', `not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * Writes to a temporary file beside the target and renames it into place, so a crash half-way
 * never leaves a truncated data/events.geojson behind.
 */
export function writeAtomically(path: string, text: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
