#!/usr/bin/env bash
# Installs the Debian packages bulletin-lint needs, when any is missing. With "test", also what the
# tests need (jq, Chromium and a CJK font for the test of the HTML report, LibreOffice for that of the
# commented .docx, dpkg-dev for that of the package); with "deb", what `make deb` needs.
set -euo pipefail
packages=(cmake make gcc pkg-config liblua5.4-dev libpcre2-dev libcmocka-dev libzip-dev libexpat1-dev gettext)
[ "${1:-}" = "test" ] && packages+=(jq chromium fonts-noto-cjk python3-jsonschema clang libclang-rt-14-dev valgrind python3 libreoffice-writer-nogui dpkg-dev)
[ "${1:-}" = "deb" ] && packages+=(dpkg-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
