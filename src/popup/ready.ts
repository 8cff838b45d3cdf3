/** performance.mark set when the popup's first real data is in the DOM (the bench reads it). */
export const READY_MARK = 'gatekeeper-popup-ready';
