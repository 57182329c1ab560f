/**
 * The README's option tables, written from the options table (options-table.ts) between
 * marker comments. `npm run docs:options` rewrites README.md; readme-tables.test.ts fails
 * when README.md is out of date, so the docs cannot drift from the code.
 */
import { OPTIONS, PYM_PARAMS, type OptionRow } from './options-table';

/** The explorer's URL parameters. */
export function explorerTable(): string {
  const rows = OPTIONS.filter((o) => o.urlParam).map((o) => `| \`${o.urlParam}\` | ${o.urlDoc ?? o.doc} | ${o.default} |`);
  return ['| parameter | value | default |', '| --- | --- | --- |', ...rows].join('\n');
}

function embedCell(o: OptionRow): string {
  if (!o.embedHtml) return o.embedNote ?? 'no';
  const alias = o.urlParam && o.urlParam !== o.attribute ? ` (or \`${o.urlParam}\`)` : '';
  return `\`${o.attribute}\`${alias}${o.embedNote ? `: ${o.embedNote}` : ''}`;
}

/** The element's attributes, with what embed.html takes. */
export function elementTable(): string {
  const rows = OPTIONS.map((o) => `| \`${o.attribute}\` | ${o.doc} | ${o.default} | ${embedCell(o)} |`);
  return ['| attribute (and property) | value | default | embed.html parameter |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** embed.html's parameters, as a sentence. */
export function embedParamList(): string {
  const names = OPTIONS.filter((o) => o.embedHtml).map((o) => (o.urlParam && o.urlParam !== o.attribute ? `\`${o.attribute}\` (or the explorer's \`${o.urlParam}\`)` : `\`${o.attribute}\``));
  return `${names.join(', ')}. pym.js's own ${PYM_PARAMS.map((p) => `\`${p}\``).join(', ')} are accepted; any other parameter, and a bad \`theme\` or \`controls\`, is ignored with a notice inside the map.`;
}

const SECTIONS: Record<string, () => string> = { explorer: explorerTable, element: elementTable, embed: embedParamList };

/** README text with every generated section rewritten; throws if a marker is missing. */
export function updateReadme(readme: string): string {
  let text = readme;
  for (const [name, render] of Object.entries(SECTIONS)) {
    const start = `<!-- options:${name}:start (npm run docs:options) -->`;
    const end = `<!-- options:${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md has no "${start}" … "${end}" markers`);
    text = `${text.slice(0, from + start.length)}\n${render()}\n${text.slice(to)}`;
  }
  return text;
}
