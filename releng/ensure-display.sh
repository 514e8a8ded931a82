# Sourced by ./dev and ./carepath. The workbench tests and Carepath Studio need GTK, WebKitGTK (the
# SWT Browser) and, without a screen, Xvfb.
. "$(dirname "${BASH_SOURCE[0]}")/install-missing.sh"
ensure_display_packages() {
  local missing=()
  command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
  ldconfig -p 2>/dev/null | grep -q 'libwebkit2gtk-4.1.so.0' || missing+=(libwebkit2gtk-4.1-0)
  command -v dbus-launch >/dev/null || missing+=(dbus-x11)
  [ -e /usr/libexec/at-spi-bus-launcher ] || missing+=(at-spi2-core)
  install_missing "the workbench" "${missing[@]}"
}

# Runs a command with a display: the user's, or a virtual one (Xvfb) when there is none.
with_display() {
  if [ -n "${DISPLAY:-}" ]; then
    "$@"
  else
    xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
  fi
}
