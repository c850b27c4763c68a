import { pagePath } from "@/lib/content/pagination";

type Props = { base: string; page: number; totalPages: number };

export function Pagination({ base, page, totalPages }: Props) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="Sivutus" className="mt-8 flex flex-wrap items-center gap-4">
      {page > 1 && (
        <a href={pagePath(base, page - 1)} rel="prev">
          ← Uudemmat
        </a>
      )}
      <span>
        Sivu {page} / {totalPages}
      </span>
      {page < totalPages && (
        <a href={pagePath(base, page + 1)} rel="next">
          Vanhemmat →
        </a>
      )}
    </nav>
  );
}
