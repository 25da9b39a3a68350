#!/usr/bin/env bash
# A bare machine: install the .deb into a fresh minimal Debian root and run the smoke test
# there, proving the bundle and its declared dependencies are all it needs.
#
#     sudo packaging/bare-machine.sh [path/to/spine-kiosk_*.deb]     (default: the one in dist/)
#
# Needs root (debootstrap, chroot), debootstrap, and the Debian mirror this machine's apt
# already uses (read from /etc/apt/sources.list*; nothing else is contacted). The root is a
# `debootstrap --variant=minbase`: no X, no fonts, no fontconfig, no OpenGL, no Python.
# In it:
#   1. apt installs the .deb, pulling in exactly what its Depends: line declares; the script
#      prints which packages that added (what the bare machine needed);
#   2. `spine-kiosk --version`, `--check` and `--screenshots` run offscreen, from the command
#      on the PATH, as an ordinary user, in an empty directory;
#   3. the .tar.gz, unpacked in an empty folder, runs `--screenshots` too;
#   4. on the host: stderr holds only the app's INFO lines, the screenshots are the same
#      files as the host bundle's and look the same (tests/test_frozen.py's measure).
# Takes about 4 minutes, most of it debootstrap and apt downloads.
set -euo pipefail
cd "$(dirname "$0")/.."

deb=${1:-$(ls dist/spine-kiosk_*.deb 2>/dev/null | head -n1)}
tarball=$(ls dist/spine-kiosk-*-linux-*.tar.gz 2>/dev/null | head -n1)
bundle=dist/spine-kiosk
[[ -f $deb && -f $tarball && -d $bundle ]] || {
    echo "bare-machine: build first: python packaging/build.py" >&2
    exit 2
}
[[ $(id -u) == 0 ]] || { echo "bare-machine: run as root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || {
    echo "bare-machine: debootstrap is missing: apt-get install debootstrap" >&2
    exit 2
}

# The Debian mirror and release this machine's apt uses (deb822 or one-line sources).
mirror=$(
    { cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources \
        2>/dev/null || true; } |
        awk '/^URIs:/ && $2 ~ /\/debian\/?$/ {print $2; exit}
             /^deb / && $2 ~ /\/debian\/?$/ {print $2; exit}'
)
suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
[[ -n $mirror ]] || { echo "bare-machine: no Debian mirror in /etc/apt/sources.list*" >&2; exit 2; }

work=$(mktemp -d /tmp/spine-kiosk-bare.XXXXXX)
root=$work/root
cleanup() {
    for mount in "$root/proc" "$root/dev"; do
        mountpoint -q "$mount" && umount -l "$mount"
    done
    rm -rf "$work"
}
trap cleanup EXIT
started=$SECONDS

echo "== debootstrap --variant=minbase $suite from $mirror"
debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 20 "$work/debootstrap.log"; exit 1; }
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

echo "== apt-get install the .deb"
cp "$deb" "$root/tmp/spine-kiosk.deb"
in_root dpkg-query -W -f '${Package}\n' | sort >"$work/before.txt"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends /tmp/spine-kiosk.deb >"$work/apt.log" 2>&1 ||
    { tail -n 30 "$work/apt.log"; exit 1; }
in_root dpkg-query -W -f '${Package}\n' | sort >"$work/after.txt"
added=$(comm -13 "$work/before.txt" "$work/after.txt" | grep -vx spine-kiosk || true)
echo "the bare machine needed $(wc -w <<<"$added") packages: $(tr '\n' ' ' <<<"$added")"
echo "spine-kiosk declares: $(in_root dpkg-query -W -f '${Depends}' spine-kiosk)"

echo "== smoke test in the bare root"
in_root useradd --create-home visitor
user_run() {
    # As an ordinary user, offscreen, from an empty directory, with a clean environment.
    chroot --userspec=visitor:visitor "$root" /usr/bin/env -i \
        PATH=/usr/bin:/bin HOME=/home/visitor QT_QPA_PLATFORM=offscreen \
        sh -c 'cd "$(mktemp -d)" && exec "$@"' sh "$@"
}
out=$root/home/visitor/out
mkdir -p "$out" && chown -R --reference="$root/home/visitor" "$out"
user_run spine-kiosk --version
set +e
user_run spine-kiosk --check >"$out/check.txt" 2>"$out/check.err"
check_code=$?
set -e
echo "--check exit code $check_code ($(tail -n1 "$out/check.txt"))"
user_run spine-kiosk --screenshots /home/visitor/out/deb --size 1366x768 \
    2>"$out/deb.err"
mkdir -p "$root/srv/empty" && tar -xzf "$tarball" -C "$root/srv/empty"
user_run /srv/empty/spine-kiosk/spine-kiosk --screenshots /home/visitor/out/tar \
    --size 1366x768 2>"$out/tar.err"

echo "== the same run on this machine, and the comparison"
QT_QPA_PLATFORM=offscreen SPINE_KIOSK_USAGE=off SPINE_KIOSK_DATA="$work/data" \
    "$bundle/spine-kiosk" --screenshots "$work/host" --size 1366x768 2>/dev/null
set +e
QT_QPA_PLATFORM=offscreen SPINE_KIOSK_DATA="$work/data" \
    "$bundle/spine-kiosk" --check >"$work/host-check.txt" 2>/dev/null
host_check_code=$?
set -e
python3 - "$out" "$work/host" "$check_code" "$host_check_code" <<'EOF'
import re, sys
from pathlib import Path

sys.path.insert(0, ".")
from tests.test_frozen import COMPARED, LOG_LINE, difference

out, host = Path(sys.argv[1]), Path(sys.argv[2])
problems = []
if sys.argv[3] != sys.argv[4]:
    problems.append(f"--check exits {sys.argv[3]} in the bare root, {sys.argv[4]} here")
for err in sorted(out.glob("*.err")):
    bad = [line for line in err.read_text().splitlines() if line and not LOG_LINE.match(line)]
    problems += [f"{err.name}: {line}" for line in bad]
expected = sorted(p.name for p in host.iterdir())
for run in ("deb", "tar"):
    got = sorted(p.name for p in (out / run).iterdir())
    if got != expected:
        problems.append(f"{run}: {len(got)} screenshots, {len(expected)} here")
        continue
    for name in COMPARED:
        score = difference(out / run / name, host / name)
        print(f"{run}/{name}: differs from this machine's by {score:.2f}")
        if score >= 2.0:
            problems.append(f"{run}/{name} differs by {score:.1f}")
for problem in problems:
    print("PROBLEM:", problem)
sys.exit(1 if problems else 0)
EOF
echo "bare machine: OK in $((SECONDS - started)) s"
