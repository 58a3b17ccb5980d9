#!/usr/bin/env bash
# Install the peer tools in their own virtualenv (never as licenselens dependencies):
# licenseclassifier, pyaskalono, and scancode-toolkit (with pluggy==1.0.0 beside it).
set -euo pipefail
VENV="${LICENSELENS_PEERS_VENV:-$HOME/.cache/licenselens-bench/peers}"
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --upgrade pip
"$VENV/bin/pip" install -q licenseclassifier pyaskalono "scancode-toolkit" "pluggy==1.0.0"
echo "peers installed in $VENV"
