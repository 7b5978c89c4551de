import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' so the built app works from any sub-path of any static host (embeds).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
