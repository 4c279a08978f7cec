/** Layouts of the map: seeded start positions, ForceAtlas2 settings, typed and geographic layouts. */
export { seedPositions } from './seed-positions';
export type { Point } from './seed-positions';
export { fa2Settings, settledThreshold, relativeDisplacement, isSettled } from './fa2';
export { computeForceLayout, layoutIterations } from './force-layout';
export { communitySeedPositions } from './community-seed';
export { firstLayout, firstLayoutIterations } from './first-layout';
export { typeLayout } from './typed-layout';
export { createGeoProjection, GEO_EXTENT } from './geo-projection';
export { geoLayout } from './geo-layout';
