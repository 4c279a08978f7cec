/** View settings: what a view shows and how (interface, defaults, labels), their text codec, validation, and who owns node positions. */
export {
  VIEWS,
  VIEW_IDS,
  LAYOUTS,
  LAYOUT_KINDS,
  LINK_COLORS,
  LINK_COLOR_IDS,
  LABEL_DENSITIES,
  LABEL_DENSITY_IDS,
  LABEL_SIZE_RANGE,
  STARS_OFF,
  DISPLAY_SETTING_TEXT,
  UNIFORM_SIZE,
  UNIFORM_SIZE_LABEL,
  DEFAULT_VIEW_SETTINGS,
  resolveViewSettings,
  sameColorMode,
  colorModeLabel,
  typeLayoutMode,
} from './settings';
export type { ViewSettings, ViewId, LayoutKind, ColorMode, SizeMode, LinkColor, LabelDensity } from './settings';
export { encodeColor, decodeColor, parseViewSetting, formatViewSetting, VIEW_SETTING_PARAMS, VIEW_SETTING_FLAGS } from './codec';
export type { ViewSettingField, ViewSettingProblem } from './codec';
export { validateViewSettings } from './validate';
export { assignPositions, assignFlatPositions, flatPositions } from './positions';
