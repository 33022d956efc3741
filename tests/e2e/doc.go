// Package e2e holds end-to-end tests: they build the real sumkit binary once and run it, as a user would,
// against real anvil nodes (node_modules/.bin/anvil, installed by `make tools`), then check what the commands
// printed and what changed on the chain: balances, nonces and the trainer's events.
//
// The tests skip when anvil is not installed; with SUMKIT_REQUIRE_ANVIL=1 in the environment (as .ci/run
// sets it) they fail instead, so that CI never passes by skipping them.
//
// The package has no code of its own; everything is in its _test.go files.
package e2e
