/** Numbered references: every source address (or document without one) once, in order of first citation. */
import type { DocumentRecord, Source } from '../core/types.ts';
import { safeHref } from './escape.ts';
import type { Reference } from './types.ts';

/** The site name of an address, for a reference that has no title. */
function siteOf(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}

/** Collects references while a report is built; `cite` returns the numbers of a list of sources. */
export class ReferenceList {
  private readonly byKey = new Map<string, Reference>();

  constructor(private readonly documents: Record<string, DocumentRecord>) {}

  /** The numbers of these sources, ascending, each address once. */
  cite(sources: readonly Source[] | undefined): number[] {
    const out = new Set<number>();
    for (const s of sources ?? []) out.add(this.number(s));
    return [...out].sort((a, b) => a - b);
  }

  private number(s: Source): number {
    const href = safeHref(s.url);
    // An address identifies the page cited; without one, the document is the reference.
    const key = href ? `url:${href}` : `doc:${s.document}`;
    const known = this.byKey.get(key);
    if (known) return known.n;
    const doc = this.documents[s.document];
    const ref: Reference = { n: this.byKey.size + 1, label: '' };
    const ownPage = doc?.url !== undefined && safeHref(doc.url) === href;
    if (href) {
      ref.url = href;
      ref.label = ownPage && doc?.title ? doc.title : siteOf(href);
      if (ownPage && doc?.publisher) ref.publisher = doc.publisher;
    } else {
      ref.label = doc?.title ?? (s.document || 'unnamed source');
      if (doc?.publisher) ref.publisher = doc.publisher;
    }
    this.byKey.set(key, ref);
    return ref.n;
  }

  /** Every reference, by number. */
  list(): Reference[] {
    return [...this.byKey.values()];
  }
}
