// Writes schemas/wa-policy.schema.json from the zod schema (checked in; a test compares).
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const out = path.join(__dirname, '..', 'out', 'gen-schemas.js');
esbuild.buildSync({
  entryPoints: [path.join(__dirname, '..', 'schemas', 'index.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  packages: 'external',
  logLevel: 'warning',
});
const { jsonSchemas } = require(out);
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = path.join(__dirname, '..', 'schemas', `${name}.schema.json`);
  const text = JSON.stringify(schema, null, 2) + '\n';
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
}
