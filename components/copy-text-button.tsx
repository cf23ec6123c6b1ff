"use client";

import { useState, type ReactNode } from "react";

const COPY_ICON = (
  <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
    <path d="M7 3a2 2 0 0 0-2 2v1H4a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h7a2 2 0 0 0 2-2v-1h1a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2zm6 12v1H4V8h1v5a2 2 0 0 0 2 2zm1-2H7V5h7z" />
  </svg>
);

/**
 * Copies a text (a citation, a link) to the clipboard and says so, for sighted and screen-reader users
 * alike; where the clipboard is refused, the text is offered in a prompt to copy by hand.
 */
export function CopyTextButton({ text, label, done, icon = COPY_ICON }: { text: string; label: string; done: string; icon?: ReactNode }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
        } catch {
          window.prompt(`${label}:`, text);
        }
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
      className="inline-flex items-center gap-1.5 rounded-md border border-zinc-300 px-3 py-1 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
    >
      {icon}
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}
