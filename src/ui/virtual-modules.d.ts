/** Modules the build makes (vite.config.ts). */
declare module 'virtual:default-analysis' {
  /** JSON of the default options the payload was computed with. */
  export const options: string;
  /** The payload as JSON text (workers/payload-json.ts). */
  const json: string;
  export default json;
}
