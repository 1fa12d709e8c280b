/** Every feature of the content script, in start order. A structure test checks each file here is listed. */
import type { Feature } from './feature';
import threadRowLabel from './thread-row-label';
import relancerButton from './relancer-button';
import threadPanel from './thread-panel';
import composeTool from './compose-tool';

export const FEATURES: readonly Feature[] = [threadRowLabel, relancerButton, threadPanel, composeTool];
