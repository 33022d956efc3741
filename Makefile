# sumkit build and test entry points. `make tools` once on a fresh machine (npm packages, pinned in
# package-lock.json), then `make test`. Go modules download on first use.

FORGE    := node_modules/.bin/forge
SOLHINT  := node_modules/.bin/solhint
GO       ?= go
# cgo code (the cuda build's gorgonia, and any added later) may print deprecation warnings without this; a
# plain `go build ./cmd/sumkit` needs none: oracle/gpu calls NVML without cgo.
export CGO_CFLAGS ?= -Wno-deprecated-declarations

# The contracts that get Go bindings: everything a user deploys, and the model interface. RewardEngine is the
# library PredictionMarket links: its binding carries the code to deploy, and PredictionMarket's its Deps.
CONTRACTS := SparsePerceptron DensePerceptron NaiveBayes DenseNearestCentroid SparseNearestCentroid \
             DepositRefundTake Points IClassifier PredictionMarket RewardEngine ModelUpdater OracleModel

STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: all tools contracts bindings check-bindings test test-sol test-go gas-snapshot gas-snapshot-check lint gas demo \
        cuda clean

all: contracts test

## tools: install the pinned npm toolchain (solc, forge, anvil, cast, OpenZeppelin, forge-std, solhint).
# npm install, not npm ci: npm 11 leaves the other platforms' optional foundry binaries out of the lock file
# and npm ci then refuses it. Versions still come from package.json (exact) and package-lock.json.
tools:
	npm install --no-audit --no-fund

node_modules/.installed: package.json package-lock.json
	npm install --no-audit --no-fund
	@touch $@

## contracts: compile the Solidity sources with forge.
contracts: node_modules/.installed
	$(FORGE) build --skip 'solidity/test/**'

## bindings: regenerate bindings/ from the compiled contracts (abigen v2). Commit the result.
bindings: contracts
	node scripts/combined-json.js out $(CONTRACTS) > out/combined.json
	$(GO) tool abigen --v2 --combined-json out/combined.json --pkg bindings --out bindings/bindings.go

## check-bindings: fail if the committed bindings differ from freshly generated ones.
check-bindings: bindings
	@git diff --exit-code --stat -- bindings/ || { \
		echo "bindings/ is stale: run 'make bindings' and commit the result"; exit 1; }

## test: every test, Solidity (forge) and Go.
test: test-sol test-go

test-sol: node_modules/.installed
	$(FORGE) test

test-go:
	$(GO) test ./...

# forge's gas snapshot: the gas of every unit test, committed. Fuzz and invariant tests are left out: their inputs,
# and so their gas, change with the seed, and a snapshot that moves on its own explains nothing.
GAS_SNAPSHOT       := solidity/.gas-snapshot
GAS_SNAPSHOT_FLAGS := --no-match-test '^(testFuzz|invariant)'

## gas-snapshot: rewrite solidity/.gas-snapshot; commit it with the change that moved the figures.
gas-snapshot: node_modules/.installed
	$(FORGE) snapshot $(GAS_SNAPSHOT_FLAGS) --snap $(GAS_SNAPSHOT)

## gas-snapshot-check: fail if a unit test's gas differs from solidity/.gas-snapshot (CI runs it).
# A fresh snapshot diffed against the committed one, not `forge snapshot --check`: forge 1.7.1's check prints the
# differences but exits 0, so CI would pass over them. diff also fails on a test added or removed.
gas-snapshot-check: node_modules/.installed
	@mkdir -p cache
	$(FORGE) snapshot $(GAS_SNAPSHOT_FLAGS) --snap cache/gas-snapshot.new
	@diff -u $(GAS_SNAPSHOT) cache/gas-snapshot.new || { \
		echo "gas differs from $(GAS_SNAPSHOT) (lines above): if the change is meant, run 'make gas-snapshot'"; \
		echo "and commit the snapshot together with the change that caused it"; exit 1; }

## lint: gofmt, go vet, staticcheck, a type check of the -tags cuda build, solhint and forge fmt --check.
lint: node_modules/.installed
	@unformatted="$$(gofmt -l $$(git ls-files '*.go'))"; if [ -n "$$unformatted" ]; then \
		echo "not gofmt'ed (run gofmt -w):"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...
	$(GO) run ./scripts/cudacheck ./...
	$(SOLHINT) --disc --max-warnings 0 'solidity/src/**/*.sol'
	$(FORGE) fmt --check

## demo: the main job: an honest and a careless contributor teach an IMDB sentiment model under Deposit-Refund-Take
## on an in-process chain until every deposit is settled; prints the verdict and writes demo.png.
demo:
	$(GO) run ./cmd/sumkit demo --out demo.png

## gas: deploy every model with Deposit-Refund-Take on an in-process Osaka chain and write gas-report.json.
gas:
	$(GO) run ./cmd/sumkit gas --models testdata/models --out gas-report.json

## cuda: build sumkit-cuda, which trains the oracle's models on the GPU. Run it on the GPU machine: it needs
## the NVIDIA driver, the CUDA toolkit (nvcc, cuBLAS) and cuDNN. gorgonia's cudagen first compiles gorgonia's
## kernels for this machine's GPU into oracle/train/cudamodules.go (not committed); without them gorgonia has
## no elementwise kernels and training fails.
cuda:
	cd oracle/train && $(GO) run gorgonia.org/gorgonia/cmd/cudagen
	$(GO) build -tags cuda -o sumkit-cuda ./cmd/sumkit

clean:
	rm -rf out cache gas-report.json sumkit-cuda oracle/train/cudamodules.go
