#!/usr/bin/env bash
# Create mapapp's virtual environment, or stop with one sentence naming the one command that
# installs what the system lacks, instead of failing inside Python or pip. Run by `make`.
#   scripts/check_python.sh [PYTHON] [VENV_DIR]
# PYTHON defaults to python3; when it is python3 and older than 3.11, a newer python3.X on
# PATH is used instead. Without VENV_DIR, only the checks run (a throwaway venv is created).
set -uo pipefail
python=${1:-python3}
venv=${2:-}
minimum=3.11

stop() {
  echo "$1" >&2
  exit 1
}

version_of() { # prints major.minor, or nothing if $1 does not run
  "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null
}

recent() { # is version $1 at least $minimum?
  local major=${1%%.*} minor=${1#*.}
  ((major > ${minimum%%.*} || (major == ${minimum%%.*} && minor >= ${minimum#*.})))
}

if ! command -v "$python" >/dev/null 2>&1; then
  package=${python##*/}
  [[ $package =~ ^python3(\.[0-9]+)?$ ]] || package=python3
  stop "mapapp needs Python $minimum or newer and $python is not installed: install it with \`sudo apt-get install $package\`."
fi
version=$(version_of "$python")
[[ $version =~ ^[0-9]+\.[0-9]+$ ]] || stop "mapapp needs Python $minimum or newer and $python does not run: reinstall it with \`sudo apt-get install --reinstall python3\`."
if ! recent "$version"; then
  found=
  if [[ $python == python3 ]]; then
    for candidate in python3.14 python3.13 python3.12 python3.11; do
      candidate_version=$(command -v "$candidate" >/dev/null 2>&1 && version_of "$candidate")
      if [[ $candidate_version =~ ^[0-9]+\.[0-9]+$ ]] && recent "$candidate_version"; then
        found=$candidate
        break
      fi
    done
  fi
  [[ -n $found ]] || stop "mapapp needs Python $minimum or newer and $python is $version: install one with \`sudo apt-get install python$minimum\` (make then finds it by itself)."
  echo "python: $python is $version, using $found ($candidate_version)"
  python=$found version=$candidate_version
fi

# Debian and Ubuntu ship venv's pip bootstrap (ensurepip) in a separate package: without it,
# `python3 -m venv` fails half-way and leaves a venv without pip behind.
scratch=
if [[ -z $venv ]]; then
  scratch=$(mktemp -d)
  venv=$scratch/venv
fi
existed=$([[ -e $venv ]] && echo yes)
if ! output=$("$python" -m venv "$venv" 2>&1); then
  if [[ -n $existed ]]; then rm -f "$venv/bin/python"; else rm -rf "$venv"; fi
  [[ -z $scratch ]] || rm -rf "$scratch"
  case $output in
  *ensurepip* | *"No module named venv"*)
    stop "mapapp needs Python's venv module, which $python ($version) lacks: install it with \`sudo apt-get install python$version-venv\`."
    ;;
  *)
    echo "$output" >&2
    stop "mapapp could not create its virtual environment $venv with $python ($version): see the error above."
    ;;
  esac
fi
[[ -z $scratch ]] || rm -rf "$scratch"
exit 0
