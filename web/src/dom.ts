/** DOM helpers that never parse HTML: every piece of data goes in as text. */

type Attrs = Record<string, string | undefined>;

/** An element with attributes and children; strings become text nodes, never markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, v);
  for (const c of children)
    if (c !== null && c !== undefined) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/** The element with this id (the page is static: a missing one is a bug). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from index.html`);
  return node as T;
}

/** Only http and https addresses become links: a `javascript:` URL in a source stays text. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link to a source that opens in a new tab, or the address as text when it is not http(s). */
export function sourceLink(url: string | undefined, label?: string): Node {
  const href = safeUrl(url);
  if (!href) return document.createTextNode(url ?? '');
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, label ?? href);
}

/** Removes every child. */
export function clear(node: Element): void {
  node.replaceChildren();
}

/** +0.12 / −0.30 */
export function signed(x: number, digits = 2): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;
}
