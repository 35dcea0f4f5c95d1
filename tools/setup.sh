#!/usr/bin/env bash
# One command from a fresh clone: install pnpm if needed, install and build everything
# (the native addon compiles during install), then run Tandem's main job.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" --no-fund --no-audit
fi
pnpm install
pnpm demo
