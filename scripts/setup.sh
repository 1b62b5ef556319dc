#!/usr/bin/env bash
# Installs everything the app and its tests need on a fresh machine, and nothing twice:
# npm packages (when node_modules is missing or older than the lockfile), and Debian's
# Chromium, Noto CJK fonts and poppler-utils (for the end-to-end tests, printing and screenshots),
# and PostgreSQL (the server's tests on a real database).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -f package-lock.json ]; then
  # npm writes node_modules/.package-lock.json on every install; missing counts as older.
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "· 安装 npm 依赖（npm ci）"
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
  fi
elif [ ! -d node_modules ]; then
  echo "· 安装 npm 依赖（npm install）"
  npm install --no-audit --no-fund --loglevel=error >/dev/null
fi

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# pdfinfo/pdftotext read the printed PDFs in the end-to-end tests.
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
# Read the whole list first: `fc-list | grep -q` can die of SIGPIPE and fail under pipefail.
zh_fonts="$(fc-list :lang=zh family 2>/dev/null || true)"
grep -qi 'Noto Sans CJK' <<<"$zh_fonts" || need_apt+=(fonts-noto-cjk)
# The server's API tests and bench:server run a throwaway PostgreSQL cluster (initdb, pg_ctl).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)

if [ ${#need_apt[@]} -gt 0 ]; then
  echo "· 安装 ${need_apt[*]}（apt-get）"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
      sudo_cmd=(sudo)
    else
      echo "需要 root 权限安装 ${need_apt[*]}，请以 root 运行或先手动安装。" >&2
      exit 1
    fi
  fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
