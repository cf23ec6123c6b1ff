"use client";

import { useEffect, useRef } from "react";

/**
 * On narrow screens the filters live in a modal dialog (showModal: focus is trapped inside and the page
 * behind is inert) that stays open while values are chosen; "Show N papers" closes it. From `lg` up, and
 * on any screen without JavaScript, the same element is a plain sidebar. The children are server-rendered.
 */
export function FilterDrawer({ activeCount, total, children }: { activeCount: number; total: number; children: React.ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = () => dialog.current?.close();
  // Widened past `lg` while open, the dialog would stay modal over a page that shows the sidebar anyway.
  useEffect(() => {
    const wide = window.matchMedia("(min-width: 64rem)");
    const onChange = () => wide.matches && dialog.current?.close();
    wide.addEventListener("change", onChange);
    return () => wide.removeEventListener("change", onChange);
  }, []);
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        aria-haspopup="dialog"
        className="inline-flex items-center gap-1.5 rounded-md border border-zinc-400 px-3 py-1 text-sm font-medium noscript:hidden lg:hidden dark:border-zinc-600"
      >
        Filters{activeCount > 0 && <span className="rounded-full bg-sky-700 px-1.5 text-xs text-white">{activeCount} active</span>}
      </button>
      <dialog
        ref={dialog}
        id="filters"
        aria-labelledby="filters-title"
        onClick={(event) => event.target === dialog.current && close()}
        className="m-0 ml-0 h-dvh max-h-none w-80 max-w-[85vw] overflow-y-auto bg-white px-4 pt-4 pb-0 text-zinc-900 shadow-xl backdrop:bg-black/40 noscript:static noscript:block noscript:h-auto noscript:w-auto noscript:max-w-none noscript:p-0 noscript:shadow-none lg:static lg:block lg:h-auto lg:w-auto lg:max-w-none lg:overflow-visible lg:bg-transparent lg:p-0 lg:shadow-none dark:bg-zinc-950 dark:text-zinc-100 lg:dark:bg-transparent"
      >
        <div className="mb-2 flex items-center justify-between lg:hidden">
          <h2 id="filters-title" className="text-base font-semibold">
            Filters
          </h2>
          <button type="button" onClick={close} className="rounded px-2 py-1 text-sm noscript:hidden hover:bg-zinc-100 dark:hover:bg-zinc-800">
            Close
          </button>
        </div>
        {children}
        <div className="sticky bottom-0 -mx-4 mt-3 border-t border-zinc-200 bg-white px-4 py-3 noscript:hidden lg:hidden dark:border-zinc-800 dark:bg-zinc-950">
          <button type="button" onClick={close} className="w-full rounded-md bg-sky-700 px-3 py-2 text-sm font-semibold text-white hover:bg-sky-800">
            Show {total.toLocaleString("en-US")} {total === 1 ? "paper" : "papers"}
          </button>
        </div>
      </dialog>
    </>
  );
}
