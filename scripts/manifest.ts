// One manifest template → one manifest per browser.
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'gatekeeper@gatekeeper-extension.org';
export const MIN_CHROME = '120';
// data_collection_permissions is understood from Firefox 140 on.
export const MIN_FIREFOX = '140.0';
export const MIN_FIREFOX_ANDROID = '142.0';

export function browserManifest(template: Record<string, unknown>, target: Target): Record<string, unknown> {
  const manifest: Record<string, unknown> = structuredClone(template);
  if (target === 'chrome') {
    manifest.background = { service_worker: 'background.js', type: 'module' };
    manifest.minimum_chrome_version = MIN_CHROME;
  } else {
    // Firefox runs MV3 backgrounds as event pages.
    manifest.background = { scripts: ['background.js'], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: MIN_FIREFOX,
        data_collection_permissions: { required: ['none'] },
      },
      // Android understands data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: MIN_FIREFOX_ANDROID },
    };
  }
  return manifest;
}
