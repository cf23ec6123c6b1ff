import { OUTAGE_TEXT, OUTAGE_TITLE, RETRY_AFTER_SECONDS } from "./search/unavailable";

// Colours of the app's own theme (zinc, sky, amber from Tailwind), light and dark.
const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#18181b;--muted:#3f3f46;--line:#e4e4e7;--box:#fffbeb;--boxline:#fcd34d;--note:#92400e}
@media (prefers-color-scheme:dark){:root{--bg:#09090b;--fg:#f4f4f5;--muted:#d4d4d8;--line:#27272a;--box:#2a1d0a;--boxline:#92400e;--note:#fcd34d}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 ui-sans-serif,system-ui,sans-serif;-webkit-font-smoothing:antialiased}
header{border-bottom:1px solid var(--line)}
header a{display:flex;align-items:center;gap:.5rem;max-width:80rem;margin:0 auto;padding:.625rem 1rem;color:inherit;font-weight:600;text-decoration:none}
header span{display:grid;place-items:center;width:1.5rem;height:1.5rem;border-radius:.25rem;background:#0284c7;color:#fff;font-size:.75rem;font-weight:700}
main{max-width:42rem;margin:0 auto;padding:3rem 1rem}
.box{border:1px solid var(--boxline);background:var(--box);border-radius:.5rem;padding:1.5rem}
.note{margin:0;color:var(--note);font-size:.875rem;font-weight:600}
h1{margin:.5rem 0 0;font-size:1.5rem;line-height:1.3}
p{margin:.5rem 0 0;color:var(--muted)}`;

/**
 * The 503 page proxy.ts answers with while the engine is down: plain HTML that
 * needs neither the engine nor a React render, under the URL that was asked for.
 * The meta refresh retries that URL with or without JavaScript.
 */
export function outagePage(nonce: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><meta name="robots" content="noindex">
<title>${OUTAGE_TITLE} · Transformer Papers</title><style nonce="${nonce}">${STYLE}</style></head>
<body><header><a href="/"><span aria-hidden="true">T</span>Transformer Papers</a></header>
<main data-testid="search-unavailable"><div class="box" role="status">
<p class="note">503 · retrying every ${RETRY_AFTER_SECONDS} seconds</p>
<h1>${OUTAGE_TITLE}</h1><p>${OUTAGE_TEXT}</p></div></main></body></html>`;
}
