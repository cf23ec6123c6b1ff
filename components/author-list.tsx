"use client";

import Link from "next/link";
import { useState } from "react";
import { EMPTY_STATE, searchHref, withChange } from "@/lib/search-params";

/** Names shown before the rest fold away behind "et al.". */
export const AUTHORS_SHOWN = 5;

function AuthorLink({ name }: { name: string }) {
  return (
    <Link
      href={searchHref(withChange(EMPTY_STATE, { author: [name] }))}
      className="hover:text-sky-700 hover:underline dark:hover:text-sky-400"
      title={`Papers by ${name}`}
    >
      {name}
    </Link>
  );
}

/**
 * The authors in the paper's order, each a link to their papers. After a few, "et al." opens the
 * rest in place and "fewer" folds them again; six names or fewer are all shown.
 */
export function AuthorList({ authors }: { authors: string[] }) {
  const [open, setOpen] = useState(false);
  if (!authors.length) return null;
  const folds = authors.length > AUTHORS_SHOWN + 1;
  const shown = folds && !open ? authors.slice(0, AUTHORS_SHOWN) : authors;
  return (
    <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300" data-testid="authors">
      <span className="sr-only">Authors: </span>
      {shown.map((name, i) => (
        <span key={`${i}:${name}`}>
          {i > 0 && ", "}
          <AuthorLink name={name} />
        </span>
      ))}
      {folds && (
        <button
          type="button"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          className="ml-1 cursor-pointer font-medium text-sky-700 hover:underline dark:text-sky-400"
        >
          {open ? "fewer" : `et al. (${authors.length - AUTHORS_SHOWN} more)`}
        </button>
      )}
    </p>
  );
}
