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
        <HeaderSearch />
      </div>
    </header>
  );
}

// A plain GET form to /haku: no JavaScript, so pages that do not search load no search code.
function HeaderSearch() {
  return (
    <form
      role="search"
      aria-label="Sivuston haku"
      action="/haku"
      method="get"
      className="flex w-full gap-2 sm:w-auto"
    >
      <label htmlFor="sivuhaku" className="sr-only">
        Hae sivustolta
      </label>
      <input
        id="sivuhaku"
        name="q"
        type="search"
        maxLength={200}
        placeholder="Hae sivustolta"
        className="min-w-0 flex-1 rounded border border-white bg-white px-3 py-1.5 text-slate-900 placeholder:text-slate-600 sm:w-56"
      />
      <button
        type="submit"
        className="rounded border border-white px-3 py-1.5 font-semibold text-white hover:bg-white hover:text-brand"
      >
        Hae
      </button>
    </form>
  );
}
