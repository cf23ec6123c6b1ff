"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  excluded: boolean;
  /** The search with this value toggled on or off, and (taxonomy facets only) with it excluded or no longer. */
  href: string;
  excludeHref?: string;
}

const VISIBLE = 6;

/**
 * One facet's values as real checkboxes inside the sidebar's GET form: Space toggles them natively,
 * Enter too, and with JavaScript a change navigates at once; without it the form's button applies them.
 * Each taxonomy value has a second, smaller checkbox that excludes it.
 */
export function FacetGroup({ name, title, options, infoHref }: { name: string; title: string; options: FacetOption[]; infoHref?: string }) {
  const router = useRouter();
  const [expanded, setExpanded] = useState(false);
  const [filter, setFilter] = useState("");
  const id = useId();
  const needle = filter.trim().toLowerCase();
  const matching = needle ? options.filter((o) => o.label.toLowerCase().includes(needle) || o.value.includes(needle)) : options;
  // Chosen and excluded values always stay visible, however far down the list they are. Without
  // JavaScript nothing can expand the list, so every value is shown.
  const collapsed = (o: FacetOption, i: number) => !expanded && !needle && i >= VISIBLE && !o.selected && !o.excluded;
  const hidden = matching.filter(collapsed).length;
  const navigate = (href: string) => router.push(href, { scroll: false });
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    event.currentTarget.click();
  };

  return (
    <fieldset className="border-b border-zinc-200 py-3 dark:border-zinc-800">
      <legend className="float-left mb-1.5 flex w-full items-center justify-between gap-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">
        <span>{title}</span>
        {infoHref && (
          <Link
            href={infoHref}
            prefetch={false}
            title={`What each ${title.toLowerCase()} value means`}
            className="font-normal tracking-normal text-zinc-500 normal-case hover:text-sky-700 hover:underline dark:text-zinc-400 dark:hover:text-sky-400"
          >
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-current">
              <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1m0 1.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11M8.75 7v4.5h-1.5V7zM8 4.25a.9.9 0 1 1 0 1.8.9.9 0 0 1 0-1.8" />
            </svg>
            <span className="sr-only">What each {title.toLowerCase()} value means</span>
          </Link>
        )}
      </legend>
      {options.length > VISIBLE + 2 && (expanded || needle) && (
        <input
          type="search"
          aria-label={`Filter ${title} values`}
          placeholder={`Filter ${title.toLowerCase()}…`}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
          className="mb-1.5 w-full rounded border border-zinc-400 bg-white px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900"
        />
      )}
      <ul id={id} className="clear-both space-y-0.5">
        {matching.map((o, i) => (
          <li
            key={o.value}
            className={`${collapsed(o, i) ? "hidden noscript:flex" : "flex"} group items-center gap-1 rounded pr-1 hover:bg-zinc-100 dark:hover:bg-zinc-800`}
            data-testid="facet-option"
          >
            <label
              className={`flex min-w-0 flex-1 cursor-pointer items-center gap-2 px-1.5 py-1 text-sm ${o.excluded ? "text-rose-800 dark:text-rose-300" : o.count === 0 && !o.selected ? "text-zinc-600 dark:text-zinc-400" : "text-zinc-800 dark:text-zinc-200"}`}
            >
              <input
                type="checkbox"
                name={name}
                value={o.value}
                defaultChecked={o.selected}
                // The box shows its new state at once (uncontrolled) and the server's after the navigation,
                // without remounting, so keyboard focus stays on it.
                ref={(el) => void (el && (el.checked = o.selected))}
                onChange={() => navigate(o.href)}
                onKeyDown={onKeyDown}
                className="size-3.5 shrink-0 accent-sky-600"
              />
              <span className={`min-w-0 flex-1 leading-snug ${o.excluded ? "line-through" : ""}`}>{o.label}</span>
              <span className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400">{o.excluded ? "excluded" : o.count.toLocaleString("en-US")}</span>
            </label>
            {o.excludeHref && (
              <label
                title={`Exclude ${o.label}`}
                className={`flex cursor-pointer items-center gap-1 rounded px-1 py-0.5 text-xs ${o.excluded ? "text-rose-800 dark:text-rose-300" : "text-zinc-600 opacity-0 group-hover:opacity-100 focus-within:opacity-100 dark:text-zinc-400 noscript:opacity-100 pointer-coarse:opacity-100"}`}
              >
                <input
                  type="checkbox"
                  name={`not-${name}`}
                  value={o.value}
                  defaultChecked={o.excluded}
                  ref={(el) => void (el && (el.checked = o.excluded))}
                  aria-label={`Exclude ${o.label}`}
                  onChange={() => navigate(o.excludeHref!)}
                  onKeyDown={onKeyDown}
                  className="size-3 accent-rose-700"
                />
                <span aria-hidden="true">not</span>
              </label>
            )}
          </li>
        ))}
        {needle && matching.length === 0 && <li className="px-1.5 py-1 text-sm text-zinc-600 dark:text-zinc-400">No value matches.</li>}
      </ul>
      {(hidden > 0 || expanded) && !needle && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
          className="mt-1 px-1.5 text-sm font-medium text-sky-700 hover:underline noscript:hidden dark:text-sky-400"
        >
          {expanded ? "Show fewer" : `Show ${hidden} more`}
        </button>
      )}
    </fieldset>
  );
}
