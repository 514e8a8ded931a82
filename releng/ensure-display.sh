# Sourced by ./dev and ./carepath. The workbench tests and Carepath Studio need GTK, WebKitGTK (the
# SWT Browser) and, without a screen, Xvfb.
. "$(dirname "${BASH_SOURCE[0]}")/install-missing.sh"
ensure_display_packages() {
  local missing=() libraries
  # Read once: `ldconfig -p | grep -q` fails under pipefail when grep stops reading early.
  libraries=$(ldconfig -p 2>/dev/null || true)
  command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
  grep -q 'libgtk-3.so.0' <<<"$libraries" || missing+=(libgtk-3-0)
  grep -q 'libwebkit2gtk-4.1.so.0' <<<"$libraries" || missing+=(libwebkit2gtk-4.1-0)
  command -v dbus-launch >/dev/null || missing+=(dbus-x11)
  [ -e /usr/libexec/at-spi-bus-launcher ] || missing+=(at-spi2-core)
  install_missing "the workbench" "${missing[@]}"
}

# The product test watches window titles (xwininfo) and photographs the screen (ImageMagick).
ensure_screen_tools() {
  local missing=()
  command -v xwininfo >/dev/null || missing+=(x11-utils)
  command -v import >/dev/null || missing+=(imagemagick)
  install_missing "the product test" "${missing[@]}"
}

# Runs a command with a display: the user's, or a virtual one (Xvfb) when there is none.
with_display() {
  if [ -n "${DISPLAY:-}" ]; then
    "$@"
  else
    xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
  fi
}
