import { absoluteUrl } from "../env";

export type ShareLink = { service: string; label: string; href: string };

// Gives the plain share links (no scripts, no tracking) for a page, each carrying its canonical
// URL built from SITE_URL; the mail link puts the title in the subject and the URL in the body.
export function shareLinks(pathname: string, title: string): ShareLink[] {
  const url = absoluteUrl(pathname);
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { service: "email", label: "Sähköposti", href: `mailto:?subject=${t}&body=${u}` },
    {
      service: "linkedin",
      label: "LinkedIn",
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    },
    {
      service: "facebook",
      label: "Facebook",
      href: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    },
    { service: "x", label: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    {
      service: "whatsapp",
      label: "WhatsApp",
      href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
    },
  ];
}
