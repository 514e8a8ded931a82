# Sourced by the ensure-*.sh scripts: installs Debian packages a step needs, once, when running as
# root with apt-get; elsewhere says what to install and fails.
#   install_missing "the workbench" pkg...
install_missing() {
  local purpose="$1"
  shift
  [ $# -eq 0 ] && return 0
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "carepath: installing $* for $purpose" >&2
    # Two commands started at once wait for each other's package lock instead of failing on it.
    apt-get -o DPkg::Lock::Timeout=300 update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq "$@" >/dev/null
  else
    echo "carepath: $purpose needs $*; install them (Debian: apt-get install $*)" >&2
    return 1
  fi
}
