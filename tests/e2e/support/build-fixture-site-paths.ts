// Where the fixture site's content and build live (importing build-fixture-site.ts would build).
export const FIXTURE_CONTENT = ".e2e/content";
export const FIXTURE_DIST = ".next-e2e";
