import { z } from 'zod';
import { DRAFT_LANGUAGES } from '../ladder/stages';

/**
 * The sender of every reminder: the user's company. The CLI reads it from a JSON file with exactly
 * these keys (unknown keys are refused so a typo is not silently ignored); the ledger stores it in settings.
 */
export const CompanyProfileSchema = z
  .object({
    companyName: z.string().trim().min(1),
    /** Multi-line postal address, lines separated by "\n". */
    address: z.string().trim().min(1),
    email: z.string().trim().email(),
    phone: z.string().trim(),
    siren: z.string().trim(),
    iban: z.string().trim(),
    signatoryName: z.string().trim().min(1),
    signatoryTitle: z.string().trim(),
    jurisdiction: z.enum(['FR', 'EU', 'UK', 'OTHER']),
    language: z.enum(DRAFT_LANGUAGES),
    /** Annual late-payment penalty rate from the terms of sale, in percent (e.g. 12 for 12 %); absent = the legal default. */
    penaltyRate: z.number().nonnegative().max(100).optional(),
  })
  .strict();
export type CompanyProfile = z.infer<typeof CompanyProfileSchema>;
