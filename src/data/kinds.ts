/**
 * How each kind of event looks and reads, in one place, so the map symbols, the legend,
 * the timeline strip and the list agree. Colours are the Okabe–Ito palette (safe for the
 * common colour-vision deficiencies) and every kind also has its own shape, so colour is
 * never the only cue. Shapes are SVG path data in a 16×16 box: Lit templates draw them as
 * <path>, and the map draws the same strings onto a canvas with Path2D.
 */
import type { EventKind } from './types';

export interface KindStyle {
  label: string;
  /** Plural label for filters and counts. */
  plural: string;
  /** One line for the legend's description. */
  description: string;
  color: string;
  /** SVG path data in a 16×16 box. */
  shape: string;
}

const TRIANGLE = 'M8 1.5 L15 14.5 L1 14.5 Z';
const DIAMOND = 'M8 1 L15 8 L8 15 L1 8 Z';
const SQUARE = 'M2 2 H14 V14 H2 Z';
const CIRCLE = 'M8 1.5 A6.5 6.5 0 1 1 7.99 1.5 Z';
const STAR = 'M8 0.8 L10.1 5.6 L15.3 6.1 L11.4 9.6 L12.5 14.8 L8 12.1 L3.5 14.8 L4.6 9.6 L0.7 6.1 L5.9 5.6 Z';
const HEXAGON = 'M4.5 2 H11.5 L15 8 L11.5 14 H4.5 L1 8 Z';
const PLUS = 'M5.5 1 H10.5 V5.5 H15 V10.5 H10.5 V15 H5.5 V10.5 H1 V5.5 H5.5 Z';
const PENTAGON = 'M8 1 L15 6.2 L12.3 14.5 H3.7 L1 6.2 Z';

export const KIND_STYLES: Readonly<Record<EventKind, KindStyle>> = {
  strike: {
    label: 'Strike',
    plural: 'Strikes',
    description: 'air, missile or artillery strikes, shoot-downs',
    color: '#D55E00',
    shape: TRIANGLE,
  },
  'chemical-attack': {
    label: 'Chemical attack',
    plural: 'Chemical attacks',
    description: 'attacks with chemical weapons',
    color: '#CC79A7',
    shape: DIAMOND,
  },
  offensive: {
    label: 'Offensive',
    plural: 'Offensives',
    description: 'ground offensives, sieges, incursions, territory lost',
    color: '#E69F00',
    shape: SQUARE,
  },
  deployment: {
    label: 'Deployment',
    plural: 'Deployments',
    description: 'forces or weapons moved, based, delivered or trained',
    color: '#0072B2',
    shape: CIRCLE,
  },
  agreement: {
    label: 'Agreement',
    plural: 'Agreements',
    description: 'deals, alliances, arms sales',
    color: '#009E73',
    shape: STAR,
  },
  meeting: {
    label: 'Meeting',
    plural: 'Meetings',
    description: 'talks, calls and visits',
    color: '#56B4E9',
    shape: HEXAGON,
  },
  protest: {
    label: 'Protest',
    plural: 'Protests',
    description: 'rallies and demonstrations',
    color: '#F0E442',
    shape: PLUS,
  },
  policy: {
    label: 'Policy',
    plural: 'Policy acts',
    description: 'laws, sanctions, designations, treaty exits',
    color: '#5F5F5F',
    shape: PENTAGON,
  },
};

/** Outline drawn around every symbol so light colours (protest yellow) stay visible. */
export const SYMBOL_OUTLINE = '#1a1a1a';
