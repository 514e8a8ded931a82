# Sourced by ./dev. The workshop pack's browser test needs Debian's Chromium and Node.js with npm.
. "$(dirname "${BASH_SOURCE[0]}")/install-missing.sh"
ensure_browser() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  install_missing "the browser test" "${missing[@]}"
}
