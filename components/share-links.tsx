import { absoluteUrl } from "@/lib/env";
import { shareLinks } from "@/lib/site/share";
import { ShareButton } from "./share-button";

type Props = { path: string; title: string; heading?: string };

// Share controls: the button (Web Share API or copy) plus plain links that need no JavaScript.
export function ShareLinks({ path, title, heading = "Jaa" }: Props) {
  return (
    <section aria-labelledby="jaa-sivu" className="mt-8 border-t border-slate-200 pt-4">
      <h2 id="jaa-sivu" className="text-lg font-semibold">
        {heading}
      </h2>
      <div className="mt-2">
        <ShareButton url={absoluteUrl(path)} title={title} />
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1" aria-label="Jakolinkit">
        {shareLinks(path, title).map((link) => (
          <li key={link.service}>
            <a href={link.href} data-service={link.service} rel="noopener noreferrer">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
