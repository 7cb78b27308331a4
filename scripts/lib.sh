# Shared by scripts/run and scripts/test: install what is missing, then configure and build into build/.
# Sourced, not run.

TANDEM_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian 12 / Ubuntu 24.04 package names.
TANDEM_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libgl-dev libicu-dev
    qtkeychain-qt6-dev libsecret-1-0 libphonenumber-dev qt6-translations-l10n libboost-dev
)
TANDEM_TEST_PACKAGES=(gnome-keyring dbus dbus-bin dbus-x11 xvfb procps fonts-dejavu-core postgresql util-linux openssl nodejs)

tandem_install() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

tandem_build() {
    if [ ! -f "$TANDEM_ROOT/build/CMakeCache.txt" ]; then
        cmake -S "$TANDEM_ROOT" -B "$TANDEM_ROOT/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTANDEM_WERROR=ON
    fi
    cmake --build "$TANDEM_ROOT/build" --parallel "$(nproc)"
}
