#!/usr/bin/env bash
# Speaks every prompt of the IVR's manifest (telephony/src/main/resources/ivr/prompts.tsv: name, language, words) into
# a file Asterisk plays, laid out as the IVR asks for it: <out>/hotline/<language>/<name>.wav, 8 kHz, mono, 16-bit
# (docs/IVR.md). A synthetic stand-in until the prompts are recorded by a person; to install it on the PBX:
#
#   scripts/prompts.sh /tmp/prompts && sudo cp -r /tmp/prompts/hotline /var/lib/asterisk/sounds/
#
# The voices are Debian's espeak-ng, the conversion Debian's sox (installed when missing); the transliteration below
# runs on perl, which every Debian system has (perl-base is essential).
# - ar, en: espeak-ng's Arabic and English voices read the words as written. The Arabic voice guesses the short
#   vowels Arabic leaves unwritten, so some words sound foreign; a person's recording will not.
# - ku: our Kurdish is Sorani in Arabic script, and espeak-ng has no Sorani voice. Its Kurdish voice (Kurmanji, Latin
#   letters) is the closest it has, so the Sorani words are first spelled in Kurdish Latin letters (Sorani writes its
#   vowels, so this is mostly letter for letter). The Arabic and Persian voices were no better stand-ins: they spell
#   the letters they do not know (ە ێ ۆ ڵ ڕ) out by name. It stays Kurmanji sounds and a guessed spelling: a
#   Sorani speaker understands it, but it is not Sorani.
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

# Sorani (Arabic script) to Kurdish Latin letters, one line of words at a time.
# - و and ی are vowels (u, î) between consonants and consonants (w, y) next to a vowel; وو is û, a lone و is û ("and").
# - Sorani leaves out one short vowel, the i of consonant clusters (خزمەت is xizmet): an i goes between two consonants
#   that begin a word and before the last of three.
# shellcheck disable=SC2016
sorani_to_latin='
my %letter = (
  "\x{0627}" => "a", "\x{0622}" => "a", "\x{06D5}" => "e", "\x{06CE}" => "\x{EA}", "\x{06C6}" => "o",
  "\x{0628}" => "b", "\x{067E}" => "p", "\x{062A}" => "t", "\x{062C}" => "c", "\x{0686}" => "\x{E7}",
  "\x{062D}" => "h", "\x{062E}" => "x", "\x{062F}" => "d", "\x{0631}" => "r", "\x{0695}" => "R",
  "\x{0632}" => "z", "\x{0698}" => "j", "\x{0633}" => "s", "\x{0634}" => "\x{15F}", "\x{0639}" => "",
  "\x{063A}" => "x", "\x{0641}" => "f", "\x{06A4}" => "v", "\x{0642}" => "q", "\x{06A9}" => "k",
  "\x{0643}" => "k", "\x{06AF}" => "g", "\x{0644}" => "l", "\x{06B5}" => "L", "\x{0645}" => "m",
  "\x{0646}" => "n", "\x{0647}" => "h", "\x{06BE}" => "h", "\x{0621}" => "", "\x{200C}" => "",
  "\x{060C}" => ",", "\x{061F}" => "?", "\x{061B}" => ";",
);
my $vowel = "aeo\x{EA}iu\x{EE}\x{FB}";
my $consonant = "bcdfghjklmnpqrstvwxyzRL\x{E7}\x{15F}";
while (my $line = <STDIN>) {
  $line =~ s/(?<!\S)\x{0648}(?!\S)/\x{FB}/g;
  $line =~ s/\x{0648}\x{0648}/\x{FB}/g;
  $line =~ s/\x{0647}\x{200C}/\x{06D5}/g;
  my @chars = split //, $line;
  my $latin = "";
  my $carrier = 0;
  for my $i (0 .. $#chars) {
    my $char = $chars[$i];
    if ($char eq "\x{0626}") { $carrier = 1; next; }
    if ($char eq "\x{0648}" || $char eq "\x{06CC}" || $char eq "\x{064A}") {
      my $next = $i < $#chars ? $chars[$i + 1] : "";
      $next = $letter{$next} if exists $letter{$next};
      my $beforeVowel = $next =~ /\A[$vowel\x{0627}\x{06D5}\x{06CE}\x{06C6}]/;
      my $asVowel = ($carrier || $latin =~ /[$consonant]\z/) && !$beforeVowel;
      if ($char eq "\x{0648}") { $latin .= $asVowel ? "u" : "w"; } else { $latin .= $asVowel ? "\x{EE}" : "y"; }
    } else {
      $latin .= exists $letter{$char} ? $letter{$char} : $char;
    }
    $carrier = 0;
  }
  $latin =~ s/(?<![\w$consonant$vowel])([$consonant])(?=[$consonant])/$1i/g;
  1 while $latin =~ s/([$consonant])([$consonant])([$consonant])/$1$2i$3/;
  $latin =~ s/R/rr/g;
  $latin =~ s/L/ll/g;
  print $latin;
}'

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
made=0
while IFS=$'\t' read -r name language words; do
    case $name in '' | '#'* | name) continue ;; esac
    case $language in
        ar) voice=ar text=$words ;;
        en) voice=en-gb text=$words ;;
        ku) voice=ku text=$(printf '%s\n' "$words" | perl -CSD -e "$sorani_to_latin") ;;
        *) echo "prompts: $name has an unknown language '$language'" >&2; exit 1 ;;
    esac
    mkdir -p "$out/hotline/$language"
    # espeak-ng writes 22.05 kHz; sox makes it what Asterisk plays without transcoding on a phone line, normalised
    # to -3 dBFS so every prompt is as loud as the next.
    espeak-ng -v "$voice" -s 150 -w "$work/spoken.wav" -- "$text"
    sox "$work/spoken.wav" -r 8000 -c 1 -b 16 -e signed-integer "$out/hotline/$language/$name.wav" norm -3
    made=$((made + 1))
done <"$manifest"
echo "prompts: $made files under $out/hotline (8 kHz mono 16-bit WAV)"
