// Service worker of the Gmail extension. Issue 5 wires InboxSDK, the ledger and alarms here.
export default defineBackground(() => {
  // Nothing yet: the core is built first (issue 2).
});
