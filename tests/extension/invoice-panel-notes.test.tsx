/** The thread panel names what the scan could not read (an attachment over its budget, a broken PDF). */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { InvoicePanel } from '../../extension/ui/InvoicePanel';
import { createTranslate } from '../../shared/app/i18n';

const props = { language: 'fr' as const, t: createTranslate('fr'), today: '2026-11-23', onAction: async () => undefined };

describe('the invoice panel’s notes', () => {
  it('shows each reading warning as a note naming the attachment, with or without an invoice', () => {
    const note = '<m1@x.fr>: attachment Facture_42.pdf skipped: PDF larger than 31457280 bytes';
    const empty = renderToStaticMarkup(<InvoicePanel {...props} invoices={[]} notes={[note]} />);
    expect(empty).toContain('data-note="read-warning"');
    expect(empty).toContain('Lecture incomplète : &lt;m1@x.fr&gt;: attachment Facture_42.pdf skipped');
    expect(renderToStaticMarkup(<InvoicePanel {...props} invoices={[]} />)).not.toContain('data-note');
    expect(createTranslate('en')('readWarning', note)).toBe(`Not fully read: ${note}`);
  });
});
