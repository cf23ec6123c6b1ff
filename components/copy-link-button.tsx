import { CopyTextButton } from "./copy-text-button";

/** Copies the page's canonical link (never the `?from=` a reader arrived with). */
export function CopyLinkButton({ url }: { url: string }) {
  return (
    <CopyTextButton
      text={url}
      label="Copy link"
      done="Link copied"
      icon={
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
          <path
            fill="currentColor"
            d="M8.6 11.4a1 1 0 0 1 0-1.4l3-3a2.5 2.5 0 0 1 3.5 3.5l-1.6 1.6a1 1 0 1 1-1.4-1.4l1.6-1.6a.5.5 0 0 0-.7-.7l-3 3a1 1 0 0 1-1.4 0Zm2.8-2.8a1 1 0 0 1 0 1.4l-3 3a2.5 2.5 0 0 1-3.5-3.5l1.6-1.6a1 1 0 1 1 1.4 1.4l-1.6 1.6a.5.5 0 0 0 .7.7l3-3a1 1 0 0 1 1.4 0Z"
          />
        </svg>
      }
    />
  );
}
