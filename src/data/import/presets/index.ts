/** The presets by id, and detection by columns (a preset matches when all its signature columns are there). */
import type { PresetId } from '../mapping';
import { acled } from './acled';
import type { Preset } from './preset';
import { ucdp } from './ucdp';

export const PRESETS: Record<PresetId, Preset> = { acled, ucdp };

export function presetFor(columns: readonly string[]): Preset | null {
  const set = new Set(columns.map((c) => c.trim().toLowerCase()));
  return Object.values(PRESETS).find((p) => p.signature.every((c) => set.has(c))) ?? null;
}
