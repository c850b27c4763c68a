import { NextResponse, type NextRequest } from "next/server";
import { isServablePath } from "@/lib/publishing/servable-path";

// An address under a growing route that names nothing published now, or that hides a separator
// in an encoding ("x%2Fy", "%252F"), is answered by the plain not-found page (404, never
// cached) instead of reaching the route, which would cache its 404 on disk for good: see
// lib/publishing/servable-path.ts.
export function proxy(request: NextRequest) {
  if (isServablePath(request.nextUrl.pathname)) return NextResponse.next();
  return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
}

// No route lives here, so Next answers it with app/not-found.tsx and status 404.
const NOT_FOUND_PATH = "/_sivua-ei-ole";

export const config = {
  matcher: ["/uutiset/:path+", "/aiheet/:topic/sivu/:page", "/uutiskirje/arkisto/:path+"],
};
