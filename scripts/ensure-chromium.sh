#!/usr/bin/env bash
# Makes sure the system Chromium (and an Arabic-capable font) is present for the browser tests,
# Debian's networkx (python3-networkx) for reading our GEXF/GraphML exports independently, and
# poppler-utils (pdftotext) for reading the text of the PDFs the print tests make.
# Installs with apt-get only when running as root on a system that has it; never downloads a
# browser any other way. Exits 1 with one actionable line when it cannot fix things itself.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
MISSING_MSG='Chromium is missing: install it with "sudo apt-get install -y chromium fonts-noto-core" and run the command again.'

can_install() {
  [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1
}

# Runs apt-get quietly; prints its output only when it fails.
apt_install() {
  local log
  log="$(mktemp)"
  if ! {
    apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
}

has_arabic_font() {
  if dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q 'ok installed'; then
    return 0
  fi
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=ar family 2>/dev/null)" ]
}

has_networkx() {
  /usr/bin/python3 -c 'import networkx' >/dev/null 2>&1
}

if ! has_networkx; then
  if can_install; then
    echo "Installing networkx (python3-networkx) with apt-get..."
    apt_install python3-networkx || echo "Warning: could not install python3-networkx; the networkx test will fail." >&2
  else
    echo 'Warning: networkx is missing; install it with "sudo apt-get install -y python3-networkx".' >&2
  fi
fi

if ! command -v pdftotext >/dev/null 2>&1; then
  if can_install; then
    echo "Installing pdftotext (poppler-utils) with apt-get..."
    apt_install poppler-utils || echo "Warning: could not install poppler-utils; the print tests will fail." >&2
  else
    echo 'Warning: pdftotext is missing; install it with "sudo apt-get install -y poppler-utils".' >&2
  fi
fi

if [ ! -x "$CHROMIUM" ]; then
  if ! can_install; then
    echo "$MISSING_MSG"
    exit 1
  fi
  echo "Installing Chromium and fonts with apt-get..."
  if ! apt_install chromium fonts-noto-core fonts-noto-color-emoji || [ ! -x "$CHROMIUM" ]; then
    echo "$MISSING_MSG"
    exit 1
  fi
  exit 0
fi

if ! has_arabic_font; then
  if can_install; then
    echo "Installing Arabic fonts (fonts-noto-core) with apt-get..."
    apt_install fonts-noto-core || echo "Warning: could not install fonts-noto-core; Arabic text may render as boxes." >&2
  else
    echo 'Warning: Arabic fonts are missing; install them with "sudo apt-get install -y fonts-noto-core".' >&2
  fi
fi
