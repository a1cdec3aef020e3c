#!/usr/bin/env bash
# Runs a container image's entrypoint the way a container runtime would, without one (no Docker here):
# in its own mount and PID namespaces (the entrypoint is PID 1 and gets signals as in a pod), chrooted
# into the image's unpacked layers, as the image's user, with a read-only root filesystem and a
# writable /tmp (readOnlyRootFilesystem plus the emptyDir of the manifests), a minimal /dev, and the
# host's /etc/hosts and resolv.conf as a runtime provides them. The network is the host's.
#
# usage: run-image.sh ROOTFS UID GID WORKDIR ENTRYPOINT [ARG...]   (as root; the environment passes through)
set -euo pipefail

root=$1 uid=$2 gid=$3 workdir=$4
shift 4

exec unshare --mount --pid --fork --kill-child -- bash -c '
  set -euo pipefail
  root=$1 uid=$2 gid=$3 workdir=$4
  shift 4
  mount --make-rprivate /
  mount --bind "$root" "$root"
  mkdir -p "$root/proc" "$root/tmp" "$root/dev" "$root/etc"
  mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
  mount -t tmpfs -o nosuid,nodev,mode=1777,size=512m tmpfs "$root/tmp"
  mount -t tmpfs -o nosuid,mode=755,size=64k tmpfs "$root/dev"
  for node in null zero full random urandom tty; do
    touch "$root/dev/$node"
    mount --bind "/dev/$node" "$root/dev/$node"
  done
  mkdir "$root/dev/shm"
  mount -t tmpfs -o nosuid,nodev,mode=1777,size=64m tmpfs "$root/dev/shm"
  ln -s /proc/self/fd "$root/dev/fd"
  for file in /etc/hosts /etc/resolv.conf; do
    [ -e "$root$file" ] || touch "$root$file"
    mount --bind "$file" "$root$file"
  done
  mount -o remount,bind,ro "$root"
  exec unshare --root="$root" --wd="$workdir" --setgid="$gid" --setuid="$uid" -- "$@"
' run-image "$root" "$uid" "$gid" "$workdir" "$@"
