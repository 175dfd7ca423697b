#!/usr/bin/env bash
# Speaks every prompt of the IVR's manifest (telephony/src/main/resources/ivr/prompts.tsv: name, language, words) into
# a file Asterisk plays, laid out as the IVR asks for it: <out>/hotline/<language>/<name>.wav, 8 kHz, mono, 16-bit
# (docs/IVR.md). A synthetic stand-in until the prompts are recorded by a person; to install it on the PBX:
#
#   scripts/prompts.sh /tmp/prompts && sudo cp -r /tmp/prompts/hotline /var/lib/asterisk/sounds/
#
# The words are spoken by scripts/say.sh (espeak-ng and sox, installed here when missing), which also speaks the
# agents' public replies for the IVR when the application is given it (HOTLINE_REPLY_VOICE, docs/TELEPHONY.md).
#
#   scripts/prompts.sh OUT_DIR [MANIFEST]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: scripts/prompts.sh OUT_DIR [MANIFEST]}
manifest=${2:-$root/telephony/src/main/resources/ivr/prompts.tsv}

if ! command -v espeak-ng >/dev/null || ! command -v sox >/dev/null; then
    echo "prompts: installing Debian's espeak-ng and sox"
    "$root/scripts/apt-install.sh" espeak-ng sox
fi

made=0
while IFS=$'\t' read -r name language words; do
    case $name in '' | '#'* | name) continue ;; esac
    case $language in
        ar | en | ku) ;;
        *) echo "prompts: $name has an unknown language '$language'" >&2; exit 1 ;;
    esac
    mkdir -p "$out/hotline/$language"
    printf '%s\n' "$words" | "$root/scripts/say.sh" "$language" "$out/hotline/$language/$name.wav"
    made=$((made + 1))
done <"$manifest"
echo "prompts: $made files under $out/hotline (8 kHz mono 16-bit WAV)"
