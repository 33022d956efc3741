// SPDX-License-Identifier: MIT

// Package train trains the oracle's off-chain models with gorgonia: logistic regression and a one-hidden-layer
// perceptron over sparse samples, returned as [weights.Weights] for the oracle to commit.
//
// A sample is a list of feature indices, each a present feature (an index listed twice counts twice), and a
// label in [0, NumClasses). [Train] turns a batch of samples into a dense BatchSize×NumFeatures matrix, so memory
// grows with the batch size, not with the number of samples, and fits the model with Adam on a cross-entropy
// loss: one sigmoid output for two-class logistic regression (class 1 iff the logit is above 0, as
// [weights.Linear] predicts), softmax for more classes, and for the MLP a ReLU hidden layer under a softmax
// over every class. [Evaluate] measures accuracy in float64 straight from the weights.
//
// # Determinism
//
// On the CPU, the same samples in the same order and the same [Config] give bit-identical weights on every run:
// initial weights and the per-epoch shuffle come from a PCG stream seeded by Config.Seed (drawn with this
// package's own integer arithmetic, not math/rand's helpers, whose algorithms may change between Go releases),
// all arithmetic is float64, no map order or goroutine schedule reaches a sum (gorgonia's softmax and gonum's
// matrix product fan out over goroutines, but every output element is summed by one goroutine in a fixed
// order), and no node's gradient has more than two terms, so the order in which gorgonia adds them cannot
// matter (floating-point addition commutes).
//
// What can still change the bits from one machine to another:
//   - Fused multiply-add. Go may compile x*y + z into one FMA instruction where the target has one: arm64,
//     ppc64le, s390x, riscv64, and amd64 built with GOAMD64=v3 or above. Gorgonia and gonum are compiled the same
//     way, so their results may differ from a GOAMD64=v1 amd64 build. [ReferenceBuild] is true only for the
//     reference build (amd64, GOAMD64 v1 or v2); this package's own arithmetic converts products explicitly,
//     which forbids fusion, but that does not reach into its dependencies.
//   - math.Exp on amd64 uses FMA instructions when the CPU has AVX and FMA (every x86 server since 2013), so a
//     pre-Haswell CPU gives different sigmoid and softmax values. Running with GODEBUG=cpu.fma=off makes an FMA
//     machine match one without.
//   - The Go release and the versions of gorgonia, gonum and gorgonia.org/tensor: pin them (go.mod does).
//
// # GPU
//
// Config.Device "gpu" needs a binary built with -tags cuda (`make cuda`); without the tag [Train] returns
// [ErrNoCUDA], and the caller should log it and train on the CPU. GPU training is not bit-deterministic: CUDA
// reductions and cuBLAS pick their summation order at run time. Gorgonia v0.9.18 decides per operation, when
// it compiles the graph, whether it runs on the GPU, so a cuda build runs every CUDA-capable operation on GPU 0
// whatever the Device says; such a build refuses Device "cpu" rather than silently lose determinism, and an
// oracle whose commits must be reproducible runs a build without the tag.
//
// A cuda build depends on more than the tag:
//   - gorgonia ships its elementwise kernels as CUDA sources. cmd/cudagen compiles them with nvcc for the local
//     GPU into a cudamodules.go in this package; without that file the tensor engine has no "add" or "mul"
//     kernel and a training step fails.
//   - gorgonia.org/gorgonia links cuDNN, and gorgonia.org/cu initialises the driver when the program starts
//     and exits if there is no device: the binary runs only on a machine with a GPU.
package train
