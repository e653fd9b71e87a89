// Types for scripts/check-install.js (CommonJS, run by `npm run check:install` and tested by jest).
export declare const INSTALL_SCRIPTS_ALLOWED: ReadonlyMap<string, string>;
export declare const NATIVE_BUILDS_FORBIDDEN: readonly string[];
export declare const PROBLEMS_ALLOWED: readonly RegExp[];
export declare function lockProblems(packages: Record<string, { hasInstallScript?: boolean }>): string[];
