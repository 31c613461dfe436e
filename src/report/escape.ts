/** Source text is data: every renderer passes it through these before it reaches a page. */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * The address normalised for a link, or undefined unless it is http(s): `javascript:`, `data:` and
 * relative addresses from a source never become links.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Text safe in a Markdown paragraph or table cell: backslash-escapes the characters that would make
 * markup or inline HTML (CommonMark lets any ASCII punctuation be escaped), and flattens line breaks.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}

/** An http(s) address safe inside Markdown `(...)` link targets: brackets and spaces percent-encoded. */
export function markdownHref(url: string | undefined): string | undefined {
  const href = safeHref(url);
  return href?.replace(
    /[()<>\s|[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
