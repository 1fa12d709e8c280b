import type { Address } from './model';

/**
 * Who wrote the message a forward passes on: the first "From:" line of the header block a mail client writes
 * under its forward marker ("De : Orange <facture@orange.fr>", "Von: …", "Da: …"). Null when the text shows
 * none. Read within the first lines only: the block opens the forward.
 */
const FROM_LINE = /^[ \t>*]*(?:de|from|von|da|van|expéditeur|expediteur|absender|remitente|mittente)[ \t*]*:[ \t*]*(.{0,200})$/im;
const ADDRESS = /<?([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})>?/;

export function forwardedFrom(text: string): Address | null {
  const head = text.slice(0, 6000);
  const m = FROM_LINE.exec(head);
  if (!m) return null;
  const line = m[1]!.replace(/\*/g, '').trim();
  const a = ADDRESS.exec(line);
  if (!a) return null;
  const name = line.slice(0, a.index).replace(/["']/g, '').trim();
  return { name, address: a[1]!.toLowerCase() };
}
