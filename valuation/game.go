package valuation

import (
	"context"
	"fmt"
	"slices"
)

// Utility scores coalitions of a game's players.
//
// The players are 0..Players()-1. Value must be safe for concurrent use: the methods call it from every worker.
// A utility whose score depends on the order in which members are added (an online learner, say) is still a
// game over sets, scored in ascending player order by Value; only walkers see other orders.
type Utility interface {
	// Players returns the number of players n.
	Players() int
	// Value returns u(S) for the coalition S, given as distinct player indices in ascending order. It must
	// not retain or modify the slice.
	Value(ctx context.Context, coalition []int) (float64, error)
}

// Walker evaluates a utility along a coalition that grows one player at a time, as a permutation walk does.
// A walker is used by one goroutine at a time.
type Walker interface {
	// Reset empties the coalition and returns u(∅).
	Reset(ctx context.Context) (float64, error)
	// Add adds a player not yet in the coalition and returns the utility of the grown coalition.
	Add(ctx context.Context, player int) (float64, error)
}

// Incremental is a utility that can be evaluated incrementally, e.g. a model that learns from one more
// contribution without retraining from scratch. Its walkers may score a coalition in the order its members were
// added; such a utility should document how that order affects its value.
type Incremental interface {
	Utility
	// NewWalker returns a fresh walker over this utility.
	NewWalker() Walker
}

// NewWalker returns u's own walker when u is [Incremental], and otherwise a walker that calls u.Value on the whole
// coalition after every Add: O(|S|) extra work per step plus a full evaluation, so a permutation walk costs
// n evaluations of growing coalitions.
func NewWalker(u Utility) Walker {
	if inc, ok := u.(Incremental); ok {
		return inc.NewWalker()
	}
	return &valueWalker{u: u, in: make([]bool, u.Players())}
}

// valueWalker is the fallback walker: it keeps the coalition as a membership table and re-evaluates it.
type valueWalker struct {
	u       Utility
	in      []bool
	members []int
}

// Reset empties the coalition and evaluates it.
func (w *valueWalker) Reset(ctx context.Context) (float64, error) {
	clear(w.in)
	w.members = w.members[:0]
	return w.u.Value(ctx, w.members)
}

// Add inserts the player and evaluates the whole coalition.
func (w *valueWalker) Add(ctx context.Context, player int) (float64, error) {
	if player < 0 || player >= len(w.in) {
		return 0, fmt.Errorf("walker: player %d out of range [0, %d)", player, len(w.in))
	}
	if w.in[player] {
		return 0, fmt.Errorf("walker: player %d added twice", player)
	}
	w.insert(player)
	return w.u.Value(ctx, w.members)
}

// insert adds a player known to be absent, keeping the ascending order Value requires without a full sort.
func (w *valueWalker) insert(player int) {
	w.in[player] = true
	i, _ := slices.BinarySearch(w.members, player)
	w.members = slices.Insert(w.members, i, player)
}

// Func is a utility given by a function of the coalition; it suits closed-form games and tests.
type Func struct {
	// N is the number of players.
	N int
	// F returns u(S) for S in ascending order; it must be safe for concurrent use.
	F func(coalition []int) float64
}

// Players returns f.N.
func (f Func) Players() int { return f.N }

// Value returns f.F(coalition). It checks ctx so that long enumerations over cheap games still stop when asked.
func (f Func) Value(ctx context.Context, coalition []int) (float64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	return f.F(coalition), nil
}

// Groups is a game whose players are groups of another game's players, for example all contributions of one
// author: the value of a coalition of groups is the base utility of the union of their members. The groups must
// be disjoint; a base player in no group is never added. If the base utility is [Incremental], so is Groups:
// adding a group adds its members one by one, in the order listed.
type Groups struct {
	base    Utility
	members [][]int
}

// NewGroups checks that groups are disjoint, non-empty and in range of base, and returns the grouped game.
func NewGroups(base Utility, groups [][]int) (*Groups, error) {
	n := base.Players()
	owner := make([]int, n)
	for i := range owner {
		owner[i] = -1
	}
	members := make([][]int, len(groups))
	for g, group := range groups {
		if len(group) == 0 {
			return nil, fmt.Errorf("groups: group %d is empty", g)
		}
		for _, p := range group {
			if p < 0 || p >= n {
				return nil, fmt.Errorf("groups: group %d: player %d out of range [0, %d)", g, p, n)
			}
			if owner[p] >= 0 {
				return nil, fmt.Errorf("groups: player %d is in groups %d and %d", p, owner[p], g)
			}
			owner[p] = g
		}
		members[g] = slices.Clone(group)
	}
	return &Groups{base: base, members: members}, nil
}

// Players returns the number of groups.
func (g *Groups) Players() int { return len(g.members) }

// Value returns the base utility of the union of the groups in coalition, its members in ascending order.
func (g *Groups) Value(ctx context.Context, coalition []int) (float64, error) {
	var union []int
	for _, grp := range coalition {
		if grp < 0 || grp >= len(g.members) {
			return 0, fmt.Errorf("groups: group %d out of range [0, %d)", grp, len(g.members))
		}
		union = append(union, g.members[grp]...)
	}
	slices.Sort(union)
	return g.base.Value(ctx, union)
}

// NewWalker returns a walker that adds a group's members through the base utility's walker.
func (g *Groups) NewWalker() Walker {
	return &groupWalker{g: g, base: NewWalker(g.base)}
}

type groupWalker struct {
	g    *Groups
	base Walker
}

// Reset resets the base walker.
func (w *groupWalker) Reset(ctx context.Context) (float64, error) { return w.base.Reset(ctx) }

// Add adds every member of the group and returns the utility after the last.
func (w *groupWalker) Add(ctx context.Context, group int) (float64, error) {
	if group < 0 || group >= len(w.g.members) {
		return 0, fmt.Errorf("groups: group %d out of range [0, %d)", group, len(w.g.members))
	}
	members := w.g.members[group]
	if vw, ok := w.base.(*valueWalker); ok {
		// The base re-evaluates from scratch anyway: one evaluation per group, not one per member.
		for _, p := range members {
			if vw.in[p] {
				return 0, fmt.Errorf("groups: group %d added twice", group)
			}
			vw.insert(p)
		}
		return vw.u.Value(ctx, vw.members)
	}
	var v float64
	for _, p := range members {
		var err error
		if v, err = w.base.Add(ctx, p); err != nil {
			return 0, fmt.Errorf("groups: group %d: %w", group, err)
		}
	}
	return v, nil
}
