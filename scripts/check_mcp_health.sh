#!/usr/bin/env bash
# Thin wrapper kept from the seed: scripts/check_mcp_health.sh [--tool NAME] [--json]
exec "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/bin/autoheal" health "$@"
