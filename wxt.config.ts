import { defineConfig } from 'wxt';

// The Gmail extension (issue 5 fills it in). Sources live in extension/.
export default defineConfig({
  srcDir: 'extension',
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Relance',
    description: 'Get unpaid invoices paid from inside Gmail.',
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    host_permissions: ['https://mail.google.com/'],
  },
});
