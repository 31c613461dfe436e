/** The hosts `--mirror` stands in for. */
const HOSTS = /^https?:\/\/(data\.gdeltproject\.org|dataverse\.harvard\.edu)\//;

/**
 * `url` with its leading GDELT or Harvard Dataverse host replaced by `mirror` (an institutional
 * mirror, or a local server in tests); any other address, and every address without a mirror, as is.
 */
export function mirrorUrl(url: string, mirror: string | undefined): string {
  if (mirror === undefined) return url;
  const base = mirror.endsWith('/') ? mirror : `${mirror}/`;
  return url.replace(HOSTS, base);
}
