"use client";

import { useEffect, useState } from "react";

/**
 * On narrow screens the filters live in a drawer behind a button; from `lg` up
 * they are a sidebar. The children are server-rendered either way.
 */
export function FilterDrawer({ activeCount, children }: { activeCount: number; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    document.body.style.overflow = "hidden";
    return () => {
      window.removeEventListener("keydown", onKey);
      document.body.style.overflow = "";
    };
  }, [open]);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-expanded={open}
        aria-controls="filters"
        className="inline-flex items-center gap-1.5 rounded-md border border-zinc-300 px-3 py-1 text-sm font-medium lg:hidden dark:border-zinc-700"
      >
        Filters{activeCount > 0 && <span className="rounded-full bg-sky-600 px-1.5 text-xs text-white">{activeCount}</span>}
      </button>
      {open && <div className="fixed inset-0 z-30 bg-black/40 lg:hidden" onClick={() => setOpen(false)} aria-hidden="true" />}
      <aside
        id="filters"
        aria-label="Filters"
        className={`${open ? "fixed inset-y-0 left-0 z-40 block w-80 max-w-[85vw] overflow-y-auto bg-white p-4 shadow-xl dark:bg-zinc-950" : "hidden"} lg:static lg:z-auto lg:block lg:w-auto lg:max-w-none lg:overflow-visible lg:bg-transparent lg:p-0 lg:shadow-none`}
        onClick={(e) => {
          // Choosing a value navigates; close the drawer so the results are visible.
          if ((e.target as HTMLElement).closest("a")) setOpen(false);
        }}
      >
        <div className="mb-2 flex items-center justify-between lg:hidden">
          <h2 className="text-base font-semibold">Filters</h2>
          <button type="button" onClick={() => setOpen(false)} className="rounded px-2 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">
            Close
          </button>
        </div>
        {children}
      </aside>
    </>
  );
}
