#!/bin/sh
# Removes a withdrawn story from every commit of the library's git history, so that no clone
# made from now on holds its text (AVG art. 17). Run it in the library after
# 'verhaal withdraw ID' (and its commit), then push with --force and let every collector clone
# anew: a clone made before still holds the old commits.
#
# Usage: scripts/privacy/forget-in-git.sh Stories/anekdotes/ID.md
set -eu
path=${1:?usage: forget-in-git.sh Stories/FOLDER/ID.md}
if [ -e "$path" ]; then
    echo "error: $path still exists; withdraw it first: verhaal withdraw $(basename "$path" .md)" >&2
    exit 1
fi
FILTER_BRANCH_SQUELCH_WARNING=1 git filter-branch --force --prune-empty \
    --index-filter "git rm --cached --ignore-unmatch --quiet -- '$path'" -- --all >/dev/null
# The rewritten history's backup, the reflog and the unreachable objects still hold the text.
git for-each-ref --format='%(refname)' refs/original/ | xargs -r -n 1 git update-ref -d
git reflog expire --expire=now --all
git gc --prune=now --quiet
echo "$path is gone from every commit; push with 'git push --force --all' and let every collector clone anew"
