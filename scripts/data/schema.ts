/**
 * JSON Schema validation with Ajv (draft-07), and the translation of Ajv's errors into the
 * field-and-message form the build reports.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { describe } from './errors';

export const EVENT_SCHEMA = fileURLToPath(new URL('../../data/schema/event.schema.json', import.meta.url));
export const SOURCES_SCHEMA = fileURLToPath(new URL('../../data/schema/sources.schema.json', import.meta.url));
export const DATASET_SCHEMA = fileURLToPath(new URL('../../data/schema/dataset.schema.json', import.meta.url));

/**
 * `verbose` keeps the offending value on each error, so messages can quote it. `fragment`
 * (e.g. `#/definitions/sortie`) compiles one part of a schema that has an `$id`.
 */
export function compileSchema(path: string, fragment?: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
  const schema = JSON.parse(readFileSync(path, 'utf8')) as { $id?: string };
  if (!fragment) return ajv.compile(schema);
  ajv.addSchema(schema);
  const validate = ajv.getSchema(`${schema.$id ?? ''}${fragment}`);
  if (!validate) throw new Error(`${path} has no ${fragment}`);
  return validate;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * One problem per field, phrased for the editor. `prefix` is the part of the JSON path that the
 * editor does not see, e.g. `/properties` for an event whose fields sit at the top of its entry.
 */
export function schemaProblems(errors: ErrorObject[] | null | undefined, prefix = ''): FieldProblem[] {
  const byField = new Map<string, string>();
  for (const error of errors ?? []) {
    // oneOf/anyOf restate their branches' errors; the branch errors say more.
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
    const path = error.instancePath.startsWith(prefix) ? error.instancePath.slice(prefix.length) : error.instancePath;
    const child = (error.params as { missingProperty?: string; additionalProperty?: string });
    const leaf = child.missingProperty ?? child.additionalProperty;
    const field = toField(leaf === undefined ? path : `${path}/${leaf}`);
    if (!byField.has(field)) byField.set(field, explain(error, field));
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

/** `/sources/0/excerpt` → `sources[0].excerpt` */
function toField(path: string): string {
  return path.split('/').filter(Boolean).reduce(
    (field, part) => (/^\d+$/.test(part) ? `${field}[${part}]` : field === '' ? part : `${field}.${part}`), '');
}

function explain(error: ErrorObject, field: string): string {
  const value = error.data;
  switch (error.keyword) {
    case 'required':
      return field.endsWith('excerpt') ? 'missing: quote the words of the article that support the event' : 'missing';
    case 'additionalProperties':
      return 'not a known field; check the spelling against the schema in data/schema/';
    case 'enum':
      return `${describe(value)} is not one of: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    case 'type': {
      const type = (error.params as { type: string }).type;
      return `${describe(value)} should be ${type === 'array' ? 'a list, e.g. [a, b]' : `${/^[aeio]/.test(type) ? 'an' : 'a'} ${type}`}`;
    }
    case 'minItems':
      return field.endsWith('sources') ? 'give at least one source' : `needs at least ${String(error.params.limit)} items`;
    case 'pattern':
      return explainPattern(field, value);
    default:
      return `${describe(value)} ${error.message ?? 'is invalid'}`;
  }
}

function explainPattern(field: string, value: unknown): string {
  if (field.endsWith('excerpt') && typeof value === 'string') {
    const words = value.trim() === '' ? 0 : value.trim().split(/\s+/).length;
    return `must be a verbatim quote of 4 to 60 words (this one has ${words})`;
  }
  if (field === 'id' || field.endsWith('.article')) {
    return `${describe(value)} may use only lower-case letters, digits and hyphens`;
  }
  return 'must not be empty';
}
