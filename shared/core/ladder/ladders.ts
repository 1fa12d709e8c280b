import { z } from 'zod';
import { LADDER_FIELDS, LadderFieldsShape, type LadderTone, type ScheduleSettings } from '../schedule/settings';
import type { LadderSettings } from './next-stage';

/**
 * Named chase ladders: when each stage goes out (courteous after the due date, firm after the first reminder,
 * formal after the last), whether a reminder goes out before the due date, and the tone. The user assigns one
 * to a client (a reliable client on a patient ladder, a chronic late payer on a short one); a client without
 * one follows the default ladder, whose values are the global schedule settings.
 */
export const DEFAULT_LADDER_ID = 'default';

export const LadderSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a ladder id is lower-case letters, digits and dashes'),
    /** The user's name for it ("Clients fiables"); empty for the default ladder, which the UI names. */
    name: z.string().trim().max(60),
    ...LadderFieldsShape,
  })
  .strict();
export type Ladder = z.infer<typeof LadderSchema>;
export type LadderInput = z.input<typeof LadderSchema>;

/** The named ladders (the default one is the global settings' and is not in this list). */
export const LaddersSchema = z
  .array(LadderSchema)
  .max(50)
  .refine((list) => new Set(list.map((l) => l.id)).size === list.length, { message: 'two ladders have the same id' })
  .refine((list) => list.every((l) => l.id !== DEFAULT_LADDER_ID), { message: `"${DEFAULT_LADDER_ID}" is the default ladder's id` });

type LadderValues = Pick<Ladder, (typeof LADDER_FIELDS)[number]>;

function ladderValues(source: LadderValues): LadderValues {
  return Object.fromEntries(LADDER_FIELDS.map((f) => [f, source[f]])) as LadderValues;
}

/** Starting points the UI offers for a new ladder: a patient one for reliable clients, a short one for late payers. */
export const LADDER_PRESETS = {
  reliable: { preDueDays: 0, courteousAfterDays: 3, firmAfterDays: 21, formalAfterDays: 15, tone: 'cordial' },
  'late-payer': { preDueDays: 5, courteousAfterDays: 1, firmAfterDays: 7, formalAfterDays: 7, tone: 'firmer' },
} as const satisfies Record<string, LadderValues>;
export type LadderPreset = keyof typeof LADDER_PRESETS;

/** The default ladder as a ladder: the global settings' values. */
export function defaultLadder(settings: ScheduleSettings): Ladder {
  return { id: DEFAULT_LADDER_ID, name: '', ...ladderValues(settings) };
}

/** A client's ladder: the named one it is assigned, the default one when none (or when that ladder was deleted). */
export function ladderFor(ladderId: string | null | undefined, ladders: readonly Ladder[], settings: ScheduleSettings): Ladder {
  return (ladderId && ladders.find((l) => l.id === ladderId)) || defaultLadder(settings);
}

/** The scheduler's settings for a client on this ladder: the global ones with the ladder's delays and tone. */
export function settingsWithLadder(settings: ScheduleSettings, ladder: Ladder): ScheduleSettings {
  return { ...settings, ...ladderValues(ladder) };
}

/** The delays `nextStage` reads. */
export function ladderSettingsOf(values: LadderValues): LadderSettings {
  return { firmAfterDays: values.firmAfterDays, formalAfterDays: values.formalAfterDays, courteousAfterDays: values.courteousAfterDays };
}

/** The drafts' tone a ladder imposes; null lets the client's history decide. */
export function toneOf(tone: LadderTone): 'cordial' | 'firmer' | null {
  return tone === 'auto' ? null : tone;
}

/** A new ladder's id from its name: "Clients fiables" → "clients-fiables" (made unique among the existing ones). */
export function ladderIdFor(name: string, existing: readonly string[]): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'ladder';
  const taken = new Set([...existing, DEFAULT_LADDER_ID]);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
