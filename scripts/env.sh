# Sourced by the scripts: puts the project's tools on PATH and keeps trunk from downloading.
# scripts/bin first: its wasm-bindgen splits the Wasm by page before the real one runs.
export PATH="$PWD/scripts/bin:$PWD/.tools/node_modules/.bin:$PWD/.tools/bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
