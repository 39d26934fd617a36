/*
 * Shadow-DOM styles. Every colour, radius and size reads a `--aisle-*` custom property, which pierce the shadow
 * boundary, so a theme sets them on `aisle-chat` from the page's own stylesheet. Logical properties
 * (inline-start/end) make the layout mirror itself for right-to-left languages.
 */
export const styles = `
:host{--a:var(--aisle-accent,#1f5eff);--at:var(--aisle-accent-text,#fff);--bg:var(--aisle-background,#fff);--sf:var(--aisle-surface,#f3f4f6);--tx:var(--aisle-text,#1b1d21);--mu:var(--aisle-muted,#5b6270);--bd:var(--aisle-border,#d5d9e0);--er:var(--aisle-error,#b42318);--r:var(--aisle-radius,14px);font:var(--aisle-font-size,15px)/1.45 var(--aisle-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--tx)}
.w{position:fixed;inset-block-end:var(--aisle-offset,16px);inset-inline-end:var(--aisle-offset,16px);z-index:var(--aisle-z-index,2147483000)}
:host([inline]){display:block}
:host([inline]) .w{position:static}
*{box-sizing:border-box}
[hidden]{display:none!important}
button,textarea{font:inherit;color:inherit}
:focus-visible{outline:3px solid var(--aisle-focus,var(--a));outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.launcher{display:block;margin-inline-start:auto;border:0;border-radius:999px;padding:12px 20px;background:var(--a);color:var(--at);font-weight:600;cursor:pointer;box-shadow:var(--aisle-shadow,0 6px 24px rgba(0,0,0,.18))}
:host([inline]) .launcher{display:none}
.panel{display:flex;flex-direction:column;width:min(var(--aisle-width,380px),calc(100vw - 32px));height:min(var(--aisle-height,580px),calc(100vh - 96px));margin-block-end:12px;background:var(--bg);border:1px solid var(--bd);border-radius:var(--r);box-shadow:var(--aisle-shadow,0 6px 24px rgba(0,0,0,.18));overflow:hidden}
:host([inline]) .panel{width:100%;margin:0;box-shadow:none}
header{display:flex;align-items:center;gap:8px;padding:12px 16px;background:var(--a);color:var(--at)}
h2{flex:1;margin:0;font-size:1.05em}
.close{border:0;background:none;color:inherit;font-size:1.5em;line-height:1;width:36px;height:36px;border-radius:8px;cursor:pointer}
:host([inline]) .close{display:none}
.log{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:12px}
.msg{max-width:88%;padding:10px 14px;border-radius:var(--r);background:var(--sf);align-self:flex-start;overflow-wrap:anywhere}
.user{align-self:flex-end;background:var(--a);color:var(--at)}
.text{margin:0;white-space:pre-wrap}
.text:empty{display:none}
ul,ol{margin:8px 0 0;padding:0;list-style:none;display:grid;gap:8px}
.card{display:flex;gap:10px;align-items:center;padding:8px;border:1px solid var(--bd);border-radius:calc(var(--r) - 4px);background:var(--bg);color:var(--tx);text-decoration:none}
a.card:hover{border-color:var(--a)}
.card img{width:56px;height:56px;object-fit:cover;border-radius:8px;flex:none;background:var(--sf)}
.card span{display:block}
.name{font-weight:600}
.price{color:var(--mu)}
.price s{margin-inline-end:6px}
.stock{color:var(--er);font-size:.9em}
h3{margin:10px 0 0;font-size:.85em;color:var(--mu);font-weight:600}
ol{gap:2px;font-size:.9em}
ol a{color:var(--a)}
.handoff{margin:8px 0 0;padding:8px 10px;border-radius:8px;border-inline-start:4px solid var(--a);background:var(--bg)}
.error{margin-top:8px;color:var(--er)}
.retry{display:block;margin-top:6px;border:1px solid var(--er);border-radius:8px;background:var(--bg);color:var(--er);padding:6px 12px;cursor:pointer}
.typing{margin:0;padding:0 16px 8px;color:var(--mu);font-size:.9em;min-height:1.45em}
.dots::before{content:"•••";letter-spacing:2px;margin-inline-end:6px;animation:p 1.2s infinite}
@keyframes p{50%{opacity:.3}}
@media (prefers-reduced-motion:reduce){.dots::before{animation:none}}
form{display:flex;gap:8px;padding:12px;border-top:1px solid var(--bd)}
textarea{flex:1;resize:none;min-height:42px;max-height:120px;padding:10px 12px;border:1px solid var(--bd);border-radius:10px;background:var(--bg)}
.send{border:0;border-radius:10px;padding:0 16px;background:var(--a);color:var(--at);font-weight:600;cursor:pointer}
.send[aria-disabled=true]{opacity:.55;cursor:default}
`;
