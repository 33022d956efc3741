// SPDX-License-Identifier: MIT

package encoder

import (
	"maps"
	"slices"
	"strings"
)

// stopWords are English function words: articles, pronouns, prepositions, conjunctions, auxiliaries and
// the commonest adverbs and quantifiers. 0xDeCA10B's imdb.json was built with an English stop list removed
// (none of these is among its 1000 words, though "the" and "and" are IMDB's commonest), so a vocabulary
// encoder drops them without reporting them: naming them would tell the user nothing they could act on, and
// the report would fire for almost every text. Words of one letter ("a", "i") never become tokens at all.
var stopWords = setOf(`
an the this that these those each every any some all both either neither no nor such own same other others
another he him his she her hers it its we us our ours they them their theirs you your yours me my mine myself
yourself yourselves himself herself itself ourselves themselves who whom whose which what whatever whoever
about above across after afterwards against along among amongst around at before behind below beneath beside
besides between beyond by down during for from in into of off on onto out over through throughout thru to
toward towards under until up upon with within without via per and but or if because although though while
whether than so as since yet thus hence therefore however am is are was were be been being have has had do
done can cannot could would should may might must will shall here there then now when where why how also too
very well not only again ever never once already always often sometimes still even else one two three four
five six eight nine ten first last next many much more most less least few several get give go take see show
find made keep put please rather perhaps indeed nothing something anything everything someone anyone everyone
nobody none`)

// setOf returns the whitespace-separated words of s as a set.
func setOf(s string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

// IsStopWord reports whether the vocabulary encoder drops token without listing it in Report.Unknown: an
// English function word that 0xDeCA10B's IMDB vocabulary lacks by design. Token must be lower case.
func IsStopWord(token string) bool { return stopWords[token] }

// StopWords returns the words IsStopWord reports, sorted.
func StopWords() []string {
	return slices.Sorted(maps.Keys(stopWords))
}
