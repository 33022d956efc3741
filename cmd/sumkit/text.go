package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"
)

// textHelp is the paragraph of predict's and add's help that says how to pass a text that begins with "-",
// which would otherwise be read as a flag.
const textHelp = `A text that begins with "-" (such as "-5 stars, awful") would be read as a flag: pass it as --text TEXT,
after "--" (sumkit predict --deployment imdb.json -- "-5 stars, awful"), or as "-" to read it from stdin.`

// textFlag is the --text flag of the commands that take a TEXT.
func textFlag() *cli.StringFlag {
	return &cli.StringFlag{Name: "text", Usage: "the text, in place of the TEXT argument: for a text that begins with \"-\""}
}

// commandText is the text a command was given: --text, the arguments joined by spaces, or stdin for "-".
func commandText(c *cli.Context) (string, error) {
	args := c.Args().Slice()
	switch {
	case c.IsSet("text") && len(args) > 0:
		return "", usagef("both --text and a TEXT argument (%q) given: pass the text once", strings.Join(args, " "))
	case c.IsSet("text"):
		return c.String("text"), nil
	case len(args) == 1 && args[0] == "-":
		r := c.App.Reader
		if r == nil {
			return "", errors.New("no stdin to read the text from")
		}
		b, err := io.ReadAll(r)
		if err != nil {
			return "", fmt.Errorf("read the text from stdin: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	case len(args) == 0:
		return "", usagef("no text given: pass the text to encode as the argument, as --text TEXT, or as - to read it from stdin")
	}
	return strings.Join(args, " "), nil
}
