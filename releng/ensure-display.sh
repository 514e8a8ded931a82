# Sourced by ./dev and ./carepath. The workbench tests and Carepath Studio need GTK, WebKitGTK (the
# SWT Browser) and, without a screen, Xvfb: install what is missing once, when running as root
# with apt-get, else say what to install.
ensure_display_packages() {
  local missing=()
  command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
  ldconfig -p 2>/dev/null | grep -q 'libwebkit2gtk-4.1.so.0' || missing+=(libwebkit2gtk-4.1-0)
  command -v dbus-launch >/dev/null || missing+=(dbus-x11)
  [ -e /usr/libexec/at-spi-bus-launcher ] || missing+=(at-spi2-core)
  [ ${#missing[@]} -eq 0 ] && return 0
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "carepath: installing ${missing[*]} for the workbench" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "carepath: the workbench needs ${missing[*]}; install them (Debian: apt-get install ${missing[*]})" >&2
    return 1
  fi
}

# Runs a command with a display: the user's, or a virtual one (Xvfb) when there is none.
with_display() {
  if [ -n "${DISPLAY:-}" ]; then
    "$@"
  else
    xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
  fi
}
