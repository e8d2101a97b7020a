#!/usr/bin/env bash
# Cold start of the extract step: fresh JVMs that extract one file, timed wall clock. With several
# jars the runs alternate (A B A B ...), so load from other processes falls on all of them alike.
# Prints the median per jar and how many classes, PDFBox classes and jsoup classes one run loads.
# JVM flag TieredStopAtLevel=1 as the AWS Lambda Java runtime sets it.
# usage: src/bench/extract-cold-start.sh FILE RUNS JAR [JAR...]
#   e.g. src/bench/extract-cold-start.sh notes.txt 31 baseline/precis.jar target/precis.jar
set -euo pipefail
file=${1:?usage: $0 FILE RUNS JAR [JAR...]}
runs=${2:?usage: $0 FILE RUNS JAR [JAR...]}
shift 2
[ $# -ge 1 ] || { echo "usage: $0 FILE RUNS JAR [JAR...]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" -cp "$1" "$here/ExtractColdStart.java"
declare -A times
for jar in "$@"; do java -cp "$jar:$classes" ExtractColdStart "$file" >/dev/null; done # warm the file cache, check it works
for _ in $(seq "$runs"); do
  for jar in "$@"; do
    start=$(date +%s%N)
    java -XX:TieredStopAtLevel=1 -cp "$jar:$classes" ExtractColdStart "$file" >/dev/null
    times[$jar]+="$(( ($(date +%s%N) - start) / 1000000 )) "
  done
done
for jar in "$@"; do
  median=$(tr ' ' '\n' <<<"${times[$jar]}" | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  loaded=$(java -verbose:class -cp "$jar:$classes" ExtractColdStart "$file")
  echo "$jar file=$(basename "$file") bytes=$(stat -c %s "$jar") runs=$runs median_ms=$median" \
       "classes=$(grep -c 'class,load' <<<"$loaded") pdfbox=$(grep -c 'org.apache.pdfbox' <<<"$loaded" || true)" \
       "jsoup=$(grep -c 'org.jsoup' <<<"$loaded" || true)"
done
