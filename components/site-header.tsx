import { MAIN_NAV, SITE_NAME } from "@/lib/site/config";

// Plain links, not next/link: no page prefetches another, and nothing needs JavaScript.
export function SiteHeader() {
  return (
    <header className="border-b-4 border-accent bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
        <a
          href="/"
          className="text-xl font-bold tracking-tight text-white no-underline hover:underline"
        >
          {SITE_NAME}
        </a>
        <nav aria-label="Päävalikko">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {MAIN_NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="font-medium text-white no-underline hover:underline">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
