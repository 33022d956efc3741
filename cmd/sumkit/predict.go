package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/deployment"
	"github.com/sumkit/sumkit/encoder"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// unknownWordsShown is how many unknown words a summary quotes.
const unknownWordsShown = 10

// encodingHelp is the paragraph of predict's and add's help that says what becomes of the words of TEXT.
const encodingHelp = `With the imdb-vocab encoder, TEXT is lower-cased and split into words of two or more letters or digits,
as the vocabulary was built: "wonderful," is "wonderful" and "don't" is "don". Words the vocabulary lacks are
dropped. Stop words such as "the" or "not" are not in it by design and go silently; any other dropped word is
named on stderr, and a text with no known word is refused.`

func predictCommand() *cli.Command {
	return &cli.Command{
		Name:      "predict",
		Usage:     "ask a deployed model for the class of a text",
		ArgsUsage: "TEXT | - | --text TEXT | --file FILE",
		Description: `Encodes TEXT with the deployment's encoder and asks the model, through its trainer, for its class.
Predictions are calls: they send no transaction and need no account.

` + encodingHelp + `

` + textHelp + `

` + fileHelp + `

predict --file prints each line's number and class and, where the file has labels, the accuracy and each
class's counts. With --json it prints a JSON object a line ({"line", "class", "name", "label"}) and, where the
file has labels, a last one with the accuracy ({"total", "correct", "accuracy", "classes"}).

Examples:
   sumkit predict --deployment imdb.json "a wonderful, moving film"
   sumkit predict --deployment fitness.json --json "1000000000,0,0,0,0,0,0,0,0"
   sumkit predict --deployment imdb.json --file test.tsv`,
		Flags: append(fileFlags(),
			rpcFlag(),
			deploymentFlag(),
			textFlag(),
			&cli.StringFlag{Name: "vocab", Usage: "vocabulary file for the imdb-vocab encoder (default: the one recorded at deployment)"},
			&cli.BoolFlag{Name: "json", Usage: "print the result as JSON"},
		),
		Action: func(c *cli.Context) error {
			if c.IsSet("file") {
				return runPredictFile(c)
			}
			d, err := openDeployment(c)
			if err != nil {
				return err
			}
			defer d.client.Close()
			t := trainer.NewTransactor(d.client, &bind.TransactOpts{})
			class, err := d.stack.Predict(c.Context, t, d.sample)
			if err != nil {
				return explain(c.Context, d.client, "predict", err)
			}
			name := fmt.Sprintf("class %d", class)
			if class < uint64(len(d.manifest.Classes)) {
				name = d.manifest.Classes[class]
			}
			if c.Bool("json") {
				return json.NewEncoder(c.App.Writer).Encode(struct {
					Class uint64 `json:"class"`
					Name  string `json:"name"`
				}{class, name})
			}
			_, err = fmt.Fprintf(c.App.Writer, "%s (class %d)\n", name, class)
			return err
		},
	}
}

// opened is a deployment checked against its node, with the command's text encoded for it.
type opened struct {
	manifest *deployment.Manifest
	client   *ethclient.Client
	chainID  *big.Int
	stack    *trainer.Stack
	sample   []int64
}

// openDeployment loads the --deployment manifest, encodes the command's text for it (reporting unknown words on
// stderr), and dials and checks the node. The caller closes the client.
func openDeployment(c *cli.Context) (*opened, error) {
	text, err := commandText(c)
	if err != nil {
		return nil, err
	}
	man, err := deployment.Load(c.String("deployment"))
	if err != nil {
		return nil, err
	}
	vocab := c.String("vocab")
	if vocab == "" {
		vocab = man.Vocabulary
	}
	shape := &model.Model{Kind: man.Kind, NumFeatures: man.NumFeatures, MaxFeatures: man.MaxFeatures}
	enc, err := buildEncoder(man.Encoder, vocab, shape)
	if err != nil {
		return nil, err
	}
	sample, report, err := enc.EncodeReport(text)
	if s := report.UnknownSummary(unknownWordsShown); s != "" {
		fmt.Fprintln(c.App.ErrWriter, s)
	}
	if report.Duplicates > 0 {
		fmt.Fprintf(c.App.ErrWriter, "%d repeated words counted once: the model takes each word once\n", report.Duplicates)
	}
	if err != nil {
		return nil, fmt.Errorf("encode the text: %w", err)
	}
	if len(sample) == 0 {
		return nil, emptySampleError(report)
	}
	d, err := connect(c, man)
	if err != nil {
		return nil, err
	}
	d.sample = sample
	return d, nil
}

// emptySampleError says why a text encoded to nothing, naming the words that were dropped.
func emptySampleError(r encoder.Report) error {
	dropped := slices.Concat(r.Unknown, r.StopWords)
	if len(dropped) == 0 {
		return errors.New("the text encodes to an empty sample: it has no words; pass the text to encode")
	}
	if len(dropped) > unknownWordsShown {
		dropped = append(dropped[:unknownWordsShown:unknownWordsShown], "...")
	}
	return fmt.Errorf("the text encodes to an empty sample: none of its words is in the vocabulary (%s); use "+
		"words the model knows", strings.Join(dropped, ", "))
}

// connect dials the --rpc node and checks man against it. The caller closes the client.
func connect(c *cli.Context, man *deployment.Manifest) (*opened, error) {
	client, chainID, err := dial(c.Context, c.String("rpc"))
	if err != nil {
		return nil, err
	}
	if err := man.Check(c.Context, client); err != nil {
		client.Close()
		return nil, err
	}
	return &opened{
		manifest: man,
		client:   client,
		chainID:  chainID,
		stack:    trainer.Open(man.Trainer, man.Model, man.Kind, man.Mechanism),
	}, nil
}

// transactor is the sending account's transactor on d's chain.
func (d *opened) transactor(c *cli.Context) (*chain.Transactor, error) {
	return newTransactor(c, d.client, d.chainID, c.String("rpc"))
}
