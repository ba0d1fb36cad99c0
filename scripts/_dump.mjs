import { gzipSync } from 'node:zlib'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import { rollup } from 'rollup'

const external = process.argv[3] ? process.argv[3].split(',') : []
const b = await rollup({
  input: process.argv[2],
  external,
  plugins: [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } }),
    nodeResolve({ browser: true }),
  ],
  onwarn() {},
})
const { output } = await b.generate({ format: 'es', plugins: [terser({ compress: { passes: 2 } })] })
if (process.env.SHOW) console.log(output[0].code)
console.error('min', output[0].code.length, 'gz', gzipSync(output[0].code, { level: 9 }).length)
