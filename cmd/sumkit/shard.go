package main

import (
	"os"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
)

// shardFlags are the flags that pick one shard of a run split across machines.
func shardFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "shard", Usage: "`I/N`: run shard I of N (0 ≤ I < N) and write its part for a later merge"},
		&cli.IntFlag{Name: "shards", Usage: "`N` shards, this one's index taken from JOB_COMPLETION_INDEX (a Kubernetes Indexed Job sets it)"},
	}
}

// shardFromFlags returns the shard --shard or --shards with JOB_COMPLETION_INDEX names: index 0 of 1 when
// neither is given.
func shardFromFlags(c *cli.Context) (index, count int, err error) {
	switch {
	case c.IsSet("shard") && c.IsSet("shards"):
		return 0, 0, usagef("give --shard I/N or --shards N, not both")
	case c.IsSet("shard"):
		i, n, ok := strings.Cut(c.String("shard"), "/")
		index, err1 := strconv.Atoi(strings.TrimSpace(i))
		count, err2 := strconv.Atoi(strings.TrimSpace(n))
		if !ok || err1 != nil || err2 != nil || count < 1 || index < 0 || index >= count {
			return 0, 0, usagef("--shard %q: write I/N with 0 ≤ I < N, e.g. --shard 0/3", c.String("shard"))
		}
		return index, count, nil
	case c.IsSet("shards"):
		count = c.Int("shards")
		env, ok := os.LookupEnv("JOB_COMPLETION_INDEX")
		if !ok {
			return 0, 0, usagef("--shards %d takes this shard's index from JOB_COMPLETION_INDEX, which is not set; give --shard I/%d instead", count, count)
		}
		index, err := strconv.Atoi(env)
		if err != nil || count < 1 || index < 0 || index >= count {
			return 0, 0, usagef("JOB_COMPLETION_INDEX=%q with --shards %d: the index must be an integer in 0..%d", env, count, count-1)
		}
		return index, count, nil
	}
	return 0, 1, nil
}
