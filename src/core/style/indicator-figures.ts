/**
 * The co-production indicators (graph/indicators.ts) that are numeric
 * figures: each with its human label, unit, description and how to read it
 * from a node's indicators (absent for nodes of other types). In table order:
 * vendor concentration first. Figure ids are `ind:<name>` (figures.ts).
 */
import type { NodeIndicators } from '../graph/indicators';
import type { FigureUnit } from './figures';

/** An indicator as a figure. */
export interface IndicatorFigure {
  name: string;
  label: string;
  unit: FigureUnit;
  description: string;
  /** The node type whose indicators hold it: `read` gives undefined for the others. */
  of: NodeIndicators['type'];
  read(i: NodeIndicators): number | undefined;
}

/** The indicators that are figures, in table order. */
export const INDICATOR_FIGURES: readonly IndicatorFigure[] = [
  {
    name: 'vendorHhi',
    label: 'Vendor HHI',
    unit: 'index',
    description: 'Herfindahl–Hirschman index of the city’s vendors (1 = a single vendor)',
    of: 'city',
    read: (i) => (i.type === 'city' ? i.vendorHhi : undefined),
  },
  {
    name: 'topFirmShare',
    label: 'Top-vendor share',
    unit: 'share',
    description: 'Share of the city’s firm links held by its top vendor',
    of: 'city',
    read: (i) => (i.type === 'city' ? i.topFirmShare : undefined),
  },
  {
    name: 'projectsUsed',
    label: 'Projects used',
    unit: 'count',
    description: 'Distinct projects the city uses',
    of: 'city',
    read: (i) => (i.type === 'city' ? i.projectsUsed : undefined),
  },
  {
    name: 'firms',
    label: 'Firms',
    unit: 'count',
    description: 'Distinct firms linked to the city directly or through its projects',
    of: 'city',
    read: (i) => (i.type === 'city' ? i.firms : undefined),
  },
  {
    name: 'adoptingCities',
    label: 'Adopting cities',
    unit: 'count',
    description: 'Distinct cities linked to the project',
    of: 'project',
    read: (i) => (i.type === 'project' ? i.adoptingCities : undefined),
  },
  {
    name: 'firmsInvolved',
    label: 'Firms involved',
    unit: 'count',
    description: 'Distinct firms linked to the project',
    of: 'project',
    read: (i) => (i.type === 'project' ? i.firmsInvolved : undefined),
  },
  {
    name: 'maintainers',
    label: 'Maintainers',
    unit: 'count',
    description: 'Nodes that maintain or develop the project (1 with many cities: a single point of failure)',
    of: 'project',
    read: (i) => (i.type === 'project' ? i.maintainers : undefined),
  },
  {
    name: 'countries',
    label: 'Countries',
    unit: 'count',
    description: 'Distinct countries of the project’s cities',
    of: 'project',
    read: (i) => (i.type === 'project' ? i.countries : undefined),
  },
  {
    name: 'citiesReached',
    label: 'Cities reached',
    unit: 'count',
    description: 'Distinct cities the firm reaches directly or through its projects',
    of: 'firm',
    read: (i) => (i.type === 'firm' ? i.citiesReached : undefined),
  },
  {
    name: 'projectsReached',
    label: 'Projects reached',
    unit: 'count',
    description: 'Distinct projects the firm works on',
    of: 'firm',
    read: (i) => (i.type === 'firm' ? i.projectsReached : undefined),
  },
  {
    name: 'brokerage',
    label: 'Brokerage',
    unit: 'count',
    description: 'Pairs of the firm’s partners that are not linked to each other (Gould & Fernandez total brokerage)',
    of: 'firm',
    read: (i) => (i.type === 'firm' ? i.brokerage : undefined),
  },
];
