// DOM tests have no browser.i18n: answer t() from the English locale file, as the browser would.
import en from '../../../public/_locales/en/messages.json';
import { setFallbackCatalog } from '../../../src/ui/i18n.js';

setFallbackCatalog(en);
