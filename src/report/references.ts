/** Numbered references: every source address (or document without one) once, in order of first citation. */
import { addressFacts } from '../core/citation.ts';
import { REFERENCE_DATASETS } from '../core/reference/datasets.ts';
import type { DocumentRecord, ReferenceCitation, Source } from '../core/types.ts';
import { safeHref } from './escape.ts';
import type { Reference } from './types.ts';

/** Collects references while a report is built; `cite` returns the numbers of a list of sources. */
export class ReferenceList {
  private readonly byKey = new Map<string, Reference>();

  constructor(private readonly documents: Record<string, DocumentRecord>) {}

  /**
   * The numbers of these sources, ascending, each address once. A reference fact passes its
   * data-set citation, whose lines join the data set's reference.
   */
  cite(sources: readonly Source[] | undefined, reference?: ReferenceCitation): number[] {
    const out = new Set<number>();
    for (const s of sources ?? []) out.add(this.number(s, reference));
    return [...out].sort((a, b) => a - b);
  }

  /** The numbers of an event's sources (with its data-set rows when it is a reference fact). */
  citeEvent(e: { sources: readonly Source[]; reference?: ReferenceCitation }): number[] {
    return this.cite(e.sources, e.reference);
  }

  private number(s: Source, citation?: ReferenceCitation): number {
    const doc = this.documents[s.document];
    // An address identifies the page cited; a source without one is cited at its document's
    // address, and a document without an address is the reference itself.
    const href = safeHref(s.url) ?? (citation ? undefined : safeHref(doc?.url));
    const key = href ? `url:${href}` : `doc:${s.document}`;
    const known = this.byKey.get(key);
    if (known) {
      if (citation && known.dataset) known.dataset.lines.push(...citation.lines);
      return known.n;
    }
    const ref: Reference = { n: this.byKey.size + 1 };
    const dataset = citation && REFERENCE_DATASETS.find((d) => d.id === citation.dataset);
    if (citation && dataset) {
      ref.dataset = {
        title: dataset.title,
        version: dataset.version,
        file: `data/reference/${dataset.file}`,
        lines: [...citation.lines],
        citation: dataset.citation,
        terms: dataset.terms,
      };
    } else {
      const ownPage = doc !== undefined && (href === undefined || safeHref(doc.url) === href);
      if (href) ref.url = href;
      if (ownPage) {
        if (doc.title) ref.title = doc.title;
        if (doc.publisher) ref.publisher = doc.publisher;
        if (doc.published) ref.published = doc.published;
        if (doc.language) ref.language = doc.language;
      } else if (href) Object.assign(ref, addressFacts(href));
      // A document with neither address nor title is named by the words it is known by.
      if (!href && !ref.title) ref.title = doc?.title ?? 'unpublished source without an address';
    }
    this.byKey.set(key, ref);
    return ref.n;
  }

  /** Every reference, by number. */
  list(): Reference[] {
    return [...this.byKey.values()];
  }
}
