#!/usr/bin/env bash
# Builds the offline base image of the image smoke test, or reuses it when it is already there:
# Debian bookworm ("essential" variant) plus a headless JRE and CA certificates, written as a
# docker-archive tar (manifest.json + config.json + one layer) that Jib takes as its base with
# -Djib.from.image=tar:///abs/path/base.tar. No registry and no Docker engine are involved.
#
# Production images use a public JRE base (see jib.from.image in the parent pom); this one exists
# because nothing but Debian's mirror is reachable where CI runs. Building it takes about a minute.
set -euo pipefail

out=${1:?usage: build-base-image.sh OUTPUT.tar}
suite=bookworm
jre=openjdk-17-jre-headless

# Reused for 30 days, then rebuilt with the distribution's current security updates.
if [[ -s $out ]] && [[ -z $(find "$out" -mtime +30) ]]; then
  echo "base image: reusing $out"
  exit 0
fi
if ! command -v mmdebstrap >/dev/null; then
  echo "base image: mmdebstrap is missing (apt-get install -y mmdebstrap; .ci/run installs it)" >&2
  exit 1
fi

started=$SECONDS
mkdir -p "$(dirname "$out")"
work=$(mktemp -d "$(dirname "$out")/.base-image.XXXXXX")
trap 'rm -rf "$work"' EXIT

# /usr/share/man must stay: the JRE's maintainer scripts register man pages through update-alternatives.
mmdebstrap --quiet --variant=essential --include="$jre,ca-certificates" \
  "$suite" "$work/layer.tar" \
  "deb http://deb.debian.org/debian $suite main" \
  "deb http://deb.debian.org/debian $suite-updates main" \
  "deb http://deb.debian.org/debian-security $suite-security main"

diff_id=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat >"$work/config.json" <<JSON
{
  "architecture": "amd64",
  "os": "linux",
  "config": {
    "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8"]
  },
  "rootfs": {"type": "layers", "diff_ids": ["sha256:$diff_id"]},
  "history": [{"created_by": "mmdebstrap --variant=essential --include=$jre,ca-certificates $suite"}]
}
JSON
cat >"$work/manifest.json" <<JSON
[{"Config": "config.json", "RepoTags": ["digital-store/smoke-base:$suite-$jre"], "Layers": ["layer.tar"]}]
JSON

tar -C "$work" -cf "$work/image.tar" manifest.json config.json layer.tar
mv "$work/image.tar" "$out"
echo "base image: built $out ($(du -m "$out" | cut -f1) MB) in $((SECONDS - started)) s"
