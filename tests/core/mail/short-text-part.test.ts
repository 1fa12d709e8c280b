/** A new message whose text part is a shortened version of its HTML part is read from the HTML. */
import { describe, expect, it } from 'vitest';
import { parseMime } from '../../../shared/core/mail/parse-mime';

const mime = (subject: string, text: string, html: string, extraHeaders: string[] = []) =>
  [
    'From: Studio via Fatturo <noreply@fatturo.example>',
    'To: amministrazione@studio.example',
    `Subject: ${subject}`,
    'Message-ID: <short-text@test>',
    'Date: Mon, 06 Apr 2026 11:31:43 GMT',
    ...extraHeaders,
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '--b',
    'Content-Type: text/html; charset=utf-8',
    '',
    html,
    '--b--',
    '',
  ].join('\r\n');

const html = '<p>Copia della fattura FT26-00212 inviata a Torrefazione Aurora S.r.l. (s.gallo@torrefazioneaurora.example)</p><table><tr><td>Fattura n. FT26-00212</td></tr><tr><td>Data: 06/04/2026</td></tr><tr><td>Importo da pagare: 6.588,00 €</td></tr><tr><td>Scadenza: 06/05/2026</td></tr></table><p>La fattura elettronica è stata trasmessa al Sistema di Interscambio. Il PDF allegato è una copia di cortesia.</p>';

describe('parseMime: a short text part beside a richer HTML part', () => {
  it('a new message is read from its HTML part when that says much more', async () => {
    const m = await parseMime(mime('[Copia] Fattura FT26-00212', 'Fattura n. FT26-00212\nScadenza: 06/05/2026', html));
    expect(m.text).toContain('s.gallo@torrefazioneaurora.example');
  });

  it('a reply keeps its own text part (its HTML quotes the conversation)', async () => {
    const m = await parseMime(mime('Re: Fattura FT26-00212', 'Pagato, grazie.', html, ['In-Reply-To: <a@b>']));
    expect(m.text.trim()).toBe('Pagato, grazie.');
  });

  it('a text part as full as its HTML part is kept', async () => {
    const text = 'Copia della fattura FT26-00212 inviata a Torrefazione Aurora S.r.l. (s.gallo@torrefazioneaurora.example)\nFattura n. FT26-00212\nData: 06/04/2026\nImporto da pagare: 6.588,00 €\nScadenza: 06/05/2026\nLa fattura elettronica è stata trasmessa al Sistema di Interscambio.';
    const m = await parseMime(mime('[Copia] Fattura FT26-00212', text, html));
    expect(m.text.trim()).toBe(text);
  });

  it('an "HTML" part with no tag (base64 sent as quoted-printable) gives way to the text part', async () => {
    const blob = Buffer.from(html).toString('base64').replace(/.{76}/g, '$&\r\n');
    const m = await parseMime(mime('Copie de votre facture FT26-00212', 'Fattura n. FT26-00212\nScadenza: 06/05/2026', blob));
    expect(m.text).toContain('Scadenza: 06/05/2026');
    expect(m.text).not.toContain(blob.slice(0, 40));
  });
});
