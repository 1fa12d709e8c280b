/** Recipients written with an unquoted comma in their display name still give one address, named in full. */
import { describe, expect, it } from 'vitest';
import { parseMime } from '../../../shared/core/mail/parse-mime';

const mime = (to: string) =>
  new TextEncoder().encode(
    [
      'From: Verbatim Juris via Tiime <no-reply@tiime.example>',
      `To: ${to}`,
      'Subject: Votre facture VJ-2026-01201',
      'Message-ID: <address-headers@test>',
      'Date: Thu, 25 Jun 2026 16:39:06 +0200',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Bonjour,',
      '',
    ].join('\r\n'),
  );

describe('recipients with an unquoted comma in their name (held-out EY)', () => {
  it('« Maître Inès Benali, avocate <ines@…> » is one recipient, not a name taken for an address', async () => {
    const m = await parseMime(mime('=?UTF-8?B?TWHDrnRyZQ==?= =?UTF-8?B?SW7DqHM=?= Benali, avocate <ines.benali@avocat-benali.fr>'));
    expect(m.to).toHaveLength(1);
    expect(m.to[0]!.address).toBe('ines.benali@avocat-benali.fr');
    expect(m.to[0]!.name).toMatch(/^Maître\s?Inès Benali, avocate$/);
  });
  it('keeps ordinary lists of recipients as they are', async () => {
    const m = await parseMime(mime('Anna <anna@client.example>, "Compta, Client" <compta@client.example>'));
    expect(m.to.map((a) => a.address)).toEqual(['anna@client.example', 'compta@client.example']);
    expect(m.to[1]!.name).toBe('Compta, Client');
  });
});
