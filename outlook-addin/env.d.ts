/// <reference types="office-js" />
/// <reference types="vite/client" />
