#!/usr/bin/env bash
# One command from a fresh clone to the site on http://127.0.0.1:4321/ (set-up, build, serve).
cd "$(dirname "$0")/.."
source scripts/setup.sh
exec npm start
