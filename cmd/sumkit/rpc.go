package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"
)

// defaultRPC is where `sumkit devnet` serves JSON-RPC by default.
const defaultRPC = "http://127.0.0.1:8545"

// dialTimeout bounds connecting to the node and reading its chain id.
const dialTimeout = 10 * time.Second

// rpcFlag is the --rpc flag every command that talks to a node takes.
func rpcFlag() *cli.StringFlag {
	return &cli.StringFlag{
		Name:    "rpc",
		Value:   defaultRPC,
		EnvVars: []string{"SUMKIT_RPC"},
		Usage:   "JSON-RPC URL of the node (the default is `sumkit devnet`'s)",
	}
}

// dial connects to the node at url and reads its chain id, within dialTimeout. The caller closes the client.
func dial(ctx context.Context, url string) (*ethclient.Client, *big.Int, error) {
	ctx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, unreachable(url, err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, nil, unreachable(url, err)
	}
	return client, id, nil
}

// unreachable names the node and the root cause only: the layers between repeat the URL.
func unreachable(url string, err error) error {
	root := err
	for u := errors.Unwrap(root); u != nil; u = errors.Unwrap(root) {
		root = u
	}
	return fmt.Errorf("cannot reach node at %s: %v; start one with `sumkit devnet` or pass --rpc", url, root)
}

// deploymentFlag is the --deployment flag of the commands that use a deployment.
func deploymentFlag() *cli.StringFlag {
	return &cli.StringFlag{
		Name:    "deployment",
		Value:   "deployment.json",
		EnvVars: []string{"SUMKIT_DEPLOYMENT"},
		Usage:   "deployment manifest written by deploy",
	}
}
