#!/usr/bin/env bash
# Speaks the words on standard input into a file Asterisk plays: 8 kHz, mono, 16-bit WAV, normalised to -3 dBFS.
# scripts/prompts.sh speaks the IVR's fixed prompts with it; the application speaks the agents' public replies with it
# (HOTLINE_REPLY_VOICE, docs/TELEPHONY.md), so a reply sounds like the prompts around it.
#
# The voices are Debian's espeak-ng, the conversion Debian's sox (scripts/prompts.sh installs both when missing); the
# transliteration below runs on perl, which every Debian system has (perl-base is essential).
# - ar, en: espeak-ng's Arabic and English voices read the words as written. The Arabic voice guesses the short
#   vowels Arabic leaves unwritten, so some words sound foreign; a person's recording will not.
# - ku: our Kurdish is Sorani in Arabic script, and espeak-ng has no Sorani voice. Its Kurdish voice (Kurmanji, Latin
#   letters) is the closest it has, so the Sorani words are first spelled in Kurdish Latin letters (Sorani writes its
#   vowels, so this is mostly letter for letter). The Arabic and Persian voices were no better stand-ins: they spell
#   the letters they do not know (ە ێ ۆ ڵ ڕ) out by name. It stays Kurmanji sounds and a guessed spelling: a
#   Sorani speaker understands it, but it is not Sorani.
#
#   printf '%s' "words" | scripts/say.sh LANGUAGE OUT.wav      (LANGUAGE: ar, en or ku)
set -euo pipefail
language=${1:?usage: scripts/say.sh LANGUAGE OUT.wav}
out=${2:?usage: scripts/say.sh LANGUAGE OUT.wav}

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

words=$(cat)
case $language in
    ar) voice=ar text=$words ;;
    en) voice=en-gb text=$words ;;
    ku) voice=ku text=$(printf '%s\n' "$words" | perl -CSD -e "$sorani_to_latin") ;;
    *) echo "say: unknown language '$language' (ar, en or ku)" >&2; exit 1 ;;
esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# espeak-ng writes 22.05 kHz; sox makes it what Asterisk plays without transcoding on a phone line, normalised to
# -3 dBFS so every prompt and reply is as loud as the next.
espeak-ng -v "$voice" -s 150 -w "$work/spoken.wav" -- "$text"
sox "$work/spoken.wav" -r 8000 -c 1 -b 16 -e signed-integer "$out" norm -3
