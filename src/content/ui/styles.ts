// The shadow roots' only stylesheet. Light by default, dark when LinkedIn (or the OS, when
// LinkedIn says nothing) is dark. Small text, no fixed widths: it sits in LinkedIn's flow.
export const STYLES = `\
:host{all:initial;display:block;--bg:#fff;--fg:#1d2226;--muted:#5e6670;--line:#d0d4d8;--ok:#057642;--caution:#915907;--early:#b24020;--btn:#0a66c2}\
:host([data-theme=dark]){--bg:#1b1f23;--fg:#e9e9e9;--muted:#aab0b6;--line:#38434f;--ok:#5fc08a;--caution:#e8b14a;--early:#f08a6b;--btn:#71b7fb}\
*{box-sizing:border-box;font:13px/1.4 system-ui,sans-serif}\
.card{margin:4px 8px;padding:6px 10px;border:1px solid var(--line);border-left:4px solid var(--lvl);border-radius:6px;background:var(--bg);color:var(--fg)}\
.ok{--lvl:var(--ok)}.caution{--lvl:var(--caution)}.too-early{--lvl:var(--early)}\
.head{margin:0}.head b{color:var(--lvl)}.rel,.note{color:var(--muted)}\
p,ul{margin:2px 0}ul{padding-left:18px}li{margin:1px 0}\
q{font-style:italic}\
button{cursor:pointer;border:1px solid var(--btn);border-radius:12px;background:#0000;color:var(--btn);padding:1px 8px;margin:2px 4px 2px 0}\
button:focus-visible{outline:2px solid var(--btn);outline-offset:1px}\
.mute{border:0;padding:0 4px;text-decoration:underline}\
.backdrop{position:fixed;inset:0;z-index:2147483647;display:flex;align-items:center;justify-content:center;background:#0006}\
.dialog{max-width:420px;padding:16px;border-radius:8px;background:var(--bg);color:var(--fg);box-shadow:0 4px 24px #0000004d}\
h2{margin:0 0 6px;font-size:16px;font-weight:600}\
.primary{background:var(--btn);color:var(--bg)}`;
