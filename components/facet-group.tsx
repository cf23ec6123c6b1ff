"use client";

import Link from "next/link";
import { useId, useState } from "react";

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  href: string;
}

const VISIBLE = 6;

/** One facet's values as toggle links; long lists show the top values, "show more" and a filter box. */
export function FacetGroup({ title, options, infoHref }: { title: string; options: FacetOption[]; infoHref?: string }) {
  const [expanded, setExpanded] = useState(false);
  const [filter, setFilter] = useState("");
  const id = useId();
  const needle = filter.trim().toLowerCase();
  const matching = needle ? options.filter((o) => o.label.toLowerCase().includes(needle) || o.value.includes(needle)) : options;
  // Selected values always stay visible, however far down the list they are.
  const shown = expanded || needle ? matching : matching.filter((o, i) => i < VISIBLE || o.selected);
  const hidden = matching.length - shown.length;

  return (
    <fieldset className="border-b border-zinc-200 py-3 dark:border-zinc-800">
      <legend className="sr-only">{title}</legend>
      <div className="mb-1.5 flex items-center justify-between gap-2">
        <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400" aria-hidden="true">
          {title}
        </h3>
        {infoHref && (
          <Link
            href={infoHref}
            title={`What each ${title.toLowerCase()} value means`}
            className="text-xs text-zinc-400 hover:text-sky-700 hover:underline dark:hover:text-sky-400"
          >
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-current">
              <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1m0 1.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11M8.75 7v4.5h-1.5V7zM8 4.25a.9.9 0 1 1 0 1.8.9.9 0 0 1 0-1.8" />
            </svg>
            <span className="sr-only">What each {title.toLowerCase()} value means</span>
          </Link>
        )}
      </div>
      {options.length > VISIBLE + 2 && (expanded || needle) && (
        <input
          type="search"
          aria-label={`Filter ${title} values`}
          placeholder={`Filter ${title.toLowerCase()}…`}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          className="mb-1.5 w-full rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
      )}
      <ul id={id} className="space-y-0.5">
        {shown.map((o) => (
          <li key={o.value}>
            <Link
              href={o.href}
              scroll={false}
              role="checkbox"
              aria-checked={o.selected}
              className={`group flex items-center gap-2 rounded px-1.5 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800 ${o.count === 0 && !o.selected ? "text-zinc-400 dark:text-zinc-500" : "text-zinc-800 dark:text-zinc-200"}`}
            >
              <span
                aria-hidden="true"
                className={`grid size-3.5 shrink-0 place-items-center rounded-sm border text-[10px] leading-none ${o.selected ? "border-sky-600 bg-sky-600 text-white" : "border-zinc-400 dark:border-zinc-600"}`}
              >
                {o.selected ? "✓" : ""}
              </span>
              <span className="min-w-0 flex-1 leading-snug">{o.label}</span>
              <span className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400">{o.count.toLocaleString("en-US")}</span>
            </Link>
          </li>
        ))}
        {needle && matching.length === 0 && <li className="px-1.5 py-1 text-sm text-zinc-500">No value matches.</li>}
      </ul>
      {(hidden > 0 || expanded) && !needle && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
          className="mt-1 px-1.5 text-sm font-medium text-sky-700 hover:underline dark:text-sky-400"
        >
          {expanded ? "Show fewer" : `Show ${hidden} more`}
        </button>
      )}
    </fieldset>
  );
}
