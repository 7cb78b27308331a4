#!/usr/bin/env bash
# scripts/with-keyring stops the keyring daemon it started and nothing else: another process of the same user
# whose command line looks like a keyring daemon keeps running.
set -euo pipefail
root=$1
unset TANDEM_IN_KEYRING_SESSION
bash -c 'exec -a "gnome-keyring-daemon --unlock --components=secrets" sleep 60' &
bystander=$!
sleep 0.3
"$root/scripts/with-keyring" true
if ! kill -0 "$bystander" 2>/dev/null; then
    echo "FAIL: with-keyring ended a process it did not start"
    exit 1
fi
kill "$bystander"
echo "PASS: only its own keyring daemon was stopped"
