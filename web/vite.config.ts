import react from '@vitejs/plugin-react'
import { gzipSync } from 'node:zlib'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

const server = process.env.ZHIBU_SERVER ?? 'http://127.0.0.1:8080'

/**
 * Prints the JavaScript a first visit must download before the shell runs: the entry chunk plus every chunk it
 * imports statically, transitively (lazy chunks such as the editor are excluded), raw and gzipped.
 */
function reportInitialJavaScript(): Plugin {
  let report = ''
  return {
    name: 'zhibu-initial-js-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, { code: string; imports: string[]; isEntry: boolean }>()
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk')
          chunks.set(fileName, { code: output.code, imports: output.imports, isEntry: output.isEntry })
      }
      const initial = new Set<string>()
      const visit = (fileName: string): void => {
        if (initial.has(fileName)) return
        initial.add(fileName)
        for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported)
      }
      for (const [fileName, chunk] of chunks) if (chunk.isEntry) visit(fileName)
      let raw = 0
      let gzip = 0
      const lines: string[] = []
      for (const fileName of [...initial].sort()) {
        const code = chunks.get(fileName)?.code ?? ''
        const size = Buffer.byteLength(code)
        const zipped = gzipSync(code).byteLength
        raw += size
        gzip += zipped
        lines.push(`  ${fileName}  ${(size / 1024).toFixed(1)} kB (gzip ${(zipped / 1024).toFixed(1)} kB)`)
      }
      report = [
        `Initial JavaScript: ${(raw / 1024).toFixed(1)} kB, gzip ${(gzip / 1024).toFixed(1)} kB (${initial.size} chunks; lazy chunks excluded)`,
        ...lines,
      ].join('\n')
    },
    closeBundle() {
      // Printed last so it is the final thing `pnpm build` shows.
      if (report !== '') console.log(`\n${report}\n`)
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: 'auto',
      includeAssets: ['favicon.svg'],
      manifest: {
        name: '支部协同文档',
        short_name: '支部文档',
        description: '党支部协同文档：会议记录、任务清单、问题清单、整改清单、民主评议、认证评星',
        lang: 'zh-CN',
        start_url: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#c62828',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // Every built chunk, lazy ones included, so a document opens offline even if the editor was never loaded.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/sync(\/|$)/, /^\/healthz$/],
        cleanupOutdatedCaches: true,
      },
    }),
    reportInitialJavaScript(),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The shell's framework pieces, cached apart from app code that changes on every release.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
            { name: 'dexie', test: /node_modules[\\/]dexie[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': { target: server, changeOrigin: true },
      '/sync': { target: server.replace(/^http/, 'ws'), ws: true },
      '/healthz': { target: server },
    },
  },
})
