"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Links rendered by the dozen (result titles, facet tags) are plain anchors marked `data-soft`: a
 * next/link each costs the server ~20 µs to render and the browser a component to hydrate, ~100 per
 * results page (docs/benchmarks.md). This one listener gives them next/link's client-side navigation:
 * a plain left click on a same-origin one goes through the router; any other click, and every click
 * without JavaScript, is the browser's.
 */
export function SoftNavigation() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[data-soft]") : null;
      if (!link || link.origin !== window.location.origin || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      event.preventDefault();
      router.push(link.pathname + link.search + link.hash);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [router]);
  return null;
}
