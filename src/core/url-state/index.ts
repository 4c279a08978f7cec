/** Share links: the app's state as URL parameters and back (pure, no DOM). */
export { encodeState, toQuery } from './encode';
export { decodeState } from './decode';
export { DEFAULT_SHARE_STATE, SHARE_PARAMS } from './share-state';
export type { DataAddresses, ShareState, ShareCamera } from './share-state';
export { checkNames, type ShareData } from './check-names';
export { csvDataAddress, dataAddressesProblem, dataAddressProblem, MAX_DATA_ADDRESS } from './data-address';
export { noticeText, listed, shown } from './notices';
