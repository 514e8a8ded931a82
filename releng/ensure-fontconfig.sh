# Sourced by ./dev and ./carepath. Java2D (diagram text, PNG and PDF) looks up fontconfig even
# though Carepath brings its own fonts, and a bare Debian machine may lack it: install it once,
# when running as root with apt-get, else leave it to the user.
ensure_fontconfig() {
  if ! ldconfig -p 2>/dev/null | grep -q 'libfontconfig.so.1' && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "carepath: installing fontconfig for Java2D" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fontconfig >/dev/null
  fi
}
