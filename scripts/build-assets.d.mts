/** Builds public/build/ (stylesheet, fonts, scripts) unless nothing it reads has changed; see build-assets.mjs. */
export function buildAssets(options?: { force?: boolean }): Promise<{ inputHash: string; files: Record<string, string> }>;
