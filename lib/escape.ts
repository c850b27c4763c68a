// C0 control characters other than tab, LF and CR are not allowed in XML 1.0 at all, and a
// feed reader rejects the whole document over one; in HTML they are invisible junk.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

// Gives text safe inside HTML or XML element content and quoted attributes, with control
// characters dropped: the one escaper for pages, mail and feeds.
export function escapeMarkup(text: string): string {
  return text
    .replace(CONTROL, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
