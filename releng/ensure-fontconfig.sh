# Sourced by ./dev and ./carepath. Java2D (diagram text, PNG and PDF) looks up fontconfig even
# though Carepath brings its own fonts, and a bare Debian machine may lack it: install it once,
# when running as root with apt-get, else leave it to the user.
. "$(dirname "${BASH_SOURCE[0]}")/install-missing.sh"
ensure_fontconfig() {
  local libraries
  # Read whole, never `ldconfig -p | grep -q`: grep stops reading early, ldconfig then dies of a
  # broken pipe, and under pipefail the library would look missing about one time in seventeen.
  libraries=$(ldconfig -p 2>/dev/null || true)
  case "$libraries" in
    *libfontconfig.so.1*) ;;
    *) command -v apt-get >/dev/null && [ "$(id -u)" = 0 ] && install_missing "Java2D" fontconfig || true ;;
  esac
}
