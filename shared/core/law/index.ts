export * from './rates';
export * from './late-charges';
export * from './formal-checker';
