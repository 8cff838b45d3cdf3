// Content script entry: claims the page, marks it, and starts the features.
import { contextAlive } from '../platform/index.js';
import { claimPage } from './singleton.js';

const MARK = 'data-gatekeeper-ready';
const lifetime = new AbortController();

if (claimPage(contextAlive, lifetime.signal)) {
  document.documentElement.setAttribute(MARK, '1');
}
