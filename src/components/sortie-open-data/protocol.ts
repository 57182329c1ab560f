/**
 * Messages between the Open data dialog and its worker (import.worker.ts). The worker holds
 * one file at a time: `inspect` reads its start (columns, a sample, the detected mapping),
 * `preview` converts the sample with a mapping, `convert` streams the whole file. Every
 * request carries an id; answers and progress carry it back, so a late answer to an old
 * request (the reader changed the mapping meanwhile) is recognised and dropped.
 */
import type { SortieDatasetFile } from '../../data/dataset-format';
import type { Mapping } from '../../data/import/mapping';

export type FileFormat = 'csv' | 'geojson';

/** How many rows the preview converts, and how many it shows. */
export const SAMPLE_ROWS = 200;
export const PREVIEW_EVENTS = 10;
export const PREVIEW_PROBLEMS = 20;

export type WorkerRequest =
  | { type: 'inspect'; id: number; file: File }
  | { type: 'preview'; id: number; mapping: Mapping }
  | { type: 'convert'; id: number; mapping: Mapping }
  | { type: 'cancel'; id: number };

/** One converted event as the preview table shows it. */
export interface PreviewEvent {
  date: string;
  title: string;
  kind: string;
  place: string;
  /** Point, or the centroid of the geometry's bounding box, rounded for reading. */
  lat: number | null;
  lon: number | null;
}

export interface Inspection {
  format: FileFormat;
  columns: string[];
  /** Rows the sample holds (all of a small file). */
  sampleRows: number;
  /** True when the sample is the whole file. */
  complete: boolean;
  mapping: Mapping;
  notes: string[];
  preset: 'acled' | 'ucdp' | null;
}

export interface PreviewResult {
  rows: number;
  events: number;
  skipped: number;
  first: PreviewEvent[];
  problems: string[];
}

export interface ConvertResult {
  dataset: SortieDatasetFile;
  rows: number;
  skipped: number;
  /** The first problems, in words. */
  problems: string[];
}

export type WorkerResponse =
  | { type: 'inspected'; id: number; result: Inspection }
  | { type: 'previewed'; id: number; result: PreviewResult }
  | { type: 'converted'; id: number; result: ConvertResult }
  | { type: 'progress'; id: number; phase: 'reading' | 'converting'; done: number; total: number }
  | { type: 'failed'; id: number; message: string }
  | { type: 'cancelled'; id: number };
