// Styles of the Import and Audit panels (the page's colours come from pages.css variables).
export const PANEL_CSS = `
.gk-panel { max-width: 760px; padding: 0 1rem 2rem; }
.gk-muted { color: var(--muted); }
.gk-drop { border: 2px dashed var(--line); border-radius: 8px; padding: 1.25rem; margin: 1rem 0; text-align: center; }
.gk-drop--over { border-color: var(--accent); background: color-mix(in srgb, var(--accent) 8%, transparent); }
.gk-drop__label { display: inline-flex; flex-direction: column; gap: .4rem; align-items: center; font-weight: 600; }
.gk-import-progress progress { width: 100%; height: 1rem; }
.gk-error { color: var(--bad); margin: .25rem 0; }
.gk-files { padding-left: 1.2rem; }
.gk-summary table, .gk-audit table { border-collapse: collapse; margin: .5rem 0; }
.gk-summary td, .gk-summary th, .gk-audit td, .gk-audit th { padding: .2rem .8rem; border-bottom: 1px solid var(--line); text-align: left; }
.gk-num { text-align: right; font-variant-numeric: tabular-nums; }
.gk-actions { display: flex; gap: .5rem; flex-wrap: wrap; }
.gk-big { font-size: 2rem; font-weight: 700; margin-right: .5rem; }
.gk-caveat { border-left: 4px solid var(--warn); padding: .4rem .8rem; }
.gk-chart { display: block; max-width: 100%; height: auto; margin: .75rem 0; }
.gk-chart text { fill: var(--fg); font: 13px system-ui, sans-serif; }
.gk-chart .gk-chart__title { font-weight: 600; }
.gk-chart .gk-chart__bar { fill: var(--accent); }
`;
