#!/usr/bin/env bash
# Rebuilds admin.js from a checkout of walinejs/waline at the release commit of
# the pinned @waline/vercel (see README.md). Needs the npm registry.
set -euo pipefail
src="${1:?usage: build-admin.sh <walinejs/waline checkout>}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$src/packages/admin" "$work/admin"
cd "$work/admin"
patch -p3 < "$here/admin.patch"
# The build plugins come from the monorepo's root package.json; pin the versions of that commit.
node -e '
const fs = require("fs");
const root = JSON.parse(fs.readFileSync(process.argv[1] + "/package.json", "utf8")).devDependencies;
const p = JSON.parse(fs.readFileSync("package.json", "utf8"));
for (const name of ["@vitejs/plugin-react", "sass-embedded", "vite-plugin-css-injected-by-js", "vite-plugin-svgr"]) p.devDependencies[name] = root[name];
delete p.scripts.prepublishOnly;
fs.writeFileSync("package.json", JSON.stringify(p, null, 2));
' "$src"
npm install --no-audit --no-fund --ignore-scripts
NODE_ENV=production npx vite build
cp dist/admin.js "$here/admin.js"
echo "admin.js rebuilt: $(wc -c < "$here/admin.js") bytes"
