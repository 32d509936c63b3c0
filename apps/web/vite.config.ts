import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In `npm run dev` Vite serves the app on :5173 and forwards the API to the server on :3000.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/trpc": "http://localhost:3000",
      "/api": "http://localhost:3000",
      "/healthz": "http://localhost:3000",
    },
  },
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1500 },
});
