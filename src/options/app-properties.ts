/**
 * `<sortie-app>`'s reactive properties, one per row of the options table that `<sortie-map>`
 * forwards to it (the same attribute names), so the app, the element, the URL parsing and
 * the docs share one declaration.
 */
import type { PropertyDeclaration, PropertyDeclarations } from 'lit';
import { OPTIONS, type OptionRow } from './options-table';

function declaration(row: OptionRow): PropertyDeclaration {
  if (row.type === 'boolean') return { attribute: row.attribute, type: Boolean };
  const absent = row.whenAbsent;
  if (absent === undefined) return { attribute: row.attribute };
  // Reflected, and a removed attribute reads as the default rather than null.
  return { attribute: row.attribute, reflect: true, converter: { fromAttribute: (value: string | null) => value ?? absent } };
}

/** Lit property declarations of the forwarded options. */
export function appProperties(): PropertyDeclarations {
  return Object.fromEntries(OPTIONS.filter((o) => o.forwarded).map((o) => [o.name, declaration(o)]));
}

/** The values the app starts with: `whenAbsent` where a row has one, else null (booleans: false). */
export function appDefaults(): Record<string, string | boolean | null> {
  return Object.fromEntries(
    OPTIONS.filter((o) => o.forwarded).map((o) => [o.name, o.type === 'boolean' ? false : (o.whenAbsent ?? null)]),
  );
}
