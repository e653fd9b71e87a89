// Types for scripts/manifest-url.js (CommonJS, used by webpack.config.js and the manifest tests).
export declare const DEV_ORIGIN: string;
export declare const DEV_URL: string;
export declare function parseDeployUrl(deployUrl: string): { base: string; origin: string };
export declare function rewriteManifestUrls(xml: string, deployUrl: string): string;
