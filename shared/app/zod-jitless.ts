/**
 * Imported first by every browser entry point (extension pages, service worker and content script, the Outlook
 * pages, the demo). They all run under a content-security policy without 'unsafe-eval' (scripts/csp-policies.ts),
 * where zod's check for `new Function` (it compiles object schemas when it may) is refused and reported as a
 * policy violation. zod then validates without compiling, as it would after that refusal, and asks nothing.
 */
import { z } from 'zod';

z.config({ jitless: true });
