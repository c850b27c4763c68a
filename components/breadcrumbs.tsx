import type { Crumb } from "@/lib/site/structured-data";

// The visible trail that matches the page's BreadcrumbList; the last item is the page itself.
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Murupolku" className="mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {trail.map((crumb, i) => (
          <li key={crumb.path} className="flex gap-x-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {i === trail.length - 1 ? (
              <a href={crumb.path} aria-current="page">
                {crumb.name}
              </a>
            ) : (
              <a href={crumb.path}>{crumb.name}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
