/**
 * The bundled dataset's kinds as it declares them (data/events.geojson `sortie.kinds`,
 * written from data/dataset.yaml): the oracle for specs that check labels and colours.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { KindMeta } from '../src/data/dataset-format';

const file = JSON.parse(readFileSync(resolve(import.meta.dirname, '../data/events.geojson'), 'utf8')) as {
  sortie: { kinds: Record<string, Required<Pick<KindMeta, 'label' | 'plural' | 'color' | 'symbol'>>> };
};

export const KIND_STYLES = file.sortie.kinds;
