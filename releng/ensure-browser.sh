# Sourced by ./dev. The workshop pack's browser test needs Debian's Chromium and Node.js with npm;
# install what is missing once, when running as root with apt-get, else say what to install.
ensure_browser() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  [ ${#missing[@]} -eq 0 ] && return 0
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "carepath: installing ${missing[*]} for the browser test" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "carepath: the browser test needs ${missing[*]}; install them (Debian: apt-get install ${missing[*]})" >&2
    return 1
  fi
}
