import { describe, expect, it } from 'vitest';
import { parseMime } from '../../../shared/core/mail/parse-mime';
import { decodedBlob, looksGarbled, relabelPlainBase64 } from '../../../shared/core/mail/mislabelled-encoding';

const b64 = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s)));
const HEAD = 'From: Erwan <erwan@example.fr>\r\nTo: maela@huitres.example\r\nSubject: Re: Facture HLG-1355\r\nMessage-ID: <r1@example.fr>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset="utf-8"\r\n';

describe('bodies declared in the wrong transfer encoding (held-out CHY, CEX)', () => {
  it('reads plain 8-bit text declared base64 as the text it is', async () => {
    const raw = `${HEAD}Content-Transfer-Encoding: base64\r\n\r\nBonjour Maëla,\r\n\r\nexcusez le retard, réglé aujourd'hui par virement.\r\n\r\nErwan\r\n`;
    const m = await parseMime(raw);
    expect(m.text).toContain("réglé aujourd'hui par virement");
  });
  it('reads base64 declared quoted-printable as the text it encodes', async () => {
    const body = b64('Bonjour Sandrine,\n\nVeuillez trouver ci-dessous notre facture n° FA-2026-0450 du 01/09/2026.\nTotal TTC : 11 844,00 €\n')
      .replace(/(.{76})/g, '$1\r\n')
      .replace(/=/g, '=3D');
    const m = await parseMime(`${HEAD}Content-Transfer-Encoding: quoted-printable\r\n\r\n${body}\r\n`);
    expect(m.text).toContain('Total TTC : 11 844,00 €');
  });
  it('leaves well-formed parts alone', async () => {
    const text = 'Bonjour,\n\nCi-joint la facture F-12 de 1 200,00 €.\n';
    const m = await parseMime(`${HEAD}Content-Transfer-Encoding: base64\r\n\r\n${b64(text)}\r\n`);
    expect(m.text.trim()).toBe(text.trim());
    expect(relabelPlainBase64(new TextEncoder().encode(`${HEAD}Content-Transfer-Encoding: base64\r\n\r\n${b64(text)}\r\n`))).toBeNull();
    expect(decodedBlob('Merci beaucoup pour votre retour rapide, à bientôt.')).toBeNull();
    expect(decodedBlob('ok')).toBeNull();
    expect(looksGarbled('Bonjour, un caractère � perdu.')).toBe(false);
  });
  it('relabels only the text part declared base64 that is no base64, not an attachment beside it', () => {
    const pdf = b64('%PDF-1.4 binary-ish content');
    const raw = `${HEAD.replace('Content-Type: text/plain; charset="utf-8"\r\n', '')}Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nMerci, c'est réglé.\r\n--b1\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${pdf}\r\n--b1--\r\n`;
    const fixed = new TextDecoder().decode(relabelPlainBase64(new TextEncoder().encode(raw))!);
    expect(fixed.match(/Content-Transfer-Encoding: 8bit/g)).toHaveLength(1);
    expect(fixed.match(/Content-Transfer-Encoding: base64/g)).toHaveLength(1);
  });
});
