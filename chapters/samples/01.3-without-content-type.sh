#!/usr/bin/env bash
# A sample for the chapters: the reference solution of module 01 with one mistake (create() sends
# its JSON without a Content-Type header), then ./kit's status, which shows the near-miss report.
# The doc tests run it in their copy of the project; it fails loudly when the solution changes under it.
set -euo pipefail
# A copy of its own: the rest of the chapter goes on with the reader's project as it was.
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp -R . "$copy/apikata"
cd "$copy/apikata"
client=dev/apikata/http/methods/PostsClient.java
cp "solutions/01-http-methods/src/main/java/$client" "exercises/01-http-methods/src/main/java/$client"
sed -i 's/posts().POST(jsonBody(post)).header("Content-Type", JSON)/posts().POST(jsonBody(post))/' \
    "exercises/01-http-methods/src/main/java/$client"
grep -q 'posts().POST(jsonBody(post)));' "exercises/01-http-methods/src/main/java/$client" \
    || { echo "the sample's mistake no longer applies to the solution's create()" >&2; exit 1; }
./kit || true
