#!/usr/bin/env bash
# Installs the system packages Leitstand builds and runs with on Debian 12 (Swift itself is expected at /opt/swift or on PATH).
set -euo pipefail
packages=(pkg-config libsqlite3-dev libssl-dev libncurses-dev tmux python3-venv procps curl)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
command -v swift >/dev/null 2>&1 || { [ -x /opt/swift/usr/bin/swift ] && echo "add /opt/swift/usr/bin to PATH"; echo "Swift 6.1+ is needed: https://www.swift.org/install/linux/"; exit 1; }
