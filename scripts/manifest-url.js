// Rewrites the development URL in the manifest to the deployment URL (production builds).
const DEV_URL = "https://localhost:3000/";

/**
 * @param {string} xml manifest text
 * @param {string} deployUrl e.g. "https://kpi.example.com/addin" (a trailing slash is added)
 * @returns {string}
 */
function rewriteManifestUrls(xml, deployUrl) {
  const url = new URL(deployUrl);
  if (url.protocol !== "https:") throw new Error(`KPI_ADDIN_URL must be https (got ${deployUrl})`);
  const base = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return xml.split(DEV_URL).join(base);
}

module.exports = { DEV_URL, rewriteManifestUrls };
