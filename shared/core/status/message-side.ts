/**
 * Who wrote a message of an invoice thread: the user's company (or its invoicing tool), the client,
 * or someone/something else (auto-replies, bounces, third parties). The scan decides it; status reading uses it.
 */
export type Side = 'us' | 'client' | 'other';
