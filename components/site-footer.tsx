import { SITE_NAME } from "@/lib/site/config";

const FOOTER_LINKS = [
  { href: "/saavutettavuusseloste", label: "Saavutettavuusseloste" },
  { href: "/tietosuojaseloste", label: "Tietosuojaseloste" },
  { href: "/uutiskirje/arkisto", label: "Uutiskirjeiden arkisto" },
  { href: "/feed.xml", label: "RSS-syöte" },
  { href: "/atom.xml", label: "Atom-syöte" },
];

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-6 text-sm text-slate-700 sm:flex-row sm:justify-between">
        <p>© {SITE_NAME}</p>
        <nav aria-label="Alatunniste">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {FOOTER_LINKS.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
