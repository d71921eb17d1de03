#!/usr/bin/env bash
# Content sync benchmark: 1,000 synthetic cards (50 decks x 20, English + Chinese) read,
# linted and synced into a fresh embedded PostgreSQL at start-up; then again with every
# card's text changed (1,000 updates), then again unchanged (nothing to write).
# Prints the app's own timing line for each start. Target: under 2 s in total.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find src/main db pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -q -B package -DskipTests
fi
work=target/bench-sync
rm -rf "$work" && mkdir -p "$work/content/decks"
app="$work/app" && cp -r target/quarkus-app "$app"

generate() {  # $1: a word that changes every card's text
  for d in $(seq -w 1 50); do
    en="$work/content/decks/synth$d.en.md" zh="$work/content/decks/synth$d.zh.md"
    printf '# Synthetic deck %s\n\n' "$d" > "$en"; printf '# 合成卡组 %s\n\n' "$d" > "$zh"
    for c in $(seq -w 1 20); do
      cat >> "$en" <<CARD
## Card $d-$c ($1)

\`\`\`card
id: synth-$d-$c
kind: recall
level: $(( (10#$c % 3) + 1 ))
tags: [synthetic, deck-$d]
\`\`\`

What does \`append\` do when \`len == cap\` ($1)? Explain growslice, size classes and why
the visible capacity differs from the formula, with an example.

### Answer
It calls \`runtime.growslice\`, which computes a new capacity, rounds the byte size up to
a malloc size class and copies the elements. ($1)

### Key points
- threshold 256 since Go 1.18
- size-class rounding in \`roundupsize\`

CARD
      cat >> "$zh" <<CARD
## 卡片 $d-$c（$1）

\`\`\`card
id: synth-$d-$c
\`\`\`

当 \`len == cap\` 时 \`append\` 做了什么（$1）？

### Answer
调用 \`runtime.growslice\`，计算新容量、按 size class 向上取整并复制元素。（$1）

CARD
    done
  done
}

run() {  # $1: label
  log="$work/$1.log"
  java -Dgopherdrill.content.dir="$work/content" -Dgopherdrill.db.data-dir="$work/pg" \
       -Dgopherdrill.session-key-file="$work/session.key" -Dquarkus.http.port=8097 \
       -jar "$app/quarkus-run.jar" > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 120); do grep -q "Listening on" "$log" && break; sleep 1; done
  printf '%-22s %s\n' "$1:" "$(grep -o 'Content read and linted in .*' "$log")"
  printf '%-22s %s\n' "" "$(grep -o 'Content: .*problems' "$log")"
  kill -TERM "$pid"; wait "$pid" || true
}

generate first;  run "1,000 new cards"
generate second; run "1,000 changed cards"
run "nothing changed"
