// Rewrites the development URLs in the manifest to the deployment URL (production builds).
// Two forms occur in manifest.xml: full URLs under DEV_URL ("https://localhost:3000/taskpane.html")
// and the bare origin in <AppDomain> ("https://localhost:3000"). Both must move to the deploy host.
const DEV_ORIGIN = "https://localhost:3000";
const DEV_URL = `${DEV_ORIGIN}/`;

/**
 * Parses and checks a deployment URL: https only, no credentials, query or fragment.
 * @param {string} deployUrl e.g. "https://kpi.example.com/addin"
 * @returns {{ base: string, origin: string }} base always ends with "/"
 */
function parseDeployUrl(deployUrl) {
  let url;
  try {
    url = new URL(deployUrl);
  } catch {
    throw new Error(`KPI_ADDIN_URL is not a valid URL (got ${JSON.stringify(deployUrl)})`);
  }
  if (url.protocol !== "https:") throw new Error(`KPI_ADDIN_URL must be https (got ${deployUrl})`);
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(`KPI_ADDIN_URL must be a plain https base URL without credentials, query or fragment (got ${deployUrl})`);
  }
  const base = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return { base, origin: url.origin };
}

/**
 * @param {string} xml manifest text
 * @param {string} deployUrl e.g. "https://kpi.example.com/addin" (a trailing slash is added)
 * @returns {string} the manifest with every localhost URL and origin replaced
 */
function rewriteManifestUrls(xml, deployUrl) {
  const { base, origin } = parseDeployUrl(deployUrl);
  // Full URLs first, then any remaining bare origin (AppDomain); the lookahead keeps
  // "https://localhost:30001" or "https://localhost:3000.evil" from being mistaken for the origin.
  return xml.split(DEV_URL).join(base).replace(/https:\/\/localhost:3000(?![\w.:/-])/g, origin);
}

module.exports = { DEV_ORIGIN, DEV_URL, parseDeployUrl, rewriteManifestUrls };
