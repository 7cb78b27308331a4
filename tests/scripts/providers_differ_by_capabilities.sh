#!/usr/bin/env bash
# What differs between providers is a capability of the provider's descriptor, not a comparison with a kind's name:
# no == or != with "twilio", "meta_cloud", "360dialog" outside core/providers/ and the sandbox; and one place turns a
# sender into a provider (ProviderFactory): no other code calls a descriptor's create.
set -euo pipefail
cd "$1"
comparisons=$(grep -rnE '[=!]= *u?"(twilio|meta_cloud|360dialog|dialog360)"|"(twilio|meta_cloud|360dialog|dialog360)"(_s)? *[=!]=' \
    core ui app --include=*.cpp --include=*.h | grep -v '^core/providers/' | grep -v '^core/sandbox/' || true)
if [ -n "$comparisons" ]; then
    echo "comparisons with a provider kind's name outside core/providers/:"
    echo "$comparisons"
    exit 1
fi
creates=$(grep -rnE '(descriptor|\bd)(->|\.)create\(' core ui app --include=*.cpp | grep -v '^core/profiles/providerfactory.cpp' || true)
if [ -n "$creates" ]; then
    echo "providers made outside ProviderFactory:"
    echo "$creates"
    exit 1
fi
echo "providers differ by capabilities, and ProviderFactory alone makes them"
