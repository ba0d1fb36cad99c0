// The example apps, built as an app would build them: the packages bundled from their npm builds, production mode.
import commonjs from '@rollup/plugin-commonjs'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { clean, minify, mode } from '../scripts/rollup/plugins.mjs'

/** @param {string} name  @param {import('rollup').Plugin[]} plugins */
const app = (name, plugins = []) => ({
  input: `examples/${name}/src/main.tsx`,
  output: { file: `examples/${name}/dist/app.js`, format: 'es', inlineDynamicImports: true, plugins: [minify()] },
  plugins: [
    clean(`examples/${name}/dist`),
    mode('production'),
    nodeResolve({ browser: true }),
    ...plugins,
    typescript({ tsconfig: `examples/${name}/tsconfig.json`, declaration: false, outDir: `examples/${name}/dist` }),
  ],
})

export default [
  app('npm-app'),
  // The store bound to React (docs/frameworks.md); React is CommonJS.
  app('react-app', [commonjs()]),
]
