// Articles on one listing page.
export const PAGE_SIZE = 20;

export type Page<T> = { items: T[]; page: number; totalPages: number; total: number };

// Gives page `page` (1-based) of `items`, or null when that page does not exist.
export function paginate<T>(items: T[], page: number, size = PAGE_SIZE): Page<T> | null {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return {
    items: items.slice((page - 1) * size, page * size),
    page,
    totalPages,
    total: items.length,
  };
}

// Gives the page numbers from 2 on, for generateStaticParams of /…/sivu/[page].
export function extraPageNumbers(count: number, size = PAGE_SIZE): string[] {
  const totalPages = Math.max(1, Math.ceil(count / size));
  return Array.from({ length: totalPages - 1 }, (_, i) => String(i + 2));
}

// Gives the path of page `page` of a listing whose first page lives at `base`.
export function pagePath(base: string, page: number): string {
  if (page <= 1) return base === "" ? "/" : base;
  return `${base}/sivu/${page}`;
}
