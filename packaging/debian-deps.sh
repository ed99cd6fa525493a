#!/bin/sh
# System libraries Yomu's Qt (PySide6 wheels from PyPI) needs on Debian/Ubuntu, a Japanese font,
# and Python's venv. Safe to run again. Uses sudo when not run as root.
set -eu
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
PACKAGES="
  python3 python3-venv python3-pip
  fonts-noto-cjk
  libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libxshmfence1 libgbm1
"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
# libasound2 was renamed libasound2t64 on newer releases; QtWebEngine needs one of them.
if ! dpkg-query -W -f='${Status}' libasound2 2>/dev/null | grep -q "ok installed" \
   && ! dpkg-query -W -f='${Status}' libasound2t64 2>/dev/null | grep -q "ok installed"; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libasound2 \
    || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libasound2t64
fi
