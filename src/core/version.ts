/** The app's version, stamped on every report and export (kept equal to package.json by a test). */
export const APP_VERSION = '0.1.0';
