#!/bin/sh
# The system tests' stand-in for scripts/say.sh (the test machine has no espeak-ng): writes the language and the words
# it was given into the "sound" file, so that a test sees what the application asked to be spoken. LANGUAGE OUT.wav
set -eu
{ printf '%s\n' "$1"; cat; } >"$2"
