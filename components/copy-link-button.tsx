"use client";

import { useState } from "react";

/** Copies the page's canonical link; says so for sighted and screen-reader users alike. */
export function CopyLinkButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(url);
        } catch {
          window.prompt("Copy this link:", url);
        }
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
      className="inline-flex items-center gap-1.5 rounded-md border border-zinc-300 px-3 py-1 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
        <path
          fill="currentColor"
          d="M8.6 11.4a1 1 0 0 1 0-1.4l3-3a2.5 2.5 0 0 1 3.5 3.5l-1.6 1.6a1 1 0 1 1-1.4-1.4l1.6-1.6a.5.5 0 0 0-.7-.7l-3 3a1 1 0 0 1-1.4 0Zm2.8-2.8a1 1 0 0 1 0 1.4l-3 3a2.5 2.5 0 0 1-3.5-3.5l1.6-1.6a1 1 0 1 1 1.4 1.4l-1.6 1.6a.5.5 0 0 0 .7.7l3-3a1 1 0 0 1 1.4 0Z"
        />
      </svg>
      <span aria-live="polite">{copied ? "Link copied" : "Copy link"}</span>
    </button>
  );
}
