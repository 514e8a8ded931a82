# Sourced by the ensure-*.sh scripts: installs Debian packages a step needs, once, when running as
# root with apt-get; elsewhere says what to install and fails.
#   install_missing "the workbench" pkg...
install_missing() {
  local purpose="$1"
  shift
  [ $# -eq 0 ] && return 0
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "carepath: installing $* for $purpose" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "carepath: $purpose needs $*; install them (Debian: apt-get install $*)" >&2
    return 1
  fi
}
