"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { defaultSort, searchHref, withChange, type SearchState } from "@/lib/search-params";

const DEBOUNCE_MS = 200;

/**
 * Results follow the query as it is typed: the URL is replaced (Back does not step
 * through keystrokes) inside a transition, so the previous results stay on screen
 * until the new ones arrive. Without JavaScript it is a plain GET form.
 */
export function SearchBox({ state }: { state: SearchState }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(state.q);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

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
    if (document.activeElement !== input.current) setValue(state.q);
  }, [state.q]);

  function go(q: string, mode: "replace" | "push") {
    clearTimeout(timer.current);
    const next = q.trim();
    // A sort the user chose survives a new query; the default follows the query (relevance with one, newest without).
    const sort = state.sort === defaultSort(state.q) ? defaultSort(next) : state.sort;
    const href = searchHref(withChange(state, { q: next, sort }));
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
      <svg aria-hidden="true" viewBox="0 0 20 20" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400">
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
          setValue(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => go(next, "replace"), DEBOUNCE_MS);
        }}
        className="w-full rounded-lg border border-zinc-300 bg-white py-2.5 pr-20 pl-9 text-base text-zinc-900 shadow-sm placeholder:text-zinc-400 focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-500/30 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      />
      <span className="absolute top-1/2 right-3 flex -translate-y-1/2 items-center gap-2 text-xs text-zinc-400">
        {pending && <span role="status" aria-label="Searching" className="size-3 animate-spin rounded-full border-2 border-zinc-300 border-t-sky-500" />}
        <kbd className="hidden rounded border border-zinc-300 px-1.5 font-mono sm:inline dark:border-zinc-700">/</kbd>
      </span>
      {/* Without JavaScript the form submits these along with q, so filters survive a search. */}
      <HiddenFilters state={state} />
    </form>
  );
}

function HiddenFilters({ state }: { state: SearchState }) {
  const params = new URLSearchParams(searchHref(withChange(state, { q: "" })).slice(2));
  return (
    <>
      {[...params]
        .filter(([key]) => key !== "page")
        .map(([key, value], i) => (
          <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
        ))}
    </>
  );
}
