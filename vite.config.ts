import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: "src/web",
  plugins: [react()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // Long-lived vendor chunks: a release that only touches PRIMA's own code keeps them cached.
        // Libraries only the lazy pages use (@mantine/form, zod) stay with those pages.
        manualChunks(id) {
          if (!id.includes("node_modules")) return undefined;
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return "react";
          if (
            /node_modules\/(@mantine\/(core|hooks|notifications)|@floating-ui|react-number-format|react-transition-group|react-remove-scroll[^/]*|react-style-singleton|use-callback-ref|use-sidecar|tslib|get-nonce|detect-node-es|clsx)\//.test(
              id,
            )
          )
            return "mantine";
          if (/node_modules\/(@tanstack|i18next|react-i18next|use-sync-external-store)\//.test(id))
            return "data";
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: {
      // Only the server's API: the web app's own modules under src/web/api/ must not be proxied.
      "^/api/(?!.*\\.tsx?(\\?|$))": "http://localhost:3000",
    },
  },
});
