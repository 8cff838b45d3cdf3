// Global setup for DOM tests: each test starts from an empty document.
import { afterEach } from 'vitest';

afterEach(() => {
  document.title = '';
  document.head.replaceChildren();
  document.body.replaceChildren();
});
