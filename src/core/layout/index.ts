/** Layouts of the map: seeded start positions, ForceAtlas2 settings, typed and geographic layouts. */
export { seedPositions } from './seed-positions';
export type { Point } from './seed-positions';
export { fa2Settings, settledThreshold, relativeDisplacement, isSettled } from './fa2';
export { computeForceLayout, layoutIterations, type ForceLayoutOptions } from './force-layout';
export { communitySeedPositions } from './community-seed';
export { typeLayout, COLUMN_ORDER, RING_ORDER } from './typed-layout';
export type { TypeLayoutMode } from './typed-layout';
export { createGeoProjection, nodeCoordinates, GEO_EXTENT } from './geo-projection';
export type { GeoProjection2D } from './geo-projection';
export { geoLayout, GEO_LAYOUT_DEFAULTS } from './geo-layout';
export type { GeoLayoutOptions, GeoLayoutResult } from './geo-layout';
