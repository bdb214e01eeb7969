#!/usr/bin/env bash
# Thin wrapper kept from the seed: scripts/repair_toolchain.sh [--yes] [--tool NAME]
exec "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/bin/autoheal" repair "$@"
