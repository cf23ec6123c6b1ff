"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

/**
 * Results follow the query on every keystroke, with no debounce: the URL is replaced (Back does not step
 * through keystrokes) inside a transition, so the previous results stay on screen until the new ones
 * arrive, and a newer keystroke supersedes a navigation still in flight. The hrefs are worked out by the
 * server through the URL codec (`queryHref`), so the codec and the taxonomy stay out of the browser's
 * JavaScript. Without JavaScript it is a plain GET form.
 */
export function SearchBox({
  q,
  withQuery,
  withoutQuery,
  hidden,
}: {
  q: string;
  /** The rest of the query string for a non-empty query (filters, a sort the user chose), or "". */
  withQuery: string;
  /** The whole query string when the box is emptied, or "". */
  withoutQuery: string;
  /** Name/value pairs a no-JavaScript submission carries along with q, so filters survive a search. */
  hidden: [string, string][];
}) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(q);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
      if (event.key === "/" && !typing && !event.metaKey && !event.ctrlKey) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // Back/Forward bring a different query in through the URL.
  useEffect(() => {
    if (document.activeElement !== input.current) setValue(q);
  }, [q]);

  function go(raw: string, mode: "replace" | "push") {
    // The codec's own normalisation of q, so the URL is the canonical one.
    const next = raw.trim().replace(/\s+/g, " ");
    const query = next ? [new URLSearchParams({ q: next }).toString(), withQuery].filter(Boolean).join("&") : withoutQuery;
    const href = query ? `/?${query}` : "/";
    startTransition(() => (mode === "push" ? router.push(href, { scroll: false }) : router.replace(href, { scroll: false })));
  }

  return (
    <form
      action="/"
      method="get"
      role="search"
      className="relative"
      onSubmit={(event) => {
        event.preventDefault();
        go(value, "push");
      }}
    >
      <label htmlFor="q" className="sr-only">
        Search transformer papers
      </label>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-500">
        <path fill="currentColor" d="M8.5 2a6.5 6.5 0 0 1 5.2 10.4l4 4a1 1 0 0 1-1.4 1.4l-4-4A6.5 6.5 0 1 1 8.5 2Zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9Z" />
      </svg>
      <input
        ref={input}
        id="q"
        name="q"
        type="search"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        placeholder="Search papers: “linear attention speech”, “MoE”, “swin”…"
        value={value}
        onChange={(event) => {
          const next = event.target.value;
          // Only a change of the normalised query is a new search (a typed space is not).
          if (next.trim().replace(/\s+/g, " ") !== value.trim().replace(/\s+/g, " ")) go(next, "replace");
          setValue(next);
        }}
        className="w-full rounded-lg border border-zinc-400 bg-white py-2.5 pr-10 pl-9 sm:pr-20 text-base text-zinc-900 shadow-sm placeholder:text-zinc-500 focus:border-sky-600 focus:ring-2 focus:ring-sky-500/30 focus:outline-none dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
      />
      <span className="absolute top-1/2 right-3 flex -translate-y-1/2 items-center gap-2 text-xs text-zinc-500 dark:text-zinc-400">
        {pending && <span role="status" aria-label="Searching" className="size-3 animate-spin rounded-full border-2 border-zinc-300 border-t-sky-500" />}
        <kbd className="hidden rounded border border-zinc-300 px-1.5 font-mono sm:inline dark:border-zinc-700">/</kbd>
      </span>
      {hidden.map(([name, v], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={v} />
      ))}
    </form>
  );
}
