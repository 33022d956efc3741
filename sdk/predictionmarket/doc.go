// Package predictionmarket is a Go client of the PredictionMarket contract: a provider commits to a hidden test
// set and a bounty, contributors stake on labelled samples, and the rewards are computed on chain from how much
// each contribution improves the model on the test set.
//
// A [Market] reads the contract's state ([Market.State], [Market.Status]) and builds each of its calls as an
// [Action], which [Market.Send] sends from a [chain.Transactor]. The flows that take several transactions
// ([Market.Step], [Market.Collect], [Market.RevealRest]) decide each next call from the chain and hand it to a
// [SendFunc], so that a caller can print, dry-run or stop between them; [Sender] is the plain one.
//
// The provider's side keeps a [Manifest]: the test set cut into pieces ([Split]) and their Merkle commitment
// ([Commit]). It is the hidden test set, so the provider keeps it private until every piece is revealed.
package predictionmarket
