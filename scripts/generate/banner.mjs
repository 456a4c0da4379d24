// The "do not edit" marker carried by every generated file.

/** Text of the banner, shared by TypeScript files and the JSON spec. */
export const bannerText =
  "Generated from spec/openapi.yaml by scripts/generate — do not edit by hand; run `npm run generate`.";

/** Prefixes TypeScript source with the banner comment. */
export function withTsBanner(source) {
  return `// ${bannerText}\n\n${source.trimEnd()}\n`;
}
