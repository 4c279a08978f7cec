/** Share links: the app's state as URL parameters and back (pure, no DOM). */
export { encodeState, toQuery } from './encode';
export { decodeState, type DecodedState, type DecodeOptions } from './decode';
export { DEFAULT_SHARE_STATE, SHARE_PARAMS, roundCamera } from './share-state';
export type { ShareState, ShareCamera } from './share-state';
export { FILTER_PARAMS } from './filters-codec';
export { checkNames, type ShareData } from './check-names';
export { dataAddressProblem, addressScheme, MAX_DATA_ADDRESS } from './data-address';
export { noticeText, listed, shown, MAX_SHOWN, MAX_LISTED, MAX_NOTICES } from './notices';
