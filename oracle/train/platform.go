// SPDX-License-Identifier: MIT

//go:build amd64 && !amd64.v3

package train

// ReferenceBuild reports whether this binary is the reference build for bit-identical weights: amd64 with
// GOAMD64 v1 or v2, where the Go compiler never fuses a multiply and an add. Weights trained by other builds may
// differ in their last bits (see the package documentation).
const ReferenceBuild = true
