// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IPredictionMarketConfig is an auto generated low-level Go binding around an user-defined struct.
type IPredictionMarketConfig struct {
	MinStake           *big.Int
	MinContributions   uint32
	MinDuration        uint32
	FirstRevealWindow  uint32
	RevealWindow       uint32
	RewardWindow       uint32
	MaxPieceSamples    uint16
	MaxSampleLength    uint16
	ModelGasLimit      uint32
	MaxContributions   uint32
	GroupByContributor bool
	AllowGreaterStake  bool
}

// OracleModelParams is an auto generated low-level Go binding around an user-defined struct.
type OracleModelParams struct {
	Kind       uint8
	Hidden     uint8
	TailHash   [32]byte
	PageHashes [][32]byte
}

// OracleModelVersion is an auto generated low-level Go binding around an user-defined struct.
type OracleModelVersion struct {
	Number         uint64
	Parent         uint64
	CursorBlock    uint64
	CursorLogIndex uint64
	TrainedCount   uint64
	AccuracyPpm    uint32
	HeldOutSize    uint32
	WeightChunks   uint32
	ConfigHash     [32]byte
	WeightsRoot    [32]byte
	ParamsHash     [32]byte
}

// PredictionMarketAccount is an auto generated low-level Go binding around an user-defined struct.
type PredictionMarketAccount struct {
	Staked         *big.Int
	Balance        *big.Int
	Count          uint32
	Dropped        bool
	Claimed        bool
	Score          *big.Int
	ScoreIteration uint32
}

// PredictionMarketContribution is an auto generated low-level Go binding around an user-defined struct.
type PredictionMarketContribution struct {
	Contributor common.Address
	Stake       *big.Int
	Body        [32]byte
}

// PredictionMarketOutcome is an auto generated low-level Go binding around an user-defined struct.
type PredictionMarketOutcome struct {
	Ending      uint8
	Share       *big.Int
	TotalStaked *big.Int
}

// PredictionMarketReward is an auto generated low-level Go binding around an user-defined struct.
type PredictionMarketReward struct {
	Stage           uint8
	IsFinal         bool
	HasNegative     bool
	Cursor          uint32
	EvalPos         uint32
	Correct         uint32
	PrevAcc         uint32
	Acc0            uint32
	Iteration       uint32
	AliveUnits      uint32
	RemainingRounds *big.Int
	MinRounds       *big.Int
	Rounds          *big.Int
	OwedTotal       *big.Int
}

// PredictionMarketSample is an auto generated low-level Go binding around an user-defined struct.
type PredictionMarketSample struct {
	Data  []int64
	Label uint64
}

// PredictionMarketState is an auto generated low-level Go binding around an user-defined struct.
type PredictionMarketState struct {
	Provider         common.Address
	Bounty           *big.Int
	Model            common.Address
	Phase            uint8
	Drawn            bool
	Forfeited        bool
	ProviderClaimed  bool
	NumClasses       uint64
	PiecesRoot       [32]byte
	DrawBlock        uint64
	Deadline         *big.Int
	EarliestEnd      *big.Int
	NumPieces        uint32
	RevealIndex      uint32
	NextReveal       uint32
	Refunded         bool
	NumEvalSamples   uint32
	NumContributions uint32
	NumContributors  uint32
	TotalStaked      *big.Int
	ClaimedTotal     *big.Int
}

// TrainerContribution is an auto generated low-level Go binding around an user-defined struct.
type TrainerContribution struct {
	Deposit   *big.Int
	Claimable *big.Int
	Id        *big.Int
	NumClaims uint16
}

// DenseNearestCentroidMetaData contains all meta data concerning the DenseNearestCentroid contract.
var DenseNearestCentroidMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"},{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64[]\",\"name\":\"counts\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_ABS_VALUE\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"distances\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"d\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isSealed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"best\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setSumWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"sum\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"wordsPerClass\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"CountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"numFeatures\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"DimensionTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"EmptyClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"IndicesNotIncreasing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LaneOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"MalformedValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatureIndices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"max\",\"type\":\"int256\"}],\"name\":\"ValueOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "6b3125699181527ceb999a920b9d547f68",
	Bin: "0x610140604052346106c55761159d8038038061001a81610752565b92833981019060a0818303126106c5578051916001600160a01b0383168084036106c55760208301516001600160401b0381116106c55783019082601f830112156106c55781519061007361006e83610777565b610752565b92602084848152016020819460051b830101918683116106c55760208101915b8383106106e157505050506100aa6040860161078e565b60608601519091906001600160401b0381116106c55786019585601f880112156106c5578651966100dd61006e89610777565b976020808a838152019160051b830101918883116106c557602001905b8282106106c9575050506080810151906001600160401b0382116106c557019480601f870112156106c557855161013361006e82610777565b9660208089848152019260051b8201019283116106c557602001905b8282106106b557505050156106a65782511561069757825162010000811161067e57506001600160401b0381169586158015610679575b61066a5760016001603f1b03871161064957336080526101005282516001600160401b031660a05260c081905260e0528151906801000000000000000082116105b7575f54825f558083106105cb575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56392915b82821061049a575050505064010000000084101561047e5782519051908181036104695750505f5b825181101561032d576001600160401b0361024282856107a2565b51161561031b5763400000006001600160401b0361026083866107a2565b511610156102f1576001600160401b0361027a82856107a2565b511690600381169160c08260061b1692808404604014901517156102dd57600282901c7f5f1daa16fdf9c17de7a9e6ef77c2b36a1b81e2aa7679442bbe601ab888af9ccf0180546001600160401b03851b19169190931b17909155600101610227565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0361030382856107a2565b5116906345a52f8760e01b5f5260045260245260445ffd5b632195894b60e01b5f5260045260245ffd5b50600383018084116102dd5760021c61012081905260a0516001600160401b031680820291801590830490911417156102dd578082511161044757505f5b81518110156103ac5760019061038181846107a2565b51817fc3ba9165cc3efda75b472e5b7e28c83c8d5f904014e96258064cc00c5e336cc901550161036b565b604051610d7f908161081e82396080518181816106b701526108dd015260a05181818161040a01528181610853015281816109780152610b55015260c0518181816102960152610cf4015260e051816103650152610100518181816103d20152818161067301528181610752015261090d0152610120518181816102de015281816104d10152818161071b0152818161099a0152610b770152f35b90515f1981019081116102dd576303585b9560e11b5f5260045260245260445ffd5b6355c5b3e360e11b5f5260045260245260445ffd5b8363c3c9b45b60e01b5f5260045264010000000060245260445ffd5b80518051906001600160401b0382116105b7576104b786546107ca565b601f8111610574575b50602090601f831160011461050b5792826001949360209386955f92610500575b50505f19600383901b1c191690841b1787555b019401910190926101ff565b015190505f806104e1565b90601f19831691875f52815f20925f5b81811061055c5750936020936001969387969383889510610544575b505050811b0187556104f4565b01515f1960f88460031b161c191690555f8080610537565b9293602060018192878601518155019501930161051b565b828111156104c0576105a990875f5260205f2090601f850160051c90602086106105af575b601f82910160051c039101610802565b5f6104c0565b5f9150610599565b634e487b7160e01b5f52604160045260245ffd5b5f8052828060205f20019103905f5b8281106105e85750506101d6565b8060019183016105f881546107ca565b9081610607575b5050016105da565b81601f5f9311851461061d5750555b5f806105ff565b8183526020832061063991601f0160051c841901908601610802565b8082528160208120915555610616565b631d0a257560e21b5f908152600488905260016001603f1b03602452604490fd5b631f937a9760e01b5f5260045ffd5b610186565b631f89af4360e01b5f526004526201000060245260445ffd5b6360620dcf60e11b5f5260045ffd5b6386dbdd8360e01b5f5260045ffd5b815181526020918201910161014f565b5f80fd5b602080916106d68461078e565b8152019101906100fa565b82516001600160401b0381116106c557820188603f820112156106c5576020810151916001600160401b0383116105b757610725601f8401601f1916602001610752565b8381526040838501018b106106c5575f602085819660408397018386015e83010152815201920191610093565b6040519190601f01601f191682016001600160401b038111838210176105b757604052565b6001600160401b0381116105b75760051b60200190565b51906001600160401b03821682036106c557565b80518210156107b65760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b90600182811c921680156107f8575b60208310146107e457565b634e487b7160e01b5f52602260045260245ffd5b91607f16916107d9565b5f5b82811061081057505050565b5f8282015560010161080456fe60806040526004361015610011575f80fd5b5f3560e01c80631659f234146108a65780633b3546c81461087757806343e13a7014610834578063499c9c6d146108155780635f7066a21461077c578063631f98521461073e5780636b851fc31461070457806377163c1d146106e65780638da5cb5b146106a2578063bab861c11461065e578063bb551b53146105e1578063bd7a1d6114610389578063c6f698c314610346578063cad0899b146102ba578063e6941b4a146102775763f2e05914146100c9575f80fd5b34610273575f366003190112610273575f546100e481610ae0565b906100f26040519283610aab565b8082525f80805260208301917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56391835b8282106101a657848660405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061016057505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f801991011601019601920192018594939192610151565b6040515f85548060011c90600181168015610269575b6020831081146102555782855290811561023257506001146101fb575b50600192826101ed85946020940382610aab565b815201940191019092610122565b5f878152602081209092505b81831061021c575050810160200160016101d9565b6001816020925483868801015201920191610207565b60ff191660208581019190915291151560051b84019091019150600190506101d9565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101bc565b5f80fd5b34610273575f3660031901126102735760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610273576040366003190112610273575f516020610d5f5f395f51905f526103057f0000000000000000000000000000000000000000000000000000000000000000600435610b1f565b810180911161033257602435600281901c9091015460209160061b60c0161c60070b60070b604051908152f35b634e487b7160e01b5f52601160045260245ffd5b34610273575f3660031901126102735760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610273576040366003190112610273576004356001600160401b038111610273576103b9903690600401610a7b565b90602435906001600160401b03821691828103610273577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036105ce576001600160401b037f000000000000000000000000000000000000000000000000000000000000000016808410156105b8575061043c84610cea565b61044583610c9b565b90600182018092116103325763400000008210156105a157600381169060c08160061b16918083046040149015171561033257673fffffffffffffff7f5f1daa16fdf9c17de7a9e6ef77c2b36a1b81e2aa7679442bbe601ab888af9ccf9160021c1601916001600160401b03835491831b921b19161790556104f65f516020610d5f5f395f51905f52927f000000000000000000000000000000000000000000000000000000000000000090610b1f565b8201809211610332575f5b83811061050a57005b6105148183610d35565b6401dcd6500081138015610592575b610573578160021c840160c08360061b1681549283821c60070b01926001600160401b03808516831b921b19161790558060070b0361056457600101610501565b63903651ab60e01b5f5260045ffd5b9063ec12f90760e01b5f526004526024526401dcd6500060445260645ffd5b506401dcd64fff198112610523565b50826345a52f8760e01b5f5260045260245260445ffd5b83633be6bfe760e11b5f5260045260245260445ffd5b633ea726d160e11b5f523360045260245ffd5b34610273576020366003190112610273576004356001600160401b0381116102735761061461061a913690600401610a7b565b90610b3f565b6040518091602082016020835281518091526020604084019201905f5b818110610645575050500390f35b8251845285945060209384019390920191600101610637565b34610273575f366003190112610273576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610273575f366003190112610273576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610273575f36600319011261027357602060405163400000008152f35b34610273575f3660031901126102735760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610273575f3660031901126102735760207f00000000000000000000000000000000000000000000000000000000000000003b1515604051908152f35b34610273576020366003190112610273576004356001600160401b038111610273576107af6107b7913690600401610a7b565b5f9291610b3f565b60015b8151811015610801576107cd8183610af7565b516107e16001600160401b03851684610af7565b51116107f0575b6001016107ba565b6001600160401b03811692506107e8565b6020836001600160401b0360405191168152f35b34610273575f3660031901126102735760206040516401dcd650008152f35b34610273575f3660031901126102735760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102735760203660031901126102735760206001600160401b0361089d600435610c9b565b16604051908152f35b34610273576040366003190112610273576004356024356001600160401b038111610273576108d9903690600401610a7b565b91907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610a68577f0000000000000000000000000000000000000000000000000000000000000000803b610a48575061093c83610ae0565b9261094a6040519485610aab565b808452602084019060051b82019136831161027357905b828210610a38575050506109be6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000167f0000000000000000000000000000000000000000000000000000000000000000610b1f565b806109ca845184610b32565b11610a0c57505f5b8251811015610a0a576001905f516020610d5f5f395f51905f526109f68285610b32565b610a008387610af7565b51910155016109d2565b005b610a1882845190610b32565b5f198101908111610332576303585b9560e11b5f5260045260245260445ffd5b8135815260209182019101610961565b63de2ef7dd60e01b5f9081526001600160a01b0391909116600452602490fd5b63245aecd360e01b5f523360045260245ffd5b9181601f84011215610273578235916001600160401b038311610273576020808501948460051b01011161027357565b90601f801991011681019081106001600160401b03821117610acc57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b038111610acc5760051b60200190565b8051821015610b0b5760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b8181029291811591840414171561033257565b9190820180921161033257565b919091610b4b83610cea565b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000167f0000000000000000000000000000000000000000000000000000000000000000610b9f82610ae0565b90610bad6040519283610aab565b828252601f19610bbc84610ae0565b0136602084013781955f5f516020610d5f5f395f51905f52905b858110610be65750505050505050565b610bef81610c9b565b90610bfa8582610b1f565b830191828411610332575f925f905b8a878310610c6357505050808002905f8112600160ff1b82141661033257808205811490151715610332578015610c4f5760019204610c488288610af7565b5201610bd6565b634e487b7160e01b5f52601260045260245ffd5b9483610c73846001949598610d35565b02610c8e878560c0908260021c01549160061b161c60070b90565b9003800201940190610c09565b7f5f1daa16fdf9c17de7a9e6ef77c2b36a1b81e2aa7679442bbe601ab888af9ccf8160021c015460c0600383169260061b169180830460401490151715610332576001600160401b03911c1690565b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690818103610d20575050565b63462d05b760e01b5f5260045260245260445ffd5b9190918260051b0135918260070b8303610d4c5750565b63d78808c760e01b5f5260045260245ffdfec3ba9165cc3efda75b472e5b7e28c83c8d5f904014e96258064cc00c5e336cc9",
}

// DenseNearestCentroid is an auto generated Go binding around an Ethereum contract.
type DenseNearestCentroid struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DenseNearestCentroid) GetABI() abi.ABI {
	return c.abi
}

// NewDenseNearestCentroid creates a new instance of DenseNearestCentroid.
func NewDenseNearestCentroid() *DenseNearestCentroid {
	parsed, err := DenseNearestCentroidMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DenseNearestCentroid{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DenseNearestCentroid) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address trainer_, string[] names, uint64 numFeatures_, uint64[] counts, uint256[] firstWords) returns()
func (denseNearestCentroid *DenseNearestCentroid) PackConstructor(trainer_ common.Address, names []string, numFeatures_ uint64, counts []uint64, firstWords []*big.Int) []byte {
	enc, err := denseNearestCentroid.abi.Pack("", trainer_, names, numFeatures_, counts, firstWords)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXABSVALUE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x499c9c6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ABS_VALUE() view returns(int256)
func (denseNearestCentroid *DenseNearestCentroid) PackMAXABSVALUE() []byte {
	enc, err := denseNearestCentroid.abi.Pack("MAX_ABS_VALUE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXABSVALUE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x499c9c6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ABS_VALUE() view returns(int256)
func (denseNearestCentroid *DenseNearestCentroid) TryPackMAXABSVALUE() ([]byte, error) {
	return denseNearestCentroid.abi.Pack("MAX_ABS_VALUE")
}

// UnpackMAXABSVALUE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x499c9c6d.
//
// Solidity: function MAX_ABS_VALUE() view returns(int256)
func (denseNearestCentroid *DenseNearestCentroid) UnpackMAXABSVALUE(data []byte) (*big.Int, error) {
	out, err := denseNearestCentroid.abi.Unpack("MAX_ABS_VALUE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77163c1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_COUNT() view returns(uint256)
func (denseNearestCentroid *DenseNearestCentroid) PackMAXCOUNT() []byte {
	enc, err := denseNearestCentroid.abi.Pack("MAX_COUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77163c1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_COUNT() view returns(uint256)
func (denseNearestCentroid *DenseNearestCentroid) TryPackMAXCOUNT() ([]byte, error) {
	return denseNearestCentroid.abi.Pack("MAX_COUNT")
}

// UnpackMAXCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77163c1d.
//
// Solidity: function MAX_COUNT() view returns(uint256)
func (denseNearestCentroid *DenseNearestCentroid) UnpackMAXCOUNT(data []byte) (*big.Int, error) {
	out, err := denseNearestCentroid.abi.Unpack("MAX_COUNT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClassNames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2e05914.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classNames() view returns(string[])
func (denseNearestCentroid *DenseNearestCentroid) PackClassNames() []byte {
	enc, err := denseNearestCentroid.abi.Pack("classNames")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassNames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2e05914.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classNames() view returns(string[])
func (denseNearestCentroid *DenseNearestCentroid) TryPackClassNames() ([]byte, error) {
	return denseNearestCentroid.abi.Pack("classNames")
}

// UnpackClassNames is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2e05914.
//
// Solidity: function classNames() view returns(string[])
func (denseNearestCentroid *DenseNearestCentroid) UnpackClassNames(data []byte) ([]string, error) {
	out, err := denseNearestCentroid.abi.Unpack("classNames", data)
	if err != nil {
		return *new([]string), err
	}
	out0 := *abi.ConvertType(out[0], new([]string)).(*[]string)
	return out0, nil
}

// PackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b3546c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function count(uint256 class) view returns(uint64)
func (denseNearestCentroid *DenseNearestCentroid) PackCount(class *big.Int) []byte {
	enc, err := denseNearestCentroid.abi.Pack("count", class)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b3546c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function count(uint256 class) view returns(uint64)
func (denseNearestCentroid *DenseNearestCentroid) TryPackCount(class *big.Int) ([]byte, error) {
	return denseNearestCentroid.abi.Pack("count", class)
}

// UnpackCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b3546c8.
//
// Solidity: function count(uint256 class) view returns(uint64)
func (denseNearestCentroid *DenseNearestCentroid) UnpackCount(data []byte) (uint64, error) {
	out, err := denseNearestCentroid.abi.Unpack("count", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDistances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb551b53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distances(int64[] data) view returns(uint256[] d)
func (denseNearestCentroid *DenseNearestCentroid) PackDistances(data []int64) []byte {
	enc, err := denseNearestCentroid.abi.Pack("distances", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb551b53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distances(int64[] data) view returns(uint256[] d)
func (denseNearestCentroid *DenseNearestCentroid) TryPackDistances(data []int64) ([]byte, error) {
	return denseNearestCentroid.abi.Pack("distances", data)
}

// UnpackDistances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb551b53.
//
// Solidity: function distances(int64[] data) view returns(uint256[] d)
func (denseNearestCentroid *DenseNearestCentroid) UnpackDistances(data []byte) ([]*big.Int, error) {
	out, err := denseNearestCentroid.abi.Unpack("distances", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackIsSealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631f9852.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSealed() view returns(bool)
func (denseNearestCentroid *DenseNearestCentroid) PackIsSealed() []byte {
	enc, err := denseNearestCentroid.abi.Pack("isSealed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631f9852.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSealed() view returns(bool)
func (denseNearestCentroid *DenseNearestCentroid) TryPackIsSealed() ([]byte, error) {
	return denseNearestCentroid.abi.Pack("isSealed")
}

// UnpackIsSealed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x631f9852.
//
// Solidity: function isSealed() view returns(bool)
func (denseNearestCentroid *DenseNearestCentroid) UnpackIsSealed(data []byte) (bool, error) {
	out, err := denseNearestCentroid.abi.Unpack("isSealed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMaxFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f698c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxFeatures() view returns(uint64)
func (denseNearestCentroid *DenseNearestCentroid) PackMaxFeatures() []byte {
	enc, err := denseNearestCentroid.abi.Pack("maxFeatures")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f698c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxFeatures() view returns(uint64)
func (denseNearestCentroid *DenseNearestCentroid) TryPackMaxFeatures() ([]byte, error) {
	return denseNearestCentroid.abi.Pack("maxFeatures")
}

// UnpackMaxFeatures is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6f698c3.
//
// Solidity: function maxFeatures() view returns(uint64)
func (denseNearestCentroid *DenseNearestCentroid) UnpackMaxFeatures(data []byte) (uint64, error) {
	out, err := denseNearestCentroid.abi.Unpack("maxFeatures", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNumClasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43e13a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numClasses() view returns(uint64)
func (denseNearestCentroid *DenseNearestCentroid) PackNumClasses() []byte {
	enc, err := denseNearestCentroid.abi.Pack("numClasses")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumClasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43e13a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numClasses() view returns(uint64)
func (denseNearestCentroid *DenseNearestCentroid) TryPackNumClasses() ([]byte, error) {
	return denseNearestCentroid.abi.Pack("numClasses")
}

// UnpackNumClasses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43e13a70.
//
// Solidity: function numClasses() view returns(uint64)
func (denseNearestCentroid *DenseNearestCentroid) UnpackNumClasses(data []byte) (uint64, error) {
	out, err := denseNearestCentroid.abi.Unpack("numClasses", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNumFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6941b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numFeatures() view returns(uint64)
func (denseNearestCentroid *DenseNearestCentroid) PackNumFeatures() []byte {
	enc, err := denseNearestCentroid.abi.Pack("numFeatures")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6941b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numFeatures() view returns(uint64)
func (denseNearestCentroid *DenseNearestCentroid) TryPackNumFeatures() ([]byte, error) {
	return denseNearestCentroid.abi.Pack("numFeatures")
}

// UnpackNumFeatures is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6941b4a.
//
// Solidity: function numFeatures() view returns(uint64)
func (denseNearestCentroid *DenseNearestCentroid) UnpackNumFeatures(data []byte) (uint64, error) {
	out, err := denseNearestCentroid.abi.Unpack("numFeatures", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (denseNearestCentroid *DenseNearestCentroid) PackOwner() []byte {
	enc, err := denseNearestCentroid.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (denseNearestCentroid *DenseNearestCentroid) TryPackOwner() ([]byte, error) {
	return denseNearestCentroid.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (denseNearestCentroid *DenseNearestCentroid) UnpackOwner(data []byte) (common.Address, error) {
	out, err := denseNearestCentroid.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predict(int64[] data) view returns(uint64 best)
func (denseNearestCentroid *DenseNearestCentroid) PackPredict(data []int64) []byte {
	enc, err := denseNearestCentroid.abi.Pack("predict", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predict(int64[] data) view returns(uint64 best)
func (denseNearestCentroid *DenseNearestCentroid) TryPackPredict(data []int64) ([]byte, error) {
	return denseNearestCentroid.abi.Pack("predict", data)
}

// UnpackPredict is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f7066a2.
//
// Solidity: function predict(int64[] data) view returns(uint64 best)
func (denseNearestCentroid *DenseNearestCentroid) UnpackPredict(data []byte) (uint64, error) {
	out, err := denseNearestCentroid.abi.Unpack("predict", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSetSumWords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1659f234.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSumWords(uint256 firstWord, uint256[] words) returns()
func (denseNearestCentroid *DenseNearestCentroid) PackSetSumWords(firstWord *big.Int, words []*big.Int) []byte {
	enc, err := denseNearestCentroid.abi.Pack("setSumWords", firstWord, words)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSumWords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1659f234.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSumWords(uint256 firstWord, uint256[] words) returns()
func (denseNearestCentroid *DenseNearestCentroid) TryPackSetSumWords(firstWord *big.Int, words []*big.Int) ([]byte, error) {
	return denseNearestCentroid.abi.Pack("setSumWords", firstWord, words)
}

// PackSum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcad0899b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sum(uint256 class, uint256 feature) view returns(int64)
func (denseNearestCentroid *DenseNearestCentroid) PackSum(class *big.Int, feature *big.Int) []byte {
	enc, err := denseNearestCentroid.abi.Pack("sum", class, feature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcad0899b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sum(uint256 class, uint256 feature) view returns(int64)
func (denseNearestCentroid *DenseNearestCentroid) TryPackSum(class *big.Int, feature *big.Int) ([]byte, error) {
	return denseNearestCentroid.abi.Pack("sum", class, feature)
}

// UnpackSum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcad0899b.
//
// Solidity: function sum(uint256 class, uint256 feature) view returns(int64)
func (denseNearestCentroid *DenseNearestCentroid) UnpackSum(data []byte) (int64, error) {
	out, err := denseNearestCentroid.abi.Unpack("sum", data)
	if err != nil {
		return *new(int64), err
	}
	out0 := *abi.ConvertType(out[0], new(int64)).(*int64)
	return out0, nil
}

// PackTrainer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab861c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trainer() view returns(address)
func (denseNearestCentroid *DenseNearestCentroid) PackTrainer() []byte {
	enc, err := denseNearestCentroid.abi.Pack("trainer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrainer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab861c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trainer() view returns(address)
func (denseNearestCentroid *DenseNearestCentroid) TryPackTrainer() ([]byte, error) {
	return denseNearestCentroid.abi.Pack("trainer")
}

// UnpackTrainer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbab861c1.
//
// Solidity: function trainer() view returns(address)
func (denseNearestCentroid *DenseNearestCentroid) UnpackTrainer(data []byte) (common.Address, error) {
	out, err := denseNearestCentroid.abi.Unpack("trainer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7a1d61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function update(int64[] data, uint64 label) returns()
func (denseNearestCentroid *DenseNearestCentroid) PackUpdate(data []int64, label uint64) []byte {
	enc, err := denseNearestCentroid.abi.Pack("update", data, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7a1d61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function update(int64[] data, uint64 label) returns()
func (denseNearestCentroid *DenseNearestCentroid) TryPackUpdate(data []int64, label uint64) ([]byte, error) {
	return denseNearestCentroid.abi.Pack("update", data, label)
}

// PackWordsPerClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b851fc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function wordsPerClass() view returns(uint256)
func (denseNearestCentroid *DenseNearestCentroid) PackWordsPerClass() []byte {
	enc, err := denseNearestCentroid.abi.Pack("wordsPerClass")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWordsPerClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b851fc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function wordsPerClass() view returns(uint256)
func (denseNearestCentroid *DenseNearestCentroid) TryPackWordsPerClass() ([]byte, error) {
	return denseNearestCentroid.abi.Pack("wordsPerClass")
}

// UnpackWordsPerClass is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b851fc3.
//
// Solidity: function wordsPerClass() view returns(uint256)
func (denseNearestCentroid *DenseNearestCentroid) UnpackWordsPerClass(data []byte) (*big.Int, error) {
	out, err := denseNearestCentroid.abi.Unpack("wordsPerClass", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (denseNearestCentroid *DenseNearestCentroid) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["AlreadySealed"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackAlreadySealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["CountTooLarge"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackCountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["DimensionTooLarge"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackDimensionTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["EmptyClass"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackEmptyClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["FeatureOutOfRange"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackFeatureOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["IndicesNotIncreasing"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackIndicesNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["LaneOverflow"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackLaneOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["MalformedValue"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackMalformedValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["NoClasses"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackNoClassesError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["NotTrainer"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackNotTrainerError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["TooManyClasses"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackTooManyClassesError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["TooManyFeatureIndices"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackTooManyFeatureIndicesError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["TooManyFeatures"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackTooManyFeaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["UnknownLabel"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackUnknownLabelError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["ValueOutOfRange"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackValueOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["WordOutOfRange"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackWordOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["WrongDimension"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackWrongDimensionError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["ZeroFeatures"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackZeroFeaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["ZeroTrainer"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackZeroTrainerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DenseNearestCentroidAlreadySealed represents a AlreadySealed error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidAlreadySealed struct {
	Trainer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySealed(address trainer)
func DenseNearestCentroidAlreadySealedErrorID() common.Hash {
	return common.HexToHash("0xde2ef7dd7577b1966056ad3cb2d0f9c5ac9f731dee7e37c4c8ebef50b5d704e2")
}

// UnpackAlreadySealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySealed(address trainer)
func (denseNearestCentroid *DenseNearestCentroid) UnpackAlreadySealedError(raw []byte) (*DenseNearestCentroidAlreadySealed, error) {
	out := new(DenseNearestCentroidAlreadySealed)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "AlreadySealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidCountTooLarge represents a CountTooLarge error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidCountTooLarge struct {
	Class *big.Int
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CountTooLarge(uint256 class, uint256 count)
func DenseNearestCentroidCountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x45a52f879e7480a6aba55c7cb7a91678f4b73bc6f09c89fb4f0f1f61b397583e")
}

// UnpackCountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CountTooLarge(uint256 class, uint256 count)
func (denseNearestCentroid *DenseNearestCentroid) UnpackCountTooLargeError(raw []byte) (*DenseNearestCentroidCountTooLarge, error) {
	out := new(DenseNearestCentroidCountTooLarge)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "CountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidDimensionTooLarge represents a DimensionTooLarge error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidDimensionTooLarge struct {
	NumFeatures uint64
	Max         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DimensionTooLarge(uint64 numFeatures, uint256 max)
func DenseNearestCentroidDimensionTooLargeErrorID() common.Hash {
	return common.HexToHash("0xc3c9b45b6de3d1726cfff3c7f26334080fefa305927a9a93bdbbb4b4769c1f85")
}

// UnpackDimensionTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DimensionTooLarge(uint64 numFeatures, uint256 max)
func (denseNearestCentroid *DenseNearestCentroid) UnpackDimensionTooLargeError(raw []byte) (*DenseNearestCentroidDimensionTooLarge, error) {
	out := new(DenseNearestCentroidDimensionTooLarge)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "DimensionTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidEmptyClass represents a EmptyClass error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidEmptyClass struct {
	Class *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyClass(uint256 class)
func DenseNearestCentroidEmptyClassErrorID() common.Hash {
	return common.HexToHash("0x2195894b9cb443997a32ece664d7028500b5cf94923b3f9828acbbf47d728bdf")
}

// UnpackEmptyClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyClass(uint256 class)
func (denseNearestCentroid *DenseNearestCentroid) UnpackEmptyClassError(raw []byte) (*DenseNearestCentroidEmptyClass, error) {
	out := new(DenseNearestCentroidEmptyClass)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "EmptyClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidFeatureOutOfRange represents a FeatureOutOfRange error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidFeatureOutOfRange struct {
	Index       int64
	NumFeatures *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeatureOutOfRange(int64 index, uint256 numFeatures)
func DenseNearestCentroidFeatureOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8237c5cef9a8c9e7bdcf61f0730a699f9a9463bc4378a127458bf935e2e333e9")
}

// UnpackFeatureOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeatureOutOfRange(int64 index, uint256 numFeatures)
func (denseNearestCentroid *DenseNearestCentroid) UnpackFeatureOutOfRangeError(raw []byte) (*DenseNearestCentroidFeatureOutOfRange, error) {
	out := new(DenseNearestCentroidFeatureOutOfRange)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "FeatureOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidIndicesNotIncreasing represents a IndicesNotIncreasing error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidIndicesNotIncreasing struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndicesNotIncreasing(uint256 position)
func DenseNearestCentroidIndicesNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x05d784653e2ac3b63d88c36087bf2860b01d4acccd061120bcda1c9f826af458")
}

// UnpackIndicesNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndicesNotIncreasing(uint256 position)
func (denseNearestCentroid *DenseNearestCentroid) UnpackIndicesNotIncreasingError(raw []byte) (*DenseNearestCentroidIndicesNotIncreasing, error) {
	out := new(DenseNearestCentroidIndicesNotIncreasing)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "IndicesNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidLaneOverflow represents a LaneOverflow error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidLaneOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LaneOverflow()
func DenseNearestCentroidLaneOverflowErrorID() common.Hash {
	return common.HexToHash("0x903651abe4fe17a12d488706a75630f2465c046693917b358c77d34cbf4442e1")
}

// UnpackLaneOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LaneOverflow()
func (denseNearestCentroid *DenseNearestCentroid) UnpackLaneOverflowError(raw []byte) (*DenseNearestCentroidLaneOverflow, error) {
	out := new(DenseNearestCentroidLaneOverflow)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "LaneOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidLengthMismatch represents a LengthMismatch error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidLengthMismatch struct {
	Got      *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 got, uint256 expected)
func DenseNearestCentroidLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 got, uint256 expected)
func (denseNearestCentroid *DenseNearestCentroid) UnpackLengthMismatchError(raw []byte) (*DenseNearestCentroidLengthMismatch, error) {
	out := new(DenseNearestCentroidLengthMismatch)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidMalformedValue represents a MalformedValue error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidMalformedValue struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedValue(uint256 position)
func DenseNearestCentroidMalformedValueErrorID() common.Hash {
	return common.HexToHash("0xd78808c7a4372344380b7d2c33a4f1f77b157001225f3e8162aebccb14f1a24a")
}

// UnpackMalformedValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedValue(uint256 position)
func (denseNearestCentroid *DenseNearestCentroid) UnpackMalformedValueError(raw []byte) (*DenseNearestCentroidMalformedValue, error) {
	out := new(DenseNearestCentroidMalformedValue)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "MalformedValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidNoClasses represents a NoClasses error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidNoClasses struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoClasses()
func DenseNearestCentroidNoClassesErrorID() common.Hash {
	return common.HexToHash("0xc0c41b9e3aa72bdeda45ef30ff19557dfd6f53d4c5aa60f852daed8038b79074")
}

// UnpackNoClassesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoClasses()
func (denseNearestCentroid *DenseNearestCentroid) UnpackNoClassesError(raw []byte) (*DenseNearestCentroidNoClasses, error) {
	out := new(DenseNearestCentroidNoClasses)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "NoClasses", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidNotOwner represents a NotOwner error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func DenseNearestCentroidNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (denseNearestCentroid *DenseNearestCentroid) UnpackNotOwnerError(raw []byte) (*DenseNearestCentroidNotOwner, error) {
	out := new(DenseNearestCentroidNotOwner)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidNotTrainer represents a NotTrainer error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidNotTrainer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTrainer(address caller)
func DenseNearestCentroidNotTrainerErrorID() common.Hash {
	return common.HexToHash("0x7d4e4da28e37b50ced1b88e6ab7822d96a49b2b789591dc9e92baa65e3e0977d")
}

// UnpackNotTrainerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTrainer(address caller)
func (denseNearestCentroid *DenseNearestCentroid) UnpackNotTrainerError(raw []byte) (*DenseNearestCentroidNotTrainer, error) {
	out := new(DenseNearestCentroidNotTrainer)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "NotTrainer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidTooManyClasses represents a TooManyClasses error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidTooManyClasses struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyClasses(uint256 count, uint256 max)
func DenseNearestCentroidTooManyClassesErrorID() common.Hash {
	return common.HexToHash("0x1f89af43d5c5dc8dadad93934e2fdd1452604f09873018037fc98a64ade8b3f5")
}

// UnpackTooManyClassesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyClasses(uint256 count, uint256 max)
func (denseNearestCentroid *DenseNearestCentroid) UnpackTooManyClassesError(raw []byte) (*DenseNearestCentroidTooManyClasses, error) {
	out := new(DenseNearestCentroidTooManyClasses)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "TooManyClasses", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidTooManyFeatureIndices represents a TooManyFeatureIndices error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidTooManyFeatureIndices struct {
	NumFeatures *big.Int
	Max         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyFeatureIndices(uint256 numFeatures, uint256 max)
func DenseNearestCentroidTooManyFeatureIndicesErrorID() common.Hash {
	return common.HexToHash("0x742895d450c98b69bc404b836ab55937f5767260fefaf18dbfaa5bf836b86dbf")
}

// UnpackTooManyFeatureIndicesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyFeatureIndices(uint256 numFeatures, uint256 max)
func (denseNearestCentroid *DenseNearestCentroid) UnpackTooManyFeatureIndicesError(raw []byte) (*DenseNearestCentroidTooManyFeatureIndices, error) {
	out := new(DenseNearestCentroidTooManyFeatureIndices)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "TooManyFeatureIndices", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidTooManyFeatures represents a TooManyFeatures error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidTooManyFeatures struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyFeatures(uint256 length, uint256 max)
func DenseNearestCentroidTooManyFeaturesErrorID() common.Hash {
	return common.HexToHash("0xbb85e9db24a4daf8773946fff729a164cf2d9630302681fe3fc6bb4d35397dae")
}

// UnpackTooManyFeaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyFeatures(uint256 length, uint256 max)
func (denseNearestCentroid *DenseNearestCentroid) UnpackTooManyFeaturesError(raw []byte) (*DenseNearestCentroidTooManyFeatures, error) {
	out := new(DenseNearestCentroidTooManyFeatures)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "TooManyFeatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidUnknownLabel represents a UnknownLabel error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidUnknownLabel struct {
	Label      uint64
	NumClasses *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLabel(uint64 label, uint256 numClasses)
func DenseNearestCentroidUnknownLabelErrorID() common.Hash {
	return common.HexToHash("0x77cd7fcefb320f61c7420ee75bb54056fae6f82884a6fd8ed4558011eca395c4")
}

// UnpackUnknownLabelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLabel(uint64 label, uint256 numClasses)
func (denseNearestCentroid *DenseNearestCentroid) UnpackUnknownLabelError(raw []byte) (*DenseNearestCentroidUnknownLabel, error) {
	out := new(DenseNearestCentroidUnknownLabel)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "UnknownLabel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidValueOutOfRange represents a ValueOutOfRange error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidValueOutOfRange struct {
	Position *big.Int
	Value    *big.Int
	Max      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueOutOfRange(uint256 position, int256 value, int256 max)
func DenseNearestCentroidValueOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xec12f907aafd6a58f39a28e92d49b7c5f3e4e942276645409971a1193970ef4c")
}

// UnpackValueOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueOutOfRange(uint256 position, int256 value, int256 max)
func (denseNearestCentroid *DenseNearestCentroid) UnpackValueOutOfRangeError(raw []byte) (*DenseNearestCentroidValueOutOfRange, error) {
	out := new(DenseNearestCentroidValueOutOfRange)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "ValueOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidWordOutOfRange represents a WordOutOfRange error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidWordOutOfRange struct {
	Word     *big.Int
	NumWords *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WordOutOfRange(uint256 word, uint256 numWords)
func DenseNearestCentroidWordOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x06b0b72aae4e190be0b63d75bad0a93dfad5d1f86b8626e713fdc9dffed90577")
}

// UnpackWordOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WordOutOfRange(uint256 word, uint256 numWords)
func (denseNearestCentroid *DenseNearestCentroid) UnpackWordOutOfRangeError(raw []byte) (*DenseNearestCentroidWordOutOfRange, error) {
	out := new(DenseNearestCentroidWordOutOfRange)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "WordOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidWrongDimension represents a WrongDimension error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidWrongDimension struct {
	Length   *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDimension(uint256 length, uint256 expected)
func DenseNearestCentroidWrongDimensionErrorID() common.Hash {
	return common.HexToHash("0x462d05b76b989b8fac984b07002f6c154aace7c143de2d677519012083aab691")
}

// UnpackWrongDimensionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDimension(uint256 length, uint256 expected)
func (denseNearestCentroid *DenseNearestCentroid) UnpackWrongDimensionError(raw []byte) (*DenseNearestCentroidWrongDimension, error) {
	out := new(DenseNearestCentroidWrongDimension)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "WrongDimension", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidZeroFeatures represents a ZeroFeatures error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidZeroFeatures struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroFeatures()
func DenseNearestCentroidZeroFeaturesErrorID() common.Hash {
	return common.HexToHash("0x1f937a97bcb9398818ac1aea5e87a1691ea944a3c07fca51eb51e09230d08a62")
}

// UnpackZeroFeaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroFeatures()
func (denseNearestCentroid *DenseNearestCentroid) UnpackZeroFeaturesError(raw []byte) (*DenseNearestCentroidZeroFeatures, error) {
	out := new(DenseNearestCentroidZeroFeatures)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "ZeroFeatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DenseNearestCentroidZeroTrainer represents a ZeroTrainer error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidZeroTrainer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTrainer()
func DenseNearestCentroidZeroTrainerErrorID() common.Hash {
	return common.HexToHash("0x86dbdd83ba8f5d5ef231b5d757c12b49ecae16bfa5aeef911b2fd7ba6b6c7364")
}

// UnpackZeroTrainerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTrainer()
func (denseNearestCentroid *DenseNearestCentroid) UnpackZeroTrainerError(raw []byte) (*DenseNearestCentroidZeroTrainer, error) {
	out := new(DenseNearestCentroidZeroTrainer)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "ZeroTrainer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronMetaData contains all meta data concerning the DensePerceptron contract.
var DensePerceptronMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"},{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"int128\",\"name\":\"intercept_\",\"type\":\"int128\"},{\"internalType\":\"int64\",\"name\":\"learningRate_\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayUpdates_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"updates_\",\"type\":\"uint64\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decayUpdates\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"intercept\",\"outputs\":[{\"internalType\":\"int128\",\"name\":\"\",\"type\":\"int128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isSealed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"learningRate\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"score\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"s\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setWeightWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"updates\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"weight\",\"outputs\":[{\"internalType\":\"int128\",\"name\":\"\",\"type\":\"int128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"IndicesNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"decayUpdates\",\"type\":\"uint64\"}],\"name\":\"InvalidDecayUpdates\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"learningRate\",\"type\":\"int64\"}],\"name\":\"InvalidLearningRate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"updates\",\"type\":\"uint64\"}],\"name\":\"InvalidUpdates\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LaneOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"MalformedValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatureIndices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "cb3bffbe0a9bf575674c2caad315edd878",
	Bin: "0x6101806040523461067c5761138e8038038061001a816106f1565b9283398101906101008183031261067c578051906001600160a01b0382169081830361067c5760208101516001600160401b03811161067c5781019184601f8401121561067c5782519361007561007086610716565b6106f1565b93602085878152016020819760051b8301019188831161067c5760208101915b83831061068057505050506100ac6040840161072d565b9060608401519586600f0b870361067c576080850151928360070b9283850361067c576100db60a0880161072d565b956100e860c0890161072d565b60e089015190986001600160401b03821161067c57019a80601f8d01121561067c578b5160209c8d61011c61007084610716565b9e8f848152019260051b82010192831161067c57602001905b82821061066c575050501561065d5787511561064e578751600281116103b657506001600160401b03821680158015610649575b61063a5760016001603f1b0381116106185750336080526101005286516001600160401b031660a05260c081905260e052855190680100000000000000008211610586575f54825f5580831061059a575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56392915b828210610469575050505060018112801561045b575b61044957506001600160401b03821680159390841580610431575b61041f57506001600160401b031692650100000000008411908115610408575b506103f5576101205261014052806103cd575b5051600281036103b657506101605260c0516001600160401b0316600181019081106103a25760011c8082511161038057505f5b81518110156102d85781518110156102c45780602060019260051b84010151817f9c8a9045f92a688a1fe5f78ad22c68ccce949496585c8b3b8dd3ba28d4e19e4701550161027b565b634e487b7160e01b5f52603260045260245ffd5b604051610bf990816107958239608051818181610425015261065d015260a05181818161058801526109a8015260c0518181816102d3015281816106f50152610889015260e05181610316015261010051818181610380015281816103e1015281816104a4015261068d0152610120518181816105c301528181610b500152610bb20152610140518181816105450152610afb01526101605181818161060001526108b30152f35b90515f1981019081116103a2576303585b9560e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b631f89af4360e01b5f52600452600260245260445ffd5b7f24ce21c62df86b6cc93c07241a73ce08dc94a9fb8c05822d826cce6a2e3706c4555f610247565b826329cd9c5d60e11b5f5260045260245ffd5b905080610416575b5f610234565b50821515610410565b631f0c74b160e01b5f5260045260245ffd5b50600181108061021457506401000000008111610214565b632dc4541360e21b5f5260045260245ffd5b5064e8d4a5100081136101f9565b80518051906001600160401b038211610586576104868654610741565b601f8111610543575b50602090601f83116001146104da5792826001949360209386955f926104cf575b50505f19600383901b1c191690841b1787555b019401910190926101e3565b015190505f806104b0565b90601f19831691875f52815f20925f5b81811061052b5750936020936001969387969383889510610513575b505050811b0187556104c3565b01515f1960f88460031b161c191690555f8080610506565b929360206001819287860151815501950193016104ea565b8281111561048f5761057890875f5260205f2090601f850160051c906020861061057e575b601f82910160051c039101610779565b5f61048f565b5f9150610568565b634e487b7160e01b5f52604160045260245ffd5b5f8052828060205f20019103905f5b8281106105b75750506101ba565b8060019183016105c78154610741565b90816105d6575b5050016105a9565b81601f5f931185146105ec5750555b5f806105ce565b8183526020832061060891601f0160051c841901908601610779565b80825281602081209155556105e5565b631d0a257560e21b5f90815260049190915260016001603f1b03602452604490fd5b631f937a9760e01b5f5260045ffd5b610169565b6360620dcf60e11b5f5260045ffd5b6386dbdd8360e01b5f5260045ffd5b8151815260209182019101610135565b5f80fd5b82516001600160401b03811161067c5782018a603f8201121561067c576020810151916001600160401b038311610586576106c4601f8401601f19166020016106f1565b8381526040838501018d1061067c575f602085819660408397018386015e83010152815201920191610095565b6040519190601f01601f191682016001600160401b0381118382101761058657604052565b6001600160401b0381116105865760051b60200190565b51906001600160401b038216820361067c57565b90600182811c9216801561076f575b602083101461075b57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610750565b5f5b82811061078757505050565b5f8282015560010161077b56fe60806040526004361015610011575f80fd5b5f3560e01c80630fae52f41461081057806315c0472c1461062657806319c13767146105e95780633766bf19146105ac57806343e13a701461056957806345804249146105265780635f7066a2146104ce578063631f98521461049057806368a82ef6146104545780638da5cb5b14610410578063bab861c1146103cc578063bd7a1d611461033a578063c6f698c3146102f7578063e6941b4a146102b4578063f2e059141461010a5763f8e27f93146100c9575f80fd5b3461010657602036600319011261010657602060043560805f516020610bd95f395f51905f528260011c01549160071b161c600f0b604051908152f35b5f80fd5b34610106575f366003190112610106575f5461012581610983565b90610133604051928361094e565b8082525f80805260208301917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56391835b8282106101e757848660405191829160208301906020845251809152604083019060408160051b85010192915f905b8282106101a157505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f801991011601019601920192018594939192610192565b6040515f85548060011c906001811680156102aa575b60208310811461029657828552908115610273575060011461023c575b506001928261022e8594602094038261094e565b815201940191019092610163565b5f878152602081209092505b81831061025d5750508101602001600161021a565b6001816020925483868801015201920191610248565b60ff191660208581019190915291151560051b840190910191506001905061021a565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101fd565b34610106575f3660031901126101065760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610106575f3660031901126101065760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610106576040366003190112610106576004356001600160401b0381116101065761036a90369060040161084d565b602435906001600160401b0382168203610106577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036103b9576103b79261099a565b005b633ea726d160e11b5f523360045260245ffd5b34610106575f366003190112610106576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610106575f366003190112610106576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610106575f3660031901126101065760207f24ce21c62df86b6cc93c07241a73ce08dc94a9fb8c05822d826cce6a2e3706c454604051908152f35b34610106575f3660031901126101065760207f00000000000000000000000000000000000000000000000000000000000000003b1515604051908152f35b34610106576020366003190112610106576004356001600160401b038111610106576105086105025f92369060040161084d565b9061087d565b131561051e57602060015b60ff60405191168152f35b60205f610513565b34610106575f3660031901126101065760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610106575f3660031901126101065760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610106575f3660031901126101065760206040517f000000000000000000000000000000000000000000000000000000000000000060070b8152f35b34610106575f3660031901126101065760206040517f0000000000000000000000000000000000000000000000000000000000000000600f0b8152f35b34610106576040366003190112610106576004356024356001600160401b0381116101065761065990369060040161084d565b91907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036107fd577f0000000000000000000000000000000000000000000000000000000000000000803b6107dd57506106bc83610983565b926106ca604051948561094e565b808452602084019060051b82019136831161010657905b8282106107cd575050506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016600181018091116107b95760011c8061072f845184610ae4565b1161078d57505f5b82518110156103b7575f516020610bd95f395f51905f52906107598184610ae4565b9184518210156107795760019260208360051b8701015191015501610737565b634e487b7160e01b5f52603260045260245ffd5b61079982845190610ae4565b5f1981019081116107b9576303585b9560e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b81358152602091820191016106e1565b63de2ef7dd60e01b5f9081526001600160a01b0391909116600452602490fd5b63245aecd360e01b5f523360045260245ffd5b34610106576020366003190112610106576004356001600160401b03811161010657610845610502602092369060040161084d565b604051908152f35b9181601f84011215610106578235916001600160401b038311610106576020808501948460051b01011161010657565b91906001600160401b037f00000000000000000000000000000000000000000000000000000000000000001680820361093857507f0000000000000000000000000000000000000000000000000000000000000000600f0b633b9aca00810290808205633b9aca0014901517156107b95792905f915b8183106108ff57505050565b90919360019085821c5f516020610bd95f395f51905f52015460808760071b161c600f0b61092d8785610abb565b0201940191906108f3565b9063462d05b760e01b5f5260045260245260445ffd5b90601f801991011681019081106001600160401b0382111761096f57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b03811161096f5760051b60200190565b9190916001600160401b03807f00000000000000000000000000000000000000000000000000000000000000001692169180831015610aa557505f6109df848361087d565b1315610a9c578160ff60015b1614610a97576109f9610af1565b9115610a83575b5f5b838110610a0f5750505050565b633b9aca00610a1e8284610abb565b8402058160011c5f516020610bd95f395f51905f520160808360071b1681549283821c600f0b01926fffffffffffffffffffffffffffffffff808516831b921b191617905580600f0b03610a7457600101610a02565b63903651ab60e01b5f5260045ffd5b90600160ff1b81146107b9575f0390610a00565b505050565b8160ff5f6109eb565b82633be6bfe760e11b5f5260045260245260445ffd5b9190918260051b0135918260070b8303610ad25750565b63d78808c760e01b5f5260045260245ffd5b919082018092116107b957565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016908115610bb0577f24ce21c62df86b6cc93c07241a73ce08dc94a9fb8c05822d826cce6a2e3706c48054926001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690808202918083048214901517156107b95784610b8c91610ae4565b8015610b9c576001910493019055565b634e487b7160e01b5f52601260045260245ffd5b7f000000000000000000000000000000000000000000000000000000000000000060070b915056fe9c8a9045f92a688a1fe5f78ad22c68ccce949496585c8b3b8dd3ba28d4e19e47",
}

// DensePerceptron is an auto generated Go binding around an Ethereum contract.
type DensePerceptron struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DensePerceptron) GetABI() abi.ABI {
	return c.abi
}

// NewDensePerceptron creates a new instance of DensePerceptron.
func NewDensePerceptron() *DensePerceptron {
	parsed, err := DensePerceptronMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DensePerceptron{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DensePerceptron) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address trainer_, string[] names, uint64 numFeatures_, int128 intercept_, int64 learningRate_, uint64 decayUpdates_, uint64 updates_, uint256[] firstWords) returns()
func (densePerceptron *DensePerceptron) PackConstructor(trainer_ common.Address, names []string, numFeatures_ uint64, intercept_ *big.Int, learningRate_ int64, decayUpdates_ uint64, updates_ uint64, firstWords []*big.Int) []byte {
	enc, err := densePerceptron.abi.Pack("", trainer_, names, numFeatures_, intercept_, learningRate_, decayUpdates_, updates_, firstWords)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackClassNames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2e05914.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classNames() view returns(string[])
func (densePerceptron *DensePerceptron) PackClassNames() []byte {
	enc, err := densePerceptron.abi.Pack("classNames")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassNames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2e05914.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classNames() view returns(string[])
func (densePerceptron *DensePerceptron) TryPackClassNames() ([]byte, error) {
	return densePerceptron.abi.Pack("classNames")
}

// UnpackClassNames is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2e05914.
//
// Solidity: function classNames() view returns(string[])
func (densePerceptron *DensePerceptron) UnpackClassNames(data []byte) ([]string, error) {
	out, err := densePerceptron.abi.Unpack("classNames", data)
	if err != nil {
		return *new([]string), err
	}
	out0 := *abi.ConvertType(out[0], new([]string)).(*[]string)
	return out0, nil
}

// PackDecayUpdates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45804249.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decayUpdates() view returns(uint64)
func (densePerceptron *DensePerceptron) PackDecayUpdates() []byte {
	enc, err := densePerceptron.abi.Pack("decayUpdates")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecayUpdates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45804249.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decayUpdates() view returns(uint64)
func (densePerceptron *DensePerceptron) TryPackDecayUpdates() ([]byte, error) {
	return densePerceptron.abi.Pack("decayUpdates")
}

// UnpackDecayUpdates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45804249.
//
// Solidity: function decayUpdates() view returns(uint64)
func (densePerceptron *DensePerceptron) UnpackDecayUpdates(data []byte) (uint64, error) {
	out, err := densePerceptron.abi.Unpack("decayUpdates", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackIntercept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19c13767.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function intercept() view returns(int128)
func (densePerceptron *DensePerceptron) PackIntercept() []byte {
	enc, err := densePerceptron.abi.Pack("intercept")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIntercept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19c13767.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function intercept() view returns(int128)
func (densePerceptron *DensePerceptron) TryPackIntercept() ([]byte, error) {
	return densePerceptron.abi.Pack("intercept")
}

// UnpackIntercept is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19c13767.
//
// Solidity: function intercept() view returns(int128)
func (densePerceptron *DensePerceptron) UnpackIntercept(data []byte) (*big.Int, error) {
	out, err := densePerceptron.abi.Unpack("intercept", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsSealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631f9852.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSealed() view returns(bool)
func (densePerceptron *DensePerceptron) PackIsSealed() []byte {
	enc, err := densePerceptron.abi.Pack("isSealed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631f9852.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSealed() view returns(bool)
func (densePerceptron *DensePerceptron) TryPackIsSealed() ([]byte, error) {
	return densePerceptron.abi.Pack("isSealed")
}

// UnpackIsSealed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x631f9852.
//
// Solidity: function isSealed() view returns(bool)
func (densePerceptron *DensePerceptron) UnpackIsSealed(data []byte) (bool, error) {
	out, err := densePerceptron.abi.Unpack("isSealed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLearningRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3766bf19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function learningRate() view returns(int64)
func (densePerceptron *DensePerceptron) PackLearningRate() []byte {
	enc, err := densePerceptron.abi.Pack("learningRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLearningRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3766bf19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function learningRate() view returns(int64)
func (densePerceptron *DensePerceptron) TryPackLearningRate() ([]byte, error) {
	return densePerceptron.abi.Pack("learningRate")
}

// UnpackLearningRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3766bf19.
//
// Solidity: function learningRate() view returns(int64)
func (densePerceptron *DensePerceptron) UnpackLearningRate(data []byte) (int64, error) {
	out, err := densePerceptron.abi.Unpack("learningRate", data)
	if err != nil {
		return *new(int64), err
	}
	out0 := *abi.ConvertType(out[0], new(int64)).(*int64)
	return out0, nil
}

// PackMaxFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f698c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxFeatures() view returns(uint64)
func (densePerceptron *DensePerceptron) PackMaxFeatures() []byte {
	enc, err := densePerceptron.abi.Pack("maxFeatures")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f698c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxFeatures() view returns(uint64)
func (densePerceptron *DensePerceptron) TryPackMaxFeatures() ([]byte, error) {
	return densePerceptron.abi.Pack("maxFeatures")
}

// UnpackMaxFeatures is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6f698c3.
//
// Solidity: function maxFeatures() view returns(uint64)
func (densePerceptron *DensePerceptron) UnpackMaxFeatures(data []byte) (uint64, error) {
	out, err := densePerceptron.abi.Unpack("maxFeatures", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNumClasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43e13a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numClasses() view returns(uint64)
func (densePerceptron *DensePerceptron) PackNumClasses() []byte {
	enc, err := densePerceptron.abi.Pack("numClasses")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumClasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43e13a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numClasses() view returns(uint64)
func (densePerceptron *DensePerceptron) TryPackNumClasses() ([]byte, error) {
	return densePerceptron.abi.Pack("numClasses")
}

// UnpackNumClasses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43e13a70.
//
// Solidity: function numClasses() view returns(uint64)
func (densePerceptron *DensePerceptron) UnpackNumClasses(data []byte) (uint64, error) {
	out, err := densePerceptron.abi.Unpack("numClasses", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNumFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6941b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numFeatures() view returns(uint64)
func (densePerceptron *DensePerceptron) PackNumFeatures() []byte {
	enc, err := densePerceptron.abi.Pack("numFeatures")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6941b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numFeatures() view returns(uint64)
func (densePerceptron *DensePerceptron) TryPackNumFeatures() ([]byte, error) {
	return densePerceptron.abi.Pack("numFeatures")
}

// UnpackNumFeatures is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6941b4a.
//
// Solidity: function numFeatures() view returns(uint64)
func (densePerceptron *DensePerceptron) UnpackNumFeatures(data []byte) (uint64, error) {
	out, err := densePerceptron.abi.Unpack("numFeatures", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (densePerceptron *DensePerceptron) PackOwner() []byte {
	enc, err := densePerceptron.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (densePerceptron *DensePerceptron) TryPackOwner() ([]byte, error) {
	return densePerceptron.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (densePerceptron *DensePerceptron) UnpackOwner(data []byte) (common.Address, error) {
	out, err := densePerceptron.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (densePerceptron *DensePerceptron) PackPredict(data []int64) []byte {
	enc, err := densePerceptron.abi.Pack("predict", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (densePerceptron *DensePerceptron) TryPackPredict(data []int64) ([]byte, error) {
	return densePerceptron.abi.Pack("predict", data)
}

// UnpackPredict is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f7066a2.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (densePerceptron *DensePerceptron) UnpackPredict(data []byte) (uint64, error) {
	out, err := densePerceptron.abi.Unpack("predict", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fae52f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function score(int64[] data) view returns(int256 s)
func (densePerceptron *DensePerceptron) PackScore(data []int64) []byte {
	enc, err := densePerceptron.abi.Pack("score", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fae52f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function score(int64[] data) view returns(int256 s)
func (densePerceptron *DensePerceptron) TryPackScore(data []int64) ([]byte, error) {
	return densePerceptron.abi.Pack("score", data)
}

// UnpackScore is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0fae52f4.
//
// Solidity: function score(int64[] data) view returns(int256 s)
func (densePerceptron *DensePerceptron) UnpackScore(data []byte) (*big.Int, error) {
	out, err := densePerceptron.abi.Unpack("score", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetWeightWords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15c0472c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWeightWords(uint256 firstWord, uint256[] words) returns()
func (densePerceptron *DensePerceptron) PackSetWeightWords(firstWord *big.Int, words []*big.Int) []byte {
	enc, err := densePerceptron.abi.Pack("setWeightWords", firstWord, words)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWeightWords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15c0472c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWeightWords(uint256 firstWord, uint256[] words) returns()
func (densePerceptron *DensePerceptron) TryPackSetWeightWords(firstWord *big.Int, words []*big.Int) ([]byte, error) {
	return densePerceptron.abi.Pack("setWeightWords", firstWord, words)
}

// PackTrainer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab861c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trainer() view returns(address)
func (densePerceptron *DensePerceptron) PackTrainer() []byte {
	enc, err := densePerceptron.abi.Pack("trainer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrainer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab861c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trainer() view returns(address)
func (densePerceptron *DensePerceptron) TryPackTrainer() ([]byte, error) {
	return densePerceptron.abi.Pack("trainer")
}

// UnpackTrainer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbab861c1.
//
// Solidity: function trainer() view returns(address)
func (densePerceptron *DensePerceptron) UnpackTrainer(data []byte) (common.Address, error) {
	out, err := densePerceptron.abi.Unpack("trainer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7a1d61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function update(int64[] data, uint64 label) returns()
func (densePerceptron *DensePerceptron) PackUpdate(data []int64, label uint64) []byte {
	enc, err := densePerceptron.abi.Pack("update", data, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7a1d61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function update(int64[] data, uint64 label) returns()
func (densePerceptron *DensePerceptron) TryPackUpdate(data []int64, label uint64) ([]byte, error) {
	return densePerceptron.abi.Pack("update", data, label)
}

// PackUpdates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68a82ef6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updates() view returns(uint256 t)
func (densePerceptron *DensePerceptron) PackUpdates() []byte {
	enc, err := densePerceptron.abi.Pack("updates")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68a82ef6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updates() view returns(uint256 t)
func (densePerceptron *DensePerceptron) TryPackUpdates() ([]byte, error) {
	return densePerceptron.abi.Pack("updates")
}

// UnpackUpdates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68a82ef6.
//
// Solidity: function updates() view returns(uint256 t)
func (densePerceptron *DensePerceptron) UnpackUpdates(data []byte) (*big.Int, error) {
	out, err := densePerceptron.abi.Unpack("updates", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e27f93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function weight(uint256 feature) view returns(int128)
func (densePerceptron *DensePerceptron) PackWeight(feature *big.Int) []byte {
	enc, err := densePerceptron.abi.Pack("weight", feature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e27f93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function weight(uint256 feature) view returns(int128)
func (densePerceptron *DensePerceptron) TryPackWeight(feature *big.Int) ([]byte, error) {
	return densePerceptron.abi.Pack("weight", feature)
}

// UnpackWeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8e27f93.
//
// Solidity: function weight(uint256 feature) view returns(int128)
func (densePerceptron *DensePerceptron) UnpackWeight(data []byte) (*big.Int, error) {
	out, err := densePerceptron.abi.Unpack("weight", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (densePerceptron *DensePerceptron) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["AlreadySealed"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackAlreadySealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["FeatureOutOfRange"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackFeatureOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["IndicesNotIncreasing"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackIndicesNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["InvalidDecayUpdates"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackInvalidDecayUpdatesError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["InvalidLearningRate"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackInvalidLearningRateError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["InvalidUpdates"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackInvalidUpdatesError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["LaneOverflow"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackLaneOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["MalformedValue"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackMalformedValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["NoClasses"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackNoClassesError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["NotTrainer"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackNotTrainerError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["TooManyClasses"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackTooManyClassesError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["TooManyFeatureIndices"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackTooManyFeatureIndicesError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["TooManyFeatures"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackTooManyFeaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["UnknownLabel"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackUnknownLabelError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["WordOutOfRange"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackWordOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["WrongDimension"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackWrongDimensionError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["ZeroFeatures"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackZeroFeaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["ZeroTrainer"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackZeroTrainerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DensePerceptronAlreadySealed represents a AlreadySealed error raised by the DensePerceptron contract.
type DensePerceptronAlreadySealed struct {
	Trainer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySealed(address trainer)
func DensePerceptronAlreadySealedErrorID() common.Hash {
	return common.HexToHash("0xde2ef7dd7577b1966056ad3cb2d0f9c5ac9f731dee7e37c4c8ebef50b5d704e2")
}

// UnpackAlreadySealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySealed(address trainer)
func (densePerceptron *DensePerceptron) UnpackAlreadySealedError(raw []byte) (*DensePerceptronAlreadySealed, error) {
	out := new(DensePerceptronAlreadySealed)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "AlreadySealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronFeatureOutOfRange represents a FeatureOutOfRange error raised by the DensePerceptron contract.
type DensePerceptronFeatureOutOfRange struct {
	Index       int64
	NumFeatures *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeatureOutOfRange(int64 index, uint256 numFeatures)
func DensePerceptronFeatureOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8237c5cef9a8c9e7bdcf61f0730a699f9a9463bc4378a127458bf935e2e333e9")
}

// UnpackFeatureOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeatureOutOfRange(int64 index, uint256 numFeatures)
func (densePerceptron *DensePerceptron) UnpackFeatureOutOfRangeError(raw []byte) (*DensePerceptronFeatureOutOfRange, error) {
	out := new(DensePerceptronFeatureOutOfRange)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "FeatureOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronIndicesNotIncreasing represents a IndicesNotIncreasing error raised by the DensePerceptron contract.
type DensePerceptronIndicesNotIncreasing struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndicesNotIncreasing(uint256 position)
func DensePerceptronIndicesNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x05d784653e2ac3b63d88c36087bf2860b01d4acccd061120bcda1c9f826af458")
}

// UnpackIndicesNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndicesNotIncreasing(uint256 position)
func (densePerceptron *DensePerceptron) UnpackIndicesNotIncreasingError(raw []byte) (*DensePerceptronIndicesNotIncreasing, error) {
	out := new(DensePerceptronIndicesNotIncreasing)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "IndicesNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronInvalidDecayUpdates represents a InvalidDecayUpdates error raised by the DensePerceptron contract.
type DensePerceptronInvalidDecayUpdates struct {
	DecayUpdates uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDecayUpdates(uint64 decayUpdates)
func DensePerceptronInvalidDecayUpdatesErrorID() common.Hash {
	return common.HexToHash("0x1f0c74b1fbf0034aab93fc925ef40796fd0775d15b6d54834b49e61a3ce400c6")
}

// UnpackInvalidDecayUpdatesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDecayUpdates(uint64 decayUpdates)
func (densePerceptron *DensePerceptron) UnpackInvalidDecayUpdatesError(raw []byte) (*DensePerceptronInvalidDecayUpdates, error) {
	out := new(DensePerceptronInvalidDecayUpdates)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "InvalidDecayUpdates", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronInvalidLearningRate represents a InvalidLearningRate error raised by the DensePerceptron contract.
type DensePerceptronInvalidLearningRate struct {
	LearningRate int64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLearningRate(int64 learningRate)
func DensePerceptronInvalidLearningRateErrorID() common.Hash {
	return common.HexToHash("0xb711504cf38ba56c21354c396883744e0cb173a1664320217f4b5b352ca32e75")
}

// UnpackInvalidLearningRateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLearningRate(int64 learningRate)
func (densePerceptron *DensePerceptron) UnpackInvalidLearningRateError(raw []byte) (*DensePerceptronInvalidLearningRate, error) {
	out := new(DensePerceptronInvalidLearningRate)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "InvalidLearningRate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronInvalidUpdates represents a InvalidUpdates error raised by the DensePerceptron contract.
type DensePerceptronInvalidUpdates struct {
	Updates uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUpdates(uint64 updates)
func DensePerceptronInvalidUpdatesErrorID() common.Hash {
	return common.HexToHash("0x539b38ba4e6eecdc7e6d3173579c4a0da6895c1a245b7a42c613b3a0ce7f5dbf")
}

// UnpackInvalidUpdatesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUpdates(uint64 updates)
func (densePerceptron *DensePerceptron) UnpackInvalidUpdatesError(raw []byte) (*DensePerceptronInvalidUpdates, error) {
	out := new(DensePerceptronInvalidUpdates)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "InvalidUpdates", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronLaneOverflow represents a LaneOverflow error raised by the DensePerceptron contract.
type DensePerceptronLaneOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LaneOverflow()
func DensePerceptronLaneOverflowErrorID() common.Hash {
	return common.HexToHash("0x903651abe4fe17a12d488706a75630f2465c046693917b358c77d34cbf4442e1")
}

// UnpackLaneOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LaneOverflow()
func (densePerceptron *DensePerceptron) UnpackLaneOverflowError(raw []byte) (*DensePerceptronLaneOverflow, error) {
	out := new(DensePerceptronLaneOverflow)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "LaneOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronLengthMismatch represents a LengthMismatch error raised by the DensePerceptron contract.
type DensePerceptronLengthMismatch struct {
	Got      *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 got, uint256 expected)
func DensePerceptronLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 got, uint256 expected)
func (densePerceptron *DensePerceptron) UnpackLengthMismatchError(raw []byte) (*DensePerceptronLengthMismatch, error) {
	out := new(DensePerceptronLengthMismatch)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronMalformedValue represents a MalformedValue error raised by the DensePerceptron contract.
type DensePerceptronMalformedValue struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedValue(uint256 position)
func DensePerceptronMalformedValueErrorID() common.Hash {
	return common.HexToHash("0xd78808c7a4372344380b7d2c33a4f1f77b157001225f3e8162aebccb14f1a24a")
}

// UnpackMalformedValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedValue(uint256 position)
func (densePerceptron *DensePerceptron) UnpackMalformedValueError(raw []byte) (*DensePerceptronMalformedValue, error) {
	out := new(DensePerceptronMalformedValue)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "MalformedValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronNoClasses represents a NoClasses error raised by the DensePerceptron contract.
type DensePerceptronNoClasses struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoClasses()
func DensePerceptronNoClassesErrorID() common.Hash {
	return common.HexToHash("0xc0c41b9e3aa72bdeda45ef30ff19557dfd6f53d4c5aa60f852daed8038b79074")
}

// UnpackNoClassesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoClasses()
func (densePerceptron *DensePerceptron) UnpackNoClassesError(raw []byte) (*DensePerceptronNoClasses, error) {
	out := new(DensePerceptronNoClasses)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "NoClasses", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronNotOwner represents a NotOwner error raised by the DensePerceptron contract.
type DensePerceptronNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func DensePerceptronNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (densePerceptron *DensePerceptron) UnpackNotOwnerError(raw []byte) (*DensePerceptronNotOwner, error) {
	out := new(DensePerceptronNotOwner)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronNotTrainer represents a NotTrainer error raised by the DensePerceptron contract.
type DensePerceptronNotTrainer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTrainer(address caller)
func DensePerceptronNotTrainerErrorID() common.Hash {
	return common.HexToHash("0x7d4e4da28e37b50ced1b88e6ab7822d96a49b2b789591dc9e92baa65e3e0977d")
}

// UnpackNotTrainerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTrainer(address caller)
func (densePerceptron *DensePerceptron) UnpackNotTrainerError(raw []byte) (*DensePerceptronNotTrainer, error) {
	out := new(DensePerceptronNotTrainer)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "NotTrainer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronTooManyClasses represents a TooManyClasses error raised by the DensePerceptron contract.
type DensePerceptronTooManyClasses struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyClasses(uint256 count, uint256 max)
func DensePerceptronTooManyClassesErrorID() common.Hash {
	return common.HexToHash("0x1f89af43d5c5dc8dadad93934e2fdd1452604f09873018037fc98a64ade8b3f5")
}

// UnpackTooManyClassesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyClasses(uint256 count, uint256 max)
func (densePerceptron *DensePerceptron) UnpackTooManyClassesError(raw []byte) (*DensePerceptronTooManyClasses, error) {
	out := new(DensePerceptronTooManyClasses)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "TooManyClasses", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronTooManyFeatureIndices represents a TooManyFeatureIndices error raised by the DensePerceptron contract.
type DensePerceptronTooManyFeatureIndices struct {
	NumFeatures *big.Int
	Max         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyFeatureIndices(uint256 numFeatures, uint256 max)
func DensePerceptronTooManyFeatureIndicesErrorID() common.Hash {
	return common.HexToHash("0x742895d450c98b69bc404b836ab55937f5767260fefaf18dbfaa5bf836b86dbf")
}

// UnpackTooManyFeatureIndicesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyFeatureIndices(uint256 numFeatures, uint256 max)
func (densePerceptron *DensePerceptron) UnpackTooManyFeatureIndicesError(raw []byte) (*DensePerceptronTooManyFeatureIndices, error) {
	out := new(DensePerceptronTooManyFeatureIndices)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "TooManyFeatureIndices", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronTooManyFeatures represents a TooManyFeatures error raised by the DensePerceptron contract.
type DensePerceptronTooManyFeatures struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyFeatures(uint256 length, uint256 max)
func DensePerceptronTooManyFeaturesErrorID() common.Hash {
	return common.HexToHash("0xbb85e9db24a4daf8773946fff729a164cf2d9630302681fe3fc6bb4d35397dae")
}

// UnpackTooManyFeaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyFeatures(uint256 length, uint256 max)
func (densePerceptron *DensePerceptron) UnpackTooManyFeaturesError(raw []byte) (*DensePerceptronTooManyFeatures, error) {
	out := new(DensePerceptronTooManyFeatures)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "TooManyFeatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronUnknownLabel represents a UnknownLabel error raised by the DensePerceptron contract.
type DensePerceptronUnknownLabel struct {
	Label      uint64
	NumClasses *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLabel(uint64 label, uint256 numClasses)
func DensePerceptronUnknownLabelErrorID() common.Hash {
	return common.HexToHash("0x77cd7fcefb320f61c7420ee75bb54056fae6f82884a6fd8ed4558011eca395c4")
}

// UnpackUnknownLabelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLabel(uint64 label, uint256 numClasses)
func (densePerceptron *DensePerceptron) UnpackUnknownLabelError(raw []byte) (*DensePerceptronUnknownLabel, error) {
	out := new(DensePerceptronUnknownLabel)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "UnknownLabel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronWordOutOfRange represents a WordOutOfRange error raised by the DensePerceptron contract.
type DensePerceptronWordOutOfRange struct {
	Word     *big.Int
	NumWords *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WordOutOfRange(uint256 word, uint256 numWords)
func DensePerceptronWordOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x06b0b72aae4e190be0b63d75bad0a93dfad5d1f86b8626e713fdc9dffed90577")
}

// UnpackWordOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WordOutOfRange(uint256 word, uint256 numWords)
func (densePerceptron *DensePerceptron) UnpackWordOutOfRangeError(raw []byte) (*DensePerceptronWordOutOfRange, error) {
	out := new(DensePerceptronWordOutOfRange)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "WordOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronWrongDimension represents a WrongDimension error raised by the DensePerceptron contract.
type DensePerceptronWrongDimension struct {
	Length   *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDimension(uint256 length, uint256 expected)
func DensePerceptronWrongDimensionErrorID() common.Hash {
	return common.HexToHash("0x462d05b76b989b8fac984b07002f6c154aace7c143de2d677519012083aab691")
}

// UnpackWrongDimensionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDimension(uint256 length, uint256 expected)
func (densePerceptron *DensePerceptron) UnpackWrongDimensionError(raw []byte) (*DensePerceptronWrongDimension, error) {
	out := new(DensePerceptronWrongDimension)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "WrongDimension", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronZeroFeatures represents a ZeroFeatures error raised by the DensePerceptron contract.
type DensePerceptronZeroFeatures struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroFeatures()
func DensePerceptronZeroFeaturesErrorID() common.Hash {
	return common.HexToHash("0x1f937a97bcb9398818ac1aea5e87a1691ea944a3c07fca51eb51e09230d08a62")
}

// UnpackZeroFeaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroFeatures()
func (densePerceptron *DensePerceptron) UnpackZeroFeaturesError(raw []byte) (*DensePerceptronZeroFeatures, error) {
	out := new(DensePerceptronZeroFeatures)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "ZeroFeatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DensePerceptronZeroTrainer represents a ZeroTrainer error raised by the DensePerceptron contract.
type DensePerceptronZeroTrainer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTrainer()
func DensePerceptronZeroTrainerErrorID() common.Hash {
	return common.HexToHash("0x86dbdd83ba8f5d5ef231b5d757c12b49ecae16bfa5aeef911b2fd7ba6b6c7364")
}

// UnpackZeroTrainerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTrainer()
func (densePerceptron *DensePerceptron) UnpackZeroTrainerError(raw []byte) (*DensePerceptronZeroTrainer, error) {
	out := new(DensePerceptronZeroTrainer)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "ZeroTrainer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeMetaData contains all meta data concerning the DepositRefundTake contract.
var DepositRefundTakeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIClassifier\",\"name\":\"model_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"encoder_\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"refundWait_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ownerClaimWait_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"anyAddressClaimWait_\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"costWeight_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_BATCH_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REFUND_WAIT\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"addData\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[][]\",\"name\":\"data\",\"type\":\"int64[][]\"},{\"internalType\":\"uint64[]\",\"name\":\"labels\",\"type\":\"uint64[]\"}],\"name\":\"addDataBatch\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anyAddressClaimWait\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"contribution\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"deposit\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"claimable\",\"type\":\"uint96\"},{\"internalType\":\"uint40\",\"name\":\"id\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"numClaims\",\"type\":\"uint16\"}],\"internalType\":\"structTrainer.Contribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"contributionKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"costWeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"encoder\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"hasReported\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastAddTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"model\",\"outputs\":[{\"internalType\":\"contractIClassifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextAddDataCost\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"nextAddDataCostOfBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numContributions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numGood\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ownerClaimWait\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refundWait\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"report\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalGood\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"AddData\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refund\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Report\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalPending\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"AlreadyReported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"anyAddressClaimWait\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"AnyAddressClaimWaitOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"samples\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"labels\",\"type\":\"uint256\"}],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"BatchSampleRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"BatchSizeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"CannotReportOwnContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"costWeight\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"CostWeightOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"DepositTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"DuplicateContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"ModelAgrees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"ModelBoundElsewhere\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"ModelDisagrees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"NoGoodContributions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ownerClaimWait\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"OwnerClaimWaitOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"refundWait\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"RefundWaitOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"UnknownContribution\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroModel\",\"type\":\"error\"}]",
	ID:  "20191a1233f849028b10e22a94d0412679",
	Bin: "0x61012080604052346107fb576126a9803803809161001d82856107ff565b8339810190610100818303126107fb5780516001600160a01b038116928382036107fb5760208301516001600160401b0381116107fb5781610060918501610822565b60408401519091906001600160401b0381116107fb5781610082918601610822565b606085015190916001600160401b0382116107fb576100a2918601610822565b906100af60808601610877565b926100bc60a08701610877565b9460e06100cb60c08901610877565b9701519733156107e8575f8054336001600160a01b03198216811783556040519290916001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a381156107d95763bab861c160e01b8152602081600481855afa9081156107af575f916107ba575b50306001600160a01b039091160361073557506080528051906001600160401b03821161053f5760025490600182811c9216801561072b575b60208310146105215781601f8493116106b5575b50602090601f831160011461064f575f92610644575b50508160011b915f199060031b1c1916176002555b8051906001600160401b03821161053f5760035490600182811c9216801561063a575b60208310146105215781601f8493116105c4575b50602090601f831160011461055e575f92610553575b50508160011b915f199060031b1c1916176003555b8051906001600160401b03821161053f5760045490600182811c92168015610535575b60208310146105215781601f8493116104ab575b50602090601f8311600114610445575f9261043a575b50508160011b915f199060031b1c1916176004555b64ffffffffff421664ffffffffff19600154161760015563ffffffff8116603c8110801561042e575b6104105763ffffffff8416906301e1338082116103eb57603c81018091116103d75763ffffffff841681811080156103ce575b6103b6575050506001841080156103a2575b61037a5760a05260c05260e05261010052604051611e0190816108a88239608051818181610445015281816107150152818161116c0152611ab7015260a0518181816105e601528181610d1f015261175c015260c05181818161028201526119d9015260e051818181610bda015261171801526101005181818161062101528181611b3a0152611b9f0152f35b836a123456789abcdf0123456790636d81b0bb60e11b5f52600452600160245260445260645ffd5b506a123456789abcdf0123456784116102ed565b63d7d8205360e01b5f5260045260245260445260645ffd5b508281116102db565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff848363e4f2bb7160e01b5f52600452166024526301e1338060445260645ffd5b635f482bed60e01b5f52600452603c60245262278d0060445260645ffd5b5062278d0081116102a8565b015190505f8061026a565b60045f9081528281209350601f198516905b818110610493575090846001959493921061047b575b505050811b0160045561027f565b01515f1960f88460031b161c191690555f808061046d565b92936020600181928786015181550195019301610457565b828111156102545760045f52909150601f830160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b60208510610519575b849392601f0160051c82900391015f5b828110610509575050610254565b5f818301558594506001016104fb565b5f91506104eb565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610240565b634e487b7160e01b5f52604160045260245ffd5b015190505f80610208565b60035f9081528281209350601f198516905b8181106105ac5750908460019594939210610594575b505050811b0160035561021d565b01515f1960f88460031b161c191690555f8080610586565b92936020600181928786015181550195019301610570565b828111156101f25760035f52909150601f830160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208510610632575b849392601f0160051c82900391015f5b8281106106225750506101f2565b5f81830155859450600101610614565b5f9150610604565b91607f16916101de565b015190505f806101a6565b60025f9081528281209350601f198516905b81811061069d5750908460019594939210610685575b505050811b016002556101bb565b01515f1960f88460031b161c191690555f8080610677565b92936020600181928786015181550195019301610661565b828111156101905760025f52909150601f830160051c7f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace60208510610723575b849392601f0160051c82900391015f5b828110610713575050610190565b5f81830155859450600101610705565b5f91506106f5565b91607f169161017c565b60206004916040519283809263bab861c160e01b82525afa9081156107af575f91610780575b50637c65e90760e11b5f9081526001600160a01b039190911660045230602452604490fd5b6107a2915060203d6020116107a8575b61079a81836107ff565b810190610888565b8161075b565b503d610790565b6040513d5f823e3d90fd5b6107d3915060203d6020116107a85761079a81836107ff565b5f610143565b633c23327160e11b5f5260045ffd5b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761053f57604052565b81601f820112156107fb578051906001600160401b03821161053f5760405192610856601f8401601f1916602001856107ff565b828452602083830101116107fb57815f9260208093018386015e8301015290565b519063ffffffff821682036107fb57565b908160209103126107fb57516001600160a01b03811681036107fb579056fe60806040526004361015610011575f80fd5b5f3560e01c80623378691461131157806306df14161461125657806306fdde031461119b5780630ad9d052146111575780631394e447146110665780631a416f9514610fce57806347f6acf114610fa557806351cff8d914610ee1578063547d0c1d14610ea35780635484f31114610c955780635f7066a214610c49578063630b498914610c225780636f48198614610bfe5780636f5def3014610bbe578063715018a614610b675780637284e41614610a5b5780638da5cb5b14610a3457806391cefda614610a175780639c951552146109ef5780639e4aceab14610644578063a85ed4c81461060a578063b35d64b1146105ca578063b59ec9a4146105a6578063b7754479146102a6578063c85e642f14610266578063cfdbf2541461024b578063df27731a14610218578063f2fde38b146101935763f3f4370314610157575f80fd5b3461018f57602036600319011261018f576001600160a01b036101786114ae565b165f526008602052602060405f2054604051908152f35b5f80fd5b3461018f57602036600319011261018f576101ac6114ae565b6101b4611b00565b6001600160a01b03168015610205575f80546001600160a01b03198116831782556001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a3005b631e4fbdf760e01b5f525f60045260245ffd5b3461018f57602036600319011261018f57602061024064ffffffffff60015416600435611b73565b915050604051908152f35b3461018f575f36600319011261018f57602060405160648152f35b3461018f575f36600319011261018f57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b604036600319011261018f576004356001600160401b03811161018f576102d1903690600401611468565b6102d9611498565b906102e261160c565b600154926102ff6102fa64ffffffffff8616426115d1565b611b26565b9384341061058f57600164ffffffffff8260281c16019064ffffffffff821161057b5764ffffffffff42169069ffffffffff00000000008360281b169069ffffffffffffffffffff1916171760015561035b33428686866115de565b805f52600560205264ffffffffff60405f205460c01c1661054f576001600160601b038616906040519261038e8461154d565b8284526020840192835264ffffffffff604085019116815260608401915f83525f5260056020526001600160601b0360405f20945116928454906001600160601b0360601b905160601b169164ffffffffff60c01b905160c01b169261ffff60e81b905160e81b169361ffff60e81b199162ffffff60e81b1617161717179055604051905f808460051b9363bd7a1d6160e01b815260406004820152866024820152856044820152848460648301376064850190827f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af11561052b57906040519260031b9383524260208401528460408401526080606084015283608084015260a08301908201915b82811061051657505050805f60a0847f50f669f5a0ece43ceb160770b56b666d95759ae9b923b7c3c846290dc666fdcc940101523392601f801991011660a00190a28034116104fd575b5f5f516020611de15f395f51905f525d005b61050a61051091346115d1565b33611a28565b806104eb565b6020816008923560c01b8452019101906104a1565b6040513d81523d5f602083013e3d601f01601f191681016020016040525f19611c80565b6040519063059ef18960e51b6020830152602482015260248152610574604482611568565b5f19611c80565b634e487b7160e01b5f52601160045260245ffd5b8463ea691a4b60e01b5f526004523460245260445ffd5b3461018f5760206105c26105b9366114c4565b939290926115de565b604051908152f35b3461018f575f36600319011261018f57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461018f575f36600319011261018f5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b604036600319011261018f576004356001600160401b03811161018f5761066f903690600401611468565b6024356001600160401b03811161018f5761068e903690600401611468565b909261069861160c565b8282036109d857600154906106b464ffffffffff831685611b73565b95918695919534106109c15764ffffffffff8560281c169464ffffffffff841686019064ffffffffff821161057b5769ffffffffffffffffffff191660289190911b69ffffffffff000000000016174264ffffffffff1617600155919591937f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316925f9136869003601e190191905b898410156109a7578360051b808801358481121561018f5788018035916001600160401b03831161018f5760208201908360051b90813603831361018f5789891015610993578f0135946001600160401b038616860361018f5764ffffffffff1664ffffffffff811461057b576001019b6107c933428888876115de565b805f52600560205264ffffffffff60405f205460c01c1661096857604051906001600160601b038316908f6107fd8461154d565b8284526020840192835264ffffffffff604085019116815260608401915f83525f5260056020526001600160601b0360405f20945116928454906001600160601b0360601b905160601b169164ffffffffff60c01b905160c01b169261ffff60e81b905160e81b169361ffff60e81b199162ffffff60e81b16171617171790555f808c60405163bd7a1d6160e01b815260406004820152896024820152886044820152858760648301378286606401925af11561094557906020916040519560031b968652428387015260408601526080606086015285608086015260a08501930101905b81811061093057505050805f60a0847f50f669f5a0ece43ceb160770b56b666d95759ae9b923b7c3c846290dc666fdcc940101523392601f801991011660a00190a26001889301929661074b565b6020816008923560c01b8552019201916108e2565b6040513d8152893d5f602084013e3d601f01601f19168201602001604052611c80565b896040519163059ef18960e51b602084015260248301526024825261098e604483611568565b611c80565b634e487b7160e01b5f52603260045260245ffd5b508034116104fd575f5f516020611de15f395f51905f525d005b8663ea691a4b60e01b5f526004523460245260445ffd5b50906381b5b20760e01b5f5260045260245260445ffd5b3461018f575f36600319011261018f5760206105c26102fa64ffffffffff60015416426115d1565b3461018f575f36600319011261018f57602060405162278d008152f35b3461018f575f36600319011261018f575f546040516001600160a01b039091168152602090f35b3461018f575f36600319011261018f576040515f6003548060011c90600181168015610b5d575b602083108114610b4957828552908115610b255750600114610ac7575b610ac383610aaf81850382611568565b604051918291602083526020830190611589565b0390f35b60035f9081527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b939250905b808210610b0b57509091508101602001610aaf610a9f565b919260018160209254838588010152019101909291610af3565b60ff191660208086019190915291151560051b84019091019150610aaf9050610a9f565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610a82565b3461018f575f36600319011261018f57610b7f611b00565b5f80546001600160a01b0319811682556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b3461018f575f36600319011261018f57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461018f575f36600319011261018f57602064ffffffffff60015416604051908152f35b3461018f575f36600319011261018f57602064ffffffffff60015460281c16604051908152f35b3461018f57602036600319011261018f576004356001600160401b03811161018f57610c84610c7e6020923690600401611468565b90611a87565b6001600160401b0360405191168152f35b3461018f57606036600319011261018f576004356001600160401b03811161018f57610cc5903690600401611468565b90610cce611498565b60443590610cda61160c565b610cfa610cea33848488886115de565b94610cf486611641565b94611a87565b9160208401936001600160601b03855116159081610e8f575b50610e7c5763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690610d4a82826116be565b4210610e5b5750506001600160401b03809116911603610e48576001600160601b0390511690805f5260056020525f6040812055335f52600660205260405f20600163ffffffff8254160163ffffffff811161057b5763ffffffff1663ffffffff1982541617905560015460016001600160401b038260501c16016001600160401b03811161057b576001600160401b0360501b9060501b16906001600160401b0360501b1916176001556040519081528160208201527f64da132aea58cbf2ea0cd8c4b425e12fc1445cfb70d83968693317cf593c8df560403392a280610e3e575f5f516020611de15f395f51905f525d005b6105109033611a28565b50638599d06960e01b5f5260045260245ffd5b8591610e66916116be565b9063d47800eb60e01b5f5260045260245260445ffd5b84635cf7608160e11b5f5260045260245ffd5b6001600160601b0391505116151586610d13565b3461018f57602036600319011261018f576001600160a01b03610ec46114ae565b165f526006602052602063ffffffff60405f205416604051908152f35b3461018f57602036600319011261018f576004356001600160a01b0381169081900361018f57610f0f61160c565b335f52600860205260405f2054908115610f9257335f5260086020525f6040812055806040518381527f2717ead6b9200dd235aad468c9809ea400fe33ac69b5bfaa6d3e90fc922b639860203392a35f80808085855af115610f7d575f5f516020611de15f395f51905f525d005b630e21dcbb60e11b5f5260045260245260445ffd5b636e34ee0b60e11b5f523360045260245ffd5b3461018f575f36600319011261018f5760206001600160401b0360015460501c16604051908152f35b3461018f57602036600319011261018f57610fe76115ad565b506004355f526005602052608060405f2061ffff604051916110088361154d565b5464ffffffffff6001600160601b038216938481526001600160601b0360208201818560601c1681528560606040850194868860c01c168652019560e81c168552604051968752511660208601525116604084015251166060820152f35b3461018f57604036600319011261018f576024356001600160a01b0381169081900361018f576020906004355f526005825264ffffffffff60405f205460c01c1680151591826110bd575b50506040519015158152f35b809192505f526006835264ffffffffff60405f2091604051926110df8461151e565b549263ffffffff841681526040868201918486891c168352019360481c845260b885049283915116145f14611132575050516001600160b81b03165b600160b88180821b0393061b1616151582806110b1565b5f90815260078552604080822092825291855220546001600160b81b0316905061111b565b3461018f575f36600319011261018f576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461018f575f36600319011261018f576040515f6002548060011c9060018116801561124c575b602083108114610b4957828552908115610b2557506001146111ee57610ac383610aaf81850382611568565b60025f9081527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace939250905b80821061123257509091508101602001610aaf610a9f565b91926001816020925483858801015201910190929161121a565b91607f16916111c2565b3461018f575f36600319011261018f576040515f6004548060011c90600181168015611307575b602083108114610b4957828552908115610b2557506001146112a957610ac383610aaf81850382611568565b60045f9081527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b939250905b8082106112ed57509091508101602001610aaf610a9f565b9192600181602092548385880101520191019092916112d5565b91607f169161127d565b3461018f57611350611322366114c4565b9293949190839161133161160c565b61133e838383898b6115de565b9561134887611641565b9788886116e9565b92602081016001600160601b0385166001600160601b03825116036001600160601b03811161057b576001600160601b031681526060820161ffff81511661ffff81145f146114535761ffff905b168152845f52600560205260405f20926001600160601b03815116928454906001600160601b0360601b905160601b1691604064ffffffffff60c01b91015160c01b169261ffff60e81b905160e81b169361ffff60e81b199162ffffff60e81b16171617171790556040519083825260018060a01b0316917f9023006708b25d5f7c1242af7844cf710d70a106dffdcab80b132e341d73dd8d60203393a480610e3e575f5f516020611de15f395f51905f525d005b60010161ffff811161057b5761ffff9061139e565b9181601f8401121561018f578235916001600160401b03831161018f576020808501948460051b01011161018f57565b602435906001600160401b038216820361018f57565b600435906001600160a01b038216820361018f57565b608060031982011261018f57600435906001600160401b03821161018f576114ee91600401611468565b90916024356001600160401b038116810361018f5790604435906064356001600160a01b038116810361018f5790565b606081019081106001600160401b0382111761153957604052565b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b0382111761153957604052565b90601f801991011681019081106001600160401b0382111761153957604052565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b604051906115ba8261154d565b5f6060838281528260208201528260408201520152565b9190820391821161057b57565b919093602890603c946040519660051b809588378487019360c01b8452600884015260601b91015201902090565b5f516020611de15f395f51905f525c6116325760015f516020611de15f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b9061164a6115ad565b50815f52600560205260405f2091604051926116658461154d565b54926001600160601b03841681526001600160601b038460601c16602082015261ffff64ffffffffff8560c01c169485604084015260e81c16606082015292156116ac5750565b6344e139b960e01b5f5260045260245ffd5b9190820180921161057b57565b81156116d5570490565b634e487b7160e01b5f52601260045260245ffd5b969495939291909360208501966001600160601b0388511615611a155761171081426115d1565b9163ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683108015906119d1575b6119ba576001600160a01b031633146119a75763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001680921061199c5750506117986001600160401b03928392611a87565b921691161461198957335f52600660205260405f2090604051916117bb8361151e565b549163ffffffff831692838252602082019364ffffffffff8260201c168552604083019160481c8252156119765764ffffffffff604084015116600160b880830492061b908064ffffffffff875116036118fb575b50815181166001600160b81b03166118e45781516001600160b81b039081169116178152335f90815260066020908152604090912092519451915191901b68ffffffffff000000001663ffffffff9490941693841760489190911b68ffffffffffffffffff19161790555192935090916001600160601b031680820291811591830414171561057b576118b2906001600160401b0360015460501c16906116cb565b91821580156118d1575b6118c35750565b516001600160601b03169150565b506001600160601b0381511683116118bc565b87631399fa2f60e21b5f526004523360245260445ffd5b82516001600160b81b03168061193e575b5064ffffffffff81168652335f52600760205260405f20905f5260205260018060b81b0360405f20541682525f611810565b335f52600760205260405f2064ffffffffff8851165f5260205260405f209068ffffffffffffffffff60b81b8254161790555f61190c565b63186f7c9d60e21b5f523360045260245ffd5b836379c411fd60e01b5f5260045260245ffd5b8891610e66916116be565b88636460268d60e01b5f5260045260245ffd5b5050505050505091506001600160601b0390511690565b5063ffffffff7f000000000000000000000000000000000000000000000000000000000000000016831015801561174257505f546001600160a01b03163314611742565b88635cf7608160e11b5f5260045260245ffd5b5f80808085855af115611a39575050565b60207f31b5a21eaa66e072a85415f32552ffd06f73ac2b42f41a3f31c4e19a5ed87e299160018060a01b031692835f526008825260405f20611a7c8282546116be565b9055604051908152a2565b6020915f91604051918060051b918291632fb8335160e11b855286600486015260248501526044840137604401907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f519015611af5576001600160401b031690565b6040513d5f823e3d90fd5b5f546001600160a01b03163303611b1357565b63118cdaa760e01b5f523360045260245ffd5b60018111611b625750611b5f60015b610e107f0000000000000000000000000000000000000000000000000000000000000000026116cb565b90565b611b6e611b5f91611bfa565b611b35565b5f9181158015611bf0575b611bd3576102fa611b8f91426115d1565b92839160018111611b9d5750565b7f0000000000000000000000000000000000000000000000000000000000000000610e1081810295505f19909201020284019150565b5063b16f01af60e01b5f526004526001602452606460445260645ffd5b5060648211611b7e565b8060401c611c7757600163ffffffff821160051b61ffff83821c1160041b1760ff83821c1160031b17600f83821c1160021b17600383821c11821b178183821c1117811c01600182821c911b0160011c8082040160011c8082040160011c8082040160011c8082040160011c8082040160011c8091048111900390565b611b5f90611cbe565b60018101611c915750602081519101fd5b611cba6040519283926320b0c24160e01b84526004840152604060248401526044830190611589565b0390fd5b6001811115611b5f57806001600160801b821015611dcf575b600482600160401b611d81941015611dc2575b640100000000811015611db5575b62010000811015611da8575b610100811015611d9c575b6010811015611d90575b1015611d88575b60030260011c611d3081846116cb565b0160011c611d3e81846116cb565b0160011c611d4c81846116cb565b0160011c611d5a81846116cb565b0160011c611d6881846116cb565b0160011c611d7681846116cb565b0160011c80926116cb565b8111900390565b60011b611d20565b811c9160021b91611d19565b60081c91811b91611d0f565b60101c9160081b91611d04565b60201c9160101b91611cf8565b60401c9160201b91611cea565b5050608081901c600160401b611cd756fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
}

// DepositRefundTake is an auto generated Go binding around an Ethereum contract.
type DepositRefundTake struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DepositRefundTake) GetABI() abi.ABI {
	return c.abi
}

// NewDepositRefundTake creates a new instance of DepositRefundTake.
func NewDepositRefundTake() *DepositRefundTake {
	parsed, err := DepositRefundTakeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DepositRefundTake{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DepositRefundTake) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address model_, string name_, string description_, string encoder_, uint32 refundWait_, uint32 ownerClaimWait_, uint32 anyAddressClaimWait_, uint256 costWeight_) returns()
func (depositRefundTake *DepositRefundTake) PackConstructor(model_ common.Address, name_ string, description_ string, encoder_ string, refundWait_ uint32, ownerClaimWait_ uint32, anyAddressClaimWait_ uint32, costWeight_ *big.Int) []byte {
	enc, err := depositRefundTake.abi.Pack("", model_, name_, description_, encoder_, refundWait_, ownerClaimWait_, anyAddressClaimWait_, costWeight_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXBATCHSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfdbf254.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BATCH_SIZE() view returns(uint256)
func (depositRefundTake *DepositRefundTake) PackMAXBATCHSIZE() []byte {
	enc, err := depositRefundTake.abi.Pack("MAX_BATCH_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBATCHSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfdbf254.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BATCH_SIZE() view returns(uint256)
func (depositRefundTake *DepositRefundTake) TryPackMAXBATCHSIZE() ([]byte, error) {
	return depositRefundTake.abi.Pack("MAX_BATCH_SIZE")
}

// UnpackMAXBATCHSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcfdbf254.
//
// Solidity: function MAX_BATCH_SIZE() view returns(uint256)
func (depositRefundTake *DepositRefundTake) UnpackMAXBATCHSIZE(data []byte) (*big.Int, error) {
	out, err := depositRefundTake.abi.Unpack("MAX_BATCH_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREFUNDWAIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91cefda6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REFUND_WAIT() view returns(uint32)
func (depositRefundTake *DepositRefundTake) PackMAXREFUNDWAIT() []byte {
	enc, err := depositRefundTake.abi.Pack("MAX_REFUND_WAIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREFUNDWAIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91cefda6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REFUND_WAIT() view returns(uint32)
func (depositRefundTake *DepositRefundTake) TryPackMAXREFUNDWAIT() ([]byte, error) {
	return depositRefundTake.abi.Pack("MAX_REFUND_WAIT")
}

// UnpackMAXREFUNDWAIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91cefda6.
//
// Solidity: function MAX_REFUND_WAIT() view returns(uint32)
func (depositRefundTake *DepositRefundTake) UnpackMAXREFUNDWAIT(data []byte) (uint32, error) {
	out, err := depositRefundTake.abi.Unpack("MAX_REFUND_WAIT", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackAddData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7754479.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addData(int64[] data, uint64 label) payable returns()
func (depositRefundTake *DepositRefundTake) PackAddData(data []int64, label uint64) []byte {
	enc, err := depositRefundTake.abi.Pack("addData", data, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7754479.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addData(int64[] data, uint64 label) payable returns()
func (depositRefundTake *DepositRefundTake) TryPackAddData(data []int64, label uint64) ([]byte, error) {
	return depositRefundTake.abi.Pack("addData", data, label)
}

// PackAddDataBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e4aceab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addDataBatch(int64[][] data, uint64[] labels) payable returns()
func (depositRefundTake *DepositRefundTake) PackAddDataBatch(data [][]int64, labels []uint64) []byte {
	enc, err := depositRefundTake.abi.Pack("addDataBatch", data, labels)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddDataBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e4aceab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addDataBatch(int64[][] data, uint64[] labels) payable returns()
func (depositRefundTake *DepositRefundTake) TryPackAddDataBatch(data [][]int64, labels []uint64) ([]byte, error) {
	return depositRefundTake.abi.Pack("addDataBatch", data, labels)
}

// PackAnyAddressClaimWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f5def30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anyAddressClaimWait() view returns(uint32)
func (depositRefundTake *DepositRefundTake) PackAnyAddressClaimWait() []byte {
	enc, err := depositRefundTake.abi.Pack("anyAddressClaimWait")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnyAddressClaimWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f5def30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anyAddressClaimWait() view returns(uint32)
func (depositRefundTake *DepositRefundTake) TryPackAnyAddressClaimWait() ([]byte, error) {
	return depositRefundTake.abi.Pack("anyAddressClaimWait")
}

// UnpackAnyAddressClaimWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f5def30.
//
// Solidity: function anyAddressClaimWait() view returns(uint32)
func (depositRefundTake *DepositRefundTake) UnpackAnyAddressClaimWait(data []byte) (uint32, error) {
	out, err := depositRefundTake.abi.Unpack("anyAddressClaimWait", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a416f95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribution(bytes32 key) view returns((uint96,uint96,uint40,uint16))
func (depositRefundTake *DepositRefundTake) PackContribution(key [32]byte) []byte {
	enc, err := depositRefundTake.abi.Pack("contribution", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a416f95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribution(bytes32 key) view returns((uint96,uint96,uint40,uint16))
func (depositRefundTake *DepositRefundTake) TryPackContribution(key [32]byte) ([]byte, error) {
	return depositRefundTake.abi.Pack("contribution", key)
}

// UnpackContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a416f95.
//
// Solidity: function contribution(bytes32 key) view returns((uint96,uint96,uint40,uint16))
func (depositRefundTake *DepositRefundTake) UnpackContribution(data []byte) (TrainerContribution, error) {
	out, err := depositRefundTake.abi.Unpack("contribution", data)
	if err != nil {
		return *new(TrainerContribution), err
	}
	out0 := *abi.ConvertType(out[0], new(TrainerContribution)).(*TrainerContribution)
	return out0, nil
}

// PackContributionKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb59ec9a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributionKey(int64[] data, uint64 label, uint256 addedTime, address author) pure returns(bytes32 key)
func (depositRefundTake *DepositRefundTake) PackContributionKey(data []int64, label uint64, addedTime *big.Int, author common.Address) []byte {
	enc, err := depositRefundTake.abi.Pack("contributionKey", data, label, addedTime, author)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributionKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb59ec9a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributionKey(int64[] data, uint64 label, uint256 addedTime, address author) pure returns(bytes32 key)
func (depositRefundTake *DepositRefundTake) TryPackContributionKey(data []int64, label uint64, addedTime *big.Int, author common.Address) ([]byte, error) {
	return depositRefundTake.abi.Pack("contributionKey", data, label, addedTime, author)
}

// UnpackContributionKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb59ec9a4.
//
// Solidity: function contributionKey(int64[] data, uint64 label, uint256 addedTime, address author) pure returns(bytes32 key)
func (depositRefundTake *DepositRefundTake) UnpackContributionKey(data []byte) ([32]byte, error) {
	out, err := depositRefundTake.abi.Unpack("contributionKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCostWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa85ed4c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function costWeight() view returns(uint256)
func (depositRefundTake *DepositRefundTake) PackCostWeight() []byte {
	enc, err := depositRefundTake.abi.Pack("costWeight")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCostWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa85ed4c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function costWeight() view returns(uint256)
func (depositRefundTake *DepositRefundTake) TryPackCostWeight() ([]byte, error) {
	return depositRefundTake.abi.Pack("costWeight")
}

// UnpackCostWeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa85ed4c8.
//
// Solidity: function costWeight() view returns(uint256)
func (depositRefundTake *DepositRefundTake) UnpackCostWeight(data []byte) (*big.Int, error) {
	out, err := depositRefundTake.abi.Unpack("costWeight", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function description() view returns(string)
func (depositRefundTake *DepositRefundTake) PackDescription() []byte {
	enc, err := depositRefundTake.abi.Pack("description")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function description() view returns(string)
func (depositRefundTake *DepositRefundTake) TryPackDescription() ([]byte, error) {
	return depositRefundTake.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (depositRefundTake *DepositRefundTake) UnpackDescription(data []byte) (string, error) {
	out, err := depositRefundTake.abi.Unpack("description", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackEncoder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06df1416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encoder() view returns(string)
func (depositRefundTake *DepositRefundTake) PackEncoder() []byte {
	enc, err := depositRefundTake.abi.Pack("encoder")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncoder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06df1416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encoder() view returns(string)
func (depositRefundTake *DepositRefundTake) TryPackEncoder() ([]byte, error) {
	return depositRefundTake.abi.Pack("encoder")
}

// UnpackEncoder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06df1416.
//
// Solidity: function encoder() view returns(string)
func (depositRefundTake *DepositRefundTake) UnpackEncoder(data []byte) (string, error) {
	out, err := depositRefundTake.abi.Unpack("encoder", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackHasReported is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1394e447.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasReported(bytes32 key, address reporter) view returns(bool)
func (depositRefundTake *DepositRefundTake) PackHasReported(key [32]byte, reporter common.Address) []byte {
	enc, err := depositRefundTake.abi.Pack("hasReported", key, reporter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasReported is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1394e447.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasReported(bytes32 key, address reporter) view returns(bool)
func (depositRefundTake *DepositRefundTake) TryPackHasReported(key [32]byte, reporter common.Address) ([]byte, error) {
	return depositRefundTake.abi.Pack("hasReported", key, reporter)
}

// UnpackHasReported is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1394e447.
//
// Solidity: function hasReported(bytes32 key, address reporter) view returns(bool)
func (depositRefundTake *DepositRefundTake) UnpackHasReported(data []byte) (bool, error) {
	out, err := depositRefundTake.abi.Unpack("hasReported", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastAddTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f481986.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastAddTime() view returns(uint256)
func (depositRefundTake *DepositRefundTake) PackLastAddTime() []byte {
	enc, err := depositRefundTake.abi.Pack("lastAddTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastAddTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f481986.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastAddTime() view returns(uint256)
func (depositRefundTake *DepositRefundTake) TryPackLastAddTime() ([]byte, error) {
	return depositRefundTake.abi.Pack("lastAddTime")
}

// UnpackLastAddTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f481986.
//
// Solidity: function lastAddTime() view returns(uint256)
func (depositRefundTake *DepositRefundTake) UnpackLastAddTime(data []byte) (*big.Int, error) {
	out, err := depositRefundTake.abi.Unpack("lastAddTime", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ad9d052.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function model() view returns(address)
func (depositRefundTake *DepositRefundTake) PackModel() []byte {
	enc, err := depositRefundTake.abi.Pack("model")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ad9d052.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function model() view returns(address)
func (depositRefundTake *DepositRefundTake) TryPackModel() ([]byte, error) {
	return depositRefundTake.abi.Pack("model")
}

// UnpackModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ad9d052.
//
// Solidity: function model() view returns(address)
func (depositRefundTake *DepositRefundTake) UnpackModel(data []byte) (common.Address, error) {
	out, err := depositRefundTake.abi.Unpack("model", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (depositRefundTake *DepositRefundTake) PackName() []byte {
	enc, err := depositRefundTake.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (depositRefundTake *DepositRefundTake) TryPackName() ([]byte, error) {
	return depositRefundTake.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (depositRefundTake *DepositRefundTake) UnpackName(data []byte) (string, error) {
	out, err := depositRefundTake.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNextAddDataCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c951552.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextAddDataCost() view returns(uint256)
func (depositRefundTake *DepositRefundTake) PackNextAddDataCost() []byte {
	enc, err := depositRefundTake.abi.Pack("nextAddDataCost")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextAddDataCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c951552.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextAddDataCost() view returns(uint256)
func (depositRefundTake *DepositRefundTake) TryPackNextAddDataCost() ([]byte, error) {
	return depositRefundTake.abi.Pack("nextAddDataCost")
}

// UnpackNextAddDataCost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c951552.
//
// Solidity: function nextAddDataCost() view returns(uint256)
func (depositRefundTake *DepositRefundTake) UnpackNextAddDataCost(data []byte) (*big.Int, error) {
	out, err := depositRefundTake.abi.Unpack("nextAddDataCost", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNextAddDataCostOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf27731a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextAddDataCostOfBatch(uint256 size) view returns(uint256 total)
func (depositRefundTake *DepositRefundTake) PackNextAddDataCostOfBatch(size *big.Int) []byte {
	enc, err := depositRefundTake.abi.Pack("nextAddDataCostOfBatch", size)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextAddDataCostOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf27731a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextAddDataCostOfBatch(uint256 size) view returns(uint256 total)
func (depositRefundTake *DepositRefundTake) TryPackNextAddDataCostOfBatch(size *big.Int) ([]byte, error) {
	return depositRefundTake.abi.Pack("nextAddDataCostOfBatch", size)
}

// UnpackNextAddDataCostOfBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf27731a.
//
// Solidity: function nextAddDataCostOfBatch(uint256 size) view returns(uint256 total)
func (depositRefundTake *DepositRefundTake) UnpackNextAddDataCostOfBatch(data []byte) (*big.Int, error) {
	out, err := depositRefundTake.abi.Unpack("nextAddDataCostOfBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumContributions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x630b4989.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numContributions() view returns(uint256)
func (depositRefundTake *DepositRefundTake) PackNumContributions() []byte {
	enc, err := depositRefundTake.abi.Pack("numContributions")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumContributions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x630b4989.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numContributions() view returns(uint256)
func (depositRefundTake *DepositRefundTake) TryPackNumContributions() ([]byte, error) {
	return depositRefundTake.abi.Pack("numContributions")
}

// UnpackNumContributions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x630b4989.
//
// Solidity: function numContributions() view returns(uint256)
func (depositRefundTake *DepositRefundTake) UnpackNumContributions(data []byte) (*big.Int, error) {
	out, err := depositRefundTake.abi.Unpack("numContributions", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumGood is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x547d0c1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numGood(address account) view returns(uint256)
func (depositRefundTake *DepositRefundTake) PackNumGood(account common.Address) []byte {
	enc, err := depositRefundTake.abi.Pack("numGood", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumGood is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x547d0c1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numGood(address account) view returns(uint256)
func (depositRefundTake *DepositRefundTake) TryPackNumGood(account common.Address) ([]byte, error) {
	return depositRefundTake.abi.Pack("numGood", account)
}

// UnpackNumGood is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x547d0c1d.
//
// Solidity: function numGood(address account) view returns(uint256)
func (depositRefundTake *DepositRefundTake) UnpackNumGood(data []byte) (*big.Int, error) {
	out, err := depositRefundTake.abi.Unpack("numGood", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (depositRefundTake *DepositRefundTake) PackOwner() []byte {
	enc, err := depositRefundTake.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (depositRefundTake *DepositRefundTake) TryPackOwner() ([]byte, error) {
	return depositRefundTake.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (depositRefundTake *DepositRefundTake) UnpackOwner(data []byte) (common.Address, error) {
	out, err := depositRefundTake.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerClaimWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc85e642f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerClaimWait() view returns(uint32)
func (depositRefundTake *DepositRefundTake) PackOwnerClaimWait() []byte {
	enc, err := depositRefundTake.abi.Pack("ownerClaimWait")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerClaimWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc85e642f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerClaimWait() view returns(uint32)
func (depositRefundTake *DepositRefundTake) TryPackOwnerClaimWait() ([]byte, error) {
	return depositRefundTake.abi.Pack("ownerClaimWait")
}

// UnpackOwnerClaimWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc85e642f.
//
// Solidity: function ownerClaimWait() view returns(uint32)
func (depositRefundTake *DepositRefundTake) UnpackOwnerClaimWait(data []byte) (uint32, error) {
	out, err := depositRefundTake.abi.Unpack("ownerClaimWait", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackPendingWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f43703.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingWithdrawals(address account) view returns(uint256)
func (depositRefundTake *DepositRefundTake) PackPendingWithdrawals(account common.Address) []byte {
	enc, err := depositRefundTake.abi.Pack("pendingWithdrawals", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f43703.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingWithdrawals(address account) view returns(uint256)
func (depositRefundTake *DepositRefundTake) TryPackPendingWithdrawals(account common.Address) ([]byte, error) {
	return depositRefundTake.abi.Pack("pendingWithdrawals", account)
}

// UnpackPendingWithdrawals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3f43703.
//
// Solidity: function pendingWithdrawals(address account) view returns(uint256)
func (depositRefundTake *DepositRefundTake) UnpackPendingWithdrawals(data []byte) (*big.Int, error) {
	out, err := depositRefundTake.abi.Unpack("pendingWithdrawals", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (depositRefundTake *DepositRefundTake) PackPredict(data []int64) []byte {
	enc, err := depositRefundTake.abi.Pack("predict", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (depositRefundTake *DepositRefundTake) TryPackPredict(data []int64) ([]byte, error) {
	return depositRefundTake.abi.Pack("predict", data)
}

// UnpackPredict is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f7066a2.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (depositRefundTake *DepositRefundTake) UnpackPredict(data []byte) (uint64, error) {
	out, err := depositRefundTake.abi.Unpack("predict", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5484f311.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(int64[] data, uint64 label, uint256 addedTime) returns()
func (depositRefundTake *DepositRefundTake) PackRefund(data []int64, label uint64, addedTime *big.Int) []byte {
	enc, err := depositRefundTake.abi.Pack("refund", data, label, addedTime)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5484f311.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(int64[] data, uint64 label, uint256 addedTime) returns()
func (depositRefundTake *DepositRefundTake) TryPackRefund(data []int64, label uint64, addedTime *big.Int) ([]byte, error) {
	return depositRefundTake.abi.Pack("refund", data, label, addedTime)
}

// PackRefundWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb35d64b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundWait() view returns(uint32)
func (depositRefundTake *DepositRefundTake) PackRefundWait() []byte {
	enc, err := depositRefundTake.abi.Pack("refundWait")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb35d64b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundWait() view returns(uint32)
func (depositRefundTake *DepositRefundTake) TryPackRefundWait() ([]byte, error) {
	return depositRefundTake.abi.Pack("refundWait")
}

// UnpackRefundWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb35d64b1.
//
// Solidity: function refundWait() view returns(uint32)
func (depositRefundTake *DepositRefundTake) UnpackRefundWait(data []byte) (uint32, error) {
	out, err := depositRefundTake.abi.Unpack("refundWait", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (depositRefundTake *DepositRefundTake) PackRenounceOwnership() []byte {
	enc, err := depositRefundTake.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (depositRefundTake *DepositRefundTake) TryPackRenounceOwnership() ([]byte, error) {
	return depositRefundTake.abi.Pack("renounceOwnership")
}

// PackReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00337869.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function report(int64[] data, uint64 label, uint256 addedTime, address author) returns()
func (depositRefundTake *DepositRefundTake) PackReport(data []int64, label uint64, addedTime *big.Int, author common.Address) []byte {
	enc, err := depositRefundTake.abi.Pack("report", data, label, addedTime, author)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00337869.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function report(int64[] data, uint64 label, uint256 addedTime, address author) returns()
func (depositRefundTake *DepositRefundTake) TryPackReport(data []int64, label uint64, addedTime *big.Int, author common.Address) ([]byte, error) {
	return depositRefundTake.abi.Pack("report", data, label, addedTime, author)
}

// PackTotalGood is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47f6acf1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalGood() view returns(uint256)
func (depositRefundTake *DepositRefundTake) PackTotalGood() []byte {
	enc, err := depositRefundTake.abi.Pack("totalGood")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalGood is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47f6acf1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalGood() view returns(uint256)
func (depositRefundTake *DepositRefundTake) TryPackTotalGood() ([]byte, error) {
	return depositRefundTake.abi.Pack("totalGood")
}

// UnpackTotalGood is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47f6acf1.
//
// Solidity: function totalGood() view returns(uint256)
func (depositRefundTake *DepositRefundTake) UnpackTotalGood(data []byte) (*big.Int, error) {
	out, err := depositRefundTake.abi.Unpack("totalGood", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (depositRefundTake *DepositRefundTake) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := depositRefundTake.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (depositRefundTake *DepositRefundTake) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return depositRefundTake.abi.Pack("transferOwnership", newOwner)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address to) returns()
func (depositRefundTake *DepositRefundTake) PackWithdraw(to common.Address) []byte {
	enc, err := depositRefundTake.abi.Pack("withdraw", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address to) returns()
func (depositRefundTake *DepositRefundTake) TryPackWithdraw(to common.Address) ([]byte, error) {
	return depositRefundTake.abi.Pack("withdraw", to)
}

// DepositRefundTakeAddData represents a AddData event raised by the DepositRefundTake contract.
type DepositRefundTakeAddData struct {
	Sender  common.Address
	Label   uint64
	Time    *big.Int
	Deposit *big.Int
	Data    []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const DepositRefundTakeAddDataEventName = "AddData"

// ContractEventName returns the user-defined event name.
func (DepositRefundTakeAddData) ContractEventName() string {
	return DepositRefundTakeAddDataEventName
}

// UnpackAddDataEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddData(address indexed sender, uint64 label, uint256 time, uint256 deposit, bytes data)
func (depositRefundTake *DepositRefundTake) UnpackAddDataEvent(log *types.Log) (*DepositRefundTakeAddData, error) {
	event := "AddData"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != depositRefundTake.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DepositRefundTakeAddData)
	if len(log.Data) > 0 {
		if err := depositRefundTake.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range depositRefundTake.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DepositRefundTakeOwnershipTransferred represents a OwnershipTransferred event raised by the DepositRefundTake contract.
type DepositRefundTakeOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const DepositRefundTakeOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (DepositRefundTakeOwnershipTransferred) ContractEventName() string {
	return DepositRefundTakeOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (depositRefundTake *DepositRefundTake) UnpackOwnershipTransferredEvent(log *types.Log) (*DepositRefundTakeOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != depositRefundTake.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DepositRefundTakeOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := depositRefundTake.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range depositRefundTake.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DepositRefundTakeRefund represents a Refund event raised by the DepositRefundTake contract.
type DepositRefundTakeRefund struct {
	Author common.Address
	Key    [32]byte
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DepositRefundTakeRefundEventName = "Refund"

// ContractEventName returns the user-defined event name.
func (DepositRefundTakeRefund) ContractEventName() string {
	return DepositRefundTakeRefundEventName
}

// UnpackRefundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refund(address indexed author, bytes32 key, uint256 amount)
func (depositRefundTake *DepositRefundTake) UnpackRefundEvent(log *types.Log) (*DepositRefundTakeRefund, error) {
	event := "Refund"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != depositRefundTake.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DepositRefundTakeRefund)
	if len(log.Data) > 0 {
		if err := depositRefundTake.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range depositRefundTake.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DepositRefundTakeReport represents a Report event raised by the DepositRefundTake contract.
type DepositRefundTakeReport struct {
	Key      [32]byte
	Reporter common.Address
	Author   common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DepositRefundTakeReportEventName = "Report"

// ContractEventName returns the user-defined event name.
func (DepositRefundTakeReport) ContractEventName() string {
	return DepositRefundTakeReportEventName
}

// UnpackReportEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Report(bytes32 indexed key, address indexed reporter, address indexed author, uint256 amount)
func (depositRefundTake *DepositRefundTake) UnpackReportEvent(log *types.Log) (*DepositRefundTakeReport, error) {
	event := "Report"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != depositRefundTake.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DepositRefundTakeReport)
	if len(log.Data) > 0 {
		if err := depositRefundTake.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range depositRefundTake.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DepositRefundTakeWithdrawal represents a Withdrawal event raised by the DepositRefundTake contract.
type DepositRefundTakeWithdrawal struct {
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DepositRefundTakeWithdrawalEventName = "Withdrawal"

// ContractEventName returns the user-defined event name.
func (DepositRefundTakeWithdrawal) ContractEventName() string {
	return DepositRefundTakeWithdrawalEventName
}

// UnpackWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawal(address indexed account, address indexed to, uint256 amount)
func (depositRefundTake *DepositRefundTake) UnpackWithdrawalEvent(log *types.Log) (*DepositRefundTakeWithdrawal, error) {
	event := "Withdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != depositRefundTake.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DepositRefundTakeWithdrawal)
	if len(log.Data) > 0 {
		if err := depositRefundTake.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range depositRefundTake.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DepositRefundTakeWithdrawalPending represents a WithdrawalPending event raised by the DepositRefundTake contract.
type DepositRefundTakeWithdrawalPending struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DepositRefundTakeWithdrawalPendingEventName = "WithdrawalPending"

// ContractEventName returns the user-defined event name.
func (DepositRefundTakeWithdrawalPending) ContractEventName() string {
	return DepositRefundTakeWithdrawalPendingEventName
}

// UnpackWithdrawalPendingEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalPending(address indexed account, uint256 amount)
func (depositRefundTake *DepositRefundTake) UnpackWithdrawalPendingEvent(log *types.Log) (*DepositRefundTakeWithdrawalPending, error) {
	event := "WithdrawalPending"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != depositRefundTake.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DepositRefundTakeWithdrawalPending)
	if len(log.Data) > 0 {
		if err := depositRefundTake.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range depositRefundTake.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (depositRefundTake *DepositRefundTake) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["AlreadyReported"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackAlreadyReportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["AnyAddressClaimWaitOutOfRange"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackAnyAddressClaimWaitOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["BatchLengthMismatch"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackBatchLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["BatchSampleRejected"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackBatchSampleRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["BatchSizeOutOfRange"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackBatchSizeOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["CannotReportOwnContribution"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackCannotReportOwnContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["CostWeightOutOfRange"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackCostWeightOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["DepositTooLow"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackDepositTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["DuplicateContribution"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackDuplicateContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["ModelAgrees"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackModelAgreesError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["ModelBoundElsewhere"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackModelBoundElsewhereError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["ModelDisagrees"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackModelDisagreesError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["NoGoodContributions"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackNoGoodContributionsError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["OwnerClaimWaitOutOfRange"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackOwnerClaimWaitOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["RefundWaitOutOfRange"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackRefundWaitOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["UnknownContribution"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackUnknownContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["ZeroModel"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackZeroModelError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DepositRefundTakeAlreadyReported represents a AlreadyReported error raised by the DepositRefundTake contract.
type DepositRefundTakeAlreadyReported struct {
	Key      [32]byte
	Reporter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyReported(bytes32 key, address reporter)
func DepositRefundTakeAlreadyReportedErrorID() common.Hash {
	return common.HexToHash("0x4e67e8bcb7f234facb0061e4c070fb436ca22d5c6c6cb788f7eb394ec0ba12ed")
}

// UnpackAlreadyReportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyReported(bytes32 key, address reporter)
func (depositRefundTake *DepositRefundTake) UnpackAlreadyReportedError(raw []byte) (*DepositRefundTakeAlreadyReported, error) {
	out := new(DepositRefundTakeAlreadyReported)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "AlreadyReported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeAnyAddressClaimWaitOutOfRange represents a AnyAddressClaimWaitOutOfRange error raised by the DepositRefundTake contract.
type DepositRefundTakeAnyAddressClaimWaitOutOfRange struct {
	AnyAddressClaimWait *big.Int
	Min                 *big.Int
	Max                 *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnyAddressClaimWaitOutOfRange(uint256 anyAddressClaimWait, uint256 min, uint256 max)
func DepositRefundTakeAnyAddressClaimWaitOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xe4f2bb712d702550504ee9546573d5caafa5ceb0fc6c67027f86a53795618933")
}

// UnpackAnyAddressClaimWaitOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnyAddressClaimWaitOutOfRange(uint256 anyAddressClaimWait, uint256 min, uint256 max)
func (depositRefundTake *DepositRefundTake) UnpackAnyAddressClaimWaitOutOfRangeError(raw []byte) (*DepositRefundTakeAnyAddressClaimWaitOutOfRange, error) {
	out := new(DepositRefundTakeAnyAddressClaimWaitOutOfRange)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "AnyAddressClaimWaitOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeBatchLengthMismatch represents a BatchLengthMismatch error raised by the DepositRefundTake contract.
type DepositRefundTakeBatchLengthMismatch struct {
	Samples *big.Int
	Labels  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchLengthMismatch(uint256 samples, uint256 labels)
func DepositRefundTakeBatchLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x81b5b207f4ceee88a305d93332dfd817c8615ec6ddd3c8ac2066f79411ad6c78")
}

// UnpackBatchLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchLengthMismatch(uint256 samples, uint256 labels)
func (depositRefundTake *DepositRefundTake) UnpackBatchLengthMismatchError(raw []byte) (*DepositRefundTakeBatchLengthMismatch, error) {
	out := new(DepositRefundTakeBatchLengthMismatch)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "BatchLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeBatchSampleRejected represents a BatchSampleRejected error raised by the DepositRefundTake contract.
type DepositRefundTakeBatchSampleRejected struct {
	Index  *big.Int
	Reason []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchSampleRejected(uint256 index, bytes reason)
func DepositRefundTakeBatchSampleRejectedErrorID() common.Hash {
	return common.HexToHash("0x20b0c241104e8ec6172730c7ec12b9a66667916f917dd58e3b16ea3ed2f00981")
}

// UnpackBatchSampleRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchSampleRejected(uint256 index, bytes reason)
func (depositRefundTake *DepositRefundTake) UnpackBatchSampleRejectedError(raw []byte) (*DepositRefundTakeBatchSampleRejected, error) {
	out := new(DepositRefundTakeBatchSampleRejected)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "BatchSampleRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeBatchSizeOutOfRange represents a BatchSizeOutOfRange error raised by the DepositRefundTake contract.
type DepositRefundTakeBatchSizeOutOfRange struct {
	Size *big.Int
	Min  *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchSizeOutOfRange(uint256 size, uint256 min, uint256 max)
func DepositRefundTakeBatchSizeOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xb16f01af45ca869f2edc0e684f7048236a97d87467ab738f46b2b01a0676b73e")
}

// UnpackBatchSizeOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchSizeOutOfRange(uint256 size, uint256 min, uint256 max)
func (depositRefundTake *DepositRefundTake) UnpackBatchSizeOutOfRangeError(raw []byte) (*DepositRefundTakeBatchSizeOutOfRange, error) {
	out := new(DepositRefundTakeBatchSizeOutOfRange)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "BatchSizeOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeCannotReportOwnContribution represents a CannotReportOwnContribution error raised by the DepositRefundTake contract.
type DepositRefundTakeCannotReportOwnContribution struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotReportOwnContribution(bytes32 key)
func DepositRefundTakeCannotReportOwnContributionErrorID() common.Hash {
	return common.HexToHash("0x6460268dfcd17d03c84a296b5394784797aa73d250e07d55d52a4f61da1e9a3e")
}

// UnpackCannotReportOwnContributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotReportOwnContribution(bytes32 key)
func (depositRefundTake *DepositRefundTake) UnpackCannotReportOwnContributionError(raw []byte) (*DepositRefundTakeCannotReportOwnContribution, error) {
	out := new(DepositRefundTakeCannotReportOwnContribution)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "CannotReportOwnContribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeCostWeightOutOfRange represents a CostWeightOutOfRange error raised by the DepositRefundTake contract.
type DepositRefundTakeCostWeightOutOfRange struct {
	CostWeight *big.Int
	Min        *big.Int
	Max        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CostWeightOutOfRange(uint256 costWeight, uint256 min, uint256 max)
func DepositRefundTakeCostWeightOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xdb036176771aff79a77fc00e88b08b5065be093200988426433df82e29644238")
}

// UnpackCostWeightOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CostWeightOutOfRange(uint256 costWeight, uint256 min, uint256 max)
func (depositRefundTake *DepositRefundTake) UnpackCostWeightOutOfRangeError(raw []byte) (*DepositRefundTakeCostWeightOutOfRange, error) {
	out := new(DepositRefundTakeCostWeightOutOfRange)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "CostWeightOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeDepositTooLow represents a DepositTooLow error raised by the DepositRefundTake contract.
type DepositRefundTakeDepositTooLow struct {
	Required *big.Int
	Sent     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositTooLow(uint256 required, uint256 sent)
func DepositRefundTakeDepositTooLowErrorID() common.Hash {
	return common.HexToHash("0xea691a4b68c635b7e21a275792c61d4721c03079c6c4d0369ae3f07f57063e76")
}

// UnpackDepositTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositTooLow(uint256 required, uint256 sent)
func (depositRefundTake *DepositRefundTake) UnpackDepositTooLowError(raw []byte) (*DepositRefundTakeDepositTooLow, error) {
	out := new(DepositRefundTakeDepositTooLow)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "DepositTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeDuplicateContribution represents a DuplicateContribution error raised by the DepositRefundTake contract.
type DepositRefundTakeDuplicateContribution struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateContribution(bytes32 key)
func DepositRefundTakeDuplicateContributionErrorID() common.Hash {
	return common.HexToHash("0xb3de31208c32277b29f62b491ccae01206a570dd2eb566e1c31c68ca2744e5fe")
}

// UnpackDuplicateContributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateContribution(bytes32 key)
func (depositRefundTake *DepositRefundTake) UnpackDuplicateContributionError(raw []byte) (*DepositRefundTakeDuplicateContribution, error) {
	out := new(DepositRefundTakeDuplicateContribution)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "DuplicateContribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeModelAgrees represents a ModelAgrees error raised by the DepositRefundTake contract.
type DepositRefundTakeModelAgrees struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelAgrees(bytes32 key)
func DepositRefundTakeModelAgreesErrorID() common.Hash {
	return common.HexToHash("0x79c411fdf6505564634daca9afce4c73cfd5646321c1bfc2dbbfdf1866ac5bc3")
}

// UnpackModelAgreesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelAgrees(bytes32 key)
func (depositRefundTake *DepositRefundTake) UnpackModelAgreesError(raw []byte) (*DepositRefundTakeModelAgrees, error) {
	out := new(DepositRefundTakeModelAgrees)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "ModelAgrees", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeModelBoundElsewhere represents a ModelBoundElsewhere error raised by the DepositRefundTake contract.
type DepositRefundTakeModelBoundElsewhere struct {
	Trainer  common.Address
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelBoundElsewhere(address trainer, address expected)
func DepositRefundTakeModelBoundElsewhereErrorID() common.Hash {
	return common.HexToHash("0xf8cbd20e73b02384120596c378a8cf36cb8fc49723c55251be63a7bcaf220377")
}

// UnpackModelBoundElsewhereError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelBoundElsewhere(address trainer, address expected)
func (depositRefundTake *DepositRefundTake) UnpackModelBoundElsewhereError(raw []byte) (*DepositRefundTakeModelBoundElsewhere, error) {
	out := new(DepositRefundTakeModelBoundElsewhere)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "ModelBoundElsewhere", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeModelDisagrees represents a ModelDisagrees error raised by the DepositRefundTake contract.
type DepositRefundTakeModelDisagrees struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelDisagrees(bytes32 key)
func DepositRefundTakeModelDisagreesErrorID() common.Hash {
	return common.HexToHash("0x8599d069836cdf8ac62afa0e0843fa62d72839d7e97db29a548a9a93c49d1886")
}

// UnpackModelDisagreesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelDisagrees(bytes32 key)
func (depositRefundTake *DepositRefundTake) UnpackModelDisagreesError(raw []byte) (*DepositRefundTakeModelDisagrees, error) {
	out := new(DepositRefundTakeModelDisagrees)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "ModelDisagrees", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeNoGoodContributions represents a NoGoodContributions error raised by the DepositRefundTake contract.
type DepositRefundTakeNoGoodContributions struct {
	Reporter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoGoodContributions(address reporter)
func DepositRefundTakeNoGoodContributionsErrorID() common.Hash {
	return common.HexToHash("0x61bdf2744e984c9832deb1f04341ab740a2ecf3ab783656c1998c5f36755a8e4")
}

// UnpackNoGoodContributionsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoGoodContributions(address reporter)
func (depositRefundTake *DepositRefundTake) UnpackNoGoodContributionsError(raw []byte) (*DepositRefundTakeNoGoodContributions, error) {
	out := new(DepositRefundTakeNoGoodContributions)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "NoGoodContributions", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeNothingToClaim represents a NothingToClaim error raised by the DepositRefundTake contract.
type DepositRefundTakeNothingToClaim struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(bytes32 key)
func DepositRefundTakeNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xb9eec102e7214fd8c2f304a3e53cf09864b0a6b0699d2dc187662fd9699f1ef2")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(bytes32 key)
func (depositRefundTake *DepositRefundTake) UnpackNothingToClaimError(raw []byte) (*DepositRefundTakeNothingToClaim, error) {
	out := new(DepositRefundTakeNothingToClaim)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeNothingToWithdraw represents a NothingToWithdraw error raised by the DepositRefundTake contract.
type DepositRefundTakeNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func DepositRefundTakeNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (depositRefundTake *DepositRefundTake) UnpackNothingToWithdrawError(raw []byte) (*DepositRefundTakeNothingToWithdraw, error) {
	out := new(DepositRefundTakeNothingToWithdraw)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the DepositRefundTake contract.
type DepositRefundTakeOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func DepositRefundTakeOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (depositRefundTake *DepositRefundTake) UnpackOwnableInvalidOwnerError(raw []byte) (*DepositRefundTakeOwnableInvalidOwner, error) {
	out := new(DepositRefundTakeOwnableInvalidOwner)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the DepositRefundTake contract.
type DepositRefundTakeOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func DepositRefundTakeOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (depositRefundTake *DepositRefundTake) UnpackOwnableUnauthorizedAccountError(raw []byte) (*DepositRefundTakeOwnableUnauthorizedAccount, error) {
	out := new(DepositRefundTakeOwnableUnauthorizedAccount)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeOwnerClaimWaitOutOfRange represents a OwnerClaimWaitOutOfRange error raised by the DepositRefundTake contract.
type DepositRefundTakeOwnerClaimWaitOutOfRange struct {
	OwnerClaimWait *big.Int
	Min            *big.Int
	Max            *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnerClaimWaitOutOfRange(uint256 ownerClaimWait, uint256 min, uint256 max)
func DepositRefundTakeOwnerClaimWaitOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xd7d8205364c80b47bcb8cdd3e5a9648ef6c7359d46349cc58e2cb220a3f4ded6")
}

// UnpackOwnerClaimWaitOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnerClaimWaitOutOfRange(uint256 ownerClaimWait, uint256 min, uint256 max)
func (depositRefundTake *DepositRefundTake) UnpackOwnerClaimWaitOutOfRangeError(raw []byte) (*DepositRefundTakeOwnerClaimWaitOutOfRange, error) {
	out := new(DepositRefundTakeOwnerClaimWaitOutOfRange)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "OwnerClaimWaitOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the DepositRefundTake contract.
type DepositRefundTakeReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func DepositRefundTakeReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (depositRefundTake *DepositRefundTake) UnpackReentrancyGuardReentrantCallError(raw []byte) (*DepositRefundTakeReentrancyGuardReentrantCall, error) {
	out := new(DepositRefundTakeReentrancyGuardReentrantCall)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeRefundWaitOutOfRange represents a RefundWaitOutOfRange error raised by the DepositRefundTake contract.
type DepositRefundTakeRefundWaitOutOfRange struct {
	RefundWait *big.Int
	Min        *big.Int
	Max        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RefundWaitOutOfRange(uint256 refundWait, uint256 min, uint256 max)
func DepositRefundTakeRefundWaitOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x5f482bede9edf2b194a1d4ea65d384147b6879aed87631f987781441fab95dae")
}

// UnpackRefundWaitOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RefundWaitOutOfRange(uint256 refundWait, uint256 min, uint256 max)
func (depositRefundTake *DepositRefundTake) UnpackRefundWaitOutOfRangeError(raw []byte) (*DepositRefundTakeRefundWaitOutOfRange, error) {
	out := new(DepositRefundTakeRefundWaitOutOfRange)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "RefundWaitOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeTooEarly represents a TooEarly error raised by the DepositRefundTake contract.
type DepositRefundTakeTooEarly struct {
	Key         [32]byte
	AvailableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(bytes32 key, uint256 availableAt)
func DepositRefundTakeTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xd47800eb984781e618d3ef09d15b11990498dd645bcb492de136376092814baf")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(bytes32 key, uint256 availableAt)
func (depositRefundTake *DepositRefundTake) UnpackTooEarlyError(raw []byte) (*DepositRefundTakeTooEarly, error) {
	out := new(DepositRefundTakeTooEarly)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeTransferFailed represents a TransferFailed error raised by the DepositRefundTake contract.
type DepositRefundTakeTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func DepositRefundTakeTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (depositRefundTake *DepositRefundTake) UnpackTransferFailedError(raw []byte) (*DepositRefundTakeTransferFailed, error) {
	out := new(DepositRefundTakeTransferFailed)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeUnknownContribution represents a UnknownContribution error raised by the DepositRefundTake contract.
type DepositRefundTakeUnknownContribution struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownContribution(bytes32 key)
func DepositRefundTakeUnknownContributionErrorID() common.Hash {
	return common.HexToHash("0x44e139b90106d0292144a53e57838cda7be45665d5cba116589c7d9ecfdc3416")
}

// UnpackUnknownContributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownContribution(bytes32 key)
func (depositRefundTake *DepositRefundTake) UnpackUnknownContributionError(raw []byte) (*DepositRefundTakeUnknownContribution, error) {
	out := new(DepositRefundTakeUnknownContribution)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "UnknownContribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositRefundTakeZeroModel represents a ZeroModel error raised by the DepositRefundTake contract.
type DepositRefundTakeZeroModel struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroModel()
func DepositRefundTakeZeroModelErrorID() common.Hash {
	return common.HexToHash("0x784664e20a9a0e38b424ed59df0924424da2093606fce8f03127b60e14e2dadb")
}

// UnpackZeroModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroModel()
func (depositRefundTake *DepositRefundTake) UnpackZeroModelError(raw []byte) (*DepositRefundTakeZeroModel, error) {
	out := new(DepositRefundTakeZeroModel)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "ZeroModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IClassifierMetaData contains all meta data concerning the IClassifier contract.
var IClassifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "20010d08535d2dab3654acf8a2d32b029a",
}

// IClassifier is an auto generated Go binding around an Ethereum contract.
type IClassifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IClassifier) GetABI() abi.ABI {
	return c.abi
}

// NewIClassifier creates a new instance of IClassifier.
func NewIClassifier() *IClassifier {
	parsed, err := IClassifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IClassifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IClassifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackNumClasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43e13a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numClasses() view returns(uint64)
func (iClassifier *IClassifier) PackNumClasses() []byte {
	enc, err := iClassifier.abi.Pack("numClasses")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumClasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43e13a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numClasses() view returns(uint64)
func (iClassifier *IClassifier) TryPackNumClasses() ([]byte, error) {
	return iClassifier.abi.Pack("numClasses")
}

// UnpackNumClasses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43e13a70.
//
// Solidity: function numClasses() view returns(uint64)
func (iClassifier *IClassifier) UnpackNumClasses(data []byte) (uint64, error) {
	out, err := iClassifier.abi.Unpack("numClasses", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (iClassifier *IClassifier) PackPredict(data []int64) []byte {
	enc, err := iClassifier.abi.Pack("predict", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (iClassifier *IClassifier) TryPackPredict(data []int64) ([]byte, error) {
	return iClassifier.abi.Pack("predict", data)
}

// UnpackPredict is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f7066a2.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (iClassifier *IClassifier) UnpackPredict(data []byte) (uint64, error) {
	out, err := iClassifier.abi.Unpack("predict", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackTrainer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab861c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trainer() view returns(address)
func (iClassifier *IClassifier) PackTrainer() []byte {
	enc, err := iClassifier.abi.Pack("trainer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrainer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab861c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trainer() view returns(address)
func (iClassifier *IClassifier) TryPackTrainer() ([]byte, error) {
	return iClassifier.abi.Pack("trainer")
}

// UnpackTrainer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbab861c1.
//
// Solidity: function trainer() view returns(address)
func (iClassifier *IClassifier) UnpackTrainer(data []byte) (common.Address, error) {
	out, err := iClassifier.abi.Unpack("trainer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7a1d61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function update(int64[] data, uint64 label) returns()
func (iClassifier *IClassifier) PackUpdate(data []int64, label uint64) []byte {
	enc, err := iClassifier.abi.Pack("update", data, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7a1d61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function update(int64[] data, uint64 label) returns()
func (iClassifier *IClassifier) TryPackUpdate(data []int64, label uint64) ([]byte, error) {
	return iClassifier.abi.Pack("update", data, label)
}

// ModelUpdaterMetaData contains all meta data concerning the ModelUpdater contract.
var ModelUpdaterMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIClassifier\",\"name\":\"model\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMarket\",\"type\":\"error\"}]",
	ID:  "2c2d96fcd667382b2c1b16dca4d8eb0bcb",
	Bin: "0x60a0806040523460285733608052610188908161002d823960805181818160af01526101590152f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816380f5560514610147575063b4d98e0014610032575f80fd5b34610143576060366003190112610143576004356001600160a01b0381168103610143576024359067ffffffffffffffff821682036101435760443567ffffffffffffffff8111610143573660238201121561014357806004013567ffffffffffffffff8111610143578060051b923660248585010111610143577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610130578360245f9485946040519863bd7a1d6160e01b8a52604060048b0152838a0152604489015201606487013784825a95606401925af11561011957005b60061c6032015a111561012e573d5f823e3d90fd5bfe5b63bfae38b360e01b5f523360045260245ffd5b5f80fd5b34610143575f366003190112610143577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f3",
}

// ModelUpdater is an auto generated Go binding around an Ethereum contract.
type ModelUpdater struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelUpdater) GetABI() abi.ABI {
	return c.abi
}

// NewModelUpdater creates a new instance of ModelUpdater.
func NewModelUpdater() *ModelUpdater {
	parsed, err := ModelUpdaterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelUpdater{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelUpdater) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (modelUpdater *ModelUpdater) PackMarket() []byte {
	enc, err := modelUpdater.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (modelUpdater *ModelUpdater) TryPackMarket() ([]byte, error) {
	return modelUpdater.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (modelUpdater *ModelUpdater) UnpackMarket(data []byte) (common.Address, error) {
	out, err := modelUpdater.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4d98e00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function update(address model, uint64 label, int64[] data) returns()
func (modelUpdater *ModelUpdater) PackUpdate(model common.Address, label uint64, data []int64) []byte {
	enc, err := modelUpdater.abi.Pack("update", model, label, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4d98e00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function update(address model, uint64 label, int64[] data) returns()
func (modelUpdater *ModelUpdater) TryPackUpdate(model common.Address, label uint64, data []int64) ([]byte, error) {
	return modelUpdater.abi.Pack("update", model, label, data)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (modelUpdater *ModelUpdater) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelUpdater.abi.Errors["NotMarket"].ID.Bytes()[:4]) {
		return modelUpdater.UnpackNotMarketError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelUpdaterNotMarket represents a NotMarket error raised by the ModelUpdater contract.
type ModelUpdaterNotMarket struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMarket(address caller)
func ModelUpdaterNotMarketErrorID() common.Hash {
	return common.HexToHash("0xbfae38b33907467ea3651d4564b66c7df27bbd52b3924e47aa461b118ab3c8a3")
}

// UnpackNotMarketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMarket(address caller)
func (modelUpdater *ModelUpdater) UnpackNotMarketError(raw []byte) (*ModelUpdaterNotMarket, error) {
	out := new(ModelUpdaterNotMarket)
	if err := modelUpdater.abi.UnpackIntoInterface(out, "NotMarket", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesMetaData contains all meta data concerning the NaiveBayes contract.
var NaiveBayesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"},{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"smoothing_\",\"type\":\"uint64\"},{\"internalType\":\"uint64[]\",\"name\":\"classCounts\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"classInfo\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"samples\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"totalFeatures\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"featureCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isSealed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"best\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setCountWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"smoothing\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CountOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"IndicesNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"smoothing\",\"type\":\"uint64\"}],\"name\":\"InvalidSmoothing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"MalformedValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatureIndices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"numFeatures\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatureKinds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "6f3665124a309e6e9ea9e650d8e6ea3e58",
	Bin: "0x6101406040523461085257611c678038038061001a816108df565b92833981019060e0818303126108525780516001600160a01b038116908181036108525760208301516001600160401b0381116108525783019084601f8301121561085257815161007261006d82610904565b6108df565b92602084838152016020819360051b830101918883116108525760208101915b83831061086e57505050506100a96040860161091b565b6100b56060870161091b565b906100c26080880161091b565b60a08801519096906001600160401b0381116108525788019789601f8a011215610852578851986100f561006d8b610904565b996020808c838152019160051b830101918c831161085257602001905b8282106108565750505060c0810151906001600160401b03821161085257019880601f8b01121561085257895161014b61006d82610904565b9a6020808d848152019260051b82010192831161085257602001905b82821061084257505050156108335784511561082457845162010000811161080b57506001600160401b03811693841580156107fa575b6107eb5760016001603f1b0385116107ca57336080526101005284516001600160401b031660a05260c05260e052825190680100000000000000008211610738575f54825f5580831061074c575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56392915b82821061061b575050506001600160401b03841690508015801561060c575b6105fa57506501000000000081116105de575082519051908181036105c9575050610120525f5b8151811015610293576001905f516020611c475f395f51905f52816001600160401b03610288828761092f565b51169101550161025b565b60a05160c05184916001600160401b03908116916102b391839116610957565b600781018091116103e45760031c808351116105a757506102d661006d82610904565b818152601f196102e583610904565b013660208301375f5b82811061057f575060c05161030d9083906001600160401b0316610957565b925f9083155b815183101561044357827ff0c8ff37a581c5d0cf545d24aa558975912ec4fd9fa84312df76227a1017fe6601948554955f8560031b9186830460081487151715915b60088110838161042b575b501561040c57826103e4578561037682866109bd565b906103f857859006610388818b61092f565b51906103948a8a61092f565b518360051b92848404602014851517156103e4576103bd8e9163ffffffff8094871c16906109bd565b931c1682039182116103e4576103d3908b61092f565b525f1981146103e457600101610355565b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b5091505060019294919650610421828561092f565b5190550191610313565b90506103e4578a61043c82866109bd565b1083610360565b83855f5b8181106105215760405161127c90816109cb823960805181818161029001526109be015260a051818181610328015281816106740152818161077c01528181610b2101528181610b5401528181610b8601528181610c2601528181610e4801528181610e880152610f6d015260c051818181610353015281816106170152818161080d01528181610bf001528181610dd20152610e09015260e0518181816106d701526110b60152610100518181816102c0015281816107440152818161097a0152610a84015261012051818181610a4c0152610af30152f35b6001600160401b03610533828561092f565b5111610570575f516020611c475f395f51905f528101805460019291906001600160401b0316610563838761092f565b5160401b17905501610447565b63302c526f60e01b5f5260045ffd5b600190805f516020611c475f395f51905f52015460401c6105a0828561092f565b52016102ee565b82515f1981019081116103e4576303585b9560e11b5f5260045260245260445ffd5b6355c5b3e360e11b5f5260045260245260445ffd5b638bf992e760e01b5f526004526501000000000060245260445ffd5b631f322bfb60e11b5f5260045260245ffd5b50650100000000008111610234565b80518051906001600160401b03821161073857610638865461096a565b601f81116106f5575b50602090601f831160011461068c5792826001949360209386955f92610681575b50505f19600383901b1c191690841b1787555b01940191019092610215565b015190505f80610662565b90601f19831691875f52815f20925f5b8181106106dd57509360209360019693879693838895106106c5575b505050811b018755610675565b01515f1960f88460031b161c191690555f80806106b8565b9293602060018192878601518155019501930161069c565b828111156106415761072a90875f5260205f2090601f850160051c9060208610610730575b601f82910160051c0391016109a2565b5f610641565b5f915061071a565b634e487b7160e01b5f52604160045260245ffd5b5f8052828060205f20019103905f5b8281106107695750506101ec565b806001918301610779815461096a565b9081610788575b50500161075b565b81601f5f9311851461079e5750555b5f80610780565b818352602083206107ba91601f0160051c8419019086016109a2565b8082528160208120915555610797565b631d0a257560e21b5f908152600486905260016001603f1b03602452604490fd5b631f937a9760e01b5f5260045ffd5b506001600160401b0383161561019e565b631f89af4360e01b5f526004526201000060245260445ffd5b6360620dcf60e11b5f5260045ffd5b6386dbdd8360e01b5f5260045ffd5b8151815260209182019101610167565b5f80fd5b602080916108638461091b565b815201910190610112565b82516001600160401b0381116108525782018a603f82011215610852576020810151916001600160401b038311610738576108b2601f8401601f19166020016108df565b8381526040838501018d10610852575f602085819660408397018386015e83010152815201920191610092565b6040519190601f01601f191682016001600160401b0381118382101761073857604052565b6001600160401b0381116107385760051b60200190565b51906001600160401b038216820361085257565b80518210156109435760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b818102929181159184041417156103e457565b90600182811c92168015610998575b602083101461098457565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610979565b5f5b8281106109b057505050565b5f828201556001016109a4565b919082018092116103e45756fe60a0806040526004361015610012575f80fd5b5f3560e01c90816343e13a7014610f50575080635f7066a214610aae578063631f985214610a70578063725906a014610a2d57806386118a0c146109ed5780638da5cb5b146109a9578063bab861c114610965578063bd7a1d61146106fb578063c6f698c3146106b8578063da1d61381461063b578063e6941b4a146105f8578063ee28edbc146102595763f2e05914146100ab575f80fd5b34610255575f366003190112610255575f546100c681610ff6565b906100d46040519283610fc1565b8082525f80805260208301917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56391835b82821061018857848660405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061014257505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f801991011601019601920192018594939192610133565b6040515f85548060011c9060018116801561024b575b6020831081146102375782855290811561021457506001146101dd575b50600192826101cf85946020940382610fc1565b815201940191019092610104565b5f878152602081209092505b8183106101fe575050810160200160016101bb565b60018160209254838688010152019201916101e9565b60ff191660208581019190915291151560051b84019091019150600190506101bb565b634e487b7160e01b5f52602260045260245ffd5b91607f169161019e565b5f80fd5b34610255576040366003190112610255576004356024356001600160401b0381116102555761028c903690600401610f91565b91907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036105e5577f0000000000000000000000000000000000000000000000000000000000000000803b6105c557506102ef83610ff6565b926102fd6040519485610fc1565b808452602084019060051b82019136831161025557905b8282106105b5575050506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016916001600160401b037f0000000000000000000000000000000000000000000000000000000000000000169161037e8484611074565b6007810180911161048d5760031c80610398845184611087565b11610589575090926103a98161100d565b925f5b8281106105585750816103be91611074565b935f918015905b82518410156104ef576103d88486611087565b805f51602061123c5f395f51905f5201958654965f918360031b9380850460081490151715925b6008811084816104d7575b50156104b5578361048d57866104208287611087565b906104a157869006610432818d61104c565b5161043d8b8b61104c565b51908360051b8481046020148515171561048d5763ffffffff8e61046c610475948361047c97861c1690611087565b921c169061103f565b918d61104c565b525f19811461048d576001016103ff565b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b5096925090506001929896506104cb828661104c565b519055019293956103c5565b905061048d578b6104e88287611087565b108461040a565b85905f5b8181106104fc57005b6001600160401b0361050e828561104c565b511161054957600190805f51602061125c5f395f51905f52016001600160401b0381541661053c838761104c565b5160401b179055016104f3565b63302c526f60e01b5f5260045ffd5b5f51602061125c5f395f51905f52810154929593926001919060401c61057e828861104c565b5201949192946103ac565b61059582845190611087565b5f19810190811161048d576303585b9560e11b5f5260045260245260445ffd5b8135815260209182019101610314565b63de2ef7dd60e01b5f9081526001600160a01b0391909116600452602490fd5b63245aecd360e01b5f523360045260245ffd5b34610255575f3660031901126102555760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102555760403660031901126102555760205f51602061123c5f395f51905f5263ffffffff6106a160043561069c6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016602435611074565b611087565b918260031c015460e06040519360051b161c168152f35b34610255575f3660031901126102555760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610255576040366003190112610255576004356001600160401b0381116102555761072b903690600401610f91565b90602435906001600160401b03821692838303610255577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610952576001600160401b037f000000000000000000000000000000000000000000000000000000000000000016938481101561093b576107ae826110ac565b5f51602061125c5f395f51905f5201938454936001600160401b038516946001860180961161048d57836001600160401b036107ed9260401c16611087565b926001600160401b038611801561092b575b610549576001600160401b037f000000000000000000000000000000000000000000000000000000000000000016915f51602061123c5f395f51905f52905f925f925f19965f995f905f5b8560051b81106108a7575b5050505050505061088f5750506001810161087d5750906108759161103f565b60401b179055005b6305d7846560e01b5f5260045260245ffd5b63411be2e760e11b5f5260070b60045260245260445ffd5b80820135928a8410156109135783106108fa5760209087856001860195020160e08160031c88019160051b169e8f9063ffffffff80845480941c1614608052608051019f60805115901b0190550161084a565b96995050505050505060051c9288808080808080610855565b50505095505050505050600188808080808080610855565b506001600160401b0384116107ff565b8490633be6bfe760e11b5f5260045260245260445ffd5b633ea726d160e11b5f523360045260245ffd5b34610255575f366003190112610255576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610255575f366003190112610255576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102555760203660031901126102555760405f51602061125c5f395f51905f5260043501546001600160401b038251918181168352831c166020820152f35b34610255575f3660031901126102555760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610255575f3660031901126102555760207f00000000000000000000000000000000000000000000000000000000000000003b1515604051908152f35b34610255576020366003190112610255576004356001600160401b03811161025557610ade903690600401610f91565b5f90610ae9816110ac565b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001692610b466001600160401b037f00000000000000000000000000000000000000000000000000000000000000001661100d565b93610b796001600160401b037f00000000000000000000000000000000000000000000000000000000000000001661100d565b915f5b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168110610f2257505f19905f9081905f51602061123c5f395f51905f5282805b8960051b8110610dfa575b50505050610db857506001810161087d5750610c16906001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690611074565b915f8080805b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168110610c60576020886001600160401b0360405191168152f35b6001600160401b03815f51602061125c5f395f51905f52015460401c16633b9aca00810290808204633b9aca00149015171561048d5787610ca091611087565b85828b5f92600194815f925b610d305750505091610cce610cc8610ce693610ce1969561104c565b516110f7565b610cdb878d97939761104c565b51611087565b611094565b83158015610d1c575b610cff575b505050600101610c1c565b6001600160401b0384169a50909550909350915060018a80610cf4565b50610d2b858888848688611123565b610cef565b919350915060018116610d8e575b60011c80610d53575b80918e92879492610cac565b9190610d6281610d6792611074565b6110f7565b90916001600160ff1b038116810361048d578391610d879160011b611087565b9250610d47565b92610db290610dac610da4610d62858799611074565b979097611087565b90611087565b92610d3e565b63411be2e760e11b5f5260070b6004526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660245260445ffd5b80840135916001600160401b037f000000000000000000000000000000000000000000000000000000000000000016831015610f10578210610efd5760018201915f5b8d6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168210610e7957505050602001610bc5565b90600191816001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168502018d8d633b9aca0063ffffffff8460031c8c015460e089890160051b8098019660051b161c160201825102928360a01c610ee8575b50505201610e3d565b909260401c9201604081510190528d5f610edf565b93955050505060051c9188808080610bd0565b50509350505050600188808080610bd0565b6001906001600160401b03815f51602061125c5f395f51905f52015416610f49828a61104c565b5201610b7c565b34610255575f366003190112610255576020906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b9181601f84011215610255578235916001600160401b038311610255576020808501948460051b01011161025557565b90601f801991011681019081106001600160401b03821117610fe257604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b038111610fe25760051b60200190565b9061101782610ff6565b6110246040519182610fc1565b8281528092611035601f1991610ff6565b0190602036910137565b9190820391821161048d57565b80518210156110605760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b8181029291811591840414171561048d57565b9190820180921161048d57565b81810392915f13801582851316918412161761048d57565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016908181116110e2575050565b63bb85e9db60e01b5f5260045260245260445ffd5b90600160801b821061111f5761110c826111ce565b607e1981019290831161048d57821c9190565b5f90565b6111399293959461113391611074565b94611074565b9183156111c65782156111bd5761114f91611094565b611158836111ce565b818101905f838312911290801582169115161761048d57611178836111ce565b908181036111b55750505f8112156111b057600160ff1b811461048d575f0382811c918083036111a957501b141590565b9250501190565b1c1090565b139392505050565b50505050600190565b505050505f90565b6fffffffffffffffffffffffffffffffff811160071b6001600160401b0382821c1160061b1763ffffffff82821c1160051b1761ffff82821c1160041b1760ff82821c1160031b17600f82821c1160021b17906d010102020202030303030303030360801b90821c1a179056fef0c8ff37a581c5d0cf545d24aa558975912ec4fd9fa84312df76227a1017fe669907b9137c53433a541de4699a47294a0ef286accbbf033bf7c31343717a325d9907b9137c53433a541de4699a47294a0ef286accbbf033bf7c31343717a325d",
}

// NaiveBayes is an auto generated Go binding around an Ethereum contract.
type NaiveBayes struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NaiveBayes) GetABI() abi.ABI {
	return c.abi
}

// NewNaiveBayes creates a new instance of NaiveBayes.
func NewNaiveBayes() *NaiveBayes {
	parsed, err := NaiveBayesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NaiveBayes{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NaiveBayes) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address trainer_, string[] names, uint64 numFeatures_, uint64 maxFeatures_, uint64 smoothing_, uint64[] classCounts, uint256[] firstWords) returns()
func (naiveBayes *NaiveBayes) PackConstructor(trainer_ common.Address, names []string, numFeatures_ uint64, maxFeatures_ uint64, smoothing_ uint64, classCounts []uint64, firstWords []*big.Int) []byte {
	enc, err := naiveBayes.abi.Pack("", trainer_, names, numFeatures_, maxFeatures_, smoothing_, classCounts, firstWords)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackClassInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86118a0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classInfo(uint256 class) view returns(uint64 samples, uint64 totalFeatures)
func (naiveBayes *NaiveBayes) PackClassInfo(class *big.Int) []byte {
	enc, err := naiveBayes.abi.Pack("classInfo", class)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86118a0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classInfo(uint256 class) view returns(uint64 samples, uint64 totalFeatures)
func (naiveBayes *NaiveBayes) TryPackClassInfo(class *big.Int) ([]byte, error) {
	return naiveBayes.abi.Pack("classInfo", class)
}

// ClassInfoOutput serves as a container for the return parameters of contract
// method ClassInfo.
type ClassInfoOutput struct {
	Samples       uint64
	TotalFeatures uint64
}

// UnpackClassInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86118a0c.
//
// Solidity: function classInfo(uint256 class) view returns(uint64 samples, uint64 totalFeatures)
func (naiveBayes *NaiveBayes) UnpackClassInfo(data []byte) (ClassInfoOutput, error) {
	out, err := naiveBayes.abi.Unpack("classInfo", data)
	outstruct := new(ClassInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Samples = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.TotalFeatures = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackClassNames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2e05914.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classNames() view returns(string[])
func (naiveBayes *NaiveBayes) PackClassNames() []byte {
	enc, err := naiveBayes.abi.Pack("classNames")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassNames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2e05914.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classNames() view returns(string[])
func (naiveBayes *NaiveBayes) TryPackClassNames() ([]byte, error) {
	return naiveBayes.abi.Pack("classNames")
}

// UnpackClassNames is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2e05914.
//
// Solidity: function classNames() view returns(string[])
func (naiveBayes *NaiveBayes) UnpackClassNames(data []byte) ([]string, error) {
	out, err := naiveBayes.abi.Unpack("classNames", data)
	if err != nil {
		return *new([]string), err
	}
	out0 := *abi.ConvertType(out[0], new([]string)).(*[]string)
	return out0, nil
}

// PackFeatureCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda1d6138.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function featureCount(uint256 class, uint256 feature) view returns(uint32)
func (naiveBayes *NaiveBayes) PackFeatureCount(class *big.Int, feature *big.Int) []byte {
	enc, err := naiveBayes.abi.Pack("featureCount", class, feature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeatureCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda1d6138.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function featureCount(uint256 class, uint256 feature) view returns(uint32)
func (naiveBayes *NaiveBayes) TryPackFeatureCount(class *big.Int, feature *big.Int) ([]byte, error) {
	return naiveBayes.abi.Pack("featureCount", class, feature)
}

// UnpackFeatureCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda1d6138.
//
// Solidity: function featureCount(uint256 class, uint256 feature) view returns(uint32)
func (naiveBayes *NaiveBayes) UnpackFeatureCount(data []byte) (uint32, error) {
	out, err := naiveBayes.abi.Unpack("featureCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackIsSealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631f9852.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSealed() view returns(bool)
func (naiveBayes *NaiveBayes) PackIsSealed() []byte {
	enc, err := naiveBayes.abi.Pack("isSealed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631f9852.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSealed() view returns(bool)
func (naiveBayes *NaiveBayes) TryPackIsSealed() ([]byte, error) {
	return naiveBayes.abi.Pack("isSealed")
}

// UnpackIsSealed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x631f9852.
//
// Solidity: function isSealed() view returns(bool)
func (naiveBayes *NaiveBayes) UnpackIsSealed(data []byte) (bool, error) {
	out, err := naiveBayes.abi.Unpack("isSealed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMaxFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f698c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxFeatures() view returns(uint64)
func (naiveBayes *NaiveBayes) PackMaxFeatures() []byte {
	enc, err := naiveBayes.abi.Pack("maxFeatures")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f698c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxFeatures() view returns(uint64)
func (naiveBayes *NaiveBayes) TryPackMaxFeatures() ([]byte, error) {
	return naiveBayes.abi.Pack("maxFeatures")
}

// UnpackMaxFeatures is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6f698c3.
//
// Solidity: function maxFeatures() view returns(uint64)
func (naiveBayes *NaiveBayes) UnpackMaxFeatures(data []byte) (uint64, error) {
	out, err := naiveBayes.abi.Unpack("maxFeatures", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNumClasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43e13a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numClasses() view returns(uint64)
func (naiveBayes *NaiveBayes) PackNumClasses() []byte {
	enc, err := naiveBayes.abi.Pack("numClasses")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumClasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43e13a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numClasses() view returns(uint64)
func (naiveBayes *NaiveBayes) TryPackNumClasses() ([]byte, error) {
	return naiveBayes.abi.Pack("numClasses")
}

// UnpackNumClasses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43e13a70.
//
// Solidity: function numClasses() view returns(uint64)
func (naiveBayes *NaiveBayes) UnpackNumClasses(data []byte) (uint64, error) {
	out, err := naiveBayes.abi.Unpack("numClasses", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNumFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6941b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numFeatures() view returns(uint64)
func (naiveBayes *NaiveBayes) PackNumFeatures() []byte {
	enc, err := naiveBayes.abi.Pack("numFeatures")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6941b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numFeatures() view returns(uint64)
func (naiveBayes *NaiveBayes) TryPackNumFeatures() ([]byte, error) {
	return naiveBayes.abi.Pack("numFeatures")
}

// UnpackNumFeatures is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6941b4a.
//
// Solidity: function numFeatures() view returns(uint64)
func (naiveBayes *NaiveBayes) UnpackNumFeatures(data []byte) (uint64, error) {
	out, err := naiveBayes.abi.Unpack("numFeatures", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (naiveBayes *NaiveBayes) PackOwner() []byte {
	enc, err := naiveBayes.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (naiveBayes *NaiveBayes) TryPackOwner() ([]byte, error) {
	return naiveBayes.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (naiveBayes *NaiveBayes) UnpackOwner(data []byte) (common.Address, error) {
	out, err := naiveBayes.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predict(int64[] data) view returns(uint64 best)
func (naiveBayes *NaiveBayes) PackPredict(data []int64) []byte {
	enc, err := naiveBayes.abi.Pack("predict", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predict(int64[] data) view returns(uint64 best)
func (naiveBayes *NaiveBayes) TryPackPredict(data []int64) ([]byte, error) {
	return naiveBayes.abi.Pack("predict", data)
}

// UnpackPredict is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f7066a2.
//
// Solidity: function predict(int64[] data) view returns(uint64 best)
func (naiveBayes *NaiveBayes) UnpackPredict(data []byte) (uint64, error) {
	out, err := naiveBayes.abi.Unpack("predict", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSetCountWords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee28edbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountWords(uint256 firstWord, uint256[] words) returns()
func (naiveBayes *NaiveBayes) PackSetCountWords(firstWord *big.Int, words []*big.Int) []byte {
	enc, err := naiveBayes.abi.Pack("setCountWords", firstWord, words)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCountWords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee28edbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCountWords(uint256 firstWord, uint256[] words) returns()
func (naiveBayes *NaiveBayes) TryPackSetCountWords(firstWord *big.Int, words []*big.Int) ([]byte, error) {
	return naiveBayes.abi.Pack("setCountWords", firstWord, words)
}

// PackSmoothing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x725906a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function smoothing() view returns(uint64)
func (naiveBayes *NaiveBayes) PackSmoothing() []byte {
	enc, err := naiveBayes.abi.Pack("smoothing")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSmoothing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x725906a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function smoothing() view returns(uint64)
func (naiveBayes *NaiveBayes) TryPackSmoothing() ([]byte, error) {
	return naiveBayes.abi.Pack("smoothing")
}

// UnpackSmoothing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x725906a0.
//
// Solidity: function smoothing() view returns(uint64)
func (naiveBayes *NaiveBayes) UnpackSmoothing(data []byte) (uint64, error) {
	out, err := naiveBayes.abi.Unpack("smoothing", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackTrainer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab861c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trainer() view returns(address)
func (naiveBayes *NaiveBayes) PackTrainer() []byte {
	enc, err := naiveBayes.abi.Pack("trainer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrainer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab861c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trainer() view returns(address)
func (naiveBayes *NaiveBayes) TryPackTrainer() ([]byte, error) {
	return naiveBayes.abi.Pack("trainer")
}

// UnpackTrainer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbab861c1.
//
// Solidity: function trainer() view returns(address)
func (naiveBayes *NaiveBayes) UnpackTrainer(data []byte) (common.Address, error) {
	out, err := naiveBayes.abi.Unpack("trainer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7a1d61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function update(int64[] data, uint64 label) returns()
func (naiveBayes *NaiveBayes) PackUpdate(data []int64, label uint64) []byte {
	enc, err := naiveBayes.abi.Pack("update", data, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7a1d61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function update(int64[] data, uint64 label) returns()
func (naiveBayes *NaiveBayes) TryPackUpdate(data []int64, label uint64) ([]byte, error) {
	return naiveBayes.abi.Pack("update", data, label)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (naiveBayes *NaiveBayes) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["AlreadySealed"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackAlreadySealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["CountOverflow"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackCountOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["FeatureOutOfRange"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackFeatureOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["IndicesNotIncreasing"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackIndicesNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["InvalidSmoothing"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackInvalidSmoothingError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["MalformedValue"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackMalformedValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["NoClasses"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackNoClassesError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["NotTrainer"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackNotTrainerError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["TooManyClasses"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackTooManyClassesError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["TooManyFeatureIndices"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackTooManyFeatureIndicesError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["TooManyFeatureKinds"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackTooManyFeatureKindsError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["TooManyFeatures"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackTooManyFeaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["UnknownLabel"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackUnknownLabelError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["WordOutOfRange"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackWordOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["WrongDimension"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackWrongDimensionError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["ZeroFeatures"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackZeroFeaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], naiveBayes.abi.Errors["ZeroTrainer"].ID.Bytes()[:4]) {
		return naiveBayes.UnpackZeroTrainerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NaiveBayesAlreadySealed represents a AlreadySealed error raised by the NaiveBayes contract.
type NaiveBayesAlreadySealed struct {
	Trainer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySealed(address trainer)
func NaiveBayesAlreadySealedErrorID() common.Hash {
	return common.HexToHash("0xde2ef7dd7577b1966056ad3cb2d0f9c5ac9f731dee7e37c4c8ebef50b5d704e2")
}

// UnpackAlreadySealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySealed(address trainer)
func (naiveBayes *NaiveBayes) UnpackAlreadySealedError(raw []byte) (*NaiveBayesAlreadySealed, error) {
	out := new(NaiveBayesAlreadySealed)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "AlreadySealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesCountOverflow represents a CountOverflow error raised by the NaiveBayes contract.
type NaiveBayesCountOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CountOverflow()
func NaiveBayesCountOverflowErrorID() common.Hash {
	return common.HexToHash("0x302c526fbe4382bb8715c6b7b06fe4e50b1c2f8b50701f5b63443dbd1bb47f95")
}

// UnpackCountOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CountOverflow()
func (naiveBayes *NaiveBayes) UnpackCountOverflowError(raw []byte) (*NaiveBayesCountOverflow, error) {
	out := new(NaiveBayesCountOverflow)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "CountOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesFeatureOutOfRange represents a FeatureOutOfRange error raised by the NaiveBayes contract.
type NaiveBayesFeatureOutOfRange struct {
	Index       int64
	NumFeatures *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeatureOutOfRange(int64 index, uint256 numFeatures)
func NaiveBayesFeatureOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8237c5cef9a8c9e7bdcf61f0730a699f9a9463bc4378a127458bf935e2e333e9")
}

// UnpackFeatureOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeatureOutOfRange(int64 index, uint256 numFeatures)
func (naiveBayes *NaiveBayes) UnpackFeatureOutOfRangeError(raw []byte) (*NaiveBayesFeatureOutOfRange, error) {
	out := new(NaiveBayesFeatureOutOfRange)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "FeatureOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesIndicesNotIncreasing represents a IndicesNotIncreasing error raised by the NaiveBayes contract.
type NaiveBayesIndicesNotIncreasing struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndicesNotIncreasing(uint256 position)
func NaiveBayesIndicesNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x05d784653e2ac3b63d88c36087bf2860b01d4acccd061120bcda1c9f826af458")
}

// UnpackIndicesNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndicesNotIncreasing(uint256 position)
func (naiveBayes *NaiveBayes) UnpackIndicesNotIncreasingError(raw []byte) (*NaiveBayesIndicesNotIncreasing, error) {
	out := new(NaiveBayesIndicesNotIncreasing)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "IndicesNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesInvalidSmoothing represents a InvalidSmoothing error raised by the NaiveBayes contract.
type NaiveBayesInvalidSmoothing struct {
	Smoothing uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSmoothing(uint64 smoothing)
func NaiveBayesInvalidSmoothingErrorID() common.Hash {
	return common.HexToHash("0x3e6457f6ebcf891c676b0cc73d535d949d02757613577dc17638d3ed73169200")
}

// UnpackInvalidSmoothingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSmoothing(uint64 smoothing)
func (naiveBayes *NaiveBayes) UnpackInvalidSmoothingError(raw []byte) (*NaiveBayesInvalidSmoothing, error) {
	out := new(NaiveBayesInvalidSmoothing)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "InvalidSmoothing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesLengthMismatch represents a LengthMismatch error raised by the NaiveBayes contract.
type NaiveBayesLengthMismatch struct {
	Got      *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 got, uint256 expected)
func NaiveBayesLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 got, uint256 expected)
func (naiveBayes *NaiveBayes) UnpackLengthMismatchError(raw []byte) (*NaiveBayesLengthMismatch, error) {
	out := new(NaiveBayesLengthMismatch)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesMalformedValue represents a MalformedValue error raised by the NaiveBayes contract.
type NaiveBayesMalformedValue struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedValue(uint256 position)
func NaiveBayesMalformedValueErrorID() common.Hash {
	return common.HexToHash("0xd78808c7a4372344380b7d2c33a4f1f77b157001225f3e8162aebccb14f1a24a")
}

// UnpackMalformedValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedValue(uint256 position)
func (naiveBayes *NaiveBayes) UnpackMalformedValueError(raw []byte) (*NaiveBayesMalformedValue, error) {
	out := new(NaiveBayesMalformedValue)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "MalformedValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesNoClasses represents a NoClasses error raised by the NaiveBayes contract.
type NaiveBayesNoClasses struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoClasses()
func NaiveBayesNoClassesErrorID() common.Hash {
	return common.HexToHash("0xc0c41b9e3aa72bdeda45ef30ff19557dfd6f53d4c5aa60f852daed8038b79074")
}

// UnpackNoClassesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoClasses()
func (naiveBayes *NaiveBayes) UnpackNoClassesError(raw []byte) (*NaiveBayesNoClasses, error) {
	out := new(NaiveBayesNoClasses)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "NoClasses", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesNotOwner represents a NotOwner error raised by the NaiveBayes contract.
type NaiveBayesNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func NaiveBayesNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (naiveBayes *NaiveBayes) UnpackNotOwnerError(raw []byte) (*NaiveBayesNotOwner, error) {
	out := new(NaiveBayesNotOwner)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesNotTrainer represents a NotTrainer error raised by the NaiveBayes contract.
type NaiveBayesNotTrainer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTrainer(address caller)
func NaiveBayesNotTrainerErrorID() common.Hash {
	return common.HexToHash("0x7d4e4da28e37b50ced1b88e6ab7822d96a49b2b789591dc9e92baa65e3e0977d")
}

// UnpackNotTrainerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTrainer(address caller)
func (naiveBayes *NaiveBayes) UnpackNotTrainerError(raw []byte) (*NaiveBayesNotTrainer, error) {
	out := new(NaiveBayesNotTrainer)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "NotTrainer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesTooManyClasses represents a TooManyClasses error raised by the NaiveBayes contract.
type NaiveBayesTooManyClasses struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyClasses(uint256 count, uint256 max)
func NaiveBayesTooManyClassesErrorID() common.Hash {
	return common.HexToHash("0x1f89af43d5c5dc8dadad93934e2fdd1452604f09873018037fc98a64ade8b3f5")
}

// UnpackTooManyClassesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyClasses(uint256 count, uint256 max)
func (naiveBayes *NaiveBayes) UnpackTooManyClassesError(raw []byte) (*NaiveBayesTooManyClasses, error) {
	out := new(NaiveBayesTooManyClasses)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "TooManyClasses", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesTooManyFeatureIndices represents a TooManyFeatureIndices error raised by the NaiveBayes contract.
type NaiveBayesTooManyFeatureIndices struct {
	NumFeatures *big.Int
	Max         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyFeatureIndices(uint256 numFeatures, uint256 max)
func NaiveBayesTooManyFeatureIndicesErrorID() common.Hash {
	return common.HexToHash("0x742895d450c98b69bc404b836ab55937f5767260fefaf18dbfaa5bf836b86dbf")
}

// UnpackTooManyFeatureIndicesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyFeatureIndices(uint256 numFeatures, uint256 max)
func (naiveBayes *NaiveBayes) UnpackTooManyFeatureIndicesError(raw []byte) (*NaiveBayesTooManyFeatureIndices, error) {
	out := new(NaiveBayesTooManyFeatureIndices)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "TooManyFeatureIndices", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesTooManyFeatureKinds represents a TooManyFeatureKinds error raised by the NaiveBayes contract.
type NaiveBayesTooManyFeatureKinds struct {
	NumFeatures uint64
	Max         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyFeatureKinds(uint64 numFeatures, uint256 max)
func NaiveBayesTooManyFeatureKindsErrorID() common.Hash {
	return common.HexToHash("0x8bf992e796409b1da4e207dfcbaa061d9cf8a04240b89c614f1cc69b4ae61cff")
}

// UnpackTooManyFeatureKindsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyFeatureKinds(uint64 numFeatures, uint256 max)
func (naiveBayes *NaiveBayes) UnpackTooManyFeatureKindsError(raw []byte) (*NaiveBayesTooManyFeatureKinds, error) {
	out := new(NaiveBayesTooManyFeatureKinds)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "TooManyFeatureKinds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesTooManyFeatures represents a TooManyFeatures error raised by the NaiveBayes contract.
type NaiveBayesTooManyFeatures struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyFeatures(uint256 length, uint256 max)
func NaiveBayesTooManyFeaturesErrorID() common.Hash {
	return common.HexToHash("0xbb85e9db24a4daf8773946fff729a164cf2d9630302681fe3fc6bb4d35397dae")
}

// UnpackTooManyFeaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyFeatures(uint256 length, uint256 max)
func (naiveBayes *NaiveBayes) UnpackTooManyFeaturesError(raw []byte) (*NaiveBayesTooManyFeatures, error) {
	out := new(NaiveBayesTooManyFeatures)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "TooManyFeatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesUnknownLabel represents a UnknownLabel error raised by the NaiveBayes contract.
type NaiveBayesUnknownLabel struct {
	Label      uint64
	NumClasses *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLabel(uint64 label, uint256 numClasses)
func NaiveBayesUnknownLabelErrorID() common.Hash {
	return common.HexToHash("0x77cd7fcefb320f61c7420ee75bb54056fae6f82884a6fd8ed4558011eca395c4")
}

// UnpackUnknownLabelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLabel(uint64 label, uint256 numClasses)
func (naiveBayes *NaiveBayes) UnpackUnknownLabelError(raw []byte) (*NaiveBayesUnknownLabel, error) {
	out := new(NaiveBayesUnknownLabel)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "UnknownLabel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesWordOutOfRange represents a WordOutOfRange error raised by the NaiveBayes contract.
type NaiveBayesWordOutOfRange struct {
	Word     *big.Int
	NumWords *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WordOutOfRange(uint256 word, uint256 numWords)
func NaiveBayesWordOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x06b0b72aae4e190be0b63d75bad0a93dfad5d1f86b8626e713fdc9dffed90577")
}

// UnpackWordOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WordOutOfRange(uint256 word, uint256 numWords)
func (naiveBayes *NaiveBayes) UnpackWordOutOfRangeError(raw []byte) (*NaiveBayesWordOutOfRange, error) {
	out := new(NaiveBayesWordOutOfRange)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "WordOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesWrongDimension represents a WrongDimension error raised by the NaiveBayes contract.
type NaiveBayesWrongDimension struct {
	Length   *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDimension(uint256 length, uint256 expected)
func NaiveBayesWrongDimensionErrorID() common.Hash {
	return common.HexToHash("0x462d05b76b989b8fac984b07002f6c154aace7c143de2d677519012083aab691")
}

// UnpackWrongDimensionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDimension(uint256 length, uint256 expected)
func (naiveBayes *NaiveBayes) UnpackWrongDimensionError(raw []byte) (*NaiveBayesWrongDimension, error) {
	out := new(NaiveBayesWrongDimension)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "WrongDimension", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesZeroFeatures represents a ZeroFeatures error raised by the NaiveBayes contract.
type NaiveBayesZeroFeatures struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroFeatures()
func NaiveBayesZeroFeaturesErrorID() common.Hash {
	return common.HexToHash("0x1f937a97bcb9398818ac1aea5e87a1691ea944a3c07fca51eb51e09230d08a62")
}

// UnpackZeroFeaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroFeatures()
func (naiveBayes *NaiveBayes) UnpackZeroFeaturesError(raw []byte) (*NaiveBayesZeroFeatures, error) {
	out := new(NaiveBayesZeroFeatures)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "ZeroFeatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NaiveBayesZeroTrainer represents a ZeroTrainer error raised by the NaiveBayes contract.
type NaiveBayesZeroTrainer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTrainer()
func NaiveBayesZeroTrainerErrorID() common.Hash {
	return common.HexToHash("0x86dbdd83ba8f5d5ef231b5d757c12b49ecae16bfa5aeef911b2fd7ba6b6c7364")
}

// UnpackZeroTrainerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTrainer()
func (naiveBayes *NaiveBayes) UnpackZeroTrainerError(raw []byte) (*NaiveBayesZeroTrainer, error) {
	out := new(NaiveBayesZeroTrainer)
	if err := naiveBayes.abi.UnpackIntoInterface(out, "ZeroTrainer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelMetaData contains all meta data concerning the OracleModel contract.
var OracleModelMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"},{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxFeatures_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"COMMITTEE_NOTICE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LINEAR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CLASSES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DATA_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_HIDDEN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OPERATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PAGES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MLP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAGE_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TRAINER_CALL_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursorBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursorLogIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"trainedCount\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"accuracyPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heldOutSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"weightChunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structOracleModel.Version\",\"name\":\"version\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"hidden\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"tailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"pageHashes\",\"type\":\"bytes32[]\"}],\"internalType\":\"structOracleModel.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"activate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeParams\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"rows\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"directory\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"tail\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"hidden\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeVersion\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursorBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursorLogIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"trainedCount\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"accuracyPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heldOutSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"weightChunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structOracleModel.Version\",\"name\":\"version\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"versionDigest\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"chunksPublished\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"numChunks\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"published\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committeeDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"committeeDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"committeeVoteOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"changeDigest\",\"type\":\"bytes32\"}],\"name\":\"committeeVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursorBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursorLogIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"trainedCount\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"accuracyPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heldOutSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"weightChunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structOracleModel.Version\",\"name\":\"version\",\"type\":\"tuple\"}],\"name\":\"digest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"executeCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"hidden\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"tailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"pageHashes\",\"type\":\"bytes32[]\"}],\"internalType\":\"structOracleModel.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"hashParams\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isChunkPublished\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isOperator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isSealed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"name\":\"pageOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"pointer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"length\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"hidden\",\"type\":\"uint8\"}],\"name\":\"paramsLayout\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"rowBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numPages\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tailLength\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingCommittee\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"changeDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"executableAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"votes_\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"proposalOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursorBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursorLogIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"trainedCount\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"accuracyPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heldOutSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"weightChunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structOracleModel.Version\",\"name\":\"version\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"hidden\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"tailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"pageHashes\",\"type\":\"bytes32[]\"}],\"internalType\":\"structOracleModel.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"propose\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"proposeCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"numChunks\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"publishWeights\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursorBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursorLogIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"trainedCount\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"accuracyPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heldOutSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"weightChunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structOracleModel.Version\",\"name\":\"version\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"hidden\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"tailHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"pageHashes\",\"type\":\"bytes32[]\"}],\"internalType\":\"structOracleModel.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"setInitialVersion\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"stagePage\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"pointer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"versionDigest\",\"type\":\"bytes32\"}],\"name\":\"votes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawCommitteeVote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"executableAt\",\"type\":\"uint64\"}],\"name\":\"CommitteeChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"CommitteeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"}],\"name\":\"CommitteeVote\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"CommitteeVoteWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pointer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"PageStaged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"}],\"name\":\"Proposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"VersionActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"numChunks\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"}],\"name\":\"WeightsChunk\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"AlreadyProposed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"AlreadyVotedCommittee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"numChunks\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recorded\",\"type\":\"uint256\"}],\"name\":\"ChunkCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numChunks\",\"type\":\"uint256\"}],\"name\":\"ChunkIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"pending\",\"type\":\"bytes32\"}],\"name\":\"CommitteeChangeNotScheduled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"executableAt\",\"type\":\"uint256\"}],\"name\":\"CommitteeChangeTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"proposed\",\"type\":\"bytes32\"}],\"name\":\"ConflictingProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"cursorBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursorLogIndex\",\"type\":\"uint64\"}],\"name\":\"CursorBehind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeploymentFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyPage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"IndicesNotIncreasing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InitialVersionSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidChunkProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"InvalidCommittee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"hidden\",\"type\":\"uint8\"}],\"name\":\"InvalidHidden\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"}],\"name\":\"InvalidInitialVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"InvalidKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"MalformedValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoActiveVersion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NoCommitteeVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"NoQuorum\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoWeightChunks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"name\":\"PageNotStaged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"PageTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"ParamsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"parent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"active\",\"type\":\"uint64\"}],\"name\":\"StaleParent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"active\",\"type\":\"uint64\"}],\"name\":\"StaleVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooFewClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatureIndices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyPages\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"}],\"name\":\"VersionGap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"published\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numChunks\",\"type\":\"uint256\"}],\"name\":\"WeightsNotPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongPageCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongPageLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "07312fa563648c613ddab2f237a50e55f4",
	Bin: "0x610120604052346104fb57613d9b8038038061001a816104ff565b92833981016080828203126104fb578151916001600160a01b0383168084036104fb5760208201516001600160401b0381116104fb5782019183601f840112156104fb578251936001600160401b038511610382578460051b9360206100818187016104ff565b809781520160208196830101918383116104fb5760208101915b83831061048a5750505050506100bf60606100b860408401610524565b9201610524565b911561047b5783511561046c5783516010811161045557506001600160401b0381169485158015610444575b6104355760016001603f1b03861161041457336080526101005283516001600160401b031660a05260c05260e052815190680100000000000000008211610382575f54825f55808310610396575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56392915b8282106102655785855160028110610253575062800000811161023a5760405161380f908161058c8239608051818181610f43015281816110ac01526112a4015260a051818181610da2015281816114d001528181611f88015281816120b0015281816123d50152613004015260c05181818161069c01528181610dd901528181612347015281816129c1015281816131c101526131f7015260e051818181610c400152612fb6015261010051818181610d6901528181610e7c01528181610f73015281816112d40152818161133601526122450152f35b631d0a257560e21b5f526004526280000060245260445ffd5b630e6a0bf760e41b5f5260045260245ffd5b80518051906001600160401b038211610382576102828654610538565b601f811161033f575b50602090601f83116001146102d65792826001949360209386955f926102cb575b50505f19600383901b1c191690841b1787555b01940191019092610162565b015190505f806102ac565b90601f19831691875f52815f20925f5b818110610327575093602093600196938796938388951061030f575b505050811b0187556102bf565b01515f1960f88460031b161c191690555f8080610302565b929360206001819287860151815501950193016102e6565b8281111561028b5761037490875f5260205f2090601f850160051c906020861061037a575b601f82910160051c039101610570565b5f61028b565b5f9150610364565b634e487b7160e01b5f52604160045260245ffd5b5f8052828060205f20019103905f5b8281106103b3575050610139565b8060019183016103c38154610538565b90816103d2575b5050016103a5565b81601f5f931185146103e85750555b5f806103ca565b8183526020832061040491601f0160051c841901908601610570565b80825281602081209155556103e1565b631d0a257560e21b5f908152600487905260016001603f1b03602452604490fd5b631f937a9760e01b5f5260045ffd5b506001600160401b038316156100eb565b631f89af4360e01b5f52600452601060245260445ffd5b6360620dcf60e11b5f5260045ffd5b6386dbdd8360e01b5f5260045ffd5b82516001600160401b0381116104fb57820185603f820112156104fb576020810151916001600160401b038311610382576104ce601f8401601f19166020016104ff565b83815260408385010188106104fb575f602085819660408397018386015e8301015281520192019161009b565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761038257604052565b51906001600160401b03821682036104fb57565b90600182811c92168015610566575b602083101461055257565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610547565b5f5b82811061057e57505050565b5f8282015560010161057256fe60806040526004361015610011575f80fd5b5f3560e01c80630f9605911461181457806311e25b791461164757806315adc7001461160957806322fce66f146115ed5780632b38cd96146115ae5780632b78c9f71461159457806331b2866414611578578063335aa8c91461152857806337234e561461150f5780633d6f9b39146114f457806343e13a70146114b157806356cd6aa5146114075780635f7066a2146113bb5780635fb1f34c14611360578063631f98521461132257806365f3aa5c146112935780636bc714191461117f5780636d70f7ae14611119578063761f5673146110fd5780637f629185146110db5780638da5cb5b146110975780639169b84d1461107b5780639e03210814610f32578063a2b3793b14610f15578063acc6b4bf14610ef8578063b28bd7b014610eab578063bab861c114610e67578063bd7a1d6114610d2e578063c147aa8b14610c1c578063c2ab91ce14610cc6578063c485cdb814610c64578063c6f698c314610c21578063c90e74ee14610c1c578063ca0f277914610b6a578063cb004dab14610b4f578063cf23e77714610b04578063cf7070d214610ac3578063d7a6518d14610a61578063d864e7401461097c578063db90438f1461092f578063e06df282146106c0578063e6941b4a1461067d578063f2e05914146104d3578063f97c58b214610494578063fccdcc3e146102e95763fdc9ebee14610213575f80fd5b346102e55761022136611925565b9061022a611cdd565b92610236838383611e27565b9361023f6122a0565b9081518681036102cf57506001600160401b038151165f52601160205260405f20865f5260205260ff6040805f205492015116908181106102b657505060206001600160401b03910151169384421061029f575061029d93506133c2565b005b8490635bdc776f60e11b5f5260045260245260445ffd5b86637ab1dbbb60e01b5f5260045260245260445260645ffd5b8663077a5d0160e51b5f5260045260245260445ffd5b5f80fd5b346102e5575f3660031901126102e557604051610305816119eb565b5f8152602081015f9052604081015f9052606081015f9052608081015f905260a081015f905260c081015f905260e081015f905261010081015f905261012081015f9052610140015f905260065460405190610360826119eb565b600754916001600160401b0383169283825260208201908060401c6001600160401b0316825260408301908060801c6001600160401b03168252606084019060c01c815260085490608085016001600160401b038316815260a08601908360401c63ffffffff16825260c08701928460601c63ffffffff16845260e088019460801c63ffffffff168552600954956101008901968752600a54976101208a01988952600b549961014001998a526040519b8c52516001600160401b031660208c0152516001600160401b031660408b0152516001600160401b031660608a0152516001600160401b031660808901525163ffffffff1660a08801525163ffffffff1660c08701525163ffffffff1660e086015251610100850152516101208401525161014083015261016082015261018090f35b346102e55760203660031901126102e5576001600160401b03600354165f52601160205260405f206004355f52602052602060405f2054604051908152f35b346102e5575f3660031901126102e5575f546104ee816125c9565b906104fc6040519283611a3d565b8082525f80805260208301917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56391835b8282106105b057848660405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061056a57505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f80199101160101960192019201859493919261055b565b6040515f85548060011c90600181168015610673575b60208310811461065f5782855290811561063c5750600114610605575b50600192826105f785946020940382611a3d565b81520194019101909261052c565b5f878152602081209092505b818310610626575050810160200160016105e3565b6001816020925483868801015201920191610611565b60ff191660208581019190915291151560051b84019091019150600190506105e3565b634e487b7160e01b5f52602260045260245ffd5b91607f16916105c6565b346102e5575f3660031901126102e55760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102e5576106ce36611925565b6106d9929192611cdd565b926001600160401b03845116158015610906575b6108f35782610700838361070596613647565b611e27565b906001600160401b038151165f52601060205260405f2060018060a01b0333165f5260205260405f20548281146108dc576001600160401b038251165f52601160205260405f20908061088b575b506001600160401b038251165f52601060205260405f2060018060a01b0333165f526020528260405f2055825f528060205260405f2054906001820180921161087757835f526020528060405f20556001600160401b0382511683604051918383527fe45627a5a3b7dd672f4b699b0b0009bfcb58645ab9aef860b65daf5bdb66242960203394a460ff60408301511611158061086b575b6107f157005b6001600160401b039051167f0193abbcf5f08864ac42fed18ff427710adda667f86ef87cbe7b8ed627dec70860206001600160401b03610838610832612233565b42611d25565b168082604051610847816119bc565b878152015284600455806001600160401b03196005541617600555604051908152a3005b508160045414156107eb565b634e487b7160e01b5f52601160045260245ffd5b805f528160205260405f208054905f198201918211610877575533906001600160401b038451167f67f92038a0c63c72b713d526d60713dc67a414c6bbf0c76c2d39eb67c07854225f80a483610753565b826332ddcbdb60e01b5f523360045260245260445ffd5b633b63649d60e11b5f523360045260245ffd5b50335f52600d6020526001600160401b0360405f2054166001600160401b0385511614156106ed565b346102e55760203660031901126102e5576004356001600160401b0381116102e55761096a6109646020923690600401611878565b9061245d565b6040516001600160a01b039091168152f35b346102e5575f3660031901126102e557600354604051806020600c549182815201908282600c5f527fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c7925f5b818110610a3f5750506109dd92500383611a3d565b60405191606083019060608452518091526080830191905f5b818110610a20575050506001600160401b038360ff849560481c1660208501521660408301520390f35b82516001600160a01b03168452602093840193909201916001016109f6565b84546001600160a01b03168352600194850194879450602090930192016109c8565b346102e5575f3660031901126102e55760a0610a7b611e71565b600180831b03815116906020810151151590600180851b036002541660ff60608160408501511693015116926040519485526020850152604084015260608301526080820152f35b346102e55760403660031901126102e55760206024356004355f526014825260405f208160081c5f52825260405f2054600160ff60405193161b1615158152f35b346102e55760403660031901126102e55760043560ff811681036102e5576024359060ff821682036102e557606091610b3c916122fb565b9060405192835260208301526040820152f35b346102e5575f3660031901126102e557602060405160018152f35b346102e5575f3660031901126102e5576003546001600160401b03165f8181526010602090815260408083203384529091529020548015610c09575f828152601060209081526040808320338452825280832083905584835260118252808320848452909152902080545f19810191908211610877575533917f67f92038a0c63c72b713d526d60713dc67a414c6bbf0c76c2d39eb67c07854225f80a4005b63abc239d360e01b5f523360045260245ffd5b6119a1565b346102e5575f3660031901126102e55760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102e5575f3660031901126102e5576060610c7e6122a0565b8051906001600160401b03602082015116906001600160401b03600354165f52601160205260405f2090515f5260205260405f20549060405192835260208301526040820152f35b346102e55760403660031901126102e557610cdf611961565b610ce7611977565b6001600160401b03600354165f52600e6020526001600160401b0360405f2091165f5260205260405f209060018060a01b03165f52602052602060405f2054604051908152f35b346102e55760403660031901126102e5576004356001600160401b0381116102e557610d5e9036906004016118a5565b90610d67611977565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610e54576001600160401b03807f000000000000000000000000000000000000000000000000000000000000000016911681811015610e3f578284610dd781612fac565b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316915f5b828110610e0d57005b8060051b82013584811015610e255750600101610e04565b849063411be2e760e11b5f5260070b60045260245260445ffd5b633be6bfe760e11b5f5260045260245260445ffd5b633ea726d160e11b5f523360045260245ffd5b346102e5575f3660031901126102e5576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102e55760203660031901126102e557610ec4611961565b6001600160401b03600354165f52601060205260405f209060018060a01b03165f52602052602060405f2054604051908152f35b346102e5575f3660031901126102e55760206040516228de808152f35b346102e5575f3660031901126102e5576020604051620151808152f35b346102e557610f40366118d5565b907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303611068577f0000000000000000000000000000000000000000000000000000000000000000803b61104857506001546001600160a01b0316611039576001600160401b03610fba82611d11565b161580159061101c575b610fe55781610fd661029d938361287c565b610fdf8261212a565b91612df4565b806001600160401b036110046020610ffd8395611d11565b9301611d11565b91633648379b60e21b5f52166004521660245260445ffd5b506001600160401b0361103160208301611d11565b161515610fc4565b63d48e31eb60e01b5f5260045ffd5b63de2ef7dd60e01b5f9081526001600160a01b0391909116600452602490fd5b63245aecd360e01b5f523360045260245ffd5b346102e5575f3660031901126102e5576020604051614e208152f35b346102e5575f3660031901126102e5576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102e5575f3660031901126102e55760206110f5612233565b604051908152f35b346102e5575f3660031901126102e55760206040516104008152f35b346102e55760203660031901126102e5576020611134611961565b6001600160401b03600354168015159182611156575b50506040519015158152f35b6001600160a01b03165f908152600d845260409020546001600160401b0316149050828061114a565b346102e5576101603660031901126102e557604051602081016004356001600160401b0381168091036102e55781526024356001600160401b0381168091036102e55760408301526044356001600160401b0381168091036102e55760608301526064356001600160401b0381168091036102e55760808301526084356001600160401b0381168091036102e55760a083015260a43563ffffffff81168091036102e55760c083015260c43563ffffffff81168091036102e55760e083015260e4359163ffffffff83168093036102e557602092610100820152610104356101208201526101243561014082015261014435610160820152610160815261128861018082611a3d565b519020604051908152f35b346102e5576112a136611925565b907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303611068577f000000000000000000000000000000000000000000000000000000000000000092833b6113045761029d93506133c2565b63de2ef7dd60e01b5f9081526001600160a01b038516600452602490fd5b346102e5575f3660031901126102e55760207f00000000000000000000000000000000000000000000000000000000000000003b1515604051908152f35b346102e55760203660031901126102e5576004355f5260126020526040805f20602082519161138e836119bc565b546001600160a01b03811680845260a09190911c63ffffffff169190920181905282519182526020820152f35b346102e55760203660031901126102e5576004356001600160401b0381116102e5576113f66113f060209236906004016118a5565b90611ee7565b6001600160401b0360405191168152f35b346102e557611415366118d5565b61141e826125fe565b611428818361287c565b6114318261212a565b9061143a611cdd565b6001600160401b038151165f52600f60205260405f20835f5260205260405f2054906001600160401b038151161580156114a1575b61147e57505061029d92612df4565b9060ff6040859301511691637ab1dbbb60e01b5f5260045260245260445260645ffd5b5060ff604082015116821061146f565b346102e5575f3660031901126102e55760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102e5575f3660031901126102e557602060405160028152f35b346102e55760206110f561152236611925565b91611e27565b346102e55760203660031901126102e5576004355f5260136020526040805f206020825191611556836119bc565b549163ffffffff80841693848352831c16918291015282519182526020820152f35b346102e5575f3660031901126102e55760206040516140008152f35b346102e5575f3660031901126102e5576020604051818152f35b346102e55760203660031901126102e5576001600160401b03600354165f52600f60205260405f206004355f52602052602060405f2054604051908152f35b346102e5575f3660031901126102e5576020604051615fff8152f35b346102e55760203660031901126102e5576004356001600160401b0381116102e557608060031982360301126102e5576110f5602091600401611d32565b346102e557611655366118d5565b61165d611cdd565b906001600160401b038251161580156117eb575b6108f35761167e836125fe565b611688818461287c565b6116918361212a565b916001600160401b038151165f52600e60205260405f206001600160401b036116b986611d11565b165f90815260209182526040808220338352928390529020548481146117c35780611798575060018060a01b0333165f526020528260405f20556001600160401b038151165f52600f60205260405f20835f5260205260405f20549060018201809211610877576040816001600160401b0360ff9351165f52600f602052815f20865f5260205283825f20556001600160401b0361175688611d11565b16868351918683527f3d76c9a6e35492885a7cf93fe3d7ec1a2d041ae018174b64a0fa46730a67107860203394a4015116111561178f57005b61029d92612993565b6001600160401b036117a987611d11565b634f33624160e01b5f52336004521660245260445260645ffd5b6001600160401b036117d487611d11565b63859880e960e01b5f52336004521660245260445ffd5b50335f52600d6020526001600160401b0360405f2054166001600160401b038351161415611671565b346102e55760a03660031901126102e5576064356001600160401b0381116102e557611844903690600401611878565b608435916001600160401b0383116102e55761186761029d9336906004016118a5565b929091604435602435600435611aaf565b9181601f840112156102e5578235916001600160401b0383116102e557602083818601950101116102e557565b9181601f840112156102e5578235916001600160401b0383116102e5576020808501948460051b0101116102e557565b90600319820161018081126102e557610160136102e55760049161016435906001600160401b0382116102e55760809082900360031901126102e55760040190565b359060ff821682036102e557565b60406003198201126102e557600435906001600160401b0382116102e55761194f916004016118a5565b909160243560ff811681036102e55790565b600435906001600160a01b03821682036102e557565b602435906001600160401b03821682036102e557565b35906001600160401b03821682036102e557565b346102e5575f3660031901126102e557602060405160108152f35b604081019081106001600160401b038211176119d757604052565b634e487b7160e01b5f52604160045260245ffd5b61016081019081106001600160401b038211176119d757604052565b606081019081106001600160401b038211176119d757604052565b608081019081106001600160401b038211176119d757604052565b90601f801991011681019081106001600160401b038211176119d757604052565b6001600160401b0381116119d757601f01601f191660200190565b929192611a8582611a5e565b91611a936040519384611a3d565b8294818452818301116102e5578281602093845f960137010152565b95939093848310801590611cd0575b611cb957865f52601360205260405f209563ffffffff87541680151580611caf575b611c955750600160ff85161b91885f52601460205260405f20908560081c91825f5260205260405f205492848416611c88578a91611b1f36888b611a79565b6020815191012060405160208101918a83528c6040830152606082015260608152611b4b608082611a3d565b5190206040516020810191825260208152611b67604082611a3d565b519020915f915b808310611c465750505003611c2f57885f52601460205260405f20905f526020521760405f20558454600163ffffffff8260201c16019363ffffffff8511610877577feb4cf64b3eda36945bbaf5a87cff0dd4660ac610bb40c0224cb9d5bd31ab973b96608095849367ffffffff0000000063ffffffff8a169260201b16906001600160401b031916171790556040519586948552602085015260606040850152816060850152848401375f828201840152601f01601f19168101030190a2565b8489630892018960e21b5f5260045260245260445ffd5b91935091611c55848385612983565b359081811015611c77575f52602052600160405f205b930190918c9392611b6e565b905f52602052600160405f20611c6b565b5050505050505050505050565b868963622e95c360e01b5f5260045260245260445260645ffd5b5086811415611ae0565b84836341fb45e560e11b5f5260045260245260445ffd5b5063ffffffff8511611abe565b60405190611cea82611a07565b81604060ff6003546001600160401b03811684528181841c16602085015260481c16910152565b356001600160401b03811681036102e55790565b9190820180921161087757565b60405160208101916020835260ff611d4982611917565b16604083015260ff611d5d60208301611917565b166060830152604081013560808301526060810135601e19823603018112156102e55701602081359101906001600160401b0381116102e5578060051b9081360383136102e557608060a085015260c084018190526001600160fb1b03106102e557828160e092611ddd948484013781010301601f198101835282611a3d565b51902090565b916020908281520191905f905b808210611dfd5750505090565b90919283359060018060a01b0382168092036102e557602081600193829352019401920190611df0565b90611ddd906001600160401b03600354169360ff611e5c60405195869460208601988952606060408701526080860191611de3565b9116606083015203601f198101835282611a3d565b60405190611e7e82611a22565b81606060ff60015460018060a01b0381168452818160a01c1615156020850152818160a81c16604085015260b01c16910152565b805115611ebf5760200190565b634e487b7160e01b5f52603260045260245ffd5b8051821015611ebf5760209160051b010190565b611ef082612fac565b611ef8611e71565b80519091906001600160a01b03161561210a576040820160ff81511691611f2660ff60608601511684612ff7565b9360018060a01b0360025416918560021b9460018060fe1b0387168703610877576002869114612088575b928660ff93600199611f769487611f688d99612951565b9c8d9660208801903c613074565b9251161461205b576001600160401b037f00000000000000000000000000000000000000000000000000000000000000001691611fb28361304c565b94019082840260011b82015f5b84811061203b5750505f5b848110611fe2575050505050611fdf90613354565b90565b60208160051b830101515f8113611ffd575b50600101611fca565b84820260011b8401905f5b868110612016575050611ff4565b80602060019260051b8b010183602083851b8701015160f01d02815101905201612008565b80602060019260031b8401015160c01d60208260051b8a01015201611fbf565b92505060011461206e57611fdf90613354565b6120785f91611eb2565b51131561208457600190565b5f90565b5091956001600160ff1b0386168603610877576001968660ff93611f76938a966120fb6120f57f00000000000000000000000000000000000000000000000000000000000000006001600160401b036120ee6120e88284168a8f1b6122c5565b926122d8565b1690611d25565b8b611d25565b94975094509950935050611f51565b63ce71116160e01b5f5260045ffd5b359063ffffffff821682036102e557565b60405161014060208201926001600160401b036121468261198d565b1684526001600160401b0361215d6020830161198d565b1660408401526001600160401b036121776040830161198d565b1660608401526001600160401b036121916060830161198d565b1660808401526001600160401b036121ab6080830161198d565b1660a084015263ffffffff6121c260a08301612119565b1660c084015263ffffffff6121d960c08301612119565b1660e084015263ffffffff6121f060e08301612119565b166101008401526101008101356101208401526101208101358284015201356101608201526101608152611ddd61018082611a3d565b9190820391821161087757565b63b35d64b160e01b5f5260205f6004817f0000000000000000000000000000000000000000000000000000000000000000614e20fa60203d14165f5190158015612294575b61228c576201518081018091116108775790565b506228de8090565b5062278d008111612278565b604051906122ad826119bc565b60045482526005546001600160401b03166020830152565b8181029291811591840414171561087757565b60031b906807fffffffffffffff867fffffffffffffff883169216820361087757565b9060ff82169160018314801580612452575b61244057156124215760ff821615155b612407579061232b91612ff7565b9060016123378361359c565b1b9261236c846001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166122c5565b61400081019081811161087757613fff0190811161087757600e1c92600281901b6001600160fe1b03821682036108775760028194146123aa575050565b919250906001600160ff1b038216820361087757612401611fdf926001600160401b036120ee6120e87f0000000000000000000000000000000000000000000000000000000000000000938385169060011b6122c5565b90611d25565b5060ff91633004df8360e11b5f526004521660245260445ffd5b60ff82168015908115612435575b5061231d565b60109150115f61242f565b8362240c1960e51b5f5260045260245ffd5b50600284141561230d565b919080156125ba57615fff81116125a257612479368285611a79565b6020815191012090815f52601260205260405f209360018060a01b038554168061259b57506124aa90823691611a79565b805160018101809111610877576020612511602b869460405193849181830196606160f81b885261ffff60f01b9060f01b1660218401526680600a5f395ff360c81b60238401528051918291018484015e81015f838201520301601f198101835282611a3d565b82156125915751905ff55b6001600160a01b03811680156125825785546001600160c01b03191660a084901b63ffffffff60a01b16178117909555604080519586526020860192909252937f90119ca05163e00e936ac75b480a2965d8d95cecf574443bc841e45115b2a4ab9190a2565b633011642560e01b5f5260045ffd5b5191505ff061251c565b9450505050565b6324120e2560e21b5f52600452615fff60245260445ffd5b6376834c1d60e01b5f5260045ffd5b6001600160401b0381116119d75760051b60200190565b6001600160401b036001911601906001600160401b03821161087757565b6001546001600160a01b0316156127a6576007546001600160401b038116806001600160401b0361262e85611d11565b16111561277f5761263e83611d11565b6001600160401b0380612650846125e0565b1691160361274b5760208301816001600160401b0361266e83611d11565b16036127245750506001600160401b038160801c166040830191816001600160401b0361269a85611d11565b16109182156126de575b50506126ae575050565b906001600160401b036126c66060610ffd8395611d11565b9163772780d160e01b5f52166004521660245260445ffd5b9091506001600160401b036126f284611d11565b16149081612703575b505f806126a4565b905060c01c6001600160401b0361271c60608501611d11565b16105f6126fb565b6127356001600160401b0391611d11565b637f67350d60e11b5f521660045260245260445ffd5b6001600160401b03908161276761276186611d11565b926125e0565b91635074219360e01b5f52166004521660245260445ffd5b6001600160401b0361279084611d11565b63487344ab60e11b5f521660045260245260445ffd5b6001600160401b036127b782611d11565b16612800576020016001600160401b036127d082611d11565b166127d85750565b6127e96001600160401b0391611d11565b637f67350d60e11b5f52166004525f60245260445ffd5b6128116001600160401b0391611d11565b635074219360e01b5f52166004525f60245260445ffd5b3563ffffffff811681036102e55790565b3560ff811681036102e55790565b903590601e19813603018212156102e557018035906001600160401b0382116102e557602001918160051b360383136102e557565b61288582611d32565b6101408201359081810361293c5750506128a660e063ffffffff9201612828565b161561292d576128ca6128b882612839565b6128c460208401612839565b906122fb565b509190506104008211612914576060810190826128e78383612847565b9050036128f357505050565b906128fd91612847565b90506323487fbf60e01b5f5260045260245260445ffd5b506306d41dad60e51b5f5260045261040060245260445ffd5b631e8ef76360e11b5f5260045ffd5b630e600ea960e41b5f5260045260245260445ffd5b9061295b82611a5e565b6129686040519182611a3d565b8281528092612979601f1991611a5e565b0190602036910137565b9190811015611ebf5760051b0190565b6129e692916129a181612839565b6129b260208301916128c483612839565b93916001600160401b039791977f0000000000000000000000000000000000000000000000000000000000000000166122c5565b5f1987018781116108775780600e1b90808204614000149015171561087757612a0e91612226565b8660140260148104880361087757612a2590612951565b935f916060840190835b8a8110612d7657505050612a4790604084013561372c565b8098919851612d62575061012086013597885f52601360205260405f209860206040519a612a748c6119bc565b549a63ffffffff808d169c8d8352831c16918291015260e089019a63ffffffff612a9d8d612828565b16811490811591612d57575b50612d01575087969594936001612c9a94612c4f94612c49946001600160401b039d9e612b9960a0612cd39f612afd612ae182611d11565b6001600160401b03166001600160401b03196007541617600755565b612b0960208201611d11565b60075467ffffffffffffffff60801b612b2460408501611d11565b60801b16906001600160401b036fffffffffffffffff00000000000000006001600160c01b0319612b5760608801611d11565b60c01b169460401b169116171717600755612b93612b7760808301611d11565b6001600160401b03166001600160401b03196008541617600855565b01612828565b908d6bffffffff000000000000000060085491612bc060c063ffffffff60601b9201612828565b60601b169263ffffffff60801b90612bd790612828565b60801b169360401b169073ffffffffffffffffffffffff000000000000000019161717176008556101008c0135600955600a556101408b0135600b558d600655828060a01b03166bffffffffffffffffffffffff60a01b60025416176002551196875f14612cfa57612c4991506135ca565b93612839565b9160405190612c5d82611a22565b6001600160a01b03168082526020820186905260ff85811660408401528416606090920191909152600180546001600160a01b0319169091179055565b6001549060ff60b01b9060b01b169260ff60a01b9060a01b169062ffffff60a01b1916179060ff60a81b9060a81b161717600155611d11565b167f5d8afa84ee82f947671ca12de42aac3d73f9888289d6ec7ffe6ecfec5ebc065a5f80a3565b5093612839565b95509650505050505f935063ffffffff9150612d1f612d5595612828565b9060405193631ab8f00360e11b60208601526024850152604484015216606482015260648152612d50608482611a3d565b6137fb565b565b90508114155f612aa9565b95505050505050612d5592505f91506137fb565b612d8a81612d848589612847565b90612983565b35600182019081831161087757612da8918d03612deb57839061372c565b8051612dd357508115612dcb575b60601b60148202890160200152600101612a2f565b945084612db6565b9950505050505050505050612d5592505f91506137fb565b6140009061372c565b612e0292916129a181612839565b5f1987018781116108775780600e1b90808204614000149015171561087757612e2a91612226565b8660140260148104880361087757612e4190612951565b935f916060840190835b8a8110612f3c57505050612e6390604084013561372c565b8098919851612f27575061012086013597885f52601360205260405f209860206040519a612e908c6119bc565b549a63ffffffff808d169c8d8352831c16918291015260e089019a63ffffffff612eb98d612828565b16811490811591612f1c575b50612efd575087969594936001612c9a94612c4f94612c49946001600160401b039d9e612b9960a0612cd39f612afd612ae182611d11565b95509650505050506001935063ffffffff9150612d1f612d5595612828565b90508114155f612ec5565b95505050505050612d559250600191506137fb565b612f4a81612d848589612847565b35600182019081831161087757612f68918d03612deb57839061372c565b8051612f9357508115612f8b575b60601b60148202890160200152600101612e4b565b945084612f76565b9950505050505050505050612d559250600191506137fb565b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690818111612fe2575050565b63bb85e9db60e01b5f5260045260245260445ffd5b60ff1660021461304657507f00000000000000000000000000000000000000000000000000000000000000006001600160401b03811660020361303a5750600190565b6001600160401b031690565b60ff1690565b90613056826125c9565b6130636040519182611a3d565b8281528092612979601f19916125c9565b90949391946130828461359c565b60038501808611610877576002969594939291961c916130a1836125c9565b926130af6040519485611a3d565b8084526130be601f19916125c9565b01366020850137602060018060a01b038951169801511515965f915f915f998651918c905f195f9e8f5b8a60051b116131e9575b505050505050509091929394959697506131a757506131108461304c565b95600185146131745750600f1b905f5b84811061312e575050505050565b6001906020601f198260031b1684010151846001600160401b0360208460021b8901015160e01d9260c08560061b1660c0031c16030160208260051b8a01015201613120565b93505050602090939293015160e01d905f8282019283129112908015821691151617610877576131a382611eb2565b5290565b63411be2e760e11b5f5260070b6004526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660245260445ffd5b8f8701356001600160401b037f00000000000000000000000000000000000000000000000000000000000000001681101561332f57831b856132f4575b6001841b906001015f863c5f5160018e146132d8579e9f909192939495969798999a9b9c9d9e5f5b8d898210613273575050506020905b019e9d9c9b9a999897969594939291908f6130e8565b9060019160206780008000800080006001600160401b03868560061b60c0031c1618918360051b01019061ffff811661ffff60401b8260301b16179061ffff60801b8160601b16906001600160401b0360c01b9060901b16171781510190520161324e565b9e60209192939495969798999a9b9c9d9e9f60f01d019f61325d565b80600e1c83810361330a575b50613fff16613226565b945091506014808502600101600c833c5f516001600160a01b03169391613fff613300565b9e9f508f9e9850600197505f96508695508594508493508392508291508190506130f2565b905f9161336081611eb2565b519260015b82518110156133a857846133798285611ed3565b5113613388575b600101613365565b809450613396915082611ed3565b51926001600160401b03811690613380565b50925050565b356001600160a01b03811681036102e55790565b906133ce838284613647565b6133e26001600160401b03600354166125e0565b92600c545f600c558061355c575b506001600160401b035f9416935b8281106134b957509060407fa62f8b9dcacd3d767d1b28369a5e9d0c17bc3f02e39982b0015c92d244adfd649392815161343781611a07565b86815260ff8416602082015260ff82169283910152856001600160401b0319600354161760035569ff0000000000000000006003549160481b169068ff00000000000000008460401b169061ffff60401b191617176003555f6004555f6005556134ae604051938493604085526040850191611de3565b9060208301520390a2565b6001600160a01b036134d46134cf838688612983565b6133ae565b1690815f52600d60205260405f20866001600160401b0319825416179055600c5491680100000000000000008310156119d7576001830180600c55831015611ebf57600192600c5f527fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c701906bffffffffffffffffffffffff60a01b825416179055016133fe565b600c5f525f5b81811061356f57506133f0565b5f7fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c7820155600101613562565b9060015b5f19810181811161087757600184911b10156135c6575f198114610877576001016135a0565b9150565b8051906001820180921161087757613631602b60209260405193849181830196606160f81b885261ffff60f01b9060f01b1660218401526680600a5f395ff360c81b60238401528051918291018484015e81015f838201520301601f198101835282611a3d565b51905ff0906001600160a01b0382161561258257565b9181158015613722575b8015613716575b8015613705575b6136ec57505f5b81811061367257505050565b6001600160a01b036136886134cf838587612983565b1680156136da575f5b8281106136a2575050600101613666565b816001600160a01b036136b96134cf84888a612983565b16146136c757600101613691565b50633eaa03e360e01b5f5260045260245ffd5b633eaa03e360e01b5f5260045260245ffd5b60ff916307047af360e51b5f526004521660245260445ffd5b50816101fe8260011b16111561365f565b508160ff821611613658565b5060208211613651565b805f52601260205260405f209160405192613746846119bc565b5460018060a01b03811680855263ffffffff602086019260a01c168252156137d1575163ffffffff168181036137985750505060018060a01b0390511690604051613792602082611a3d565b5f815290565b909193925060405193631fbb16a960e21b6020860152602485015260448401526064830152606482526137cc608483611a3d565b5f9190565b505091905060405191635011488160e01b60208401526024830152602482526137cc604483611a3d565b91901561380b5750602081519101fd5b905056",
}

// OracleModel is an auto generated Go binding around an Ethereum contract.
type OracleModel struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OracleModel) GetABI() abi.ABI {
	return c.abi
}

// NewOracleModel creates a new instance of OracleModel.
func NewOracleModel() *OracleModel {
	parsed, err := OracleModelMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OracleModel{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OracleModel) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address trainer_, string[] names, uint64 numFeatures_, uint64 maxFeatures_) returns()
func (oracleModel *OracleModel) PackConstructor(trainer_ common.Address, names []string, numFeatures_ uint64, maxFeatures_ uint64) []byte {
	enc, err := oracleModel.abi.Pack("", trainer_, names, numFeatures_, maxFeatures_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCOMMITTEENOTICE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2b3793b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COMMITTEE_NOTICE() view returns(uint256)
func (oracleModel *OracleModel) PackCOMMITTEENOTICE() []byte {
	enc, err := oracleModel.abi.Pack("COMMITTEE_NOTICE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOMMITTEENOTICE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2b3793b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COMMITTEE_NOTICE() view returns(uint256)
func (oracleModel *OracleModel) TryPackCOMMITTEENOTICE() ([]byte, error) {
	return oracleModel.abi.Pack("COMMITTEE_NOTICE")
}

// UnpackCOMMITTEENOTICE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2b3793b.
//
// Solidity: function COMMITTEE_NOTICE() view returns(uint256)
func (oracleModel *OracleModel) UnpackCOMMITTEENOTICE(data []byte) (*big.Int, error) {
	out, err := oracleModel.abi.Unpack("COMMITTEE_NOTICE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLINEAR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb004dab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LINEAR() view returns(uint8)
func (oracleModel *OracleModel) PackLINEAR() []byte {
	enc, err := oracleModel.abi.Pack("LINEAR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLINEAR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb004dab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LINEAR() view returns(uint8)
func (oracleModel *OracleModel) TryPackLINEAR() ([]byte, error) {
	return oracleModel.abi.Pack("LINEAR")
}

// UnpackLINEAR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb004dab.
//
// Solidity: function LINEAR() view returns(uint8)
func (oracleModel *OracleModel) UnpackLINEAR(data []byte) (uint8, error) {
	out, err := oracleModel.abi.Unpack("LINEAR", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXCLASSES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc90e74ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CLASSES() view returns(uint256)
func (oracleModel *OracleModel) PackMAXCLASSES() []byte {
	enc, err := oracleModel.abi.Pack("MAX_CLASSES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCLASSES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc90e74ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CLASSES() view returns(uint256)
func (oracleModel *OracleModel) TryPackMAXCLASSES() ([]byte, error) {
	return oracleModel.abi.Pack("MAX_CLASSES")
}

// UnpackMAXCLASSES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc90e74ee.
//
// Solidity: function MAX_CLASSES() view returns(uint256)
func (oracleModel *OracleModel) UnpackMAXCLASSES(data []byte) (*big.Int, error) {
	out, err := oracleModel.abi.Unpack("MAX_CLASSES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCOMMITTEEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacc6b4bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_COMMITTEE_DELAY() view returns(uint256)
func (oracleModel *OracleModel) PackMAXCOMMITTEEDELAY() []byte {
	enc, err := oracleModel.abi.Pack("MAX_COMMITTEE_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCOMMITTEEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacc6b4bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_COMMITTEE_DELAY() view returns(uint256)
func (oracleModel *OracleModel) TryPackMAXCOMMITTEEDELAY() ([]byte, error) {
	return oracleModel.abi.Pack("MAX_COMMITTEE_DELAY")
}

// UnpackMAXCOMMITTEEDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xacc6b4bf.
//
// Solidity: function MAX_COMMITTEE_DELAY() view returns(uint256)
func (oracleModel *OracleModel) UnpackMAXCOMMITTEEDELAY(data []byte) (*big.Int, error) {
	out, err := oracleModel.abi.Unpack("MAX_COMMITTEE_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXDATASIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22fce66f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DATA_SIZE() view returns(uint256)
func (oracleModel *OracleModel) PackMAXDATASIZE() []byte {
	enc, err := oracleModel.abi.Pack("MAX_DATA_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDATASIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22fce66f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DATA_SIZE() view returns(uint256)
func (oracleModel *OracleModel) TryPackMAXDATASIZE() ([]byte, error) {
	return oracleModel.abi.Pack("MAX_DATA_SIZE")
}

// UnpackMAXDATASIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22fce66f.
//
// Solidity: function MAX_DATA_SIZE() view returns(uint256)
func (oracleModel *OracleModel) UnpackMAXDATASIZE(data []byte) (*big.Int, error) {
	out, err := oracleModel.abi.Unpack("MAX_DATA_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXHIDDEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc147aa8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_HIDDEN() view returns(uint256)
func (oracleModel *OracleModel) PackMAXHIDDEN() []byte {
	enc, err := oracleModel.abi.Pack("MAX_HIDDEN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXHIDDEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc147aa8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_HIDDEN() view returns(uint256)
func (oracleModel *OracleModel) TryPackMAXHIDDEN() ([]byte, error) {
	return oracleModel.abi.Pack("MAX_HIDDEN")
}

// UnpackMAXHIDDEN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc147aa8b.
//
// Solidity: function MAX_HIDDEN() view returns(uint256)
func (oracleModel *OracleModel) UnpackMAXHIDDEN(data []byte) (*big.Int, error) {
	out, err := oracleModel.abi.Unpack("MAX_HIDDEN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXOPERATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b78c9f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OPERATORS() view returns(uint256)
func (oracleModel *OracleModel) PackMAXOPERATORS() []byte {
	enc, err := oracleModel.abi.Pack("MAX_OPERATORS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOPERATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b78c9f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OPERATORS() view returns(uint256)
func (oracleModel *OracleModel) TryPackMAXOPERATORS() ([]byte, error) {
	return oracleModel.abi.Pack("MAX_OPERATORS")
}

// UnpackMAXOPERATORS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b78c9f7.
//
// Solidity: function MAX_OPERATORS() view returns(uint256)
func (oracleModel *OracleModel) UnpackMAXOPERATORS(data []byte) (*big.Int, error) {
	out, err := oracleModel.abi.Unpack("MAX_OPERATORS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPAGES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x761f5673.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PAGES() view returns(uint256)
func (oracleModel *OracleModel) PackMAXPAGES() []byte {
	enc, err := oracleModel.abi.Pack("MAX_PAGES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPAGES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x761f5673.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PAGES() view returns(uint256)
func (oracleModel *OracleModel) TryPackMAXPAGES() ([]byte, error) {
	return oracleModel.abi.Pack("MAX_PAGES")
}

// UnpackMAXPAGES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x761f5673.
//
// Solidity: function MAX_PAGES() view returns(uint256)
func (oracleModel *OracleModel) UnpackMAXPAGES(data []byte) (*big.Int, error) {
	out, err := oracleModel.abi.Unpack("MAX_PAGES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMLP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d6f9b39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MLP() view returns(uint8)
func (oracleModel *OracleModel) PackMLP() []byte {
	enc, err := oracleModel.abi.Pack("MLP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMLP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d6f9b39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MLP() view returns(uint8)
func (oracleModel *OracleModel) TryPackMLP() ([]byte, error) {
	return oracleModel.abi.Pack("MLP")
}

// UnpackMLP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d6f9b39.
//
// Solidity: function MLP() view returns(uint8)
func (oracleModel *OracleModel) UnpackMLP(data []byte) (uint8, error) {
	out, err := oracleModel.abi.Unpack("MLP", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPAGESIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31b28664.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAGE_SIZE() view returns(uint256)
func (oracleModel *OracleModel) PackPAGESIZE() []byte {
	enc, err := oracleModel.abi.Pack("PAGE_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAGESIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31b28664.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAGE_SIZE() view returns(uint256)
func (oracleModel *OracleModel) TryPackPAGESIZE() ([]byte, error) {
	return oracleModel.abi.Pack("PAGE_SIZE")
}

// UnpackPAGESIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31b28664.
//
// Solidity: function PAGE_SIZE() view returns(uint256)
func (oracleModel *OracleModel) UnpackPAGESIZE(data []byte) (*big.Int, error) {
	out, err := oracleModel.abi.Unpack("PAGE_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTRAINERCALLGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9169b84d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TRAINER_CALL_GAS() view returns(uint256)
func (oracleModel *OracleModel) PackTRAINERCALLGAS() []byte {
	enc, err := oracleModel.abi.Pack("TRAINER_CALL_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTRAINERCALLGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9169b84d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TRAINER_CALL_GAS() view returns(uint256)
func (oracleModel *OracleModel) TryPackTRAINERCALLGAS() ([]byte, error) {
	return oracleModel.abi.Pack("TRAINER_CALL_GAS")
}

// UnpackTRAINERCALLGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9169b84d.
//
// Solidity: function TRAINER_CALL_GAS() view returns(uint256)
func (oracleModel *OracleModel) UnpackTRAINERCALLGAS(data []byte) (*big.Int, error) {
	out, err := oracleModel.abi.Unpack("TRAINER_CALL_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackActivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56cd6aa5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activate((uint64,uint64,uint64,uint64,uint64,uint32,uint32,uint32,bytes32,bytes32,bytes32) version, (uint8,uint8,bytes32,bytes32[]) params) returns()
func (oracleModel *OracleModel) PackActivate(version OracleModelVersion, params OracleModelParams) []byte {
	enc, err := oracleModel.abi.Pack("activate", version, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56cd6aa5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activate((uint64,uint64,uint64,uint64,uint64,uint32,uint32,uint32,bytes32,bytes32,bytes32) version, (uint8,uint8,bytes32,bytes32[]) params) returns()
func (oracleModel *OracleModel) TryPackActivate(version OracleModelVersion, params OracleModelParams) ([]byte, error) {
	return oracleModel.abi.Pack("activate", version, params)
}

// PackActiveParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7a6518d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeParams() view returns(address rows, bool directory, address tail, uint8 kind, uint8 hidden)
func (oracleModel *OracleModel) PackActiveParams() []byte {
	enc, err := oracleModel.abi.Pack("activeParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7a6518d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeParams() view returns(address rows, bool directory, address tail, uint8 kind, uint8 hidden)
func (oracleModel *OracleModel) TryPackActiveParams() ([]byte, error) {
	return oracleModel.abi.Pack("activeParams")
}

// ActiveParamsOutput serves as a container for the return parameters of contract
// method ActiveParams.
type ActiveParamsOutput struct {
	Rows      common.Address
	Directory bool
	Tail      common.Address
	Kind      uint8
	Hidden    uint8
}

// UnpackActiveParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7a6518d.
//
// Solidity: function activeParams() view returns(address rows, bool directory, address tail, uint8 kind, uint8 hidden)
func (oracleModel *OracleModel) UnpackActiveParams(data []byte) (ActiveParamsOutput, error) {
	out, err := oracleModel.abi.Unpack("activeParams", data)
	outstruct := new(ActiveParamsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Rows = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Directory = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Tail = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.Kind = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.Hidden = *abi.ConvertType(out[4], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackActiveVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccdcc3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeVersion() view returns((uint64,uint64,uint64,uint64,uint64,uint32,uint32,uint32,bytes32,bytes32,bytes32) version, bytes32 versionDigest)
func (oracleModel *OracleModel) PackActiveVersion() []byte {
	enc, err := oracleModel.abi.Pack("activeVersion")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccdcc3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeVersion() view returns((uint64,uint64,uint64,uint64,uint64,uint32,uint32,uint32,bytes32,bytes32,bytes32) version, bytes32 versionDigest)
func (oracleModel *OracleModel) TryPackActiveVersion() ([]byte, error) {
	return oracleModel.abi.Pack("activeVersion")
}

// ActiveVersionOutput serves as a container for the return parameters of contract
// method ActiveVersion.
type ActiveVersionOutput struct {
	Version       OracleModelVersion
	VersionDigest [32]byte
}

// UnpackActiveVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfccdcc3e.
//
// Solidity: function activeVersion() view returns((uint64,uint64,uint64,uint64,uint64,uint32,uint32,uint32,bytes32,bytes32,bytes32) version, bytes32 versionDigest)
func (oracleModel *OracleModel) UnpackActiveVersion(data []byte) (ActiveVersionOutput, error) {
	out, err := oracleModel.abi.Unpack("activeVersion", data)
	outstruct := new(ActiveVersionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Version = *abi.ConvertType(out[0], new(OracleModelVersion)).(*OracleModelVersion)
	outstruct.VersionDigest = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackChunksPublished is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x335aa8c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chunksPublished(bytes32 root) view returns(uint32 numChunks, uint32 published)
func (oracleModel *OracleModel) PackChunksPublished(root [32]byte) []byte {
	enc, err := oracleModel.abi.Pack("chunksPublished", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChunksPublished is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x335aa8c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chunksPublished(bytes32 root) view returns(uint32 numChunks, uint32 published)
func (oracleModel *OracleModel) TryPackChunksPublished(root [32]byte) ([]byte, error) {
	return oracleModel.abi.Pack("chunksPublished", root)
}

// ChunksPublishedOutput serves as a container for the return parameters of contract
// method ChunksPublished.
type ChunksPublishedOutput struct {
	NumChunks uint32
	Published uint32
}

// UnpackChunksPublished is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x335aa8c9.
//
// Solidity: function chunksPublished(bytes32 root) view returns(uint32 numChunks, uint32 published)
func (oracleModel *OracleModel) UnpackChunksPublished(data []byte) (ChunksPublishedOutput, error) {
	out, err := oracleModel.abi.Unpack("chunksPublished", data)
	outstruct := new(ChunksPublishedOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NumChunks = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Published = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackClassNames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2e05914.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classNames() view returns(string[])
func (oracleModel *OracleModel) PackClassNames() []byte {
	enc, err := oracleModel.abi.Pack("classNames")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassNames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2e05914.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classNames() view returns(string[])
func (oracleModel *OracleModel) TryPackClassNames() ([]byte, error) {
	return oracleModel.abi.Pack("classNames")
}

// UnpackClassNames is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2e05914.
//
// Solidity: function classNames() view returns(string[])
func (oracleModel *OracleModel) UnpackClassNames(data []byte) ([]string, error) {
	out, err := oracleModel.abi.Unpack("classNames", data)
	if err != nil {
		return *new([]string), err
	}
	out0 := *abi.ConvertType(out[0], new([]string)).(*[]string)
	return out0, nil
}

// PackCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd864e740.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committee() view returns(address[] operators, uint8 threshold, uint64 epoch)
func (oracleModel *OracleModel) PackCommittee() []byte {
	enc, err := oracleModel.abi.Pack("committee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd864e740.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committee() view returns(address[] operators, uint8 threshold, uint64 epoch)
func (oracleModel *OracleModel) TryPackCommittee() ([]byte, error) {
	return oracleModel.abi.Pack("committee")
}

// CommitteeOutput serves as a container for the return parameters of contract
// method Committee.
type CommitteeOutput struct {
	Operators []common.Address
	Threshold uint8
	Epoch     uint64
}

// UnpackCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd864e740.
//
// Solidity: function committee() view returns(address[] operators, uint8 threshold, uint64 epoch)
func (oracleModel *OracleModel) UnpackCommittee(data []byte) (CommitteeOutput, error) {
	out, err := oracleModel.abi.Unpack("committee", data)
	outstruct := new(CommitteeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Operators = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Threshold = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.Epoch = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackCommitteeDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f629185.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeDelay() view returns(uint256)
func (oracleModel *OracleModel) PackCommitteeDelay() []byte {
	enc, err := oracleModel.abi.Pack("committeeDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitteeDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f629185.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committeeDelay() view returns(uint256)
func (oracleModel *OracleModel) TryPackCommitteeDelay() ([]byte, error) {
	return oracleModel.abi.Pack("committeeDelay")
}

// UnpackCommitteeDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f629185.
//
// Solidity: function committeeDelay() view returns(uint256)
func (oracleModel *OracleModel) UnpackCommitteeDelay(data []byte) (*big.Int, error) {
	out, err := oracleModel.abi.Unpack("committeeDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitteeDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37234e56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeDigest(address[] operators, uint8 threshold) view returns(bytes32)
func (oracleModel *OracleModel) PackCommitteeDigest(operators []common.Address, threshold uint8) []byte {
	enc, err := oracleModel.abi.Pack("committeeDigest", operators, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitteeDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37234e56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committeeDigest(address[] operators, uint8 threshold) view returns(bytes32)
func (oracleModel *OracleModel) TryPackCommitteeDigest(operators []common.Address, threshold uint8) ([]byte, error) {
	return oracleModel.abi.Pack("committeeDigest", operators, threshold)
}

// UnpackCommitteeDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37234e56.
//
// Solidity: function committeeDigest(address[] operators, uint8 threshold) view returns(bytes32)
func (oracleModel *OracleModel) UnpackCommitteeDigest(data []byte) ([32]byte, error) {
	out, err := oracleModel.abi.Unpack("committeeDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommitteeVoteOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb28bd7b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeVoteOf(address operator) view returns(bytes32)
func (oracleModel *OracleModel) PackCommitteeVoteOf(operator common.Address) []byte {
	enc, err := oracleModel.abi.Pack("committeeVoteOf", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitteeVoteOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb28bd7b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committeeVoteOf(address operator) view returns(bytes32)
func (oracleModel *OracleModel) TryPackCommitteeVoteOf(operator common.Address) ([]byte, error) {
	return oracleModel.abi.Pack("committeeVoteOf", operator)
}

// UnpackCommitteeVoteOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb28bd7b0.
//
// Solidity: function committeeVoteOf(address operator) view returns(bytes32)
func (oracleModel *OracleModel) UnpackCommitteeVoteOf(data []byte) ([32]byte, error) {
	out, err := oracleModel.abi.Unpack("committeeVoteOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommitteeVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf97c58b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeVotes(bytes32 changeDigest) view returns(uint256)
func (oracleModel *OracleModel) PackCommitteeVotes(changeDigest [32]byte) []byte {
	enc, err := oracleModel.abi.Pack("committeeVotes", changeDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitteeVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf97c58b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committeeVotes(bytes32 changeDigest) view returns(uint256)
func (oracleModel *OracleModel) TryPackCommitteeVotes(changeDigest [32]byte) ([]byte, error) {
	return oracleModel.abi.Pack("committeeVotes", changeDigest)
}

// UnpackCommitteeVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf97c58b2.
//
// Solidity: function committeeVotes(bytes32 changeDigest) view returns(uint256)
func (oracleModel *OracleModel) UnpackCommitteeVotes(data []byte) (*big.Int, error) {
	out, err := oracleModel.abi.Unpack("committeeVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bc71419.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function digest((uint64,uint64,uint64,uint64,uint64,uint32,uint32,uint32,bytes32,bytes32,bytes32) version) pure returns(bytes32)
func (oracleModel *OracleModel) PackDigest(version OracleModelVersion) []byte {
	enc, err := oracleModel.abi.Pack("digest", version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bc71419.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function digest((uint64,uint64,uint64,uint64,uint64,uint32,uint32,uint32,bytes32,bytes32,bytes32) version) pure returns(bytes32)
func (oracleModel *OracleModel) TryPackDigest(version OracleModelVersion) ([]byte, error) {
	return oracleModel.abi.Pack("digest", version)
}

// UnpackDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6bc71419.
//
// Solidity: function digest((uint64,uint64,uint64,uint64,uint64,uint32,uint32,uint32,bytes32,bytes32,bytes32) version) pure returns(bytes32)
func (oracleModel *OracleModel) UnpackDigest(data []byte) ([32]byte, error) {
	out, err := oracleModel.abi.Unpack("digest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackExecuteCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdc9ebee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeCommittee(address[] operators, uint8 threshold) returns()
func (oracleModel *OracleModel) PackExecuteCommittee(operators []common.Address, threshold uint8) []byte {
	enc, err := oracleModel.abi.Pack("executeCommittee", operators, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdc9ebee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeCommittee(address[] operators, uint8 threshold) returns()
func (oracleModel *OracleModel) TryPackExecuteCommittee(operators []common.Address, threshold uint8) ([]byte, error) {
	return oracleModel.abi.Pack("executeCommittee", operators, threshold)
}

// PackHashParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15adc700.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashParams((uint8,uint8,bytes32,bytes32[]) params) pure returns(bytes32)
func (oracleModel *OracleModel) PackHashParams(params OracleModelParams) []byte {
	enc, err := oracleModel.abi.Pack("hashParams", params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15adc700.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashParams((uint8,uint8,bytes32,bytes32[]) params) pure returns(bytes32)
func (oracleModel *OracleModel) TryPackHashParams(params OracleModelParams) ([]byte, error) {
	return oracleModel.abi.Pack("hashParams", params)
}

// UnpackHashParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15adc700.
//
// Solidity: function hashParams((uint8,uint8,bytes32,bytes32[]) params) pure returns(bytes32)
func (oracleModel *OracleModel) UnpackHashParams(data []byte) ([32]byte, error) {
	out, err := oracleModel.abi.Unpack("hashParams", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsChunkPublished is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf7070d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isChunkPublished(bytes32 root, uint256 index) view returns(bool)
func (oracleModel *OracleModel) PackIsChunkPublished(root [32]byte, index *big.Int) []byte {
	enc, err := oracleModel.abi.Pack("isChunkPublished", root, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsChunkPublished is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf7070d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isChunkPublished(bytes32 root, uint256 index) view returns(bool)
func (oracleModel *OracleModel) TryPackIsChunkPublished(root [32]byte, index *big.Int) ([]byte, error) {
	return oracleModel.abi.Pack("isChunkPublished", root, index)
}

// UnpackIsChunkPublished is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf7070d2.
//
// Solidity: function isChunkPublished(bytes32 root, uint256 index) view returns(bool)
func (oracleModel *OracleModel) UnpackIsChunkPublished(data []byte) (bool, error) {
	out, err := oracleModel.abi.Unpack("isChunkPublished", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d70f7ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperator(address account) view returns(bool)
func (oracleModel *OracleModel) PackIsOperator(account common.Address) []byte {
	enc, err := oracleModel.abi.Pack("isOperator", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d70f7ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperator(address account) view returns(bool)
func (oracleModel *OracleModel) TryPackIsOperator(account common.Address) ([]byte, error) {
	return oracleModel.abi.Pack("isOperator", account)
}

// UnpackIsOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d70f7ae.
//
// Solidity: function isOperator(address account) view returns(bool)
func (oracleModel *OracleModel) UnpackIsOperator(data []byte) (bool, error) {
	out, err := oracleModel.abi.Unpack("isOperator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsSealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631f9852.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSealed() view returns(bool)
func (oracleModel *OracleModel) PackIsSealed() []byte {
	enc, err := oracleModel.abi.Pack("isSealed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631f9852.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSealed() view returns(bool)
func (oracleModel *OracleModel) TryPackIsSealed() ([]byte, error) {
	return oracleModel.abi.Pack("isSealed")
}

// UnpackIsSealed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x631f9852.
//
// Solidity: function isSealed() view returns(bool)
func (oracleModel *OracleModel) UnpackIsSealed(data []byte) (bool, error) {
	out, err := oracleModel.abi.Unpack("isSealed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMaxFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f698c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxFeatures() view returns(uint64)
func (oracleModel *OracleModel) PackMaxFeatures() []byte {
	enc, err := oracleModel.abi.Pack("maxFeatures")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f698c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxFeatures() view returns(uint64)
func (oracleModel *OracleModel) TryPackMaxFeatures() ([]byte, error) {
	return oracleModel.abi.Pack("maxFeatures")
}

// UnpackMaxFeatures is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6f698c3.
//
// Solidity: function maxFeatures() view returns(uint64)
func (oracleModel *OracleModel) UnpackMaxFeatures(data []byte) (uint64, error) {
	out, err := oracleModel.abi.Unpack("maxFeatures", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNumClasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43e13a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numClasses() view returns(uint64)
func (oracleModel *OracleModel) PackNumClasses() []byte {
	enc, err := oracleModel.abi.Pack("numClasses")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumClasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43e13a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numClasses() view returns(uint64)
func (oracleModel *OracleModel) TryPackNumClasses() ([]byte, error) {
	return oracleModel.abi.Pack("numClasses")
}

// UnpackNumClasses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43e13a70.
//
// Solidity: function numClasses() view returns(uint64)
func (oracleModel *OracleModel) UnpackNumClasses(data []byte) (uint64, error) {
	out, err := oracleModel.abi.Unpack("numClasses", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNumFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6941b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numFeatures() view returns(uint64)
func (oracleModel *OracleModel) PackNumFeatures() []byte {
	enc, err := oracleModel.abi.Pack("numFeatures")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6941b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numFeatures() view returns(uint64)
func (oracleModel *OracleModel) TryPackNumFeatures() ([]byte, error) {
	return oracleModel.abi.Pack("numFeatures")
}

// UnpackNumFeatures is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6941b4a.
//
// Solidity: function numFeatures() view returns(uint64)
func (oracleModel *OracleModel) UnpackNumFeatures(data []byte) (uint64, error) {
	out, err := oracleModel.abi.Unpack("numFeatures", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (oracleModel *OracleModel) PackOwner() []byte {
	enc, err := oracleModel.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (oracleModel *OracleModel) TryPackOwner() ([]byte, error) {
	return oracleModel.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (oracleModel *OracleModel) UnpackOwner(data []byte) (common.Address, error) {
	out, err := oracleModel.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPageOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fb1f34c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pageOf(bytes32 hash) view returns(address pointer, uint32 length)
func (oracleModel *OracleModel) PackPageOf(hash [32]byte) []byte {
	enc, err := oracleModel.abi.Pack("pageOf", hash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPageOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fb1f34c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pageOf(bytes32 hash) view returns(address pointer, uint32 length)
func (oracleModel *OracleModel) TryPackPageOf(hash [32]byte) ([]byte, error) {
	return oracleModel.abi.Pack("pageOf", hash)
}

// PageOfOutput serves as a container for the return parameters of contract
// method PageOf.
type PageOfOutput struct {
	Pointer common.Address
	Length  uint32
}

// UnpackPageOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5fb1f34c.
//
// Solidity: function pageOf(bytes32 hash) view returns(address pointer, uint32 length)
func (oracleModel *OracleModel) UnpackPageOf(data []byte) (PageOfOutput, error) {
	out, err := oracleModel.abi.Unpack("pageOf", data)
	outstruct := new(PageOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Pointer = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Length = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackParamsLayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf23e777.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paramsLayout(uint8 kind, uint8 hidden) view returns(uint256 rowBytes, uint256 numPages, uint256 tailLength)
func (oracleModel *OracleModel) PackParamsLayout(kind uint8, hidden uint8) []byte {
	enc, err := oracleModel.abi.Pack("paramsLayout", kind, hidden)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParamsLayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf23e777.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paramsLayout(uint8 kind, uint8 hidden) view returns(uint256 rowBytes, uint256 numPages, uint256 tailLength)
func (oracleModel *OracleModel) TryPackParamsLayout(kind uint8, hidden uint8) ([]byte, error) {
	return oracleModel.abi.Pack("paramsLayout", kind, hidden)
}

// ParamsLayoutOutput serves as a container for the return parameters of contract
// method ParamsLayout.
type ParamsLayoutOutput struct {
	RowBytes   *big.Int
	NumPages   *big.Int
	TailLength *big.Int
}

// UnpackParamsLayout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf23e777.
//
// Solidity: function paramsLayout(uint8 kind, uint8 hidden) view returns(uint256 rowBytes, uint256 numPages, uint256 tailLength)
func (oracleModel *OracleModel) UnpackParamsLayout(data []byte) (ParamsLayoutOutput, error) {
	out, err := oracleModel.abi.Unpack("paramsLayout", data)
	outstruct := new(ParamsLayoutOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RowBytes = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.NumPages = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.TailLength = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc485cdb8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingCommittee() view returns(bytes32 changeDigest, uint64 executableAt, uint256 votes_)
func (oracleModel *OracleModel) PackPendingCommittee() []byte {
	enc, err := oracleModel.abi.Pack("pendingCommittee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc485cdb8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingCommittee() view returns(bytes32 changeDigest, uint64 executableAt, uint256 votes_)
func (oracleModel *OracleModel) TryPackPendingCommittee() ([]byte, error) {
	return oracleModel.abi.Pack("pendingCommittee")
}

// PendingCommitteeOutput serves as a container for the return parameters of contract
// method PendingCommittee.
type PendingCommitteeOutput struct {
	ChangeDigest [32]byte
	ExecutableAt uint64
	Votes        *big.Int
}

// UnpackPendingCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc485cdb8.
//
// Solidity: function pendingCommittee() view returns(bytes32 changeDigest, uint64 executableAt, uint256 votes_)
func (oracleModel *OracleModel) UnpackPendingCommittee(data []byte) (PendingCommitteeOutput, error) {
	out, err := oracleModel.abi.Unpack("pendingCommittee", data)
	outstruct := new(PendingCommitteeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ChangeDigest = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.ExecutableAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Votes = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (oracleModel *OracleModel) PackPredict(data []int64) []byte {
	enc, err := oracleModel.abi.Pack("predict", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (oracleModel *OracleModel) TryPackPredict(data []int64) ([]byte, error) {
	return oracleModel.abi.Pack("predict", data)
}

// UnpackPredict is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f7066a2.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (oracleModel *OracleModel) UnpackPredict(data []byte) (uint64, error) {
	out, err := oracleModel.abi.Unpack("predict", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackProposalOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ab91ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalOf(address operator, uint64 number) view returns(bytes32)
func (oracleModel *OracleModel) PackProposalOf(operator common.Address, number uint64) []byte {
	enc, err := oracleModel.abi.Pack("proposalOf", operator, number)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ab91ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalOf(address operator, uint64 number) view returns(bytes32)
func (oracleModel *OracleModel) TryPackProposalOf(operator common.Address, number uint64) ([]byte, error) {
	return oracleModel.abi.Pack("proposalOf", operator, number)
}

// UnpackProposalOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2ab91ce.
//
// Solidity: function proposalOf(address operator, uint64 number) view returns(bytes32)
func (oracleModel *OracleModel) UnpackProposalOf(data []byte) ([32]byte, error) {
	out, err := oracleModel.abi.Unpack("proposalOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11e25b79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose((uint64,uint64,uint64,uint64,uint64,uint32,uint32,uint32,bytes32,bytes32,bytes32) version, (uint8,uint8,bytes32,bytes32[]) params) returns()
func (oracleModel *OracleModel) PackPropose(version OracleModelVersion, params OracleModelParams) []byte {
	enc, err := oracleModel.abi.Pack("propose", version, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11e25b79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose((uint64,uint64,uint64,uint64,uint64,uint32,uint32,uint32,bytes32,bytes32,bytes32) version, (uint8,uint8,bytes32,bytes32[]) params) returns()
func (oracleModel *OracleModel) TryPackPropose(version OracleModelVersion, params OracleModelParams) ([]byte, error) {
	return oracleModel.abi.Pack("propose", version, params)
}

// PackProposeCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe06df282.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeCommittee(address[] operators, uint8 threshold) returns()
func (oracleModel *OracleModel) PackProposeCommittee(operators []common.Address, threshold uint8) []byte {
	enc, err := oracleModel.abi.Pack("proposeCommittee", operators, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe06df282.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeCommittee(address[] operators, uint8 threshold) returns()
func (oracleModel *OracleModel) TryPackProposeCommittee(operators []common.Address, threshold uint8) ([]byte, error) {
	return oracleModel.abi.Pack("proposeCommittee", operators, threshold)
}

// PackPublishWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f960591.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishWeights(bytes32 root, uint256 numChunks, uint256 index, bytes chunk, bytes32[] proof) returns()
func (oracleModel *OracleModel) PackPublishWeights(root [32]byte, numChunks *big.Int, index *big.Int, chunk []byte, proof [][32]byte) []byte {
	enc, err := oracleModel.abi.Pack("publishWeights", root, numChunks, index, chunk, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f960591.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishWeights(bytes32 root, uint256 numChunks, uint256 index, bytes chunk, bytes32[] proof) returns()
func (oracleModel *OracleModel) TryPackPublishWeights(root [32]byte, numChunks *big.Int, index *big.Int, chunk []byte, proof [][32]byte) ([]byte, error) {
	return oracleModel.abi.Pack("publishWeights", root, numChunks, index, chunk, proof)
}

// PackSetCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65f3aa5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCommittee(address[] operators, uint8 threshold) returns()
func (oracleModel *OracleModel) PackSetCommittee(operators []common.Address, threshold uint8) []byte {
	enc, err := oracleModel.abi.Pack("setCommittee", operators, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65f3aa5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCommittee(address[] operators, uint8 threshold) returns()
func (oracleModel *OracleModel) TryPackSetCommittee(operators []common.Address, threshold uint8) ([]byte, error) {
	return oracleModel.abi.Pack("setCommittee", operators, threshold)
}

// PackSetInitialVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e032108.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setInitialVersion((uint64,uint64,uint64,uint64,uint64,uint32,uint32,uint32,bytes32,bytes32,bytes32) version, (uint8,uint8,bytes32,bytes32[]) params) returns()
func (oracleModel *OracleModel) PackSetInitialVersion(version OracleModelVersion, params OracleModelParams) []byte {
	enc, err := oracleModel.abi.Pack("setInitialVersion", version, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetInitialVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e032108.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setInitialVersion((uint64,uint64,uint64,uint64,uint64,uint32,uint32,uint32,bytes32,bytes32,bytes32) version, (uint8,uint8,bytes32,bytes32[]) params) returns()
func (oracleModel *OracleModel) TryPackSetInitialVersion(version OracleModelVersion, params OracleModelParams) ([]byte, error) {
	return oracleModel.abi.Pack("setInitialVersion", version, params)
}

// PackStagePage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb90438f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stagePage(bytes data) returns(address pointer)
func (oracleModel *OracleModel) PackStagePage(data []byte) []byte {
	enc, err := oracleModel.abi.Pack("stagePage", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStagePage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb90438f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stagePage(bytes data) returns(address pointer)
func (oracleModel *OracleModel) TryPackStagePage(data []byte) ([]byte, error) {
	return oracleModel.abi.Pack("stagePage", data)
}

// UnpackStagePage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb90438f.
//
// Solidity: function stagePage(bytes data) returns(address pointer)
func (oracleModel *OracleModel) UnpackStagePage(data []byte) (common.Address, error) {
	out, err := oracleModel.abi.Unpack("stagePage", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTrainer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab861c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trainer() view returns(address)
func (oracleModel *OracleModel) PackTrainer() []byte {
	enc, err := oracleModel.abi.Pack("trainer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrainer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab861c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trainer() view returns(address)
func (oracleModel *OracleModel) TryPackTrainer() ([]byte, error) {
	return oracleModel.abi.Pack("trainer")
}

// UnpackTrainer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbab861c1.
//
// Solidity: function trainer() view returns(address)
func (oracleModel *OracleModel) UnpackTrainer(data []byte) (common.Address, error) {
	out, err := oracleModel.abi.Unpack("trainer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7a1d61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function update(int64[] data, uint64 label) view returns()
func (oracleModel *OracleModel) PackUpdate(data []int64, label uint64) []byte {
	enc, err := oracleModel.abi.Pack("update", data, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7a1d61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function update(int64[] data, uint64 label) view returns()
func (oracleModel *OracleModel) TryPackUpdate(data []int64, label uint64) ([]byte, error) {
	return oracleModel.abi.Pack("update", data, label)
}

// PackVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b38cd96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votes(bytes32 versionDigest) view returns(uint256)
func (oracleModel *OracleModel) PackVotes(versionDigest [32]byte) []byte {
	enc, err := oracleModel.abi.Pack("votes", versionDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b38cd96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votes(bytes32 versionDigest) view returns(uint256)
func (oracleModel *OracleModel) TryPackVotes(versionDigest [32]byte) ([]byte, error) {
	return oracleModel.abi.Pack("votes", versionDigest)
}

// UnpackVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b38cd96.
//
// Solidity: function votes(bytes32 versionDigest) view returns(uint256)
func (oracleModel *OracleModel) UnpackVotes(data []byte) (*big.Int, error) {
	out, err := oracleModel.abi.Unpack("votes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawCommitteeVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca0f2779.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawCommitteeVote() returns()
func (oracleModel *OracleModel) PackWithdrawCommitteeVote() []byte {
	enc, err := oracleModel.abi.Pack("withdrawCommitteeVote")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawCommitteeVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca0f2779.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawCommitteeVote() returns()
func (oracleModel *OracleModel) TryPackWithdrawCommitteeVote() ([]byte, error) {
	return oracleModel.abi.Pack("withdrawCommitteeVote")
}

// OracleModelCommitteeChangeScheduled represents a CommitteeChangeScheduled event raised by the OracleModel contract.
type OracleModelCommitteeChangeScheduled struct {
	Epoch        uint64
	Digest       [32]byte
	ExecutableAt uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const OracleModelCommitteeChangeScheduledEventName = "CommitteeChangeScheduled"

// ContractEventName returns the user-defined event name.
func (OracleModelCommitteeChangeScheduled) ContractEventName() string {
	return OracleModelCommitteeChangeScheduledEventName
}

// UnpackCommitteeChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeChangeScheduled(uint64 indexed epoch, bytes32 indexed digest, uint64 executableAt)
func (oracleModel *OracleModel) UnpackCommitteeChangeScheduledEvent(log *types.Log) (*OracleModelCommitteeChangeScheduled, error) {
	event := "CommitteeChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleModel.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleModelCommitteeChangeScheduled)
	if len(log.Data) > 0 {
		if err := oracleModel.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleModel.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OracleModelCommitteeSet represents a CommitteeSet event raised by the OracleModel contract.
type OracleModelCommitteeSet struct {
	Epoch     uint64
	Operators []common.Address
	Threshold uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const OracleModelCommitteeSetEventName = "CommitteeSet"

// ContractEventName returns the user-defined event name.
func (OracleModelCommitteeSet) ContractEventName() string {
	return OracleModelCommitteeSetEventName
}

// UnpackCommitteeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeSet(uint64 indexed epoch, address[] operators, uint8 threshold)
func (oracleModel *OracleModel) UnpackCommitteeSetEvent(log *types.Log) (*OracleModelCommitteeSet, error) {
	event := "CommitteeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleModel.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleModelCommitteeSet)
	if len(log.Data) > 0 {
		if err := oracleModel.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleModel.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OracleModelCommitteeVote represents a CommitteeVote event raised by the OracleModel contract.
type OracleModelCommitteeVote struct {
	Epoch    uint64
	Digest   [32]byte
	Operator common.Address
	Votes    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const OracleModelCommitteeVoteEventName = "CommitteeVote"

// ContractEventName returns the user-defined event name.
func (OracleModelCommitteeVote) ContractEventName() string {
	return OracleModelCommitteeVoteEventName
}

// UnpackCommitteeVoteEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeVote(uint64 indexed epoch, bytes32 indexed digest, address indexed operator, uint256 votes)
func (oracleModel *OracleModel) UnpackCommitteeVoteEvent(log *types.Log) (*OracleModelCommitteeVote, error) {
	event := "CommitteeVote"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleModel.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleModelCommitteeVote)
	if len(log.Data) > 0 {
		if err := oracleModel.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleModel.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OracleModelCommitteeVoteWithdrawn represents a CommitteeVoteWithdrawn event raised by the OracleModel contract.
type OracleModelCommitteeVoteWithdrawn struct {
	Epoch    uint64
	Digest   [32]byte
	Operator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const OracleModelCommitteeVoteWithdrawnEventName = "CommitteeVoteWithdrawn"

// ContractEventName returns the user-defined event name.
func (OracleModelCommitteeVoteWithdrawn) ContractEventName() string {
	return OracleModelCommitteeVoteWithdrawnEventName
}

// UnpackCommitteeVoteWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeVoteWithdrawn(uint64 indexed epoch, bytes32 indexed digest, address indexed operator)
func (oracleModel *OracleModel) UnpackCommitteeVoteWithdrawnEvent(log *types.Log) (*OracleModelCommitteeVoteWithdrawn, error) {
	event := "CommitteeVoteWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleModel.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleModelCommitteeVoteWithdrawn)
	if len(log.Data) > 0 {
		if err := oracleModel.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleModel.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OracleModelPageStaged represents a PageStaged event raised by the OracleModel contract.
type OracleModelPageStaged struct {
	Hash    [32]byte
	Pointer common.Address
	Length  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OracleModelPageStagedEventName = "PageStaged"

// ContractEventName returns the user-defined event name.
func (OracleModelPageStaged) ContractEventName() string {
	return OracleModelPageStagedEventName
}

// UnpackPageStagedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PageStaged(bytes32 indexed hash, address pointer, uint256 length)
func (oracleModel *OracleModel) UnpackPageStagedEvent(log *types.Log) (*OracleModelPageStaged, error) {
	event := "PageStaged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleModel.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleModelPageStaged)
	if len(log.Data) > 0 {
		if err := oracleModel.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleModel.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OracleModelProposed represents a Proposed event raised by the OracleModel contract.
type OracleModelProposed struct {
	Number   uint64
	Digest   [32]byte
	Operator common.Address
	Votes    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const OracleModelProposedEventName = "Proposed"

// ContractEventName returns the user-defined event name.
func (OracleModelProposed) ContractEventName() string {
	return OracleModelProposedEventName
}

// UnpackProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Proposed(uint64 indexed number, bytes32 indexed digest, address indexed operator, uint256 votes)
func (oracleModel *OracleModel) UnpackProposedEvent(log *types.Log) (*OracleModelProposed, error) {
	event := "Proposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleModel.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleModelProposed)
	if len(log.Data) > 0 {
		if err := oracleModel.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleModel.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OracleModelVersionActivated represents a VersionActivated event raised by the OracleModel contract.
type OracleModelVersionActivated struct {
	Number uint64
	Digest [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const OracleModelVersionActivatedEventName = "VersionActivated"

// ContractEventName returns the user-defined event name.
func (OracleModelVersionActivated) ContractEventName() string {
	return OracleModelVersionActivatedEventName
}

// UnpackVersionActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionActivated(uint64 indexed number, bytes32 indexed digest)
func (oracleModel *OracleModel) UnpackVersionActivatedEvent(log *types.Log) (*OracleModelVersionActivated, error) {
	event := "VersionActivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleModel.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleModelVersionActivated)
	if len(log.Data) > 0 {
		if err := oracleModel.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleModel.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OracleModelWeightsChunk represents a WeightsChunk event raised by the OracleModel contract.
type OracleModelWeightsChunk struct {
	Root      [32]byte
	Index     *big.Int
	NumChunks *big.Int
	Chunk     []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const OracleModelWeightsChunkEventName = "WeightsChunk"

// ContractEventName returns the user-defined event name.
func (OracleModelWeightsChunk) ContractEventName() string {
	return OracleModelWeightsChunkEventName
}

// UnpackWeightsChunkEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WeightsChunk(bytes32 indexed root, uint256 index, uint256 numChunks, bytes chunk)
func (oracleModel *OracleModel) UnpackWeightsChunkEvent(log *types.Log) (*OracleModelWeightsChunk, error) {
	event := "WeightsChunk"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleModel.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleModelWeightsChunk)
	if len(log.Data) > 0 {
		if err := oracleModel.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleModel.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (oracleModel *OracleModel) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["AlreadyProposed"].ID.Bytes()[:4]) {
		return oracleModel.UnpackAlreadyProposedError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["AlreadySealed"].ID.Bytes()[:4]) {
		return oracleModel.UnpackAlreadySealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["AlreadyVotedCommittee"].ID.Bytes()[:4]) {
		return oracleModel.UnpackAlreadyVotedCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["ChunkCountMismatch"].ID.Bytes()[:4]) {
		return oracleModel.UnpackChunkCountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["ChunkIndexOutOfRange"].ID.Bytes()[:4]) {
		return oracleModel.UnpackChunkIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["CommitteeChangeNotScheduled"].ID.Bytes()[:4]) {
		return oracleModel.UnpackCommitteeChangeNotScheduledError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["CommitteeChangeTooEarly"].ID.Bytes()[:4]) {
		return oracleModel.UnpackCommitteeChangeTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["ConflictingProposal"].ID.Bytes()[:4]) {
		return oracleModel.UnpackConflictingProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["CursorBehind"].ID.Bytes()[:4]) {
		return oracleModel.UnpackCursorBehindError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["DeploymentFailed"].ID.Bytes()[:4]) {
		return oracleModel.UnpackDeploymentFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["EmptyPage"].ID.Bytes()[:4]) {
		return oracleModel.UnpackEmptyPageError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["FeatureOutOfRange"].ID.Bytes()[:4]) {
		return oracleModel.UnpackFeatureOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["IndicesNotIncreasing"].ID.Bytes()[:4]) {
		return oracleModel.UnpackIndicesNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["InitialVersionSet"].ID.Bytes()[:4]) {
		return oracleModel.UnpackInitialVersionSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["InvalidChunkProof"].ID.Bytes()[:4]) {
		return oracleModel.UnpackInvalidChunkProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["InvalidCommittee"].ID.Bytes()[:4]) {
		return oracleModel.UnpackInvalidCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["InvalidHidden"].ID.Bytes()[:4]) {
		return oracleModel.UnpackInvalidHiddenError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["InvalidInitialVersion"].ID.Bytes()[:4]) {
		return oracleModel.UnpackInvalidInitialVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["InvalidKind"].ID.Bytes()[:4]) {
		return oracleModel.UnpackInvalidKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["InvalidOperator"].ID.Bytes()[:4]) {
		return oracleModel.UnpackInvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return oracleModel.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["MalformedValue"].ID.Bytes()[:4]) {
		return oracleModel.UnpackMalformedValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["NoActiveVersion"].ID.Bytes()[:4]) {
		return oracleModel.UnpackNoActiveVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["NoClasses"].ID.Bytes()[:4]) {
		return oracleModel.UnpackNoClassesError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["NoCommitteeVote"].ID.Bytes()[:4]) {
		return oracleModel.UnpackNoCommitteeVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["NoQuorum"].ID.Bytes()[:4]) {
		return oracleModel.UnpackNoQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["NoWeightChunks"].ID.Bytes()[:4]) {
		return oracleModel.UnpackNoWeightChunksError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return oracleModel.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return oracleModel.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["NotTrainer"].ID.Bytes()[:4]) {
		return oracleModel.UnpackNotTrainerError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["PageNotStaged"].ID.Bytes()[:4]) {
		return oracleModel.UnpackPageNotStagedError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["PageTooLarge"].ID.Bytes()[:4]) {
		return oracleModel.UnpackPageTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["ParamsMismatch"].ID.Bytes()[:4]) {
		return oracleModel.UnpackParamsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["StaleParent"].ID.Bytes()[:4]) {
		return oracleModel.UnpackStaleParentError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["StaleVersion"].ID.Bytes()[:4]) {
		return oracleModel.UnpackStaleVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["TooFewClasses"].ID.Bytes()[:4]) {
		return oracleModel.UnpackTooFewClassesError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["TooManyClasses"].ID.Bytes()[:4]) {
		return oracleModel.UnpackTooManyClassesError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["TooManyFeatureIndices"].ID.Bytes()[:4]) {
		return oracleModel.UnpackTooManyFeatureIndicesError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["TooManyFeatures"].ID.Bytes()[:4]) {
		return oracleModel.UnpackTooManyFeaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["TooManyPages"].ID.Bytes()[:4]) {
		return oracleModel.UnpackTooManyPagesError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["UnknownLabel"].ID.Bytes()[:4]) {
		return oracleModel.UnpackUnknownLabelError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["VersionGap"].ID.Bytes()[:4]) {
		return oracleModel.UnpackVersionGapError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["WeightsNotPublished"].ID.Bytes()[:4]) {
		return oracleModel.UnpackWeightsNotPublishedError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["WordOutOfRange"].ID.Bytes()[:4]) {
		return oracleModel.UnpackWordOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["WrongDimension"].ID.Bytes()[:4]) {
		return oracleModel.UnpackWrongDimensionError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["WrongPageCount"].ID.Bytes()[:4]) {
		return oracleModel.UnpackWrongPageCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["WrongPageLength"].ID.Bytes()[:4]) {
		return oracleModel.UnpackWrongPageLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["ZeroFeatures"].ID.Bytes()[:4]) {
		return oracleModel.UnpackZeroFeaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleModel.abi.Errors["ZeroTrainer"].ID.Bytes()[:4]) {
		return oracleModel.UnpackZeroTrainerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OracleModelAlreadyProposed represents a AlreadyProposed error raised by the OracleModel contract.
type OracleModelAlreadyProposed struct {
	Operator common.Address
	Number   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyProposed(address operator, uint64 number)
func OracleModelAlreadyProposedErrorID() common.Hash {
	return common.HexToHash("0x859880e9f0bbdf9faa713c505621b6a1d40e4590a2349876816bb1f0ee8b07aa")
}

// UnpackAlreadyProposedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyProposed(address operator, uint64 number)
func (oracleModel *OracleModel) UnpackAlreadyProposedError(raw []byte) (*OracleModelAlreadyProposed, error) {
	out := new(OracleModelAlreadyProposed)
	if err := oracleModel.abi.UnpackIntoInterface(out, "AlreadyProposed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelAlreadySealed represents a AlreadySealed error raised by the OracleModel contract.
type OracleModelAlreadySealed struct {
	Trainer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySealed(address trainer)
func OracleModelAlreadySealedErrorID() common.Hash {
	return common.HexToHash("0xde2ef7dd7577b1966056ad3cb2d0f9c5ac9f731dee7e37c4c8ebef50b5d704e2")
}

// UnpackAlreadySealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySealed(address trainer)
func (oracleModel *OracleModel) UnpackAlreadySealedError(raw []byte) (*OracleModelAlreadySealed, error) {
	out := new(OracleModelAlreadySealed)
	if err := oracleModel.abi.UnpackIntoInterface(out, "AlreadySealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelAlreadyVotedCommittee represents a AlreadyVotedCommittee error raised by the OracleModel contract.
type OracleModelAlreadyVotedCommittee struct {
	Operator common.Address
	Digest   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVotedCommittee(address operator, bytes32 digest)
func OracleModelAlreadyVotedCommitteeErrorID() common.Hash {
	return common.HexToHash("0x32ddcbdb0febf3c0fa2d4813a0a26313c17ed803ce3e14a7fa2e78f132204f2b")
}

// UnpackAlreadyVotedCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVotedCommittee(address operator, bytes32 digest)
func (oracleModel *OracleModel) UnpackAlreadyVotedCommitteeError(raw []byte) (*OracleModelAlreadyVotedCommittee, error) {
	out := new(OracleModelAlreadyVotedCommittee)
	if err := oracleModel.abi.UnpackIntoInterface(out, "AlreadyVotedCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelChunkCountMismatch represents a ChunkCountMismatch error raised by the OracleModel contract.
type OracleModelChunkCountMismatch struct {
	Root      [32]byte
	NumChunks *big.Int
	Recorded  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkCountMismatch(bytes32 root, uint256 numChunks, uint256 recorded)
func OracleModelChunkCountMismatchErrorID() common.Hash {
	return common.HexToHash("0x622e95c3dc07856f9d26e89e4427b230f2ce322e73f1770ef9a11613d7aa2e91")
}

// UnpackChunkCountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkCountMismatch(bytes32 root, uint256 numChunks, uint256 recorded)
func (oracleModel *OracleModel) UnpackChunkCountMismatchError(raw []byte) (*OracleModelChunkCountMismatch, error) {
	out := new(OracleModelChunkCountMismatch)
	if err := oracleModel.abi.UnpackIntoInterface(out, "ChunkCountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelChunkIndexOutOfRange represents a ChunkIndexOutOfRange error raised by the OracleModel contract.
type OracleModelChunkIndexOutOfRange struct {
	Index     *big.Int
	NumChunks *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkIndexOutOfRange(uint256 index, uint256 numChunks)
func OracleModelChunkIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x83f68bca4a1e9652ae5b7fa2c2a57454c832ca191089c0583031f97316669fe6")
}

// UnpackChunkIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkIndexOutOfRange(uint256 index, uint256 numChunks)
func (oracleModel *OracleModel) UnpackChunkIndexOutOfRangeError(raw []byte) (*OracleModelChunkIndexOutOfRange, error) {
	out := new(OracleModelChunkIndexOutOfRange)
	if err := oracleModel.abi.UnpackIntoInterface(out, "ChunkIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelCommitteeChangeNotScheduled represents a CommitteeChangeNotScheduled error raised by the OracleModel contract.
type OracleModelCommitteeChangeNotScheduled struct {
	Digest  [32]byte
	Pending [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeChangeNotScheduled(bytes32 digest, bytes32 pending)
func OracleModelCommitteeChangeNotScheduledErrorID() common.Hash {
	return common.HexToHash("0xef4ba0201785725dcb7df4a3f97585f5825fc8c89704b80220472ae62296c3a4")
}

// UnpackCommitteeChangeNotScheduledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeChangeNotScheduled(bytes32 digest, bytes32 pending)
func (oracleModel *OracleModel) UnpackCommitteeChangeNotScheduledError(raw []byte) (*OracleModelCommitteeChangeNotScheduled, error) {
	out := new(OracleModelCommitteeChangeNotScheduled)
	if err := oracleModel.abi.UnpackIntoInterface(out, "CommitteeChangeNotScheduled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelCommitteeChangeTooEarly represents a CommitteeChangeTooEarly error raised by the OracleModel contract.
type OracleModelCommitteeChangeTooEarly struct {
	Digest       [32]byte
	ExecutableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeChangeTooEarly(bytes32 digest, uint256 executableAt)
func OracleModelCommitteeChangeTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xb7b8eede4b532712b5525cbc5ce8b88aabb069869cccc6c3ebd7700c062cbae7")
}

// UnpackCommitteeChangeTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeChangeTooEarly(bytes32 digest, uint256 executableAt)
func (oracleModel *OracleModel) UnpackCommitteeChangeTooEarlyError(raw []byte) (*OracleModelCommitteeChangeTooEarly, error) {
	out := new(OracleModelCommitteeChangeTooEarly)
	if err := oracleModel.abi.UnpackIntoInterface(out, "CommitteeChangeTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelConflictingProposal represents a ConflictingProposal error raised by the OracleModel contract.
type OracleModelConflictingProposal struct {
	Operator common.Address
	Number   uint64
	Proposed [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConflictingProposal(address operator, uint64 number, bytes32 proposed)
func OracleModelConflictingProposalErrorID() common.Hash {
	return common.HexToHash("0x4f3362411034fe6d826d5b8f9f7d91a344c2354ca7e36a35e11184ed582df3e9")
}

// UnpackConflictingProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConflictingProposal(address operator, uint64 number, bytes32 proposed)
func (oracleModel *OracleModel) UnpackConflictingProposalError(raw []byte) (*OracleModelConflictingProposal, error) {
	out := new(OracleModelConflictingProposal)
	if err := oracleModel.abi.UnpackIntoInterface(out, "ConflictingProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelCursorBehind represents a CursorBehind error raised by the OracleModel contract.
type OracleModelCursorBehind struct {
	CursorBlock    uint64
	CursorLogIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CursorBehind(uint64 cursorBlock, uint64 cursorLogIndex)
func OracleModelCursorBehindErrorID() common.Hash {
	return common.HexToHash("0x772780d1b27ccb51005a0ea5f7abd90437c3460a24d9125970b259a4694538f7")
}

// UnpackCursorBehindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CursorBehind(uint64 cursorBlock, uint64 cursorLogIndex)
func (oracleModel *OracleModel) UnpackCursorBehindError(raw []byte) (*OracleModelCursorBehind, error) {
	out := new(OracleModelCursorBehind)
	if err := oracleModel.abi.UnpackIntoInterface(out, "CursorBehind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelDeploymentFailed represents a DeploymentFailed error raised by the OracleModel contract.
type OracleModelDeploymentFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeploymentFailed()
func OracleModelDeploymentFailedErrorID() common.Hash {
	return common.HexToHash("0x3011642595b52db2c854a6ba7204cc406419c7d6c628eeb9fe80adcc365544e4")
}

// UnpackDeploymentFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeploymentFailed()
func (oracleModel *OracleModel) UnpackDeploymentFailedError(raw []byte) (*OracleModelDeploymentFailed, error) {
	out := new(OracleModelDeploymentFailed)
	if err := oracleModel.abi.UnpackIntoInterface(out, "DeploymentFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelEmptyPage represents a EmptyPage error raised by the OracleModel contract.
type OracleModelEmptyPage struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyPage()
func OracleModelEmptyPageErrorID() common.Hash {
	return common.HexToHash("0x76834c1d38847e90e6b0cbd03ead2fdaa1972ff9eca9c4e5d3a50c7186b5bcf4")
}

// UnpackEmptyPageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyPage()
func (oracleModel *OracleModel) UnpackEmptyPageError(raw []byte) (*OracleModelEmptyPage, error) {
	out := new(OracleModelEmptyPage)
	if err := oracleModel.abi.UnpackIntoInterface(out, "EmptyPage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelFeatureOutOfRange represents a FeatureOutOfRange error raised by the OracleModel contract.
type OracleModelFeatureOutOfRange struct {
	Index       int64
	NumFeatures *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeatureOutOfRange(int64 index, uint256 numFeatures)
func OracleModelFeatureOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8237c5cef9a8c9e7bdcf61f0730a699f9a9463bc4378a127458bf935e2e333e9")
}

// UnpackFeatureOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeatureOutOfRange(int64 index, uint256 numFeatures)
func (oracleModel *OracleModel) UnpackFeatureOutOfRangeError(raw []byte) (*OracleModelFeatureOutOfRange, error) {
	out := new(OracleModelFeatureOutOfRange)
	if err := oracleModel.abi.UnpackIntoInterface(out, "FeatureOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelIndicesNotIncreasing represents a IndicesNotIncreasing error raised by the OracleModel contract.
type OracleModelIndicesNotIncreasing struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndicesNotIncreasing(uint256 position)
func OracleModelIndicesNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x05d784653e2ac3b63d88c36087bf2860b01d4acccd061120bcda1c9f826af458")
}

// UnpackIndicesNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndicesNotIncreasing(uint256 position)
func (oracleModel *OracleModel) UnpackIndicesNotIncreasingError(raw []byte) (*OracleModelIndicesNotIncreasing, error) {
	out := new(OracleModelIndicesNotIncreasing)
	if err := oracleModel.abi.UnpackIntoInterface(out, "IndicesNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelInitialVersionSet represents a InitialVersionSet error raised by the OracleModel contract.
type OracleModelInitialVersionSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InitialVersionSet()
func OracleModelInitialVersionSetErrorID() common.Hash {
	return common.HexToHash("0xd48e31eb3e4b80a544e89e237cebd76adfa19372d81f888e169b95a4b22cbc81")
}

// UnpackInitialVersionSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InitialVersionSet()
func (oracleModel *OracleModel) UnpackInitialVersionSetError(raw []byte) (*OracleModelInitialVersionSet, error) {
	out := new(OracleModelInitialVersionSet)
	if err := oracleModel.abi.UnpackIntoInterface(out, "InitialVersionSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelInvalidChunkProof represents a InvalidChunkProof error raised by the OracleModel contract.
type OracleModelInvalidChunkProof struct {
	Root  [32]byte
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChunkProof(bytes32 root, uint256 index)
func OracleModelInvalidChunkProofErrorID() common.Hash {
	return common.HexToHash("0x224806240f25752b48f951504e1058f89ab0c1e23f4042af44f2d378c482915d")
}

// UnpackInvalidChunkProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChunkProof(bytes32 root, uint256 index)
func (oracleModel *OracleModel) UnpackInvalidChunkProofError(raw []byte) (*OracleModelInvalidChunkProof, error) {
	out := new(OracleModelInvalidChunkProof)
	if err := oracleModel.abi.UnpackIntoInterface(out, "InvalidChunkProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelInvalidCommittee represents a InvalidCommittee error raised by the OracleModel contract.
type OracleModelInvalidCommittee struct {
	Size      *big.Int
	Threshold uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCommittee(uint256 size, uint8 threshold)
func OracleModelInvalidCommitteeErrorID() common.Hash {
	return common.HexToHash("0xe08f5e6038732e74bf107a43285de93dc4214361dd2e4bd6621cf3bf8441076e")
}

// UnpackInvalidCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCommittee(uint256 size, uint8 threshold)
func (oracleModel *OracleModel) UnpackInvalidCommitteeError(raw []byte) (*OracleModelInvalidCommittee, error) {
	out := new(OracleModelInvalidCommittee)
	if err := oracleModel.abi.UnpackIntoInterface(out, "InvalidCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelInvalidHidden represents a InvalidHidden error raised by the OracleModel contract.
type OracleModelInvalidHidden struct {
	Kind   uint8
	Hidden uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidHidden(uint8 kind, uint8 hidden)
func OracleModelInvalidHiddenErrorID() common.Hash {
	return common.HexToHash("0x6009bf069f95649ad09fba9001cb71d220bf07a4e919669cdaf4f349d7205517")
}

// UnpackInvalidHiddenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidHidden(uint8 kind, uint8 hidden)
func (oracleModel *OracleModel) UnpackInvalidHiddenError(raw []byte) (*OracleModelInvalidHidden, error) {
	out := new(OracleModelInvalidHidden)
	if err := oracleModel.abi.UnpackIntoInterface(out, "InvalidHidden", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelInvalidInitialVersion represents a InvalidInitialVersion error raised by the OracleModel contract.
type OracleModelInvalidInitialVersion struct {
	Number uint64
	Parent uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialVersion(uint64 number, uint64 parent)
func OracleModelInvalidInitialVersionErrorID() common.Hash {
	return common.HexToHash("0xd920de6c990b7913bd2b6320778a152c26901e14b64eb1a2cd2b78dc36e3cf98")
}

// UnpackInvalidInitialVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialVersion(uint64 number, uint64 parent)
func (oracleModel *OracleModel) UnpackInvalidInitialVersionError(raw []byte) (*OracleModelInvalidInitialVersion, error) {
	out := new(OracleModelInvalidInitialVersion)
	if err := oracleModel.abi.UnpackIntoInterface(out, "InvalidInitialVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelInvalidKind represents a InvalidKind error raised by the OracleModel contract.
type OracleModelInvalidKind struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKind(uint8 kind)
func OracleModelInvalidKindErrorID() common.Hash {
	return common.HexToHash("0x04818320379d24ecb3568e5322b502c61e7a61c3f98708123d1dbd91b8d72785")
}

// UnpackInvalidKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKind(uint8 kind)
func (oracleModel *OracleModel) UnpackInvalidKindError(raw []byte) (*OracleModelInvalidKind, error) {
	out := new(OracleModelInvalidKind)
	if err := oracleModel.abi.UnpackIntoInterface(out, "InvalidKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelInvalidOperator represents a InvalidOperator error raised by the OracleModel contract.
type OracleModelInvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOperator(address operator)
func OracleModelInvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x3eaa03e38745f9ef282a3d3ae730e428a187a9075ccc2a3b7a1a318fe83d25be")
}

// UnpackInvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOperator(address operator)
func (oracleModel *OracleModel) UnpackInvalidOperatorError(raw []byte) (*OracleModelInvalidOperator, error) {
	out := new(OracleModelInvalidOperator)
	if err := oracleModel.abi.UnpackIntoInterface(out, "InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelLengthMismatch represents a LengthMismatch error raised by the OracleModel contract.
type OracleModelLengthMismatch struct {
	Got      *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 got, uint256 expected)
func OracleModelLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 got, uint256 expected)
func (oracleModel *OracleModel) UnpackLengthMismatchError(raw []byte) (*OracleModelLengthMismatch, error) {
	out := new(OracleModelLengthMismatch)
	if err := oracleModel.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelMalformedValue represents a MalformedValue error raised by the OracleModel contract.
type OracleModelMalformedValue struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedValue(uint256 position)
func OracleModelMalformedValueErrorID() common.Hash {
	return common.HexToHash("0xd78808c7a4372344380b7d2c33a4f1f77b157001225f3e8162aebccb14f1a24a")
}

// UnpackMalformedValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedValue(uint256 position)
func (oracleModel *OracleModel) UnpackMalformedValueError(raw []byte) (*OracleModelMalformedValue, error) {
	out := new(OracleModelMalformedValue)
	if err := oracleModel.abi.UnpackIntoInterface(out, "MalformedValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelNoActiveVersion represents a NoActiveVersion error raised by the OracleModel contract.
type OracleModelNoActiveVersion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoActiveVersion()
func OracleModelNoActiveVersionErrorID() common.Hash {
	return common.HexToHash("0xce711161cc8a8fe904bf083aea3eb5d124c47632a91950849678f4d6e503eede")
}

// UnpackNoActiveVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoActiveVersion()
func (oracleModel *OracleModel) UnpackNoActiveVersionError(raw []byte) (*OracleModelNoActiveVersion, error) {
	out := new(OracleModelNoActiveVersion)
	if err := oracleModel.abi.UnpackIntoInterface(out, "NoActiveVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelNoClasses represents a NoClasses error raised by the OracleModel contract.
type OracleModelNoClasses struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoClasses()
func OracleModelNoClassesErrorID() common.Hash {
	return common.HexToHash("0xc0c41b9e3aa72bdeda45ef30ff19557dfd6f53d4c5aa60f852daed8038b79074")
}

// UnpackNoClassesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoClasses()
func (oracleModel *OracleModel) UnpackNoClassesError(raw []byte) (*OracleModelNoClasses, error) {
	out := new(OracleModelNoClasses)
	if err := oracleModel.abi.UnpackIntoInterface(out, "NoClasses", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelNoCommitteeVote represents a NoCommitteeVote error raised by the OracleModel contract.
type OracleModelNoCommitteeVote struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitteeVote(address operator)
func OracleModelNoCommitteeVoteErrorID() common.Hash {
	return common.HexToHash("0xabc239d3ba163bfe2cf77a60179c3a2d547bcf165160468f9b1efb481a9669ce")
}

// UnpackNoCommitteeVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitteeVote(address operator)
func (oracleModel *OracleModel) UnpackNoCommitteeVoteError(raw []byte) (*OracleModelNoCommitteeVote, error) {
	out := new(OracleModelNoCommitteeVote)
	if err := oracleModel.abi.UnpackIntoInterface(out, "NoCommitteeVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelNoQuorum represents a NoQuorum error raised by the OracleModel contract.
type OracleModelNoQuorum struct {
	Digest    [32]byte
	Votes     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoQuorum(bytes32 digest, uint256 votes, uint256 threshold)
func OracleModelNoQuorumErrorID() common.Hash {
	return common.HexToHash("0x7ab1dbbbdff74dd230b98beca8dae2ffc799317c13e83173c500b0ddc3a60849")
}

// UnpackNoQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoQuorum(bytes32 digest, uint256 votes, uint256 threshold)
func (oracleModel *OracleModel) UnpackNoQuorumError(raw []byte) (*OracleModelNoQuorum, error) {
	out := new(OracleModelNoQuorum)
	if err := oracleModel.abi.UnpackIntoInterface(out, "NoQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelNoWeightChunks represents a NoWeightChunks error raised by the OracleModel contract.
type OracleModelNoWeightChunks struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoWeightChunks()
func OracleModelNoWeightChunksErrorID() common.Hash {
	return common.HexToHash("0x3d1deec63f5e7d9702cf3815da792db9d981edf04a54ba13697cb529d2809158")
}

// UnpackNoWeightChunksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoWeightChunks()
func (oracleModel *OracleModel) UnpackNoWeightChunksError(raw []byte) (*OracleModelNoWeightChunks, error) {
	out := new(OracleModelNoWeightChunks)
	if err := oracleModel.abi.UnpackIntoInterface(out, "NoWeightChunks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelNotOperator represents a NotOperator error raised by the OracleModel contract.
type OracleModelNotOperator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOperator(address caller)
func OracleModelNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x76c6c93a6423c7e2cef5f93921b1d4d1a5ffb795cd7cfed2df95566b7c7f7c40")
}

// UnpackNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOperator(address caller)
func (oracleModel *OracleModel) UnpackNotOperatorError(raw []byte) (*OracleModelNotOperator, error) {
	out := new(OracleModelNotOperator)
	if err := oracleModel.abi.UnpackIntoInterface(out, "NotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelNotOwner represents a NotOwner error raised by the OracleModel contract.
type OracleModelNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func OracleModelNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (oracleModel *OracleModel) UnpackNotOwnerError(raw []byte) (*OracleModelNotOwner, error) {
	out := new(OracleModelNotOwner)
	if err := oracleModel.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelNotTrainer represents a NotTrainer error raised by the OracleModel contract.
type OracleModelNotTrainer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTrainer(address caller)
func OracleModelNotTrainerErrorID() common.Hash {
	return common.HexToHash("0x7d4e4da28e37b50ced1b88e6ab7822d96a49b2b789591dc9e92baa65e3e0977d")
}

// UnpackNotTrainerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTrainer(address caller)
func (oracleModel *OracleModel) UnpackNotTrainerError(raw []byte) (*OracleModelNotTrainer, error) {
	out := new(OracleModelNotTrainer)
	if err := oracleModel.abi.UnpackIntoInterface(out, "NotTrainer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelPageNotStaged represents a PageNotStaged error raised by the OracleModel contract.
type OracleModelPageNotStaged struct {
	Hash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PageNotStaged(bytes32 hash)
func OracleModelPageNotStagedErrorID() common.Hash {
	return common.HexToHash("0x501148816a42f03e6a36904d69a4e915c92863b007031d58415d711f62ea5a9e")
}

// UnpackPageNotStagedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PageNotStaged(bytes32 hash)
func (oracleModel *OracleModel) UnpackPageNotStagedError(raw []byte) (*OracleModelPageNotStaged, error) {
	out := new(OracleModelPageNotStaged)
	if err := oracleModel.abi.UnpackIntoInterface(out, "PageNotStaged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelPageTooLarge represents a PageTooLarge error raised by the OracleModel contract.
type OracleModelPageTooLarge struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PageTooLarge(uint256 length, uint256 max)
func OracleModelPageTooLargeErrorID() common.Hash {
	return common.HexToHash("0x90483894416080b17ca53cd85767d3ec3ca593f691d6264038dbb35f7769aa2e")
}

// UnpackPageTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PageTooLarge(uint256 length, uint256 max)
func (oracleModel *OracleModel) UnpackPageTooLargeError(raw []byte) (*OracleModelPageTooLarge, error) {
	out := new(OracleModelPageTooLarge)
	if err := oracleModel.abi.UnpackIntoInterface(out, "PageTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelParamsMismatch represents a ParamsMismatch error raised by the OracleModel contract.
type OracleModelParamsMismatch struct {
	ParamsHash [32]byte
	Expected   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParamsMismatch(bytes32 paramsHash, bytes32 expected)
func OracleModelParamsMismatchErrorID() common.Hash {
	return common.HexToHash("0xe600ea90e9ed88315927bbef4290067e4d147435c9c95acf403b5977521452d4")
}

// UnpackParamsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParamsMismatch(bytes32 paramsHash, bytes32 expected)
func (oracleModel *OracleModel) UnpackParamsMismatchError(raw []byte) (*OracleModelParamsMismatch, error) {
	out := new(OracleModelParamsMismatch)
	if err := oracleModel.abi.UnpackIntoInterface(out, "ParamsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelStaleParent represents a StaleParent error raised by the OracleModel contract.
type OracleModelStaleParent struct {
	Parent uint64
	Active uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleParent(uint64 parent, uint64 active)
func OracleModelStaleParentErrorID() common.Hash {
	return common.HexToHash("0xfece6a1a0b99598c289aa0de189d62c6abd60649de317a8cbb94019fcd3fe83a")
}

// UnpackStaleParentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleParent(uint64 parent, uint64 active)
func (oracleModel *OracleModel) UnpackStaleParentError(raw []byte) (*OracleModelStaleParent, error) {
	out := new(OracleModelStaleParent)
	if err := oracleModel.abi.UnpackIntoInterface(out, "StaleParent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelStaleVersion represents a StaleVersion error raised by the OracleModel contract.
type OracleModelStaleVersion struct {
	Number uint64
	Active uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleVersion(uint64 number, uint64 active)
func OracleModelStaleVersionErrorID() common.Hash {
	return common.HexToHash("0x90e68956dc758cb95d3f307302f4e4e280808ad0559ddca836c773532485d986")
}

// UnpackStaleVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleVersion(uint64 number, uint64 active)
func (oracleModel *OracleModel) UnpackStaleVersionError(raw []byte) (*OracleModelStaleVersion, error) {
	out := new(OracleModelStaleVersion)
	if err := oracleModel.abi.UnpackIntoInterface(out, "StaleVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelTooFewClasses represents a TooFewClasses error raised by the OracleModel contract.
type OracleModelTooFewClasses struct {
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooFewClasses(uint256 count)
func OracleModelTooFewClassesErrorID() common.Hash {
	return common.HexToHash("0xe6a0bf7011f91529f3abdb529ee228bc3b72daa7133a2f4653183aa7a917e212")
}

// UnpackTooFewClassesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooFewClasses(uint256 count)
func (oracleModel *OracleModel) UnpackTooFewClassesError(raw []byte) (*OracleModelTooFewClasses, error) {
	out := new(OracleModelTooFewClasses)
	if err := oracleModel.abi.UnpackIntoInterface(out, "TooFewClasses", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelTooManyClasses represents a TooManyClasses error raised by the OracleModel contract.
type OracleModelTooManyClasses struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyClasses(uint256 count, uint256 max)
func OracleModelTooManyClassesErrorID() common.Hash {
	return common.HexToHash("0x1f89af43d5c5dc8dadad93934e2fdd1452604f09873018037fc98a64ade8b3f5")
}

// UnpackTooManyClassesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyClasses(uint256 count, uint256 max)
func (oracleModel *OracleModel) UnpackTooManyClassesError(raw []byte) (*OracleModelTooManyClasses, error) {
	out := new(OracleModelTooManyClasses)
	if err := oracleModel.abi.UnpackIntoInterface(out, "TooManyClasses", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelTooManyFeatureIndices represents a TooManyFeatureIndices error raised by the OracleModel contract.
type OracleModelTooManyFeatureIndices struct {
	NumFeatures *big.Int
	Max         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyFeatureIndices(uint256 numFeatures, uint256 max)
func OracleModelTooManyFeatureIndicesErrorID() common.Hash {
	return common.HexToHash("0x742895d450c98b69bc404b836ab55937f5767260fefaf18dbfaa5bf836b86dbf")
}

// UnpackTooManyFeatureIndicesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyFeatureIndices(uint256 numFeatures, uint256 max)
func (oracleModel *OracleModel) UnpackTooManyFeatureIndicesError(raw []byte) (*OracleModelTooManyFeatureIndices, error) {
	out := new(OracleModelTooManyFeatureIndices)
	if err := oracleModel.abi.UnpackIntoInterface(out, "TooManyFeatureIndices", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelTooManyFeatures represents a TooManyFeatures error raised by the OracleModel contract.
type OracleModelTooManyFeatures struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyFeatures(uint256 length, uint256 max)
func OracleModelTooManyFeaturesErrorID() common.Hash {
	return common.HexToHash("0xbb85e9db24a4daf8773946fff729a164cf2d9630302681fe3fc6bb4d35397dae")
}

// UnpackTooManyFeaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyFeatures(uint256 length, uint256 max)
func (oracleModel *OracleModel) UnpackTooManyFeaturesError(raw []byte) (*OracleModelTooManyFeatures, error) {
	out := new(OracleModelTooManyFeatures)
	if err := oracleModel.abi.UnpackIntoInterface(out, "TooManyFeatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelTooManyPages represents a TooManyPages error raised by the OracleModel contract.
type OracleModelTooManyPages struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyPages(uint256 count, uint256 max)
func OracleModelTooManyPagesErrorID() common.Hash {
	return common.HexToHash("0xda83b5a0cb18a3cc9fb8ef76f91b650bdfc75abb6f17834128a41a5f12de59f6")
}

// UnpackTooManyPagesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyPages(uint256 count, uint256 max)
func (oracleModel *OracleModel) UnpackTooManyPagesError(raw []byte) (*OracleModelTooManyPages, error) {
	out := new(OracleModelTooManyPages)
	if err := oracleModel.abi.UnpackIntoInterface(out, "TooManyPages", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelUnknownLabel represents a UnknownLabel error raised by the OracleModel contract.
type OracleModelUnknownLabel struct {
	Label      uint64
	NumClasses *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLabel(uint64 label, uint256 numClasses)
func OracleModelUnknownLabelErrorID() common.Hash {
	return common.HexToHash("0x77cd7fcefb320f61c7420ee75bb54056fae6f82884a6fd8ed4558011eca395c4")
}

// UnpackUnknownLabelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLabel(uint64 label, uint256 numClasses)
func (oracleModel *OracleModel) UnpackUnknownLabelError(raw []byte) (*OracleModelUnknownLabel, error) {
	out := new(OracleModelUnknownLabel)
	if err := oracleModel.abi.UnpackIntoInterface(out, "UnknownLabel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelVersionGap represents a VersionGap error raised by the OracleModel contract.
type OracleModelVersionGap struct {
	Number   uint64
	Expected uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VersionGap(uint64 number, uint64 expected)
func OracleModelVersionGapErrorID() common.Hash {
	return common.HexToHash("0x507421932deb4d90b3496a7d5ca6791c36f29a1c9da5c4d39e562207f7e2c6d6")
}

// UnpackVersionGapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VersionGap(uint64 number, uint64 expected)
func (oracleModel *OracleModel) UnpackVersionGapError(raw []byte) (*OracleModelVersionGap, error) {
	out := new(OracleModelVersionGap)
	if err := oracleModel.abi.UnpackIntoInterface(out, "VersionGap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelWeightsNotPublished represents a WeightsNotPublished error raised by the OracleModel contract.
type OracleModelWeightsNotPublished struct {
	Root      [32]byte
	Published *big.Int
	NumChunks *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WeightsNotPublished(bytes32 root, uint256 published, uint256 numChunks)
func OracleModelWeightsNotPublishedErrorID() common.Hash {
	return common.HexToHash("0x3571e006f3312611c2cea8d5213d073564a63b53133fe8255e9e408e50ebaa28")
}

// UnpackWeightsNotPublishedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WeightsNotPublished(bytes32 root, uint256 published, uint256 numChunks)
func (oracleModel *OracleModel) UnpackWeightsNotPublishedError(raw []byte) (*OracleModelWeightsNotPublished, error) {
	out := new(OracleModelWeightsNotPublished)
	if err := oracleModel.abi.UnpackIntoInterface(out, "WeightsNotPublished", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelWordOutOfRange represents a WordOutOfRange error raised by the OracleModel contract.
type OracleModelWordOutOfRange struct {
	Word     *big.Int
	NumWords *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WordOutOfRange(uint256 word, uint256 numWords)
func OracleModelWordOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x06b0b72aae4e190be0b63d75bad0a93dfad5d1f86b8626e713fdc9dffed90577")
}

// UnpackWordOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WordOutOfRange(uint256 word, uint256 numWords)
func (oracleModel *OracleModel) UnpackWordOutOfRangeError(raw []byte) (*OracleModelWordOutOfRange, error) {
	out := new(OracleModelWordOutOfRange)
	if err := oracleModel.abi.UnpackIntoInterface(out, "WordOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelWrongDimension represents a WrongDimension error raised by the OracleModel contract.
type OracleModelWrongDimension struct {
	Length   *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDimension(uint256 length, uint256 expected)
func OracleModelWrongDimensionErrorID() common.Hash {
	return common.HexToHash("0x462d05b76b989b8fac984b07002f6c154aace7c143de2d677519012083aab691")
}

// UnpackWrongDimensionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDimension(uint256 length, uint256 expected)
func (oracleModel *OracleModel) UnpackWrongDimensionError(raw []byte) (*OracleModelWrongDimension, error) {
	out := new(OracleModelWrongDimension)
	if err := oracleModel.abi.UnpackIntoInterface(out, "WrongDimension", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelWrongPageCount represents a WrongPageCount error raised by the OracleModel contract.
type OracleModelWrongPageCount struct {
	Count    *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPageCount(uint256 count, uint256 expected)
func OracleModelWrongPageCountErrorID() common.Hash {
	return common.HexToHash("0x23487fbf5a820d996213da6a17629365fae50579cfa0af6a3ba560fffbac3f81")
}

// UnpackWrongPageCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPageCount(uint256 count, uint256 expected)
func (oracleModel *OracleModel) UnpackWrongPageCountError(raw []byte) (*OracleModelWrongPageCount, error) {
	out := new(OracleModelWrongPageCount)
	if err := oracleModel.abi.UnpackIntoInterface(out, "WrongPageCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelWrongPageLength represents a WrongPageLength error raised by the OracleModel contract.
type OracleModelWrongPageLength struct {
	Hash     [32]byte
	Length   *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPageLength(bytes32 hash, uint256 length, uint256 expected)
func OracleModelWrongPageLengthErrorID() common.Hash {
	return common.HexToHash("0x7eec5aa46c0a426eeb660c19f241a9bdf771419f33f6e63d491ee8be200d1bb0")
}

// UnpackWrongPageLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPageLength(bytes32 hash, uint256 length, uint256 expected)
func (oracleModel *OracleModel) UnpackWrongPageLengthError(raw []byte) (*OracleModelWrongPageLength, error) {
	out := new(OracleModelWrongPageLength)
	if err := oracleModel.abi.UnpackIntoInterface(out, "WrongPageLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelZeroFeatures represents a ZeroFeatures error raised by the OracleModel contract.
type OracleModelZeroFeatures struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroFeatures()
func OracleModelZeroFeaturesErrorID() common.Hash {
	return common.HexToHash("0x1f937a97bcb9398818ac1aea5e87a1691ea944a3c07fca51eb51e09230d08a62")
}

// UnpackZeroFeaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroFeatures()
func (oracleModel *OracleModel) UnpackZeroFeaturesError(raw []byte) (*OracleModelZeroFeatures, error) {
	out := new(OracleModelZeroFeatures)
	if err := oracleModel.abi.UnpackIntoInterface(out, "ZeroFeatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleModelZeroTrainer represents a ZeroTrainer error raised by the OracleModel contract.
type OracleModelZeroTrainer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTrainer()
func OracleModelZeroTrainerErrorID() common.Hash {
	return common.HexToHash("0x86dbdd83ba8f5d5ef231b5d757c12b49ecae16bfa5aeef911b2fd7ba6b6c7364")
}

// UnpackZeroTrainerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTrainer()
func (oracleModel *OracleModel) UnpackZeroTrainerError(raw []byte) (*OracleModelZeroTrainer, error) {
	out := new(OracleModelZeroTrainer)
	if err := oracleModel.abi.UnpackIntoInterface(out, "ZeroTrainer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsMetaData contains all meta data concerning the Points contract.
var PointsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIClassifier\",\"name\":\"model_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"encoder_\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"refundWait_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_BATCH_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REFUND_WAIT\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"addData\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[][]\",\"name\":\"data\",\"type\":\"int64[][]\"},{\"internalType\":\"uint64[]\",\"name\":\"labels\",\"type\":\"uint64[]\"}],\"name\":\"addDataBatch\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"contribution\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"deposit\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"claimable\",\"type\":\"uint96\"},{\"internalType\":\"uint40\",\"name\":\"id\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"numClaims\",\"type\":\"uint16\"}],\"internalType\":\"structTrainer.Contribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"contributionKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"encoder\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"hasReported\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastAddTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"model\",\"outputs\":[{\"internalType\":\"contractIClassifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextAddDataCost\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"nextAddDataCostOfBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numContributions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numGood\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refundWait\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"report\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalGood\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"AddData\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refund\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Report\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalPending\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"AlreadyReported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"AlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"samples\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"labels\",\"type\":\"uint256\"}],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"BatchSampleRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"BatchSizeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"CannotReportOwnContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"DepositTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"DuplicateContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"ModelAgrees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"ModelBoundElsewhere\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"ModelDisagrees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"NoGoodContributions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"refundWait\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"RefundWaitOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"UnknownContribution\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroModel\",\"type\":\"error\"}]",
	ID:  "8665e6042d2d72d25c5488f6645e473bd1",
	Bin: "0x60c080604052346106a757612095803803809161001c82856106ab565b833981019060a0818303126106a75780516001600160a01b0381168082036106a75760208301516001600160401b0381116106a7578461005d9185016106ce565b60408401516001600160401b0381116106a7578561007c9186016106ce565b60608501519095906001600160401b0381116106a7576080916100a09187016106ce565b9401519263ffffffff8416928385036106a7573315610694575f8054336001600160a01b03198216811783556040519290916001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a381156106855763bab861c160e01b8152602081600481855afa90811561065b575f91610666575b50306001600160a01b03909116036105e157506080528051906001600160401b0382116103f65760025490600182811c921680156105d7575b60208310146103d85781601f849311610561575b50602090601f83116001146104fb575f926104f0575b50508160011b915f199060031b1c1916176002555b83516001600160401b0381116103f657600354600181811c911680156104e6575b60208210146103d857601f8111610478575b50602094601f8211600114610415579481929394955f9261040a575b50508160011b915f199060031b1c1916176003555b82516001600160401b0381116103f657600454600181811c911680156103ec575b60208210146103d857601f811161036a575b506020601f821160011461030757819293945f926102fc575b50508160011b915f199060031b1c1916176004555b64ffffffffff421664ffffffffff196001541617600155603c811080156102f0575b6102d2575060a052604051611952908161074382396080518181816103cf0152818161064a0152818161103f015261182e015260a05181818161055501528181610c22015261123c0152f35b635f482bed60e01b5f52600452603c60245262278d0060445260645ffd5b5062278d008111610286565b015190505f8061024f565b601f1982169060045f52805f20915f5b8181106103525750958360019596971061033a575b505050811b01600455610264565b01515f1960f88460031b161c191690555f808061032c565b9192602060018192868b015181550194019201610317565b818111156102365760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b602084106103d0575b81601f9101920160051c03905f5b8281106103c3575050610236565b5f828201556001016103b5565b5f91506103a7565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610224565b634e487b7160e01b5f52604160045260245ffd5b015190505f806101ee565b601f1982169560035f52805f20915f5b88811061046057508360019596979810610448575b505050811b01600355610203565b01515f1960f88460031b161c191690555f808061043a565b91926020600181928685015181550194019201610425565b818111156101d25760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b602084106104de575b81601f9101920160051c03905f5b8281106104d15750506101d2565b5f828201556001016104c3565b5f91506104b5565b90607f16906101c0565b015190505f8061018a565b60025f9081528281209350601f198516905b8181106105495750908460019594939210610531575b505050811b0160025561019f565b01515f1960f88460031b161c191690555f8080610523565b9293602060018192878601518155019501930161050d565b828111156101745760025f52909150601f830160051c7f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace602085106105cf575b849392601f0160051c82900391015f5b8281106105bf575050610174565b5f818301558594506001016105b1565b5f91506105a1565b91607f1691610160565b60206004916040519283809263bab861c160e01b82525afa90811561065b575f9161062c575b50637c65e90760e11b5f9081526001600160a01b039190911660045230602452604490fd5b61064e915060203d602011610654575b61064681836106ab565b810190610723565b81610607565b503d61063c565b6040513d5f823e3d90fd5b61067f915060203d6020116106545761064681836106ab565b5f610127565b633c23327160e11b5f5260045ffd5b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176103f657604052565b81601f820112156106a7578051906001600160401b0382116103f65760405192610702601f8401601f1916602001856106ab565b828452602083830101116106a757815f9260208093018386015e8301015290565b908160209103126106a757516001600160a01b03811681036106a7579056fe60806040526004361015610011575f80fd5b5f5f3560e01c8062337869146111e457806306df14161461112957806306fdde031461106e5780630ad9d0521461102a5780631394e44714610f395780631a416f9514610ea157806347f6acf114610e7857806351cff8d914610db4578063547d0c1d14610d765780635484f31114610baa5780635f7066a214610b5e578063630b498914610b375780636f48198614610b13578063715018a614610abc5780637284e416146109b05780638da5cb5b1461098957806391cefda61461096c5780639c9515521461093e5780639e4aceab14610579578063b35d64b114610539578063b59ec9a414610515578063b775447914610248578063cfdbf2541461022c578063df27731a146101f8578063f2fde38b146101725763f3f4370314610137575f80fd5b3461016f57602036600319011261016f576020906040906001600160a01b0361015e611582565b168152600883522054604051908152f35b80fd5b503461016f57602036600319011261016f5761018c611582565b610194611877565b6001600160a01b031680156101e45781546001600160a01b03198116821783556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b631e4fbdf760e01b82526004829052602482fd5b503461016f57602036600319011261016f57602061022164ffffffffff6001541660043561189d565b915050604051908152f35b503461016f578060031936011261016f57602060405160648152f35b506040366003190112610511576004356001600160401b0381116105115761027490369060040161153c565b61027c61156c565b916102856116e0565b60015461029964ffffffffff8216426116a5565b50600164ffffffffff8260281c16019064ffffffffff82116104fd5764ffffffffff42169069ffffffffff00000000008360281b169069ffffffffffffffffffff191617176001556102ee33428686866116b2565b90815f52600560205264ffffffffff60405f205460c01c166104d0576040519161031783611621565b5f835260208301915f835264ffffffffff604085019116815260608401915f83525f5260056020526001600160601b0360405f20945116928454906001600160601b0360601b905160601b169164ffffffffff60c01b905160c01b169261ffff60e81b905160e81b169361ffff60e81b199162ffffff60e81b1617161717179055604051905f808460051b9363bd7a1d6160e01b815260406004820152866024820152856044820152848460648301376064850190827f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1156104ac57906040519260031b9383524260208401525f60408401526080606084015283608084015260a08301908201915b82811061049757505050805f60a0847f50f669f5a0ece43ceb160770b56b666d95759ae9b923b7c3c846290dc666fdcc940101523392601f801991011660a00190a234610486575b805f5160206119325f395f51905f525d80f35b505f610492343361179f565b610473565b6020816008923560c01b84520191019061042b565b6040513d81523d5f602083013e3d601f01601f191681016020016040525f196118f3565b506040519063059ef18960e51b60208301526024820152602481526104f660448261163c565b5f196118f3565b634e487b7160e01b5f52601160045260245ffd5b5f80fd5b3461051157602061053161052836611598565b939290926116b2565b604051908152f35b34610511575f36600319011261051157602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b6040366003190112610511576004356001600160401b038111610511576105a490369060040161153c565b6024356001600160401b038111610511576105c390369060040161153c565b90926105cd6116e0565b82820361092757600154906105e964ffffffffff83168561189d565b95918695919534106109105764ffffffffff8560281c169464ffffffffff841686019064ffffffffff82116104fd5769ffffffffffffffffffff191660289190911b69ffffffffff000000000016174264ffffffffff1617600155919591937f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316925f9136869003601e190191905b898410156108dc578360051b80880135848112156105115788018035916001600160401b0383116105115760208201908360051b90813603831361051157898910156108c8578f0135946001600160401b03861686036105115764ffffffffff1664ffffffffff81146104fd576001019b6106fe33428888876116b2565b805f52600560205264ffffffffff60405f205460c01c1661089d57604051906001600160601b038316908f61073284611621565b8284526020840192835264ffffffffff604085019116815260608401915f83525f5260056020526001600160601b0360405f20945116928454906001600160601b0360601b905160601b169164ffffffffff60c01b905160c01b169261ffff60e81b905160e81b169361ffff60e81b199162ffffff60e81b16171617171790555f808c60405163bd7a1d6160e01b815260406004820152896024820152886044820152858760648301378286606401925af11561087a57906020916040519560031b968652428387015260408601526080606086015285608086015260a08501930101905b81811061086557505050805f60a0847f50f669f5a0ece43ceb160770b56b666d95759ae9b923b7c3c846290dc666fdcc940101523392601f801991011660a00190a260018893019296610680565b6020816008923560c01b855201920191610817565b6040513d8152893d5f602084013e3d601f01601f191682016020016040526118f3565b896040519163059ef18960e51b60208401526024830152602482526108c360448361163c565b6118f3565b634e487b7160e01b5f52603260045260245ffd5b508034116108f7575b5f5f5160206119325f395f51905f525d005b61090461090a91346116a5565b3361179f565b806108e5565b8663ea691a4b60e01b5f526004523460245260445ffd5b50906381b5b20760e01b5f5260045260245260445ffd5b34610511575f3660031901126105115761096164ffffffffff60015416426116a5565b5060206040515f8152f35b34610511575f36600319011261051157602060405162278d008152f35b34610511575f366003190112610511575f546040516001600160a01b039091168152602090f35b34610511575f366003190112610511576040515f6003548060011c90600181168015610ab2575b602083108114610a9e57828552908115610a7a5750600114610a1c575b610a1883610a048185038261163c565b60405191829160208352602083019061165d565b0390f35b60035f9081527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b939250905b808210610a6057509091508101602001610a046109f4565b919260018160209254838588010152019101909291610a48565b60ff191660208086019190915291151560051b84019091019150610a0490506109f4565b634e487b7160e01b5f52602260045260245ffd5b91607f16916109d7565b34610511575f36600319011261051157610ad4611877565b5f80546001600160a01b0319811682556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610511575f36600319011261051157602064ffffffffff60015416604051908152f35b34610511575f36600319011261051157602064ffffffffff60015460281c16604051908152f35b34610511576020366003190112610511576004356001600160401b03811161051157610b99610b93602092369060040161153c565b906117fe565b6001600160401b0360405191168152f35b34610511576060366003190112610511576004356001600160401b03811161051157610bda90369060040161153c565b90610be361156c565b604435610bee6116e0565b61ffff6060610c13610c033385878a8a6116b2565b96610c0d88611715565b966117fe565b94015116610d635763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690610c4d8282611792565b4210610d425750506001600160401b03809116911603610d3057805f5260056020525f6040812055335f52600660205260405f20600163ffffffff8254160163ffffffff81116104fd5763ffffffff1663ffffffff1982541617905560015460016001600160401b038260501c16016001600160401b0381116104fd576001600160401b0360501b9060501b16906001600160401b0360501b1916176001556040519081525f60208201527f64da132aea58cbf2ea0cd8c4b425e12fc1445cfb70d83968693317cf593c8df560403392a25f5f5160206119325f395f51905f525d005b638599d06960e01b5f5260045260245ffd5b8491610d4d91611792565b9063d47800eb60e01b5f5260045260245260445ffd5b836358cb522560e11b5f5260045260245ffd5b34610511576020366003190112610511576001600160a01b03610d97611582565b165f526006602052602063ffffffff60405f205416604051908152f35b34610511576020366003190112610511576004356001600160a01b0381169081900361051157610de26116e0565b335f52600860205260405f2054908115610e6557335f5260086020525f6040812055806040518381527f2717ead6b9200dd235aad468c9809ea400fe33ac69b5bfaa6d3e90fc922b639860203392a35f80808085855af115610e50575f5f5160206119325f395f51905f525d005b630e21dcbb60e11b5f5260045260245260445ffd5b636e34ee0b60e11b5f523360045260245ffd5b34610511575f3660031901126105115760206001600160401b0360015460501c16604051908152f35b3461051157602036600319011261051157610eba611681565b506004355f526005602052608060405f2061ffff60405191610edb83611621565b5464ffffffffff6001600160601b038216938481526001600160601b0360208201818560601c1681528560606040850194868860c01c168652019560e81c168552604051968752511660208601525116604084015251166060820152f35b34610511576040366003190112610511576024356001600160a01b03811690819003610511576020906004355f526005825264ffffffffff60405f205460c01c168015159182610f90575b50506040519015158152f35b809192505f526006835264ffffffffff60405f209160405192610fb2846115f2565b549263ffffffff841681526040868201918486891c168352019360481c845260b885049283915116145f14611005575050516001600160b81b03165b600160b88180821b0393061b161615158280610f84565b5f90815260078552604080822092825291855220546001600160b81b03169050610fee565b34610511575f366003190112610511576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610511575f366003190112610511576040515f6002548060011c9060018116801561111f575b602083108114610a9e57828552908115610a7a57506001146110c157610a1883610a048185038261163c565b60025f9081527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace939250905b80821061110557509091508101602001610a046109f4565b9192600181602092548385880101520191019092916110ed565b91607f1691611095565b34610511575f366003190112610511576040515f6004548060011c906001811680156111da575b602083108114610a9e57828552908115610a7a575060011461117c57610a1883610a048185038261163c565b60045f9081527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b939250905b8082106111c057509091508101602001610a046109f4565b9192600181602092548385880101520191019092916111a8565b91607f1691611150565b34610511576111f236611598565b9093916111fd6116e0565b61120a82868387876116b2565b9361121485611715565b93606085019361ffff855116611529576001600160a01b0316963388146115165763ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906112678282611792565b421061150b5750506112826001600160401b039283926117fe565b92169116146114f857335f52600660205260405f2090604051916112a5836115f2565b549163ffffffff831692838252602082019364ffffffffff8260201c168552604083019160481c8252156114e557604085019364ffffffffff855116600160b880830492061b908064ffffffffff8451160361146a575b50825181166001600160b81b03166114535782516001600160b81b039182169116178252335f90815260066020908152604090912093519151925168ffffffffffffffffff1960489190911b1663ffffffff90921668ffffffffff0000000093821b939093169290921717909155830180519092906001600160601b039081169081116104fd57835261ffff82511661ffff81145f1461143e5761ffff905b168252845f5260056020526001600160601b0360405f20945116928454906001600160601b0360601b905160601b169164ffffffffff60c01b905160c01b169261ffff60e81b905160e81b169361ffff60e81b199162ffffff60e81b1617161717179055604051905f82527f9023006708b25d5f7c1242af7844cf710d70a106dffdcab80b132e341d73dd8d60203393a45f5f5160206119325f395f51905f525d005b60010161ffff81116104fd5761ffff9061139b565b87631399fa2f60e21b5f526004523360245260445ffd5b83516001600160b81b0316806114ad575b5064ffffffffff81168352335f52600760205260405f20905f5260205260018060b81b0360405f2054168352896112fc565b335f52600760205260405f2064ffffffffff8551165f5260205260405f209068ffffffffffffffffff60b81b8254161790558a61147b565b63186f7c9d60e21b5f523360045260245ffd5b826379c411fd60e01b5f5260045260245ffd5b8791610d4d91611792565b86636460268d60e01b5f5260045260245ffd5b866358cb522560e11b5f5260045260245ffd5b9181601f84011215610511578235916001600160401b038311610511576020808501948460051b01011161051157565b602435906001600160401b038216820361051157565b600435906001600160a01b038216820361051157565b608060031982011261051157600435906001600160401b038211610511576115c29160040161153c565b90916024356001600160401b03811681036105115790604435906064356001600160a01b03811681036105115790565b606081019081106001600160401b0382111761160d57604052565b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b0382111761160d57604052565b90601f801991011681019081106001600160401b0382111761160d57604052565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b6040519061168e82611621565b5f6060838281528260208201528260408201520152565b919082039182116104fd57565b919093602890603c946040519660051b809588378487019360c01b8452600884015260601b91015201902090565b5f5160206119325f395f51905f525c6117065760015f5160206119325f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b9061171e611681565b50815f52600560205260405f20916040519261173984611621565b54926001600160601b03841681526001600160601b038460601c16602082015261ffff64ffffffffff8560c01c169485604084015260e81c16606082015292156117805750565b6344e139b960e01b5f5260045260245ffd5b919082018092116104fd57565b5f80808085855af1156117b0575050565b60207f31b5a21eaa66e072a85415f32552ffd06f73ac2b42f41a3f31c4e19a5ed87e299160018060a01b031692835f526008825260405f206117f3828254611792565b9055604051908152a2565b6020915f91604051918060051b918291632fb8335160e11b855286600486015260248501526044840137604401907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f51901561186c576001600160401b031690565b6040513d5f823e3d90fd5b5f546001600160a01b0316330361188a57565b63118cdaa760e01b5f523360045260245ffd5b5f91811580156118e9575b6118cc576118b690426116a5565b505f9260015f92116118c457565b5f9250829150565b5063b16f01af60e01b5f526004526001602452606460445260645ffd5b50606482116118a8565b600181016119045750602081519101fd5b61192d6040519283926320b0c24160e01b8452600484015260406024840152604483019061165d565b0390fdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
}

// Points is an auto generated Go binding around an Ethereum contract.
type Points struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Points) GetABI() abi.ABI {
	return c.abi
}

// NewPoints creates a new instance of Points.
func NewPoints() *Points {
	parsed, err := PointsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Points{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Points) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address model_, string name_, string description_, string encoder_, uint32 refundWait_) returns()
func (points *Points) PackConstructor(model_ common.Address, name_ string, description_ string, encoder_ string, refundWait_ uint32) []byte {
	enc, err := points.abi.Pack("", model_, name_, description_, encoder_, refundWait_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXBATCHSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfdbf254.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BATCH_SIZE() view returns(uint256)
func (points *Points) PackMAXBATCHSIZE() []byte {
	enc, err := points.abi.Pack("MAX_BATCH_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBATCHSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfdbf254.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BATCH_SIZE() view returns(uint256)
func (points *Points) TryPackMAXBATCHSIZE() ([]byte, error) {
	return points.abi.Pack("MAX_BATCH_SIZE")
}

// UnpackMAXBATCHSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcfdbf254.
//
// Solidity: function MAX_BATCH_SIZE() view returns(uint256)
func (points *Points) UnpackMAXBATCHSIZE(data []byte) (*big.Int, error) {
	out, err := points.abi.Unpack("MAX_BATCH_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREFUNDWAIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91cefda6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REFUND_WAIT() view returns(uint32)
func (points *Points) PackMAXREFUNDWAIT() []byte {
	enc, err := points.abi.Pack("MAX_REFUND_WAIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREFUNDWAIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91cefda6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REFUND_WAIT() view returns(uint32)
func (points *Points) TryPackMAXREFUNDWAIT() ([]byte, error) {
	return points.abi.Pack("MAX_REFUND_WAIT")
}

// UnpackMAXREFUNDWAIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91cefda6.
//
// Solidity: function MAX_REFUND_WAIT() view returns(uint32)
func (points *Points) UnpackMAXREFUNDWAIT(data []byte) (uint32, error) {
	out, err := points.abi.Unpack("MAX_REFUND_WAIT", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackAddData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7754479.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addData(int64[] data, uint64 label) payable returns()
func (points *Points) PackAddData(data []int64, label uint64) []byte {
	enc, err := points.abi.Pack("addData", data, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7754479.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addData(int64[] data, uint64 label) payable returns()
func (points *Points) TryPackAddData(data []int64, label uint64) ([]byte, error) {
	return points.abi.Pack("addData", data, label)
}

// PackAddDataBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e4aceab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addDataBatch(int64[][] data, uint64[] labels) payable returns()
func (points *Points) PackAddDataBatch(data [][]int64, labels []uint64) []byte {
	enc, err := points.abi.Pack("addDataBatch", data, labels)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddDataBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e4aceab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addDataBatch(int64[][] data, uint64[] labels) payable returns()
func (points *Points) TryPackAddDataBatch(data [][]int64, labels []uint64) ([]byte, error) {
	return points.abi.Pack("addDataBatch", data, labels)
}

// PackContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a416f95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribution(bytes32 key) view returns((uint96,uint96,uint40,uint16))
func (points *Points) PackContribution(key [32]byte) []byte {
	enc, err := points.abi.Pack("contribution", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a416f95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribution(bytes32 key) view returns((uint96,uint96,uint40,uint16))
func (points *Points) TryPackContribution(key [32]byte) ([]byte, error) {
	return points.abi.Pack("contribution", key)
}

// UnpackContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a416f95.
//
// Solidity: function contribution(bytes32 key) view returns((uint96,uint96,uint40,uint16))
func (points *Points) UnpackContribution(data []byte) (TrainerContribution, error) {
	out, err := points.abi.Unpack("contribution", data)
	if err != nil {
		return *new(TrainerContribution), err
	}
	out0 := *abi.ConvertType(out[0], new(TrainerContribution)).(*TrainerContribution)
	return out0, nil
}

// PackContributionKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb59ec9a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributionKey(int64[] data, uint64 label, uint256 addedTime, address author) pure returns(bytes32 key)
func (points *Points) PackContributionKey(data []int64, label uint64, addedTime *big.Int, author common.Address) []byte {
	enc, err := points.abi.Pack("contributionKey", data, label, addedTime, author)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributionKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb59ec9a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributionKey(int64[] data, uint64 label, uint256 addedTime, address author) pure returns(bytes32 key)
func (points *Points) TryPackContributionKey(data []int64, label uint64, addedTime *big.Int, author common.Address) ([]byte, error) {
	return points.abi.Pack("contributionKey", data, label, addedTime, author)
}

// UnpackContributionKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb59ec9a4.
//
// Solidity: function contributionKey(int64[] data, uint64 label, uint256 addedTime, address author) pure returns(bytes32 key)
func (points *Points) UnpackContributionKey(data []byte) ([32]byte, error) {
	out, err := points.abi.Unpack("contributionKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function description() view returns(string)
func (points *Points) PackDescription() []byte {
	enc, err := points.abi.Pack("description")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function description() view returns(string)
func (points *Points) TryPackDescription() ([]byte, error) {
	return points.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (points *Points) UnpackDescription(data []byte) (string, error) {
	out, err := points.abi.Unpack("description", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackEncoder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06df1416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encoder() view returns(string)
func (points *Points) PackEncoder() []byte {
	enc, err := points.abi.Pack("encoder")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncoder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06df1416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encoder() view returns(string)
func (points *Points) TryPackEncoder() ([]byte, error) {
	return points.abi.Pack("encoder")
}

// UnpackEncoder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06df1416.
//
// Solidity: function encoder() view returns(string)
func (points *Points) UnpackEncoder(data []byte) (string, error) {
	out, err := points.abi.Unpack("encoder", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackHasReported is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1394e447.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasReported(bytes32 key, address reporter) view returns(bool)
func (points *Points) PackHasReported(key [32]byte, reporter common.Address) []byte {
	enc, err := points.abi.Pack("hasReported", key, reporter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasReported is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1394e447.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasReported(bytes32 key, address reporter) view returns(bool)
func (points *Points) TryPackHasReported(key [32]byte, reporter common.Address) ([]byte, error) {
	return points.abi.Pack("hasReported", key, reporter)
}

// UnpackHasReported is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1394e447.
//
// Solidity: function hasReported(bytes32 key, address reporter) view returns(bool)
func (points *Points) UnpackHasReported(data []byte) (bool, error) {
	out, err := points.abi.Unpack("hasReported", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastAddTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f481986.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastAddTime() view returns(uint256)
func (points *Points) PackLastAddTime() []byte {
	enc, err := points.abi.Pack("lastAddTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastAddTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f481986.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastAddTime() view returns(uint256)
func (points *Points) TryPackLastAddTime() ([]byte, error) {
	return points.abi.Pack("lastAddTime")
}

// UnpackLastAddTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f481986.
//
// Solidity: function lastAddTime() view returns(uint256)
func (points *Points) UnpackLastAddTime(data []byte) (*big.Int, error) {
	out, err := points.abi.Unpack("lastAddTime", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ad9d052.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function model() view returns(address)
func (points *Points) PackModel() []byte {
	enc, err := points.abi.Pack("model")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ad9d052.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function model() view returns(address)
func (points *Points) TryPackModel() ([]byte, error) {
	return points.abi.Pack("model")
}

// UnpackModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ad9d052.
//
// Solidity: function model() view returns(address)
func (points *Points) UnpackModel(data []byte) (common.Address, error) {
	out, err := points.abi.Unpack("model", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (points *Points) PackName() []byte {
	enc, err := points.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (points *Points) TryPackName() ([]byte, error) {
	return points.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (points *Points) UnpackName(data []byte) (string, error) {
	out, err := points.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNextAddDataCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c951552.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextAddDataCost() view returns(uint256)
func (points *Points) PackNextAddDataCost() []byte {
	enc, err := points.abi.Pack("nextAddDataCost")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextAddDataCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c951552.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextAddDataCost() view returns(uint256)
func (points *Points) TryPackNextAddDataCost() ([]byte, error) {
	return points.abi.Pack("nextAddDataCost")
}

// UnpackNextAddDataCost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c951552.
//
// Solidity: function nextAddDataCost() view returns(uint256)
func (points *Points) UnpackNextAddDataCost(data []byte) (*big.Int, error) {
	out, err := points.abi.Unpack("nextAddDataCost", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNextAddDataCostOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf27731a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextAddDataCostOfBatch(uint256 size) view returns(uint256 total)
func (points *Points) PackNextAddDataCostOfBatch(size *big.Int) []byte {
	enc, err := points.abi.Pack("nextAddDataCostOfBatch", size)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextAddDataCostOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf27731a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextAddDataCostOfBatch(uint256 size) view returns(uint256 total)
func (points *Points) TryPackNextAddDataCostOfBatch(size *big.Int) ([]byte, error) {
	return points.abi.Pack("nextAddDataCostOfBatch", size)
}

// UnpackNextAddDataCostOfBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf27731a.
//
// Solidity: function nextAddDataCostOfBatch(uint256 size) view returns(uint256 total)
func (points *Points) UnpackNextAddDataCostOfBatch(data []byte) (*big.Int, error) {
	out, err := points.abi.Unpack("nextAddDataCostOfBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumContributions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x630b4989.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numContributions() view returns(uint256)
func (points *Points) PackNumContributions() []byte {
	enc, err := points.abi.Pack("numContributions")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumContributions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x630b4989.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numContributions() view returns(uint256)
func (points *Points) TryPackNumContributions() ([]byte, error) {
	return points.abi.Pack("numContributions")
}

// UnpackNumContributions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x630b4989.
//
// Solidity: function numContributions() view returns(uint256)
func (points *Points) UnpackNumContributions(data []byte) (*big.Int, error) {
	out, err := points.abi.Unpack("numContributions", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumGood is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x547d0c1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numGood(address account) view returns(uint256)
func (points *Points) PackNumGood(account common.Address) []byte {
	enc, err := points.abi.Pack("numGood", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumGood is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x547d0c1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numGood(address account) view returns(uint256)
func (points *Points) TryPackNumGood(account common.Address) ([]byte, error) {
	return points.abi.Pack("numGood", account)
}

// UnpackNumGood is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x547d0c1d.
//
// Solidity: function numGood(address account) view returns(uint256)
func (points *Points) UnpackNumGood(data []byte) (*big.Int, error) {
	out, err := points.abi.Unpack("numGood", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (points *Points) PackOwner() []byte {
	enc, err := points.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (points *Points) TryPackOwner() ([]byte, error) {
	return points.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (points *Points) UnpackOwner(data []byte) (common.Address, error) {
	out, err := points.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f43703.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingWithdrawals(address account) view returns(uint256)
func (points *Points) PackPendingWithdrawals(account common.Address) []byte {
	enc, err := points.abi.Pack("pendingWithdrawals", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f43703.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingWithdrawals(address account) view returns(uint256)
func (points *Points) TryPackPendingWithdrawals(account common.Address) ([]byte, error) {
	return points.abi.Pack("pendingWithdrawals", account)
}

// UnpackPendingWithdrawals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3f43703.
//
// Solidity: function pendingWithdrawals(address account) view returns(uint256)
func (points *Points) UnpackPendingWithdrawals(data []byte) (*big.Int, error) {
	out, err := points.abi.Unpack("pendingWithdrawals", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (points *Points) PackPredict(data []int64) []byte {
	enc, err := points.abi.Pack("predict", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (points *Points) TryPackPredict(data []int64) ([]byte, error) {
	return points.abi.Pack("predict", data)
}

// UnpackPredict is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f7066a2.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (points *Points) UnpackPredict(data []byte) (uint64, error) {
	out, err := points.abi.Unpack("predict", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5484f311.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(int64[] data, uint64 label, uint256 addedTime) returns()
func (points *Points) PackRefund(data []int64, label uint64, addedTime *big.Int) []byte {
	enc, err := points.abi.Pack("refund", data, label, addedTime)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5484f311.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(int64[] data, uint64 label, uint256 addedTime) returns()
func (points *Points) TryPackRefund(data []int64, label uint64, addedTime *big.Int) ([]byte, error) {
	return points.abi.Pack("refund", data, label, addedTime)
}

// PackRefundWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb35d64b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundWait() view returns(uint32)
func (points *Points) PackRefundWait() []byte {
	enc, err := points.abi.Pack("refundWait")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb35d64b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundWait() view returns(uint32)
func (points *Points) TryPackRefundWait() ([]byte, error) {
	return points.abi.Pack("refundWait")
}

// UnpackRefundWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb35d64b1.
//
// Solidity: function refundWait() view returns(uint32)
func (points *Points) UnpackRefundWait(data []byte) (uint32, error) {
	out, err := points.abi.Unpack("refundWait", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (points *Points) PackRenounceOwnership() []byte {
	enc, err := points.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (points *Points) TryPackRenounceOwnership() ([]byte, error) {
	return points.abi.Pack("renounceOwnership")
}

// PackReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00337869.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function report(int64[] data, uint64 label, uint256 addedTime, address author) returns()
func (points *Points) PackReport(data []int64, label uint64, addedTime *big.Int, author common.Address) []byte {
	enc, err := points.abi.Pack("report", data, label, addedTime, author)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00337869.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function report(int64[] data, uint64 label, uint256 addedTime, address author) returns()
func (points *Points) TryPackReport(data []int64, label uint64, addedTime *big.Int, author common.Address) ([]byte, error) {
	return points.abi.Pack("report", data, label, addedTime, author)
}

// PackTotalGood is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47f6acf1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalGood() view returns(uint256)
func (points *Points) PackTotalGood() []byte {
	enc, err := points.abi.Pack("totalGood")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalGood is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47f6acf1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalGood() view returns(uint256)
func (points *Points) TryPackTotalGood() ([]byte, error) {
	return points.abi.Pack("totalGood")
}

// UnpackTotalGood is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47f6acf1.
//
// Solidity: function totalGood() view returns(uint256)
func (points *Points) UnpackTotalGood(data []byte) (*big.Int, error) {
	out, err := points.abi.Unpack("totalGood", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (points *Points) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := points.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (points *Points) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return points.abi.Pack("transferOwnership", newOwner)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address to) returns()
func (points *Points) PackWithdraw(to common.Address) []byte {
	enc, err := points.abi.Pack("withdraw", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address to) returns()
func (points *Points) TryPackWithdraw(to common.Address) ([]byte, error) {
	return points.abi.Pack("withdraw", to)
}

// PointsAddData represents a AddData event raised by the Points contract.
type PointsAddData struct {
	Sender  common.Address
	Label   uint64
	Time    *big.Int
	Deposit *big.Int
	Data    []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const PointsAddDataEventName = "AddData"

// ContractEventName returns the user-defined event name.
func (PointsAddData) ContractEventName() string {
	return PointsAddDataEventName
}

// UnpackAddDataEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddData(address indexed sender, uint64 label, uint256 time, uint256 deposit, bytes data)
func (points *Points) UnpackAddDataEvent(log *types.Log) (*PointsAddData, error) {
	event := "AddData"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != points.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PointsAddData)
	if len(log.Data) > 0 {
		if err := points.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range points.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PointsOwnershipTransferred represents a OwnershipTransferred event raised by the Points contract.
type PointsOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const PointsOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (PointsOwnershipTransferred) ContractEventName() string {
	return PointsOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (points *Points) UnpackOwnershipTransferredEvent(log *types.Log) (*PointsOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != points.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PointsOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := points.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range points.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PointsRefund represents a Refund event raised by the Points contract.
type PointsRefund struct {
	Author common.Address
	Key    [32]byte
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PointsRefundEventName = "Refund"

// ContractEventName returns the user-defined event name.
func (PointsRefund) ContractEventName() string {
	return PointsRefundEventName
}

// UnpackRefundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refund(address indexed author, bytes32 key, uint256 amount)
func (points *Points) UnpackRefundEvent(log *types.Log) (*PointsRefund, error) {
	event := "Refund"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != points.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PointsRefund)
	if len(log.Data) > 0 {
		if err := points.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range points.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PointsReport represents a Report event raised by the Points contract.
type PointsReport struct {
	Key      [32]byte
	Reporter common.Address
	Author   common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PointsReportEventName = "Report"

// ContractEventName returns the user-defined event name.
func (PointsReport) ContractEventName() string {
	return PointsReportEventName
}

// UnpackReportEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Report(bytes32 indexed key, address indexed reporter, address indexed author, uint256 amount)
func (points *Points) UnpackReportEvent(log *types.Log) (*PointsReport, error) {
	event := "Report"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != points.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PointsReport)
	if len(log.Data) > 0 {
		if err := points.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range points.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PointsWithdrawal represents a Withdrawal event raised by the Points contract.
type PointsWithdrawal struct {
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PointsWithdrawalEventName = "Withdrawal"

// ContractEventName returns the user-defined event name.
func (PointsWithdrawal) ContractEventName() string {
	return PointsWithdrawalEventName
}

// UnpackWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawal(address indexed account, address indexed to, uint256 amount)
func (points *Points) UnpackWithdrawalEvent(log *types.Log) (*PointsWithdrawal, error) {
	event := "Withdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != points.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PointsWithdrawal)
	if len(log.Data) > 0 {
		if err := points.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range points.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PointsWithdrawalPending represents a WithdrawalPending event raised by the Points contract.
type PointsWithdrawalPending struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PointsWithdrawalPendingEventName = "WithdrawalPending"

// ContractEventName returns the user-defined event name.
func (PointsWithdrawalPending) ContractEventName() string {
	return PointsWithdrawalPendingEventName
}

// UnpackWithdrawalPendingEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalPending(address indexed account, uint256 amount)
func (points *Points) UnpackWithdrawalPendingEvent(log *types.Log) (*PointsWithdrawalPending, error) {
	event := "WithdrawalPending"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != points.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PointsWithdrawalPending)
	if len(log.Data) > 0 {
		if err := points.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range points.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (points *Points) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], points.abi.Errors["AlreadyReported"].ID.Bytes()[:4]) {
		return points.UnpackAlreadyReportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["AlreadySettled"].ID.Bytes()[:4]) {
		return points.UnpackAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["BatchLengthMismatch"].ID.Bytes()[:4]) {
		return points.UnpackBatchLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["BatchSampleRejected"].ID.Bytes()[:4]) {
		return points.UnpackBatchSampleRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["BatchSizeOutOfRange"].ID.Bytes()[:4]) {
		return points.UnpackBatchSizeOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["CannotReportOwnContribution"].ID.Bytes()[:4]) {
		return points.UnpackCannotReportOwnContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["DepositTooLow"].ID.Bytes()[:4]) {
		return points.UnpackDepositTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["DuplicateContribution"].ID.Bytes()[:4]) {
		return points.UnpackDuplicateContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["ModelAgrees"].ID.Bytes()[:4]) {
		return points.UnpackModelAgreesError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["ModelBoundElsewhere"].ID.Bytes()[:4]) {
		return points.UnpackModelBoundElsewhereError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["ModelDisagrees"].ID.Bytes()[:4]) {
		return points.UnpackModelDisagreesError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["NoGoodContributions"].ID.Bytes()[:4]) {
		return points.UnpackNoGoodContributionsError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return points.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return points.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return points.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return points.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["RefundWaitOutOfRange"].ID.Bytes()[:4]) {
		return points.UnpackRefundWaitOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return points.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return points.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["UnknownContribution"].ID.Bytes()[:4]) {
		return points.UnpackUnknownContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], points.abi.Errors["ZeroModel"].ID.Bytes()[:4]) {
		return points.UnpackZeroModelError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PointsAlreadyReported represents a AlreadyReported error raised by the Points contract.
type PointsAlreadyReported struct {
	Key      [32]byte
	Reporter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyReported(bytes32 key, address reporter)
func PointsAlreadyReportedErrorID() common.Hash {
	return common.HexToHash("0x4e67e8bcb7f234facb0061e4c070fb436ca22d5c6c6cb788f7eb394ec0ba12ed")
}

// UnpackAlreadyReportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyReported(bytes32 key, address reporter)
func (points *Points) UnpackAlreadyReportedError(raw []byte) (*PointsAlreadyReported, error) {
	out := new(PointsAlreadyReported)
	if err := points.abi.UnpackIntoInterface(out, "AlreadyReported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsAlreadySettled represents a AlreadySettled error raised by the Points contract.
type PointsAlreadySettled struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySettled(bytes32 key)
func PointsAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xb196a44a365168bc3e1ae2c1014617dc39aff01f0da4be83e6808ad8c8b8200d")
}

// UnpackAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySettled(bytes32 key)
func (points *Points) UnpackAlreadySettledError(raw []byte) (*PointsAlreadySettled, error) {
	out := new(PointsAlreadySettled)
	if err := points.abi.UnpackIntoInterface(out, "AlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsBatchLengthMismatch represents a BatchLengthMismatch error raised by the Points contract.
type PointsBatchLengthMismatch struct {
	Samples *big.Int
	Labels  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchLengthMismatch(uint256 samples, uint256 labels)
func PointsBatchLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x81b5b207f4ceee88a305d93332dfd817c8615ec6ddd3c8ac2066f79411ad6c78")
}

// UnpackBatchLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchLengthMismatch(uint256 samples, uint256 labels)
func (points *Points) UnpackBatchLengthMismatchError(raw []byte) (*PointsBatchLengthMismatch, error) {
	out := new(PointsBatchLengthMismatch)
	if err := points.abi.UnpackIntoInterface(out, "BatchLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsBatchSampleRejected represents a BatchSampleRejected error raised by the Points contract.
type PointsBatchSampleRejected struct {
	Index  *big.Int
	Reason []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchSampleRejected(uint256 index, bytes reason)
func PointsBatchSampleRejectedErrorID() common.Hash {
	return common.HexToHash("0x20b0c241104e8ec6172730c7ec12b9a66667916f917dd58e3b16ea3ed2f00981")
}

// UnpackBatchSampleRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchSampleRejected(uint256 index, bytes reason)
func (points *Points) UnpackBatchSampleRejectedError(raw []byte) (*PointsBatchSampleRejected, error) {
	out := new(PointsBatchSampleRejected)
	if err := points.abi.UnpackIntoInterface(out, "BatchSampleRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsBatchSizeOutOfRange represents a BatchSizeOutOfRange error raised by the Points contract.
type PointsBatchSizeOutOfRange struct {
	Size *big.Int
	Min  *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchSizeOutOfRange(uint256 size, uint256 min, uint256 max)
func PointsBatchSizeOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xb16f01af45ca869f2edc0e684f7048236a97d87467ab738f46b2b01a0676b73e")
}

// UnpackBatchSizeOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchSizeOutOfRange(uint256 size, uint256 min, uint256 max)
func (points *Points) UnpackBatchSizeOutOfRangeError(raw []byte) (*PointsBatchSizeOutOfRange, error) {
	out := new(PointsBatchSizeOutOfRange)
	if err := points.abi.UnpackIntoInterface(out, "BatchSizeOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsCannotReportOwnContribution represents a CannotReportOwnContribution error raised by the Points contract.
type PointsCannotReportOwnContribution struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotReportOwnContribution(bytes32 key)
func PointsCannotReportOwnContributionErrorID() common.Hash {
	return common.HexToHash("0x6460268dfcd17d03c84a296b5394784797aa73d250e07d55d52a4f61da1e9a3e")
}

// UnpackCannotReportOwnContributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotReportOwnContribution(bytes32 key)
func (points *Points) UnpackCannotReportOwnContributionError(raw []byte) (*PointsCannotReportOwnContribution, error) {
	out := new(PointsCannotReportOwnContribution)
	if err := points.abi.UnpackIntoInterface(out, "CannotReportOwnContribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsDepositTooLow represents a DepositTooLow error raised by the Points contract.
type PointsDepositTooLow struct {
	Required *big.Int
	Sent     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositTooLow(uint256 required, uint256 sent)
func PointsDepositTooLowErrorID() common.Hash {
	return common.HexToHash("0xea691a4b68c635b7e21a275792c61d4721c03079c6c4d0369ae3f07f57063e76")
}

// UnpackDepositTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositTooLow(uint256 required, uint256 sent)
func (points *Points) UnpackDepositTooLowError(raw []byte) (*PointsDepositTooLow, error) {
	out := new(PointsDepositTooLow)
	if err := points.abi.UnpackIntoInterface(out, "DepositTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsDuplicateContribution represents a DuplicateContribution error raised by the Points contract.
type PointsDuplicateContribution struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateContribution(bytes32 key)
func PointsDuplicateContributionErrorID() common.Hash {
	return common.HexToHash("0xb3de31208c32277b29f62b491ccae01206a570dd2eb566e1c31c68ca2744e5fe")
}

// UnpackDuplicateContributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateContribution(bytes32 key)
func (points *Points) UnpackDuplicateContributionError(raw []byte) (*PointsDuplicateContribution, error) {
	out := new(PointsDuplicateContribution)
	if err := points.abi.UnpackIntoInterface(out, "DuplicateContribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsModelAgrees represents a ModelAgrees error raised by the Points contract.
type PointsModelAgrees struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelAgrees(bytes32 key)
func PointsModelAgreesErrorID() common.Hash {
	return common.HexToHash("0x79c411fdf6505564634daca9afce4c73cfd5646321c1bfc2dbbfdf1866ac5bc3")
}

// UnpackModelAgreesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelAgrees(bytes32 key)
func (points *Points) UnpackModelAgreesError(raw []byte) (*PointsModelAgrees, error) {
	out := new(PointsModelAgrees)
	if err := points.abi.UnpackIntoInterface(out, "ModelAgrees", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsModelBoundElsewhere represents a ModelBoundElsewhere error raised by the Points contract.
type PointsModelBoundElsewhere struct {
	Trainer  common.Address
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelBoundElsewhere(address trainer, address expected)
func PointsModelBoundElsewhereErrorID() common.Hash {
	return common.HexToHash("0xf8cbd20e73b02384120596c378a8cf36cb8fc49723c55251be63a7bcaf220377")
}

// UnpackModelBoundElsewhereError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelBoundElsewhere(address trainer, address expected)
func (points *Points) UnpackModelBoundElsewhereError(raw []byte) (*PointsModelBoundElsewhere, error) {
	out := new(PointsModelBoundElsewhere)
	if err := points.abi.UnpackIntoInterface(out, "ModelBoundElsewhere", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsModelDisagrees represents a ModelDisagrees error raised by the Points contract.
type PointsModelDisagrees struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelDisagrees(bytes32 key)
func PointsModelDisagreesErrorID() common.Hash {
	return common.HexToHash("0x8599d069836cdf8ac62afa0e0843fa62d72839d7e97db29a548a9a93c49d1886")
}

// UnpackModelDisagreesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelDisagrees(bytes32 key)
func (points *Points) UnpackModelDisagreesError(raw []byte) (*PointsModelDisagrees, error) {
	out := new(PointsModelDisagrees)
	if err := points.abi.UnpackIntoInterface(out, "ModelDisagrees", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsNoGoodContributions represents a NoGoodContributions error raised by the Points contract.
type PointsNoGoodContributions struct {
	Reporter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoGoodContributions(address reporter)
func PointsNoGoodContributionsErrorID() common.Hash {
	return common.HexToHash("0x61bdf2744e984c9832deb1f04341ab740a2ecf3ab783656c1998c5f36755a8e4")
}

// UnpackNoGoodContributionsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoGoodContributions(address reporter)
func (points *Points) UnpackNoGoodContributionsError(raw []byte) (*PointsNoGoodContributions, error) {
	out := new(PointsNoGoodContributions)
	if err := points.abi.UnpackIntoInterface(out, "NoGoodContributions", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsNothingToWithdraw represents a NothingToWithdraw error raised by the Points contract.
type PointsNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func PointsNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (points *Points) UnpackNothingToWithdrawError(raw []byte) (*PointsNothingToWithdraw, error) {
	out := new(PointsNothingToWithdraw)
	if err := points.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Points contract.
type PointsOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func PointsOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (points *Points) UnpackOwnableInvalidOwnerError(raw []byte) (*PointsOwnableInvalidOwner, error) {
	out := new(PointsOwnableInvalidOwner)
	if err := points.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Points contract.
type PointsOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func PointsOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (points *Points) UnpackOwnableUnauthorizedAccountError(raw []byte) (*PointsOwnableUnauthorizedAccount, error) {
	out := new(PointsOwnableUnauthorizedAccount)
	if err := points.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Points contract.
type PointsReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func PointsReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (points *Points) UnpackReentrancyGuardReentrantCallError(raw []byte) (*PointsReentrancyGuardReentrantCall, error) {
	out := new(PointsReentrancyGuardReentrantCall)
	if err := points.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsRefundWaitOutOfRange represents a RefundWaitOutOfRange error raised by the Points contract.
type PointsRefundWaitOutOfRange struct {
	RefundWait *big.Int
	Min        *big.Int
	Max        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RefundWaitOutOfRange(uint256 refundWait, uint256 min, uint256 max)
func PointsRefundWaitOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x5f482bede9edf2b194a1d4ea65d384147b6879aed87631f987781441fab95dae")
}

// UnpackRefundWaitOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RefundWaitOutOfRange(uint256 refundWait, uint256 min, uint256 max)
func (points *Points) UnpackRefundWaitOutOfRangeError(raw []byte) (*PointsRefundWaitOutOfRange, error) {
	out := new(PointsRefundWaitOutOfRange)
	if err := points.abi.UnpackIntoInterface(out, "RefundWaitOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsTooEarly represents a TooEarly error raised by the Points contract.
type PointsTooEarly struct {
	Key         [32]byte
	AvailableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(bytes32 key, uint256 availableAt)
func PointsTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xd47800eb984781e618d3ef09d15b11990498dd645bcb492de136376092814baf")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(bytes32 key, uint256 availableAt)
func (points *Points) UnpackTooEarlyError(raw []byte) (*PointsTooEarly, error) {
	out := new(PointsTooEarly)
	if err := points.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsTransferFailed represents a TransferFailed error raised by the Points contract.
type PointsTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func PointsTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (points *Points) UnpackTransferFailedError(raw []byte) (*PointsTransferFailed, error) {
	out := new(PointsTransferFailed)
	if err := points.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsUnknownContribution represents a UnknownContribution error raised by the Points contract.
type PointsUnknownContribution struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownContribution(bytes32 key)
func PointsUnknownContributionErrorID() common.Hash {
	return common.HexToHash("0x44e139b90106d0292144a53e57838cda7be45665d5cba116589c7d9ecfdc3416")
}

// UnpackUnknownContributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownContribution(bytes32 key)
func (points *Points) UnpackUnknownContributionError(raw []byte) (*PointsUnknownContribution, error) {
	out := new(PointsUnknownContribution)
	if err := points.abi.UnpackIntoInterface(out, "UnknownContribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PointsZeroModel represents a ZeroModel error raised by the Points contract.
type PointsZeroModel struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroModel()
func PointsZeroModelErrorID() common.Hash {
	return common.HexToHash("0x784664e20a9a0e38b424ed59df0924424da2093606fce8f03127b60e14e2dadb")
}

// UnpackZeroModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroModel()
func (points *Points) UnpackZeroModelError(raw []byte) (*PointsZeroModel, error) {
	out := new(PointsZeroModel)
	if err := points.abi.UnpackIntoInterface(out, "ZeroModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketMetaData contains all meta data concerning the PredictionMarket contract.
var PredictionMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"DRAW_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ENTRY_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FORFEIT_BURN_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BOUNTY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CONTRIBUTIONS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DURATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FIRST_REVEAL_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MODEL_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PIECES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PIECE_SAMPLES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REVEAL_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REWARD_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_RUN_TIME\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SAMPLE_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SETTLE_ITEMS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STAKE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_BOUNTY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_MODEL_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_REWARD_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_STAKE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PIN_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SAMPLE_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STEP_BASE_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STEP_GAS_BUDGET\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"abandon\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"staked\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"balance\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"dropped\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"claimed\",\"type\":\"bool\"},{\"internalType\":\"int128\",\"name\":\"score\",\"type\":\"int128\"},{\"internalType\":\"uint32\",\"name\":\"scoreIteration\",\"type\":\"uint32\"}],\"internalType\":\"structPredictionMarket.Account\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burnt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"claimRun\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"claimableIn\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"minContributions\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"firstRevealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rewardWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"maxPieceSamples\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxSampleLength\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"modelGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxContributions\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"groupByContributor\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"allowGreaterStake\",\"type\":\"bool\"}],\"internalType\":\"structIPredictionMarket.Config\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"contribute\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"contributionOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"body\",\"type\":\"bytes32\"}],\"internalType\":\"structPredictionMarket.Contribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"contributorAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"draw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"endMarket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forfeit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIClassifier\",\"name\":\"model\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"piecesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"numPieces\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"minContributions\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"firstRevealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rewardWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"maxPieceSamples\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxSampleLength\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"modelGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxContributions\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"groupByContributor\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"allowGreaterStake\",\"type\":\"bool\"}],\"internalType\":\"structIPredictionMarket.Config\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"name\":\"initialise\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelPin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"pinned\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"current\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"}],\"name\":\"outcomeOf\",\"outputs\":[{\"components\":[{\"internalType\":\"enumPredictionMarket.Ending\",\"name\":\"ending\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"share\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"totalStaked\",\"type\":\"uint96\"}],\"internalType\":\"structPredictionMarket.Outcome\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"pieceHashAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"pieceIndexAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"internalType\":\"structPredictionMarket.Sample[]\",\"name\":\"samples\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"revealFirstPiece\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"internalType\":\"structPredictionMarket.Sample[][]\",\"name\":\"pieces\",\"type\":\"tuple[][]\"},{\"internalType\":\"bytes32[][]\",\"name\":\"proofs\",\"type\":\"bytes32[][]\"}],\"name\":\"revealPieces\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardState\",\"outputs\":[{\"components\":[{\"internalType\":\"enumIPredictionMarket.Stage\",\"name\":\"stage\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isFinal\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"hasNegative\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"cursor\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"evalPos\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"correct\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"prevAcc\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"acc0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"iteration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"aliveUnits\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"remainingRounds\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minRounds\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"rounds\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"owedTotal\",\"type\":\"uint128\"}],\"internalType\":\"structPredictionMarket.Reward\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"run\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"runsOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxItems\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"state\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"bounty\",\"type\":\"uint96\"},{\"internalType\":\"contractIClassifier\",\"name\":\"model\",\"type\":\"address\"},{\"internalType\":\"enumIPredictionMarket.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"drawn\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"forfeited\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"providerClaimed\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"numClasses\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"piecesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"drawBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"earliestEnd\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"numPieces\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealIndex\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nextReveal\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"refunded\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"numEvalSamples\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numContributions\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numContributors\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"totalStaked\",\"type\":\"uint96\"},{\"internalType\":\"uint128\",\"name\":\"claimedTotal\",\"type\":\"uint128\"}],\"internalType\":\"structPredictionMarket.State\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sweep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"updaterFor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstPosition\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"internalType\":\"structPredictionMarket.Sample[][]\",\"name\":\"pieces\",\"type\":\"tuple[][]\"},{\"components\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"internalType\":\"structPredictionMarket.Sample[]\",\"name\":\"samples\",\"type\":\"tuple[]\"}],\"name\":\"walk\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"}],\"name\":\"Abandoned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"}],\"name\":\"Closed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"sample\",\"type\":\"bytes\"}],\"name\":\"Contributed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"drawBlock\",\"type\":\"uint256\"}],\"name\":\"DrawRetargeted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"Dropped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"correct\",\"type\":\"uint256\"}],\"name\":\"Evaluated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"modelChanged\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"share\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"Forfeited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"numContributions\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"MarketEnded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"contractIClassifier\",\"name\":\"model\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"updater\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bounty\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"piecesRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"numPieces\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"drawBlock\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"minContributions\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"firstRevealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rewardWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"maxPieceSamples\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxSampleLength\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"modelGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxContributions\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"groupByContributor\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"allowGreaterStake\",\"type\":\"bool\"}],\"indexed\":false,\"internalType\":\"structIPredictionMarket.Config\",\"name\":\"config\",\"type\":\"tuple\"}],\"name\":\"MarketInitialised\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"earliestEnd\",\"type\":\"uint256\"}],\"name\":\"ParticipationOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pieceHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"numSamples\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"samples\",\"type\":\"bytes\"}],\"name\":\"PieceRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"RevealIndexDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"numEvalSamples\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rounds\",\"type\":\"uint256\"}],\"name\":\"RewardStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"owedToContributors\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"providerRefund\",\"type\":\"uint256\"}],\"name\":\"RewardsFinal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"iteration\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rounds\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"isFinal\",\"type\":\"bool\"}],\"name\":\"RoundsDecided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Swept\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UpdateFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numPieces\",\"type\":\"uint256\"}],\"name\":\"BadNumPieces\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstPosition\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"BadPieceRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bounty\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxEvalSamples\",\"type\":\"uint256\"}],\"name\":\"BountyBelowOneRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ContributionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"drawBlock\",\"type\":\"uint256\"}],\"name\":\"DrawExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"drawBlock\",\"type\":\"uint256\"}],\"name\":\"DrawNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numContributions\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minContributions\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"earliestEnd\",\"type\":\"uint256\"}],\"name\":\"EndCriteriaNotMet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pieces\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedSample\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"ModelBoundElsewhere\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pinned\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"current\",\"type\":\"bytes32\"}],\"name\":\"ModelChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasLimit\",\"type\":\"uint256\"}],\"name\":\"ModelOutOfGas\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelUnchanged\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoProgress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIPredictionMarket.Param\",\"name\":\"param\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"PieceMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numSamples\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"PieceSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxContributions\",\"type\":\"uint256\"}],\"name\":\"RunFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"SampleTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"StakeNotExact\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"StakeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"StakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"StepTooHeavy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"TooManyPieces\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIPredictionMarket.Phase\",\"name\":\"expected\",\"type\":\"uint8\"},{\"internalType\":\"enumIPredictionMarket.Phase\",\"name\":\"current\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIPredictionMarket.Stage\",\"name\":\"stage\",\"type\":\"uint8\"}],\"name\":\"WrongStage\",\"type\":\"error\"}]",
	ID:  "10503a2aecc7f8aa837fcc9d626a2f79cd",
	Bin: "0x60808060405234601557614bfe908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f905f3560e01c908163037f2b7f1461385e575080630eecae211461375d5780631307e5761461374057806316b2d2fa1461370857806316cc66dc146136bb57806316f0115b1461368b5780631e83409a146135945780632c600c70146128285780633058e6fe1461280b578063340019181461270457806335faa416146127815780633db7e3471461274a5780633eb06ece1461272d578063402914f51461270957806341a16c0f1461270457806343fbacd5146126e65780634e8a8cbb146126ca5780634f4f977d146126ad57806351cff8d91461260457806352b65c4b146125e7578063582c7928146123c05780635dfe767e14611f705780636070329914611e9f57806362c2af5814611e815780636351811f14611e64578063708e4a8614611ad55780637684546214611a9c57806379502c55146118e657806381b7e6ba146118c757806384b07012146112435780638791bf79146117a05780638831883414611668578063885d38ae1461164a5780638973bc7e14610b345780638df82800146112485780638ec925d91461124357806393e136da146112255780639847231714611208578063b0a11fcc1461104e578063b1724b4614611030578063b192da2d14611012578063bb79ea6a14610f88578063c040622614610f6b578063c19d93fb14610c10578063c5cffb8e14610bf2578063c895b8eb14610bd1578063c98517c514610bac578063cb1c2b5c14610b90578063d1b02f0e14610b72578063df18e04714610b39578063e434e37914610b34578063ea8a1af014610aca578063ee62cc0114610aa3578063f2a3ce471461060e578063f3d86e4a14610365578063f68442cd14610348578063fb667ed5146103195763ffd141451461029c575f80fd5b346103165760406060916102af36613888565b906102b8613e7b565b508252600c602052828220908252602052206040516102d681613a87565b6001600160601b03825460406001808060a01b03831695868652602086019360a01c84520154930192835260405193845251166020830152516040820152f35b80fd5b50346103165760403660031901126103165760206103406103386138b4565b600435614432565b604051908152f35b50346103165780600319360112610316576020604051611f408152f35b503461031657806003193601126103165761037e614053565b60025460ff8160a01c16600681101590816105fa57600281149182156105ed575b82156105ac575b50508061058f575b159081610565575b60015460a01c9161138883028381046113881484151715610551576127109004916001600160601b0360055460601c161593845f146105415785945b610539575b506104048360145461393d565b6014556201000560a01b62ff00ff60a01b19909116176002556004805464ffffffffff60401b191690556005546040519260609190911c6001600160601b0316919061044f84613a87565b8360809360027fa15c9d537cf928ae04843c3c7cb794bfb42fa2e8a36eebd8e6e5eeccee9aaeb2965260208201906001600160601b0388168252604083019081525f545f52601260205260405f209251916104a9836138e6565b6104b2836138e6565b60ff610100600160681b038554925160081b16926001600160601b0360681b905160681b1693169066ffffffffffffff60c81b16171717905585549463ffffffff60045460d01c169260405193845215602084015260408301526060820152a2805f516020614bde5f395f51905f525d80f35b634e487b7160e01b5f52602160045260245ffd5b92505f6103f7565b61054b8482613a0b565b946103f2565b634e487b7160e01b85526011600452602485fd5b61056d61415b565b64ffffffffff60045460401c1642116103b657631ca370ad60e01b8352600483fd5b506105a26001600160a01b03821661493e565b60135414156103ae565b9091506105d957600414806105c3575b5f806103a6565b5060ff600954166105d3816138e6565b156105bc565b634e487b7160e01b83526021600452602483fd5b506003811491505f61039f565b634e487b7160e01b84526021600452602484fd5b50346103165761061d36613967565b92610629929192614053565b61063161415b565b6004549261064864ffffffffff8560401c166146a8565b828503610a8c5763ffffffff808560d01c169460901c16945f198601958611610a785783158015610a66575b610a455786949394549063ffffffff6005541695885b818110610948576004805463ffffffff60d01b191660d089901b63ffffffff60d01b161790558989886106d56106bf8c6145d3565b63ffffffff1663ffffffff196005541617600555565b146106ee575b805f516020614bde5f395f51905f525d80f35b61070660015460a01c63ffffffff6005541690614035565b6002805460ff60a01b1916600160a21b1790556007546107589064ffffffffff906107349060e01c4261393d565b1664ffffffffff60401b6004549160401b169064ffffffffff60401b191617600455565b60085460601c60ff1615610936578163ffffffff60055460401c165b6040519061078182613a6b565b8282526020820183905260408201839052606082018390526080820183905260a0820183905260c0820183905260e08201839052600161010083015263ffffffff81166101208301526001600160801b03848116610140840181905261016084019190915261018083018481526101a0909301848152600980546001600160f81b03191661ff00871515600881901b919091169190911762ff000060109290921b919091161766ffffffff000000601888901b161763ffffffff60381b603888901b1617605887901b63ffffffff60581b1617607887901b63ffffffff60781b161760989690961b63ffffffff60981b169590951760d89390931b63ffffffff60d81b1692909217600160b81b179093556001600160801b0319909217600a55516001600160801b03166108cb906001600160801b03166001600160801b0319600b541617600b55565b516001600160801b03166108f4906001600160801b03600b549181199060801b16911617600b55565b81549060055463ffffffff1690604051918252602082015260407f064c3ee3efe7c109d4b6f445d85f264423731780b001f5c0fb2701d1a22f2c8191a26106db565b8163ffffffff60055460201c16610774565b61095187614667565b61096561095f83858a613ffc565b90614711565b9861098e876003548c85610986888b63ffffffff60045460901c1696613ffc565b949093614801565b15610a315790857fbe964747a649c9765c4f1284d780d5601e968aac22e4e9b02f1a9ef2c9b755f2896109f48f600197968f8f83604091896109ee9652600f60205282822090825260205220556109e6888b86613ffc565b91905061393d565b9c614027565b9c610a25610a19610a13888b610a0b828289613ffc565b979050613ffc565b906148ad565b60405193849384613e5f565b0390a30196959661068a565b635e3fa05160e01b8c52600482905260248cfd5b60448785610a53888a613a0b565b9063040d3d9760e01b8352600452602452fd5b50610a718587613a0b565b8411610674565b634e487b7160e01b87526011600452602487fd5b60448686856355c5b3e360e11b8352600452602452fd5b503461031657806003193601126103165760206040516b033b2e3c9fd0803ce80000008152f35b5034610316578060031936011261031657610ae3614053565b610aeb614088565b610b0064ffffffffff60045460401c1661468b565b80547fc41d93b8bfbf9fd7cf5bfe271fd649ab6a6fec0ea101c23b82a2a28eca2533a98280a26106db60015460a01c6143b7565b61394a565b5034610316576020366003190112610316576020906040906001600160a01b03610b6161389e565b168152601083522054604051908152f35b5034610316578060031936011261031657602060405162030d408152f35b5034610316578060031936011261031657602060405160018152f35b5034610316578060031936011261031657602060405169d3c21bcecceda10000008152f35b5034610316578060031936011261031657610bea614053565b6106db613e99565b50346103165780600319360112610316576020604051628954408152f35b5034610316578060031936011261031657610280604051610c3081613a4f565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e0820152826102008201528261022082015282610240820152826102608201520152604051610cbf81613a4f565b6001546001600160a01b03808216835260a091821c602084015260025490811660408401529081901c60ff16600681101561052557606083015260ff8160a81c161515608083015260ff8160b01c16151560a083015260ff8160b81c16151560c083015260c01c60e082015260035461010082015260ff6004546001600160401b03811661012084015264ffffffffff8160401c1661014084015264ffffffffff8160681c1661016084015263ffffffff8160901c1661018084015263ffffffff8160b01c166101a084015263ffffffff8160d01c166101c084015260f01c1615156101e08201526001600160601b0360055463ffffffff811661020084015263ffffffff8160201c1661022084015263ffffffff8160401c1661024084015260601c166102608201526001600160801b036006541661028082015260405160018060a01b0382511681526001600160601b03602083015116602082015260018060a01b0360408301511660408201526060820151916006831015610525576102806001600160801b03916102a094606085015260808101511515608085015260a0810151151560a085015260c0810151151560c08501526001600160401b0360e08201511660e08501526101008101516101008501526001600160401b036101208201511661012085015264ffffffffff6101408201511661014085015264ffffffffff6101608201511661016085015263ffffffff6101808201511661018085015263ffffffff6101a0820151166101a085015263ffffffff6101c0820151166101c08501526101e081015115156101e085015263ffffffff6102008201511661020085015263ffffffff6102208201511661022085015263ffffffff610240820151166102408501526001600160601b0361026082015116610260850152015116610280820152f35b503461031657806003193601126103165760209054604051908152f35b5034610316576020366003190112610316576040606091610fa7613e7b565b5060043581526012602052206001600160601b0360405191610fc883613a87565b548160ff821693610fd8856138e6565b8481528160406020830192828660081c168452019360681c16835260405194611000816138e6565b85525116602084015251166040820152f35b50346103165780600319360112610316576020601454604051908152f35b50346103165780600319360112610316576020604051621275008152f35b50346103165761105d36613967565b909192611068614053565b611070614088565b60045461108664ffffffffff8260401c166146a8565b60ff60025460a81c16156111b3575b506110ca6004549263ffffffff8460b01c169485946110b48886614711565b96879163ffffffff6003549160901c1690614801565b1561119f57916020917fde8bfc330a14cc43a950376f98dd0f982464cc81ff843d331de825f5d6495706937fbe964747a649c9765c4f1284d780d5601e968aac22e4e9b02f1a9ef2c9b755f28661112c63ffffffff60075460801c164261393d565b6002805460ff60a01b1916600160a11b1790556004805464ffffffffff60681b1916606883901b64ffffffffff60681b161790559464ffffffffff60401b1960045416600455611182610a198b549a8b966148ad565b0390a3604051908152a2805f516020614bde5f395f51905f525d80f35b635e3fa05160e01b85526004829052602485fd5b6001600160401b0316804311156111f657506111cd614190565b156111d8575f611095565b60048054634b9e696360e11b87526001600160401b03169052602485fd5b63635df11960e11b8652600452602485fd5b503461031657806003193601126103165760206040516110008152f35b50346103165780600319360112610316576020604051620100008152f35b613920565b503461031657602036600319011261031657611262614053565b61126a614127565b8054808252600c60205260408220818352600d60205260408320828452600e602052604084209060405192637f8988df60e01b84526112ab60048501613da5565b60016101c485015260076101e4850152610204840152610224830152610244820152816102648201526004356102848201526101e0816102a48173__$2708f7a0451f5f75cfc02e17ec8c44e5f2$__5af490811561163f57839084926115ee575b50806101a0915161131c816138e6565b611325816138e6565b60098054602084015160408501516060860151608087015160a088015160c089015160e08a01516101008b01516101208c01516001600160f81b031990991660ff909b169a909a1796151560081b61ff00169690961762ff000095151560101b959095169490941760189390931b66ffffffff000000169290921760389190911b63ffffffff60381b161760589190911b63ffffffff60581b161760789190911b63ffffffff60781b161760989190911b63ffffffff60981b161760b89390931b63ffffffff60b81b169290921760d89290921b63ffffffff60d81b16919091179055610140810151600a80546001600160801b0319166001600160801b039290921691909117905561145b6001600160801b03610160830151166001600160801b03600a549181199060801b16911617600a55565b6114896001600160801b03610180830151166001600160801b03166001600160801b0319600b541617600b55565b01906114b46001600160801b038351166001600160801b03600b549181199060801b16911617600b55565b6114cd575b82805f516020614bde5f395f51905f525d80f35b600560a01b60ff60a01b19600254161760025564ffffffffff60401b19600454166004556001600160601b0360055460601c166040519161150d83613a87565b8260409260017f4d75b19af1563ef8d8074dfc25289fcd102c44a7bf9a895efce53bb41c3513e6955260208201905f82528483019081525f545f526012602052845f2092519161155c836138e6565b611565836138e6565b60ff610100600160681b038554925160081b16926001600160601b0360681b905160681b1693169066ffffffffffffff60c81b1617171790556115dc6001600160801b03825116916001600160801b036115d360015460a01c6001600160601b0360055460601c169061393d565b91511690613a0b565b82519182526020820152a25f806114b9565b9150506101e03d8111611638575b6116068183613ad9565b81016101e0828203126116345761162d6101c06116266101a09385613c92565b9301613c60565b919061130c565b8380fd5b503d6115fc565b6040513d85823e3d90fd5b5034610316578060031936011261031657602060405162263b808152f35b5034610316578060031936011261031657611681614053565b611689614127565b60045461169f64ffffffffff8260401c1661468b565b6002805460ff60a01b1916600560a01b1790557fff00ffffffffffffffffffffffffffffffffff0000000000ffffffffffffffff16600160f01b176004556005546040519060601c6001600160601b03166116f982613a87565b6003825260208201905f8252604083019081525f545f52601260205260405f20925191611725836138e6565b61172e836138e6565b60ff610100600160681b038554925160081b16926001600160601b0360681b905160681b1693169066ffffffffffffff60c81b16171717905580547f4a09bc23edc2a2e0d70a566d0938a1d4561b8acc140cf5d0009fd64c24f307148280a2805f516020614bde5f395f51905f525d80f35b50346103165760403660031901126103165760406117bc6138b4565b918060c083516117cb81613abe565b82815282602082015282858201528260608201528260808201528260a082015201526004358152600d602052209060018060a01b03165f5260205260e060405f2063ffffffff6040519161181e83613abe565b8054926001600160601b0384169384825260208201926001600160601b038260601c1684528460408401818460c01c1681526001600160601b036001606087019460ff878d1c161515865260ff608089019760e81c16151587520154968360c060a08901988a600f0b8a52019860801c168852604051998a5251166020890152511660408701525115156060860152511515608085015251600f0b60a0840152511660c0820152f35b5034610316576020366003190112610316576020610340600435614667565b503461031657806003193601126103165760405161190381613aa2565b8181528160208201528160408201528160608201528160808201528160a08201528160c08201528160e0820152816101008201528161012082015281610140820152610160015260405161195681613aa2565b6007546001600160601b03811691828152602081018260601c63ffffffff168152604082018360801c63ffffffff168152606083018460a01c63ffffffff168152608084018560c01c63ffffffff16815260a085019560e01c86526008549560c086019161ffff8816835260e08701938860101c61ffff1685526101008801958960201c63ffffffff1687526101208901978a60401c63ffffffff1689526101408a01998b60601c60ff1615158b52610160019a60681c60ff1615158b526040519b8c525163ffffffff1660208c01525163ffffffff1660408b01525163ffffffff1660608a01525163ffffffff1660808901525163ffffffff1660a08801525161ffff1660c08701525161ffff1660e08601525163ffffffff166101008501525163ffffffff1661012084015251151561014083015251151561016082015261018090f35b5034610316576020366003190112610316576020906040906001600160a01b03611ac461389e565b168152601183522054604051908152f35b503461031657366003190160608112611e60576024356001600160401b038111611e3257611b079036906004016138f0565b50506044356001600160401b038111611e3257611b289036906004016138f0565b5050611b32614053565b611b3a614127565b81549060018060a01b036001541691808452600c6020526040842092818552600d6020526040852091808652600f602052604086206013549280885260116020526040882054905f198201918211611e4c5790611b969161425b565b9336600411611e485760405163974fd7f760e01b815296611bb960048901613da5565b60016101c489015260076101e48901526102048801526102248701526102448601526102648501526102848401526001600160a01b03166102a48301526102e06102c48301526102e4820181905260046103048301378161030036830101526101c08161030481601f19601b360116810103018173__$2708f7a0451f5f75cfc02e17ec8c44e5f2$__5af4908115611e3d578291611ded575b506001600160801b036101a0826106db9351611c6d816138e6565b611c76816138e6565b60098054602084015160408501516060860151608087015160a088015160c089015160e08a01516101008b01516101208c01516001600160f81b031990991660ff909b169a909a1796151560081b61ff00169690961762ff000095151560101b959095169490941760189390931b66ffffffff000000169290921760389190911b63ffffffff60381b161760589190911b63ffffffff60581b161760789190911b63ffffffff60781b161760989190911b63ffffffff60981b161760b89390931b63ffffffff60b81b169290921760d89290921b63ffffffff60d81b16919091179055610140810151600a80546001600160801b0319166001600160801b0392861692909216919091179055611da883610160830151166001600160801b03600a549181199060801b16911617600a55565b611dcf83610180830151166001600160801b03166001600160801b0319600b541617600b55565b0151166001600160801b03600b549181199060801b16911617600b55565b90506101c03d8111611e36575b611e048183613ad9565b8101906101c081830312611e32576101a0611e2a6106db936001600160801b0393613c92565b925050611c52565b8280fd5b503d611dfa565b6040513d84823e3d90fd5b8780fd5b634e487b7160e01b89526011600452602489fd5b5080fd5b503461031657806003193601126103165760206040516105148152f35b50346103165780600319360112610316576020604051623d09008152f35b50346103165760403660031901126103165760043590611ebd6138b4565b611ec5614053565b611ecf33846142b1565b908115611f5d5782936106db93548114611f2f575b604080516001600160a01b0384168152602081018590523392917fce3bcb6e219596cf26007ffdfaae8953bc3f76e3f36c0a79b23e28020da3222e91a36001600160a01b031661434f565b6006546001600160801b03611f488186168284166139c5565b16906001600160801b03191617600655611ee4565b633a8d87ed60e11b835233600452602483fd5b506040366003190112610316576004356001600160401b038111611e6057611f9c9036906004016138f0565b602435906001600160401b0382168083036123bc57611fb9614053565b611fc16140f2565b60025460c01c90818110156123a757505060085491611fe861ffff8460101c16838661456b565b6001600160601b0360075416803410612391578034141580612383575b61236d575069d3c21bcecceda1000000341161234c576001600160601b0334169085549263ffffffff60055460201c1694600186018096116123385760401c63ffffffff1680861161232657507f6d1bb5c5711c9c98bb18a659ecf5d3c9dbe92af41378fcea022ebb9801bc054a9291612231916120a8612085886145d3565b67ffffffff000000006005549160201b169067ffffffff00000000191617600555565b6120ee6120c3856001600160601b0360055460601c16613c04565b60058054600160601b600160c01b03191660609290921b600160601b600160c01b0316919091179055565b6120f982828a6145fe565b60016040519161210883613a87565b3383526020830187815260408401918252898d52600c6020528c8b60408220915260205260408d2093838060a01b0390848060a01b03905116166001600160601b0360a01b855416178455518354906001600160601b0360a01b906001600160601b0360a01b9060a01b161690838060a01b031617835551910155858952600d6020526040892060018060a01b0333165f5260205260405f2063ffffffff815460c01c16156122a5575b60ff60085460601c16612265575b6001600160601b036121d58682845416613c04565b166001600160601b03198254161781556121f863ffffffff825460c01c16613c24565b815463ffffffff60c01b191660c09190911b63ffffffff60c01b16179055612227612222826149ca565b614635565b97602089016149eb565b50604051908152604060208201528061224f33966040830190613c3c565b0390a4805f516020614bde5f395f51905f525d80f35b61227c856001600160601b03835460601c16613c04565b8154600160601b600160c01b03191660609190911b600160601b600160c01b03161781556121c0565b60ff60085460601c166122f0575b6122eb6122ca63ffffffff60055460401c16613c24565b63ffffffff60401b6005549160401b169063ffffffff60401b191617600555565b6121b2565b868a52600e60209081526040808c20600554821c63ffffffff168d529091528a2080546001600160a01b031916331790556122b3565b631d1c31cb60e31b8852600452602487fd5b634e487b7160e01b88526011600452602488fd5b63c08511af60e01b855269d3c21bcecceda100000060045234602452604485fd5b6356f0f6d160e11b865260045234602452604485fd5b5060ff8460681c1615612005565b63829f116360e01b865260045234602452604485fd5b633be6bfe760e11b8652600452602452604484fd5b8480fd5b50346103165780600319360112610316576040516123dd81613a6b565b8181528160208201528160408201528160608201528160808201528160a08201528160c08201528160e082015281610100820152816101208201528161014082015281610160820152816101808201526101a0015260405161243e81613a6b565b6009549060ff821690612450826138e6565b81815260208101928060081c60ff1615158452604082018160101c60ff161515815260608301918060181c63ffffffff168352608084018160381c63ffffffff16815260a085018260581c63ffffffff16815260c086018360781c63ffffffff16815260e08701918460981c63ffffffff1683526101008801938560b81c63ffffffff16855261012089019560d81c63ffffffff168652600a54976101408a01976001600160801b038a1689526101608b019960801c8a52600b549b8b6101808e9d019c6001600160801b03168d526101a0019c60801c8d526040519d818f92612539906138e6565b8252511515906020015251151560408d01525163ffffffff1660608c01525163ffffffff1660808b01525163ffffffff1660a08a01525163ffffffff1660c08901525163ffffffff1660e08801525163ffffffff166101008701525163ffffffff16610120860152516001600160801b0316610140850152516001600160801b0316610160840152516001600160801b0316610180830152516001600160801b03166101a08201526101c090f35b50346103165780600319360112610316576020604051610e108152f35b50346103165760203660031901126103165761261e61389e565b612626614053565b3382526010602052604082205490811561269a573380845260106020908152604080862086905580516001600160a01b03851681529182018590526106db949392917f2717ead6b9200dd235aad468c9809ea400fe33ac69b5bfaa6d3e90fc922b63989190a26001600160a01b031661434f565b636e34ee0b60e11b835233600452602483fd5b503461031657806003193601126103165760206040516103e88152f35b5034610316578060031936011261031657602060405160058152f35b50346103165780600319360112610316576020604051620249f08152f35b6138ca565b503461031657602036600319011261031657602061034061272861389e565b613b98565b503461031657806003193601126103165760206040516127108152f35b50346103165760209061275c36613888565b908252600e8352604082209082528252604060018060a01b0391205416604051908152f35b503461031657806003193601126103165761279a614053565b6127a26140bd565b806002549060ff8260b81c16156127ea575b6106db915082547f8ca6abf6b1c0bd37b098133cb9c8a94eb36b3f0f859bbca87c56b032880f5b356020604051848152a26143b7565b5060ff60b81b1916600160b81b176002556106db6128066142fb565b6127b4565b503461031657806003193601126103165760206040516113888152f35b6101e0366003190112613205576004356001600160a01b038116908190036132055760243560443561018036606319011261320557612865614053565b60ff60025460a01c16600681101561052557806135775750620186a034108015613562575b6135285760028110801561351c575b61350a576001600160601b036128ad613b82565b166001811080156134f7575b6134cc575063ffffffff6128cb613afa565b166001811080156134c1575b61349d57506128e4613b0e565b63ffffffff806128f2613afa565b9216911680821161347c57505063ffffffff61290c613b21565b16610e1081108015613470575b61344a575063ffffffff61292b613b34565b16610e108110801561343e575b613418575063ffffffff61294a613b47565b16610e108110801561340c575b6133e7575063ffffffff612969613b5a565b1662015180811080156133db575b6133b4575061ffff612987613a18565b166001811080156133a9575b613385575061ffff6129a3613a2a565b1660018110801561337a575b613356575063ffffffff6129c1613b6e565b166127108110801561334a575b613320575063ffffffff6129e0613b6e565b16611f4081018091116132285761ffff6129f8613a2a565b1680610514029061051482040361322857612a129161393d565b61ffff612a1d613a18565b16906001820180921161322857612a3391613a3c565b620249f081018091116132285762895440811161330757505f19810181811161322857612a6c9061ffff612a65613a18565b1690613a3c565b8034106132f157505f5491335f52601160205260405f205490612a8f823361425b565b60405163bab861c160e01b815293906020856004818a5afa948515613209575f956132ad575b506001600160a01b039081169416848103613296575060405163043e13a760e41b81526020816004818a5afa908115613209575f91613254575b506005430190814311613228576001600160601b03341161323c576001600160801b03610280612ec99264ffffffffff612b3663ffffffff612b2f613b34565b164261393d565b166001600160401b0360405192612b4c84613a4f565b3384526001600160601b03341660208501528d6040850152600160608501525f60808501525f60a08501525f60c08501521660e0830152876101008301526001600160401b0386166101208301526101408201525f61016082015263ffffffff86166101808201525f6101a08201525f6101c08201525f6101e08201525f6102008201525f6102208201525f6102408201525f6102608201525f8282015260018060a01b038151166001600160601b0360a01b60015416176001556020810151600154906001600160601b0360a01b906001600160601b0360a01b9060a01b16169060018060a01b03161760015560018060a01b036040820151166001600160601b0360a01b6002541617600255600160a01b60ff60a01b196002541617600255608081015115156002549060ff60a81b9060a81b169060ff60a81b19161760025560a081015115156002549060ff60b01b9060b01b169060ff60b01b19161760025560c081015115156002549060ff60b81b9060b81b169060ff60b81b19161760025560e0810151600254906001600160401b0360c01b9060c01b169060018060c01b031617600255610100810151600355612d2d6001600160401b03610120830151166001600160401b03166001600160401b03196004541617600455565b612d6064ffffffffff6101408301511664ffffffffff60401b6004549160401b169064ffffffffff60401b191617600455565b610160810151600480546101808401516101a08501516101c08601516101e087015160ff60f01b90151560f01b1660d09190911b63ffffffff60d01b1660b09290921b63ffffffff60b01b1660909390931b63ffffffff60901b1660689690961b64ffffffffff60681b1671ffffffffffffffffffffffffffffffffffff60681b19909416939093179490941717929092179190911790556102008101516005805463ffffffff90921663ffffffff19909216919091179055612e4b63ffffffff6102208301511667ffffffff000000006005549160201b169067ffffffff00000000191617600555565b612e7b63ffffffff6102408301511663ffffffff60401b6005549160401b169063ffffffff60401b191617600555565b61026081015160058054600160601b600160c01b03191660609290921b600160601b600160c01b03169190911790550151166001600160801b03166001600160801b03196006541617600655565b6001600160601b03612ed9613b82565b166001600160601b03196007541617600755612ef3613b0e565b60075463ffffffff60801b612f06613b21565b60801b169063ffffffff60a01b612f1b613b34565b60a01b169263ffffffff60601b9060601b16906001600160601b0360601b1916171717600755612f49613b47565b6007805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055612f74613b5a565b600780546001600160e01b031660e09290921b6001600160e01b03191691909117905561ffff612fa2613a18565b166008549063ffff0000612fb4613a2a565b60101b169163ffffffff19161717600855612fcd613b6e565b67ffffffff000000006008549160201b169067ffffffff00000000191617600855612ff6613afa565b63ffffffff60401b6008549160401b169063ffffffff60401b1916176008556101a435918215159384840361320557600854966101c43596871515988989036132055761ffff60601b1916606088901b60ff60601b161760688a901b60ff60681b161760085560018101908181116132285761307f91335f52601160205260405f20553361437d565b6040516101b58082018281106001600160401b03821117613214578291614a29833903905ff515613209576130b38a61493e565b601355604051998a5260208a01523460408a01526060890152608088015260a08701526064356001600160601b0381168091036132055760c087015260843563ffffffff81168091036132055760e087015260a43563ffffffff81168091036132055761010087015260c43563ffffffff81168091036132055761012087015260e43563ffffffff8116809103613205576101408701526101043563ffffffff8116809103613205576101608701526101243561ffff8116809103613205576101808701526101443561ffff8116809103613205576101a08701526101643563ffffffff8116809103613205576101c08701526101843563ffffffff8116809103613205576101e087015250610200850152506102208301527f9889790b7de747e461934519826eb9236b23f745fc74c8741e404de8236512986102403393a35f5f516020614bde5f395f51905f525d005b5f80fd5b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b6306dfcc6560e41b5f5260606004523460245260445ffd5b90506020813d60201161328e575b8161326f60209383613ad9565b8101031261320557516001600160401b03811681036132055787612aef565b3d9150613262565b8490637c65e90760e11b5f5260045260245260445ffd5b9094506020813d6020116132e9575b816132c960209383613ad9565b8101031261320557516001600160a01b0381168103613205579387612ab5565b3d91506132bc565b63d3bf989960e01b5f523460045260245260445ffd5b639d0f912760e01b5f526004526289544060245260445ffd5b61271090613346623d0900604051938493630f4398fd60e11b85526008600486016139e5565b0390fd5b50623d090081116129ce565b600190613346611000604051938493630f4398fd60e11b85526007600486016139e5565b5061100081116129af565b600190613346610200604051938493630f4398fd60e11b85526006600486016139e5565b506102008111612993565b620151809061334662093a80604051938493630f4398fd60e11b85526005600486016139e5565b5062093a808111612977565b610e109061334662093a80604051938493630f4398fd60e11b855260048086016139e5565b5062093a808111612957565b610e109061334662015180604051938493630f4398fd60e11b85526003600486016139e5565b50620151808111612938565b610e109061334662127500604051938493630f4398fd60e11b85526002600486016139e5565b50621275008111612919565b604051630f4398fd60e11b8152918291613346915f906001600486016139e5565b6001906133466103e8604051938493630f4398fd60e11b85526009600486016139e5565b506103e881116128d7565b60019061334669d3c21bcecceda1000000604051938493630f4398fd60e11b85525f600486016139e5565b5069d3c21bcecceda100000081116128b9565b636d3b981760e11b5f5260045260245ffd5b50620100008111612899565b604051630f4398fd60e11b8152600a6004820152346024820152620186a060448201526b033b2e3c9fd0803ce80000006064820152608490fd5b506b033b2e3c9fd0803ce8000000341161288a565b6305fb5e1b60e01b5f90815260045261358f906139b7565b60445ffd5b34613205576020366003190112613205576135ad61389e565b6135b5614053565b6135bd6140bd565b5f54906135ca33836142b1565b9060018060a01b036001541633148061367b575b61364f575b811561363c5761362a92611ee461360e6001600160801b0385166001600160801b03600654166139c5565b6001600160801b03166001600160801b03196006541617600655565b5f5f516020614bde5f395f51905f525d005b633a8d87ed60e11b5f523360045260245ffd5b6002805460ff60b81b1916600160b81b179055906136759061366f6142fb565b9061393d565b906135e3565b5060ff60025460b81c16156135de565b34613205575f36600319011261320557602061034060015460a01c6001600160601b0360055460601c169061393d565b346132055760203660031901126132055760206136f66136d961389e565b6001600160a01b0381165f9081526011845260409020549061425b565b6040516001600160a01b039091168152f35b34613205575f3660031901126132055760135460025460409190613734906001600160a01b031661493e565b82519182526020820152f35b34613205575f366003190112613205576020604051620186a08152f35b34613205575f36600319011261320557613775614053565b61377d614088565b60ff60025460a81c16613840576001600160401b03600454168043111561382e576137a6614190565b156137bd575f5f516020614bde5f395f51905f525d005b60054301804311613228576001600160401b036137f191166001600160401b03166001600160401b03196004541617600455565b5f547ff9af5fdcc194f4010be0bdfc49c4e785004f4bd2952fd4b508b3276a2592ba2060206001600160401b0360045416604051908152a261362a565b63635df11960e11b5f5260045260245ffd5b63ffffffff60045460b01c16637e62addd60e01b5f5260045260245ffd5b346132055760209061386f36613888565b905f52600f835260405f20905f52825260405f20548152f35b6040906003190112613205576004359060243590565b600435906001600160a01b038216820361320557565b602435906001600160a01b038216820361320557565b34613205575f3660031901126132055760206040516102008152f35b6004111561052557565b9181601f84011215613205578235916001600160401b038311613205576020808501948460051b01011161320557565b34613205575f366003190112613205576020604051620151808152f35b9190820180921161322857565b34613205575f36600319011261320557602060405162093a808152f35b6040600319820112613205576004356001600160401b0381116132055781613991916004016138f0565b92909291602435906001600160401b038211613205576139b3916004016138f0565b9091565b600681101561052557602452565b906001600160801b03809116911601906001600160801b03821161322857565b90919493926080820195600b841015610525576060938352602083015260408201520152565b9190820391821161322857565b6101243561ffff811681036132055790565b6101443561ffff811681036132055790565b8181029291811591840414171561322857565b6102a081019081106001600160401b0382111761321457604052565b6101c081019081106001600160401b0382111761321457604052565b606081019081106001600160401b0382111761321457604052565b61018081019081106001600160401b0382111761321457604052565b60e081019081106001600160401b0382111761321457604052565b90601f801991011681019081106001600160401b0382111761321457604052565b6101843563ffffffff811681036132055790565b60843563ffffffff811681036132055790565b60a43563ffffffff811681036132055790565b60c43563ffffffff811681036132055790565b60e43563ffffffff811681036132055790565b6101043563ffffffff811681036132055790565b6101643563ffffffff811681036132055790565b6064356001600160601b03811681036132055790565b9060025460ff8160a01c16600681101561052557600503613bfe57613bbe835f54614432565b60015490936001600160a01b039081169116149081613bef575b50613bdf57565b90613bec9061366f6142fb565b90565b60ff915060b81c16155f613bd8565b505f9150565b906001600160601b03809116911601906001600160601b03821161322857565b63ffffffff60019116019063ffffffff821161322857565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b5190811515820361320557565b519063ffffffff8216820361320557565b51906001600160801b038216820361320557565b9190826101c091031261320557604051613cab81613a6b565b80928051906004821015613205576101a0613da09181938552613cd060208201613c60565b6020860152613ce160408201613c60565b6040860152613cf260608201613c6d565b6060860152613d0360808201613c6d565b6080860152613d1460a08201613c6d565b60a0860152613d2560c08201613c6d565b60c0860152613d3660e08201613c6d565b60e0860152613d486101008201613c6d565b610100860152613d5b6101208201613c6d565b610120860152613d6e6101408201613c7e565b610140860152613d816101608201613c7e565b610160860152613d946101808201613c7e565b61018086015201613c7e565b910152565b63ffffffff60095460ff8116613dba816138e6565b835260ff8160081c161515602084015260ff8160101c1615156040840152818160181c166060840152818160381c166080840152818160581c1660a0840152818160781c1660c0840152818160981c1660e0840152818160b81c1661010084015260d81c16610120820152600a546001600160801b03811661014083015260801c6101608201526101a0600b546001600160801b03811661018084015260801c910152565b613bec9392606092825260208201528160408201520190613c3c565b60405190613e8882613a87565b5f6040838281528260208201520152565b613ea16140f2565b63ffffffff60055460201c1663ffffffff60075460601c1680821080613fb2575b613f8c57508015613f4a577f9fa53e00c16cc77762eee7dbd9226bda4343e4f4113bc6aad2936eed659dc7626040613f0563ffffffff60075460c01c164261393d565b6002805460ff60a01b1916600360a01b1790556004805464ffffffffff60401b1916604083901b64ffffffffff60401b16179055925f549382519182526020820152a2565b505f547f9fa53e00c16cc77762eee7dbd9226bda4343e4f4113bc6aad2936eed659dc762604080515f81525f6020820152a2613f8a60015460a01c6143b7565b565b64ffffffffff60045460681c1691630f993fcd60e11b5f5260045260245260445260645ffd5b5064ffffffffff60045460681c164210613ec2565b903590601e198136030182121561320557018035906001600160401b03821161320557602001918160051b3603831361320557565b90821015614013576139b39160051b810190613fc7565b634e487b7160e01b5f52603260045260245ffd5b5f1981146132285760010190565b811561403f570490565b634e487b7160e01b5f52601260045260245ffd5b5f516020614bde5f395f51905f525c6140795760015f516020614bde5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b60ff60025460a01c16600681101561052557600181036140a55750565b6305fb5e1b60e01b5f5261358f9060016004526139b7565b60ff60025460a01c16600681101561052557600581036140da5750565b6305fb5e1b60e01b5f5261358f9060056004526139b7565b60ff60025460a01c166006811015610525576002810361410f5750565b6305fb5e1b60e01b5f5261358f9060026004526139b7565b60ff60025460a01c16600681101561052557600481036141445750565b6305fb5e1b60e01b5f5261358f90600480526139b7565b60ff60025460a01c16600681101561052557600381036141785750565b6305fb5e1b60e01b5f5261358f9060036004526139b7565b6004546001600160401b0381164080156142555763ffffffff906003545f54604051916020830193845260408301526060820152306080820152608081526141d960a082613ad9565b5190209160901c1690811561403f576004805463ffffffff60b01b19169290910660b081901b63ffffffff60b01b169290921790556002805460ff60a81b1916600160a81b1790555f54604051918252907fc3e2c497747985bf315315dfd8a548299a524dc272ee7c15d8e7b081015e955990602090a2600190565b50505f90565b600b916142679161437d565b6101b560405161427a6020830182613ad9565b8181526020810191614a2983395190209060405191604083015260208201523081520160ff8153605590206001600160a01b031690565b91906142bd8184614432565b92836142c7575050565b5f908152600d602090815260408083206001600160a01b03909416835292905220805460ff60e81b1916600160e81b179055565b60ff60025460b01c1661434b5760ff60045460f01c1661434257613bec61433660015460a01c6001600160601b0360055460601c169061393d565b600b5460801c90613a0b565b60015460a01c90565b5f90565b5f80808085855af115614360575050565b630e21dcbb60e11b5f5260018060a01b031660045260245260445ffd5b604080516001600160a01b0390921660208301908152908201929092526143b181606081015b03601f198101835282613ad9565b51902090565b5f546001546001600160a01b03169180614414575b6002805460ff60a01b1916905560018201808311613228577f2a2cdda665f8e5bf5781a3ce93a60cbf53dc48cb83e9470a4904de33c8fd275c916020915f55604051908152a3565b825f52601060205260405f2061442b82825461393d565b90556143cc565b90815f52600d60205260405f209060018060a01b03165f5260205260405f20549063ffffffff8260c01c1615801561455e575b614255575f52601260205260405f206040519061448182613a87565b549160ff831691614491836138e6565b828152600160208201936001600160601b038660081c1685526001600160601b03604084019660681c1686526144c6816138e6565b6144cf816138e6565b1461454b57600381516144e1816138e6565b6144ea816138e6565b1461453b57600290516144fc816138e6565b614505816138e6565b14614511575050505f90565b613bec926001600160601b0361453281948261366f95169586915116613a3c565b91511690614035565b506001600160601b031692915050565b5060601c6001600160601b031692915050565b5060ff8260e81c16614465565b90918083116145bd575060019160051b8101905b81811061459f575b50501561459057565b6315f3285d60e21b5f5260045ffd5b80358060070b036145b25760200161457f565b5050505f5f80614587565b82632f7128d360e11b5f5260045260245260445ffd5b63ffffffff81116145e75763ffffffff1690565b6306dfcc6560e41b5f52602060045260245260445ffd5b600891926040519360051b8092853760c01b8184015201902090565b6001600160401b03811161321457601f01601f191660200190565b9061463f8261461a565b61464c6040519182613ad9565b828152809261465d601f199161461a565b0190602036910137565b60045460b01c63ffffffff1681101561467d5790565b600181018091116132285790565b804211156146965750565b63336d9e1760e01b5f5260045260245ffd5b8042116146b25750565b63bfb22adf60e01b5f5260045260245ffd5b6001600160401b0381116132145760051b60200190565b91908110156140135760051b81013590603e1981360301821215613205570190565b356001600160401b03811681036132055790565b6008549061ffff8083169260101c1691831580156147e8575b6147d25750614738836146c4565b916147466040519384613ad9565b838352614752846146c4565b602084019490601f19013686375f5b81811061477557505050505160051b902090565b6147b56147838284876146db565b614797856147918380613fc7565b9061456b565b60206147af6147a68380613fc7565b929093016146fd565b916145fe565b9085518110156140135760019160208260051b8801015201614761565b8363050e2cb760e31b5f5260045260245260445ffd5b5080841161472a565b91908110156140135760051b0190565b949391929080841090811591614885575b5061487c579291905f925b80841061482c57505050501490565b90919293600184861c16155f14614860576148488583856147f1565b35905f52602052600160405f205b940192919061481d565b61486b8583856147f1565b355f52602052600160405f20614856565b50505050505f90565b5f91505b806001831b1061489d57508414155f614812565b906148a790614027565b90614889565b9091905f805b848210614918576148c49150614635565b925f90602085015b8183106148d95750505050565b6149106001916148f36148ed8686896146db565b80613fc7565b9061490a602061490489898c6146db565b016146fd565b926149eb565b9201916148cc565b61493660019161366f61492f6148ed868a896146db565b90506149ca565b9101906148b3565b5f806040516020810190637e66e61f60e11b825260048152614961602482613ad9565b51908462030d40fa903d156149bf576143b13d9161497e8361461a565b9261498c6040519485613ad9565b83523d5f602085013e5b3f926143a360405193849260208401968752151560408401526060808401526080830190613c3c565b6143b1606091614996565b6001600160fd1b03811681036132285760031b601001806010116132285790565b601091949360c01b81528260c01b60088201520192809160051b01905b818110614a13575050565b803560c01b8452600890930192602001614a0856fe60a0806040523460285733608052610188908161002d823960805181818160af01526101590152f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816380f5560514610147575063b4d98e0014610032575f80fd5b34610143576060366003190112610143576004356001600160a01b0381168103610143576024359067ffffffffffffffff821682036101435760443567ffffffffffffffff8111610143573660238201121561014357806004013567ffffffffffffffff8111610143578060051b923660248585010111610143577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610130578360245f9485946040519863bd7a1d6160e01b8a52604060048b0152838a0152604489015201606487013784825a95606401925af11561011957005b60061c6032015a111561012e573d5f823e3d90fd5bfe5b63bfae38b360e01b5f523360045260245ffd5b5f80fd5b34610143575f366003190112610143577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f39b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
	Deps: []*bind.MetaData{
		&RewardEngineMetaData,
	},
}

// PredictionMarket is an auto generated Go binding around an Ethereum contract.
type PredictionMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PredictionMarket) GetABI() abi.ABI {
	return c.abi
}

// NewPredictionMarket creates a new instance of PredictionMarket.
func NewPredictionMarket() *PredictionMarket {
	parsed, err := PredictionMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PredictionMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PredictionMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDRAWDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e8a8cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DRAW_DELAY() view returns(uint256)
func (predictionMarket *PredictionMarket) PackDRAWDELAY() []byte {
	enc, err := predictionMarket.abi.Pack("DRAW_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDRAWDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e8a8cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DRAW_DELAY() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackDRAWDELAY() ([]byte, error) {
	return predictionMarket.abi.Pack("DRAW_DELAY")
}

// UnpackDRAWDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e8a8cbb.
//
// Solidity: function DRAW_DELAY() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackDRAWDELAY(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("DRAW_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackENTRYGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6351811f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ENTRY_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) PackENTRYGAS() []byte {
	enc, err := predictionMarket.abi.Pack("ENTRY_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackENTRYGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6351811f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ENTRY_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackENTRYGAS() ([]byte, error) {
	return predictionMarket.abi.Pack("ENTRY_GAS")
}

// UnpackENTRYGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6351811f.
//
// Solidity: function ENTRY_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackENTRYGAS(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("ENTRY_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFORFEITBURNBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3058e6fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FORFEIT_BURN_BPS() view returns(uint256)
func (predictionMarket *PredictionMarket) PackFORFEITBURNBPS() []byte {
	enc, err := predictionMarket.abi.Pack("FORFEIT_BURN_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFORFEITBURNBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3058e6fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FORFEIT_BURN_BPS() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackFORFEITBURNBPS() ([]byte, error) {
	return predictionMarket.abi.Pack("FORFEIT_BURN_BPS")
}

// UnpackFORFEITBURNBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3058e6fe.
//
// Solidity: function FORFEIT_BURN_BPS() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackFORFEITBURNBPS(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("FORFEIT_BURN_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXBOUNTY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee62cc01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BOUNTY() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMAXBOUNTY() []byte {
	enc, err := predictionMarket.abi.Pack("MAX_BOUNTY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBOUNTY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee62cc01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BOUNTY() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMAXBOUNTY() ([]byte, error) {
	return predictionMarket.abi.Pack("MAX_BOUNTY")
}

// UnpackMAXBOUNTY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee62cc01.
//
// Solidity: function MAX_BOUNTY() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMAXBOUNTY(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MAX_BOUNTY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCONTRIBUTIONS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f4f977d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CONTRIBUTIONS() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMAXCONTRIBUTIONS() []byte {
	enc, err := predictionMarket.abi.Pack("MAX_CONTRIBUTIONS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCONTRIBUTIONS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f4f977d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CONTRIBUTIONS() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMAXCONTRIBUTIONS() ([]byte, error) {
	return predictionMarket.abi.Pack("MAX_CONTRIBUTIONS")
}

// UnpackMAXCONTRIBUTIONS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f4f977d.
//
// Solidity: function MAX_CONTRIBUTIONS() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMAXCONTRIBUTIONS(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MAX_CONTRIBUTIONS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1724b46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DURATION() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMAXDURATION() []byte {
	enc, err := predictionMarket.abi.Pack("MAX_DURATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1724b46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DURATION() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMAXDURATION() ([]byte, error) {
	return predictionMarket.abi.Pack("MAX_DURATION")
}

// UnpackMAXDURATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1724b46.
//
// Solidity: function MAX_DURATION() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMAXDURATION(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MAX_DURATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXFIRSTREVEALWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ec925d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FIRST_REVEAL_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMAXFIRSTREVEALWINDOW() []byte {
	enc, err := predictionMarket.abi.Pack("MAX_FIRST_REVEAL_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFIRSTREVEALWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ec925d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FIRST_REVEAL_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMAXFIRSTREVEALWINDOW() ([]byte, error) {
	return predictionMarket.abi.Pack("MAX_FIRST_REVEAL_WINDOW")
}

// UnpackMAXFIRSTREVEALWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ec925d9.
//
// Solidity: function MAX_FIRST_REVEAL_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMAXFIRSTREVEALWINDOW(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MAX_FIRST_REVEAL_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXMODELGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c2af58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MODEL_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMAXMODELGAS() []byte {
	enc, err := predictionMarket.abi.Pack("MAX_MODEL_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMODELGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c2af58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MODEL_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMAXMODELGAS() ([]byte, error) {
	return predictionMarket.abi.Pack("MAX_MODEL_GAS")
}

// UnpackMAXMODELGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62c2af58.
//
// Solidity: function MAX_MODEL_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMAXMODELGAS(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MAX_MODEL_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPIECES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93e136da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PIECES() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMAXPIECES() []byte {
	enc, err := predictionMarket.abi.Pack("MAX_PIECES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPIECES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93e136da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PIECES() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMAXPIECES() ([]byte, error) {
	return predictionMarket.abi.Pack("MAX_PIECES")
}

// UnpackMAXPIECES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93e136da.
//
// Solidity: function MAX_PIECES() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMAXPIECES(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MAX_PIECES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPIECESAMPLES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41a16c0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PIECE_SAMPLES() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMAXPIECESAMPLES() []byte {
	enc, err := predictionMarket.abi.Pack("MAX_PIECE_SAMPLES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPIECESAMPLES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41a16c0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PIECE_SAMPLES() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMAXPIECESAMPLES() ([]byte, error) {
	return predictionMarket.abi.Pack("MAX_PIECE_SAMPLES")
}

// UnpackMAXPIECESAMPLES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41a16c0f.
//
// Solidity: function MAX_PIECE_SAMPLES() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMAXPIECESAMPLES(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MAX_PIECE_SAMPLES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREVEALWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8973bc7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REVEAL_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMAXREVEALWINDOW() []byte {
	enc, err := predictionMarket.abi.Pack("MAX_REVEAL_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREVEALWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8973bc7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REVEAL_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMAXREVEALWINDOW() ([]byte, error) {
	return predictionMarket.abi.Pack("MAX_REVEAL_WINDOW")
}

// UnpackMAXREVEALWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8973bc7e.
//
// Solidity: function MAX_REVEAL_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMAXREVEALWINDOW(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MAX_REVEAL_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREWARDWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe434e379.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REWARD_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMAXREWARDWINDOW() []byte {
	enc, err := predictionMarket.abi.Pack("MAX_REWARD_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREWARDWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe434e379.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REWARD_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMAXREWARDWINDOW() ([]byte, error) {
	return predictionMarket.abi.Pack("MAX_REWARD_WINDOW")
}

// UnpackMAXREWARDWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe434e379.
//
// Solidity: function MAX_REWARD_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMAXREWARDWINDOW(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MAX_REWARD_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXRUNTIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x885d38ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_RUN_TIME() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMAXRUNTIME() []byte {
	enc, err := predictionMarket.abi.Pack("MAX_RUN_TIME")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXRUNTIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x885d38ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_RUN_TIME() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMAXRUNTIME() ([]byte, error) {
	return predictionMarket.abi.Pack("MAX_RUN_TIME")
}

// UnpackMAXRUNTIME is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x885d38ae.
//
// Solidity: function MAX_RUN_TIME() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMAXRUNTIME(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MAX_RUN_TIME", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSAMPLELENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98472317.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SAMPLE_LENGTH() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMAXSAMPLELENGTH() []byte {
	enc, err := predictionMarket.abi.Pack("MAX_SAMPLE_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSAMPLELENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98472317.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SAMPLE_LENGTH() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMAXSAMPLELENGTH() ([]byte, error) {
	return predictionMarket.abi.Pack("MAX_SAMPLE_LENGTH")
}

// UnpackMAXSAMPLELENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x98472317.
//
// Solidity: function MAX_SAMPLE_LENGTH() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMAXSAMPLELENGTH(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MAX_SAMPLE_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSETTLEITEMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34001918.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SETTLE_ITEMS() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMAXSETTLEITEMS() []byte {
	enc, err := predictionMarket.abi.Pack("MAX_SETTLE_ITEMS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSETTLEITEMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34001918.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SETTLE_ITEMS() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMAXSETTLEITEMS() ([]byte, error) {
	return predictionMarket.abi.Pack("MAX_SETTLE_ITEMS")
}

// UnpackMAXSETTLEITEMS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34001918.
//
// Solidity: function MAX_SETTLE_ITEMS() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMAXSETTLEITEMS(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MAX_SETTLE_ITEMS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSTAKE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc98517c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_STAKE() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMAXSTAKE() []byte {
	enc, err := predictionMarket.abi.Pack("MAX_STAKE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSTAKE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc98517c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_STAKE() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMAXSTAKE() ([]byte, error) {
	return predictionMarket.abi.Pack("MAX_STAKE")
}

// UnpackMAXSTAKE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc98517c5.
//
// Solidity: function MAX_STAKE() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMAXSTAKE(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MAX_STAKE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINBOUNTY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1307e576.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_BOUNTY() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMINBOUNTY() []byte {
	enc, err := predictionMarket.abi.Pack("MIN_BOUNTY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINBOUNTY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1307e576.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_BOUNTY() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMINBOUNTY() ([]byte, error) {
	return predictionMarket.abi.Pack("MIN_BOUNTY")
}

// UnpackMINBOUNTY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1307e576.
//
// Solidity: function MIN_BOUNTY() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMINBOUNTY(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MIN_BOUNTY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINMODELGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3eb06ece.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_MODEL_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMINMODELGAS() []byte {
	enc, err := predictionMarket.abi.Pack("MIN_MODEL_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINMODELGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3eb06ece.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_MODEL_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMINMODELGAS() ([]byte, error) {
	return predictionMarket.abi.Pack("MIN_MODEL_GAS")
}

// UnpackMINMODELGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3eb06ece.
//
// Solidity: function MIN_MODEL_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMINMODELGAS(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MIN_MODEL_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINREWARDWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b07012.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_REWARD_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMINREWARDWINDOW() []byte {
	enc, err := predictionMarket.abi.Pack("MIN_REWARD_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINREWARDWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b07012.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_REWARD_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMINREWARDWINDOW() ([]byte, error) {
	return predictionMarket.abi.Pack("MIN_REWARD_WINDOW")
}

// UnpackMINREWARDWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b07012.
//
// Solidity: function MIN_REWARD_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMINREWARDWINDOW(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MIN_REWARD_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINSTAKE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb1c2b5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_STAKE() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMINSTAKE() []byte {
	enc, err := predictionMarket.abi.Pack("MIN_STAKE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINSTAKE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb1c2b5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_STAKE() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMINSTAKE() ([]byte, error) {
	return predictionMarket.abi.Pack("MIN_STAKE")
}

// UnpackMINSTAKE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb1c2b5c.
//
// Solidity: function MIN_STAKE() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMINSTAKE(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MIN_STAKE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52b65c4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) PackMINWINDOW() []byte {
	enc, err := predictionMarket.abi.Pack("MIN_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52b65c4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackMINWINDOW() ([]byte, error) {
	return predictionMarket.abi.Pack("MIN_WINDOW")
}

// UnpackMINWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52b65c4b.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackMINWINDOW(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("MIN_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPINGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1b02f0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PIN_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) PackPINGAS() []byte {
	enc, err := predictionMarket.abi.Pack("PIN_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPINGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1b02f0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PIN_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackPINGAS() ([]byte, error) {
	return predictionMarket.abi.Pack("PIN_GAS")
}

// UnpackPINGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1b02f0e.
//
// Solidity: function PIN_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackPINGAS(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("PIN_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSAMPLEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68442cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SAMPLE_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) PackSAMPLEGAS() []byte {
	enc, err := predictionMarket.abi.Pack("SAMPLE_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSAMPLEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68442cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SAMPLE_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackSAMPLEGAS() ([]byte, error) {
	return predictionMarket.abi.Pack("SAMPLE_GAS")
}

// UnpackSAMPLEGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf68442cd.
//
// Solidity: function SAMPLE_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackSAMPLEGAS(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("SAMPLE_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSTEPBASEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43fbacd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STEP_BASE_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) PackSTEPBASEGAS() []byte {
	enc, err := predictionMarket.abi.Pack("STEP_BASE_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTEPBASEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43fbacd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STEP_BASE_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackSTEPBASEGAS() ([]byte, error) {
	return predictionMarket.abi.Pack("STEP_BASE_GAS")
}

// UnpackSTEPBASEGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43fbacd5.
//
// Solidity: function STEP_BASE_GAS() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackSTEPBASEGAS(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("STEP_BASE_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSTEPGASBUDGET is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5cffb8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STEP_GAS_BUDGET() view returns(uint256)
func (predictionMarket *PredictionMarket) PackSTEPGASBUDGET() []byte {
	enc, err := predictionMarket.abi.Pack("STEP_GAS_BUDGET")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTEPGASBUDGET is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5cffb8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STEP_GAS_BUDGET() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackSTEPGASBUDGET() ([]byte, error) {
	return predictionMarket.abi.Pack("STEP_GAS_BUDGET")
}

// UnpackSTEPGASBUDGET is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5cffb8e.
//
// Solidity: function STEP_GAS_BUDGET() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackSTEPGASBUDGET(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("STEP_GAS_BUDGET", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAbandon is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88318834.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function abandon() returns()
func (predictionMarket *PredictionMarket) PackAbandon() []byte {
	enc, err := predictionMarket.abi.Pack("abandon")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAbandon is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88318834.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function abandon() returns()
func (predictionMarket *PredictionMarket) TryPackAbandon() ([]byte, error) {
	return predictionMarket.abi.Pack("abandon")
}

// PackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8791bf79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountOf(uint256 runId, address who) view returns((uint96,uint96,uint32,bool,bool,int128,uint32))
func (predictionMarket *PredictionMarket) PackAccountOf(runId *big.Int, who common.Address) []byte {
	enc, err := predictionMarket.abi.Pack("accountOf", runId, who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8791bf79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountOf(uint256 runId, address who) view returns((uint96,uint96,uint32,bool,bool,int128,uint32))
func (predictionMarket *PredictionMarket) TryPackAccountOf(runId *big.Int, who common.Address) ([]byte, error) {
	return predictionMarket.abi.Pack("accountOf", runId, who)
}

// UnpackAccountOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8791bf79.
//
// Solidity: function accountOf(uint256 runId, address who) view returns((uint96,uint96,uint32,bool,bool,int128,uint32))
func (predictionMarket *PredictionMarket) UnpackAccountOf(data []byte) (PredictionMarketAccount, error) {
	out, err := predictionMarket.abi.Unpack("accountOf", data)
	if err != nil {
		return *new(PredictionMarketAccount), err
	}
	out0 := *abi.ConvertType(out[0], new(PredictionMarketAccount)).(*PredictionMarketAccount)
	return out0, nil
}

// PackBurnt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb192da2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnt() view returns(uint256)
func (predictionMarket *PredictionMarket) PackBurnt() []byte {
	enc, err := predictionMarket.abi.Pack("burnt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb192da2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnt() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackBurnt() ([]byte, error) {
	return predictionMarket.abi.Pack("burnt")
}

// UnpackBurnt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb192da2d.
//
// Solidity: function burnt() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackBurnt(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("burnt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea8a1af0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel() returns()
func (predictionMarket *PredictionMarket) PackCancel() []byte {
	enc, err := predictionMarket.abi.Pack("cancel")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea8a1af0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel() returns()
func (predictionMarket *PredictionMarket) TryPackCancel() ([]byte, error) {
	return predictionMarket.abi.Pack("cancel")
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e83409a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(address to) returns()
func (predictionMarket *PredictionMarket) PackClaim(to common.Address) []byte {
	enc, err := predictionMarket.abi.Pack("claim", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e83409a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(address to) returns()
func (predictionMarket *PredictionMarket) TryPackClaim(to common.Address) ([]byte, error) {
	return predictionMarket.abi.Pack("claim", to)
}

// PackClaimRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60703299.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimRun(uint256 runId, address to) returns()
func (predictionMarket *PredictionMarket) PackClaimRun(runId *big.Int, to common.Address) []byte {
	enc, err := predictionMarket.abi.Pack("claimRun", runId, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60703299.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimRun(uint256 runId, address to) returns()
func (predictionMarket *PredictionMarket) TryPackClaimRun(runId *big.Int, to common.Address) ([]byte, error) {
	return predictionMarket.abi.Pack("claimRun", runId, to)
}

// PackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402914f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimable(address who) view returns(uint256 amount)
func (predictionMarket *PredictionMarket) PackClaimable(who common.Address) []byte {
	enc, err := predictionMarket.abi.Pack("claimable", who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402914f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimable(address who) view returns(uint256 amount)
func (predictionMarket *PredictionMarket) TryPackClaimable(who common.Address) ([]byte, error) {
	return predictionMarket.abi.Pack("claimable", who)
}

// UnpackClaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x402914f5.
//
// Solidity: function claimable(address who) view returns(uint256 amount)
func (predictionMarket *PredictionMarket) UnpackClaimable(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("claimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimableIn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb667ed5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableIn(uint256 runId, address who) view returns(uint256)
func (predictionMarket *PredictionMarket) PackClaimableIn(runId *big.Int, who common.Address) []byte {
	enc, err := predictionMarket.abi.Pack("claimableIn", runId, who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableIn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb667ed5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableIn(uint256 runId, address who) view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackClaimableIn(runId *big.Int, who common.Address) ([]byte, error) {
	return predictionMarket.abi.Pack("claimableIn", runId, who)
}

// UnpackClaimableIn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb667ed5.
//
// Solidity: function claimableIn(uint256 runId, address who) view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackClaimableIn(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("claimableIn", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function config() view returns((uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint32,uint32,bool,bool))
func (predictionMarket *PredictionMarket) PackConfig() []byte {
	enc, err := predictionMarket.abi.Pack("config")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function config() view returns((uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint32,uint32,bool,bool))
func (predictionMarket *PredictionMarket) TryPackConfig() ([]byte, error) {
	return predictionMarket.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint32,uint32,bool,bool))
func (predictionMarket *PredictionMarket) UnpackConfig(data []byte) (IPredictionMarketConfig, error) {
	out, err := predictionMarket.abi.Unpack("config", data)
	if err != nil {
		return *new(IPredictionMarketConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(IPredictionMarketConfig)).(*IPredictionMarketConfig)
	return out0, nil
}

// PackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dfe767e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribute(int64[] data, uint64 label) payable returns()
func (predictionMarket *PredictionMarket) PackContribute(data []int64, label uint64) []byte {
	enc, err := predictionMarket.abi.Pack("contribute", data, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dfe767e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribute(int64[] data, uint64 label) payable returns()
func (predictionMarket *PredictionMarket) TryPackContribute(data []int64, label uint64) ([]byte, error) {
	return predictionMarket.abi.Pack("contribute", data, label)
}

// PackContributionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffd14145.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributionOf(uint256 runId, uint256 id) view returns((address,uint96,bytes32))
func (predictionMarket *PredictionMarket) PackContributionOf(runId *big.Int, id *big.Int) []byte {
	enc, err := predictionMarket.abi.Pack("contributionOf", runId, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffd14145.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributionOf(uint256 runId, uint256 id) view returns((address,uint96,bytes32))
func (predictionMarket *PredictionMarket) TryPackContributionOf(runId *big.Int, id *big.Int) ([]byte, error) {
	return predictionMarket.abi.Pack("contributionOf", runId, id)
}

// UnpackContributionOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffd14145.
//
// Solidity: function contributionOf(uint256 runId, uint256 id) view returns((address,uint96,bytes32))
func (predictionMarket *PredictionMarket) UnpackContributionOf(data []byte) (PredictionMarketContribution, error) {
	out, err := predictionMarket.abi.Unpack("contributionOf", data)
	if err != nil {
		return *new(PredictionMarketContribution), err
	}
	out0 := *abi.ConvertType(out[0], new(PredictionMarketContribution)).(*PredictionMarketContribution)
	return out0, nil
}

// PackContributorAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3db7e347.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributorAt(uint256 runId, uint256 index) view returns(address)
func (predictionMarket *PredictionMarket) PackContributorAt(runId *big.Int, index *big.Int) []byte {
	enc, err := predictionMarket.abi.Pack("contributorAt", runId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributorAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3db7e347.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributorAt(uint256 runId, uint256 index) view returns(address)
func (predictionMarket *PredictionMarket) TryPackContributorAt(runId *big.Int, index *big.Int) ([]byte, error) {
	return predictionMarket.abi.Pack("contributorAt", runId, index)
}

// UnpackContributorAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3db7e347.
//
// Solidity: function contributorAt(uint256 runId, uint256 index) view returns(address)
func (predictionMarket *PredictionMarket) UnpackContributorAt(data []byte) (common.Address, error) {
	out, err := predictionMarket.abi.Unpack("contributorAt", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eecae21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function draw() returns()
func (predictionMarket *PredictionMarket) PackDraw() []byte {
	enc, err := predictionMarket.abi.Pack("draw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eecae21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function draw() returns()
func (predictionMarket *PredictionMarket) TryPackDraw() ([]byte, error) {
	return predictionMarket.abi.Pack("draw")
}

// PackEndMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc895b8eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endMarket() returns()
func (predictionMarket *PredictionMarket) PackEndMarket() []byte {
	enc, err := predictionMarket.abi.Pack("endMarket")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc895b8eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endMarket() returns()
func (predictionMarket *PredictionMarket) TryPackEndMarket() ([]byte, error) {
	return predictionMarket.abi.Pack("endMarket")
}

// PackForfeit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3d86e4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forfeit() returns()
func (predictionMarket *PredictionMarket) PackForfeit() []byte {
	enc, err := predictionMarket.abi.Pack("forfeit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForfeit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3d86e4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forfeit() returns()
func (predictionMarket *PredictionMarket) TryPackForfeit() ([]byte, error) {
	return predictionMarket.abi.Pack("forfeit")
}

// PackInitialise is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c600c70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialise(address model, bytes32 piecesRoot, uint256 numPieces, (uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint32,uint32,bool,bool) cfg) payable returns()
func (predictionMarket *PredictionMarket) PackInitialise(model common.Address, piecesRoot [32]byte, numPieces *big.Int, cfg IPredictionMarketConfig) []byte {
	enc, err := predictionMarket.abi.Pack("initialise", model, piecesRoot, numPieces, cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialise is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c600c70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialise(address model, bytes32 piecesRoot, uint256 numPieces, (uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint32,uint32,bool,bool) cfg) payable returns()
func (predictionMarket *PredictionMarket) TryPackInitialise(model common.Address, piecesRoot [32]byte, numPieces *big.Int, cfg IPredictionMarketConfig) ([]byte, error) {
	return predictionMarket.abi.Pack("initialise", model, piecesRoot, numPieces, cfg)
}

// PackModelPin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16b2d2fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelPin() view returns(bytes32 pinned, bytes32 current)
func (predictionMarket *PredictionMarket) PackModelPin() []byte {
	enc, err := predictionMarket.abi.Pack("modelPin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelPin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16b2d2fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelPin() view returns(bytes32 pinned, bytes32 current)
func (predictionMarket *PredictionMarket) TryPackModelPin() ([]byte, error) {
	return predictionMarket.abi.Pack("modelPin")
}

// ModelPinOutput serves as a container for the return parameters of contract
// method ModelPin.
type ModelPinOutput struct {
	Pinned  [32]byte
	Current [32]byte
}

// UnpackModelPin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16b2d2fa.
//
// Solidity: function modelPin() view returns(bytes32 pinned, bytes32 current)
func (predictionMarket *PredictionMarket) UnpackModelPin(data []byte) (ModelPinOutput, error) {
	out, err := predictionMarket.abi.Unpack("modelPin", data)
	outstruct := new(ModelPinOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Pinned = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Current = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackOutcomeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb79ea6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outcomeOf(uint256 runId) view returns((uint8,uint96,uint96))
func (predictionMarket *PredictionMarket) PackOutcomeOf(runId *big.Int) []byte {
	enc, err := predictionMarket.abi.Pack("outcomeOf", runId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutcomeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb79ea6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outcomeOf(uint256 runId) view returns((uint8,uint96,uint96))
func (predictionMarket *PredictionMarket) TryPackOutcomeOf(runId *big.Int) ([]byte, error) {
	return predictionMarket.abi.Pack("outcomeOf", runId)
}

// UnpackOutcomeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb79ea6a.
//
// Solidity: function outcomeOf(uint256 runId) view returns((uint8,uint96,uint96))
func (predictionMarket *PredictionMarket) UnpackOutcomeOf(data []byte) (PredictionMarketOutcome, error) {
	out, err := predictionMarket.abi.Unpack("outcomeOf", data)
	if err != nil {
		return *new(PredictionMarketOutcome), err
	}
	out0 := *abi.ConvertType(out[0], new(PredictionMarketOutcome)).(*PredictionMarketOutcome)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address account) view returns(uint256)
func (predictionMarket *PredictionMarket) PackOwed(account common.Address) []byte {
	enc, err := predictionMarket.abi.Pack("owed", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address account) view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackOwed(account common.Address) ([]byte, error) {
	return predictionMarket.abi.Pack("owed", account)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address account) view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPieceHashAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x037f2b7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pieceHashAt(uint256 runId, uint256 position) view returns(bytes32)
func (predictionMarket *PredictionMarket) PackPieceHashAt(runId *big.Int, position *big.Int) []byte {
	enc, err := predictionMarket.abi.Pack("pieceHashAt", runId, position)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPieceHashAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x037f2b7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pieceHashAt(uint256 runId, uint256 position) view returns(bytes32)
func (predictionMarket *PredictionMarket) TryPackPieceHashAt(runId *big.Int, position *big.Int) ([]byte, error) {
	return predictionMarket.abi.Pack("pieceHashAt", runId, position)
}

// UnpackPieceHashAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x037f2b7f.
//
// Solidity: function pieceHashAt(uint256 runId, uint256 position) view returns(bytes32)
func (predictionMarket *PredictionMarket) UnpackPieceHashAt(data []byte) ([32]byte, error) {
	out, err := predictionMarket.abi.Unpack("pieceHashAt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPieceIndexAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81b7e6ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pieceIndexAt(uint256 position) view returns(uint256)
func (predictionMarket *PredictionMarket) PackPieceIndexAt(position *big.Int) []byte {
	enc, err := predictionMarket.abi.Pack("pieceIndexAt", position)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPieceIndexAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81b7e6ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pieceIndexAt(uint256 position) view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackPieceIndexAt(position *big.Int) ([]byte, error) {
	return predictionMarket.abi.Pack("pieceIndexAt", position)
}

// UnpackPieceIndexAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81b7e6ba.
//
// Solidity: function pieceIndexAt(uint256 position) view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackPieceIndexAt(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("pieceIndexAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pool() view returns(uint256)
func (predictionMarket *PredictionMarket) PackPool() []byte {
	enc, err := predictionMarket.abi.Pack("pool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pool() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackPool() ([]byte, error) {
	return predictionMarket.abi.Pack("pool")
}

// UnpackPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16f0115b.
//
// Solidity: function pool() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackPool(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("pool", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRevealFirstPiece is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0a11fcc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealFirstPiece((int64[],uint64)[] samples, bytes32[] proof) returns()
func (predictionMarket *PredictionMarket) PackRevealFirstPiece(samples []PredictionMarketSample, proof [][32]byte) []byte {
	enc, err := predictionMarket.abi.Pack("revealFirstPiece", samples, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealFirstPiece is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0a11fcc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealFirstPiece((int64[],uint64)[] samples, bytes32[] proof) returns()
func (predictionMarket *PredictionMarket) TryPackRevealFirstPiece(samples []PredictionMarketSample, proof [][32]byte) ([]byte, error) {
	return predictionMarket.abi.Pack("revealFirstPiece", samples, proof)
}

// PackRevealPieces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2a3ce47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealPieces((int64[],uint64)[][] pieces, bytes32[][] proofs) returns()
func (predictionMarket *PredictionMarket) PackRevealPieces(pieces [][]PredictionMarketSample, proofs [][][32]byte) []byte {
	enc, err := predictionMarket.abi.Pack("revealPieces", pieces, proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealPieces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2a3ce47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealPieces((int64[],uint64)[][] pieces, bytes32[][] proofs) returns()
func (predictionMarket *PredictionMarket) TryPackRevealPieces(pieces [][]PredictionMarketSample, proofs [][][32]byte) ([]byte, error) {
	return predictionMarket.abi.Pack("revealPieces", pieces, proofs)
}

// PackRewardState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x582c7928.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardState() view returns((uint8,bool,bool,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint128,uint128,uint128,uint128))
func (predictionMarket *PredictionMarket) PackRewardState() []byte {
	enc, err := predictionMarket.abi.Pack("rewardState")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x582c7928.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardState() view returns((uint8,bool,bool,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint128,uint128,uint128,uint128))
func (predictionMarket *PredictionMarket) TryPackRewardState() ([]byte, error) {
	return predictionMarket.abi.Pack("rewardState")
}

// UnpackRewardState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x582c7928.
//
// Solidity: function rewardState() view returns((uint8,bool,bool,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint128,uint128,uint128,uint128))
func (predictionMarket *PredictionMarket) UnpackRewardState(data []byte) (PredictionMarketReward, error) {
	out, err := predictionMarket.abi.Unpack("rewardState", data)
	if err != nil {
		return *new(PredictionMarketReward), err
	}
	out0 := *abi.ConvertType(out[0], new(PredictionMarketReward)).(*PredictionMarketReward)
	return out0, nil
}

// PackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0406226.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function run() view returns(uint256)
func (predictionMarket *PredictionMarket) PackRun() []byte {
	enc, err := predictionMarket.abi.Pack("run")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0406226.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function run() view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackRun() ([]byte, error) {
	return predictionMarket.abi.Pack("run")
}

// UnpackRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0406226.
//
// Solidity: function run() view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackRun(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("run", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRunsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76845462.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function runsOf(address provider) view returns(uint256)
func (predictionMarket *PredictionMarket) PackRunsOf(provider common.Address) []byte {
	enc, err := predictionMarket.abi.Pack("runsOf", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRunsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76845462.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function runsOf(address provider) view returns(uint256)
func (predictionMarket *PredictionMarket) TryPackRunsOf(provider common.Address) ([]byte, error) {
	return predictionMarket.abi.Pack("runsOf", provider)
}

// UnpackRunsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76845462.
//
// Solidity: function runsOf(address provider) view returns(uint256)
func (predictionMarket *PredictionMarket) UnpackRunsOf(data []byte) (*big.Int, error) {
	out, err := predictionMarket.abi.Unpack("runsOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 maxItems) returns()
func (predictionMarket *PredictionMarket) PackSettle(maxItems *big.Int) []byte {
	enc, err := predictionMarket.abi.Pack("settle", maxItems)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 maxItems) returns()
func (predictionMarket *PredictionMarket) TryPackSettle(maxItems *big.Int) ([]byte, error) {
	return predictionMarket.abi.Pack("settle", maxItems)
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc19d93fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state() view returns((address,uint96,address,uint8,bool,bool,bool,uint64,bytes32,uint64,uint40,uint40,uint32,uint32,uint32,bool,uint32,uint32,uint32,uint96,uint128))
func (predictionMarket *PredictionMarket) PackState() []byte {
	enc, err := predictionMarket.abi.Pack("state")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc19d93fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state() view returns((address,uint96,address,uint8,bool,bool,bool,uint64,bytes32,uint64,uint40,uint40,uint32,uint32,uint32,bool,uint32,uint32,uint32,uint96,uint128))
func (predictionMarket *PredictionMarket) TryPackState() ([]byte, error) {
	return predictionMarket.abi.Pack("state")
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc19d93fb.
//
// Solidity: function state() view returns((address,uint96,address,uint8,bool,bool,bool,uint64,bytes32,uint64,uint40,uint40,uint32,uint32,uint32,bool,uint32,uint32,uint32,uint96,uint128))
func (predictionMarket *PredictionMarket) UnpackState(data []byte) (PredictionMarketState, error) {
	out, err := predictionMarket.abi.Unpack("state", data)
	if err != nil {
		return *new(PredictionMarketState), err
	}
	out0 := *abi.ConvertType(out[0], new(PredictionMarketState)).(*PredictionMarketState)
	return out0, nil
}

// PackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35faa416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweep() returns()
func (predictionMarket *PredictionMarket) PackSweep() []byte {
	enc, err := predictionMarket.abi.Pack("sweep")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35faa416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweep() returns()
func (predictionMarket *PredictionMarket) TryPackSweep() ([]byte, error) {
	return predictionMarket.abi.Pack("sweep")
}

// PackUpdaterFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16cc66dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updaterFor(address provider) view returns(address)
func (predictionMarket *PredictionMarket) PackUpdaterFor(provider common.Address) []byte {
	enc, err := predictionMarket.abi.Pack("updaterFor", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdaterFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16cc66dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updaterFor(address provider) view returns(address)
func (predictionMarket *PredictionMarket) TryPackUpdaterFor(provider common.Address) ([]byte, error) {
	return predictionMarket.abi.Pack("updaterFor", provider)
}

// UnpackUpdaterFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16cc66dc.
//
// Solidity: function updaterFor(address provider) view returns(address)
func (predictionMarket *PredictionMarket) UnpackUpdaterFor(data []byte) (common.Address, error) {
	out, err := predictionMarket.abi.Unpack("updaterFor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWalk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x708e4a86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function walk(uint256 firstPosition, (int64[],uint64)[][] pieces, (int64[],uint64)[] samples) returns()
func (predictionMarket *PredictionMarket) PackWalk(firstPosition *big.Int, pieces [][]PredictionMarketSample, samples []PredictionMarketSample) []byte {
	enc, err := predictionMarket.abi.Pack("walk", firstPosition, pieces, samples)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWalk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x708e4a86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function walk(uint256 firstPosition, (int64[],uint64)[][] pieces, (int64[],uint64)[] samples) returns()
func (predictionMarket *PredictionMarket) TryPackWalk(firstPosition *big.Int, pieces [][]PredictionMarketSample, samples []PredictionMarketSample) ([]byte, error) {
	return predictionMarket.abi.Pack("walk", firstPosition, pieces, samples)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address to) returns()
func (predictionMarket *PredictionMarket) PackWithdraw(to common.Address) []byte {
	enc, err := predictionMarket.abi.Pack("withdraw", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address to) returns()
func (predictionMarket *PredictionMarket) TryPackWithdraw(to common.Address) ([]byte, error) {
	return predictionMarket.abi.Pack("withdraw", to)
}

// PredictionMarketAbandoned represents a Abandoned event raised by the PredictionMarket contract.
type PredictionMarketAbandoned struct {
	RunId *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const PredictionMarketAbandonedEventName = "Abandoned"

// ContractEventName returns the user-defined event name.
func (PredictionMarketAbandoned) ContractEventName() string {
	return PredictionMarketAbandonedEventName
}

// UnpackAbandonedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Abandoned(uint256 indexed runId)
func (predictionMarket *PredictionMarket) UnpackAbandonedEvent(log *types.Log) (*PredictionMarketAbandoned, error) {
	event := "Abandoned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketAbandoned)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketCancelled represents a Cancelled event raised by the PredictionMarket contract.
type PredictionMarketCancelled struct {
	RunId *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const PredictionMarketCancelledEventName = "Cancelled"

// ContractEventName returns the user-defined event name.
func (PredictionMarketCancelled) ContractEventName() string {
	return PredictionMarketCancelledEventName
}

// UnpackCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Cancelled(uint256 indexed runId)
func (predictionMarket *PredictionMarket) UnpackCancelledEvent(log *types.Log) (*PredictionMarketCancelled, error) {
	event := "Cancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketCancelled)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketClaimed represents a Claimed event raised by the PredictionMarket contract.
type PredictionMarketClaimed struct {
	RunId   *big.Int
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PredictionMarketClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (PredictionMarketClaimed) ContractEventName() string {
	return PredictionMarketClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(uint256 indexed runId, address indexed account, address to, uint256 amount)
func (predictionMarket *PredictionMarket) UnpackClaimedEvent(log *types.Log) (*PredictionMarketClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketClaimed)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketClosed represents a Closed event raised by the PredictionMarket contract.
type PredictionMarketClosed struct {
	RunId    *big.Int
	Provider common.Address
	Credited *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PredictionMarketClosedEventName = "Closed"

// ContractEventName returns the user-defined event name.
func (PredictionMarketClosed) ContractEventName() string {
	return PredictionMarketClosedEventName
}

// UnpackClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Closed(uint256 indexed runId, address indexed provider, uint256 credited)
func (predictionMarket *PredictionMarket) UnpackClosedEvent(log *types.Log) (*PredictionMarketClosed, error) {
	event := "Closed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketClosed)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketContributed represents a Contributed event raised by the PredictionMarket contract.
type PredictionMarketContributed struct {
	RunId       *big.Int
	Id          *big.Int
	Contributor common.Address
	Stake       *big.Int
	Sample      []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const PredictionMarketContributedEventName = "Contributed"

// ContractEventName returns the user-defined event name.
func (PredictionMarketContributed) ContractEventName() string {
	return PredictionMarketContributedEventName
}

// UnpackContributedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Contributed(uint256 indexed runId, uint256 indexed id, address indexed contributor, uint256 stake, bytes sample)
func (predictionMarket *PredictionMarket) UnpackContributedEvent(log *types.Log) (*PredictionMarketContributed, error) {
	event := "Contributed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketContributed)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketDrawRetargeted represents a DrawRetargeted event raised by the PredictionMarket contract.
type PredictionMarketDrawRetargeted struct {
	RunId     *big.Int
	DrawBlock *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const PredictionMarketDrawRetargetedEventName = "DrawRetargeted"

// ContractEventName returns the user-defined event name.
func (PredictionMarketDrawRetargeted) ContractEventName() string {
	return PredictionMarketDrawRetargetedEventName
}

// UnpackDrawRetargetedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DrawRetargeted(uint256 indexed runId, uint256 drawBlock)
func (predictionMarket *PredictionMarket) UnpackDrawRetargetedEvent(log *types.Log) (*PredictionMarketDrawRetargeted, error) {
	event := "DrawRetargeted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketDrawRetargeted)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketDropped represents a Dropped event raised by the PredictionMarket contract.
type PredictionMarketDropped struct {
	RunId       *big.Int
	Contributor common.Address
	Id          *big.Int
	Balance     *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const PredictionMarketDroppedEventName = "Dropped"

// ContractEventName returns the user-defined event name.
func (PredictionMarketDropped) ContractEventName() string {
	return PredictionMarketDroppedEventName
}

// UnpackDroppedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Dropped(uint256 indexed runId, address indexed contributor, uint256 id, uint256 balance)
func (predictionMarket *PredictionMarket) UnpackDroppedEvent(log *types.Log) (*PredictionMarketDropped, error) {
	event := "Dropped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketDropped)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketEvaluated represents a Evaluated event raised by the PredictionMarket contract.
type PredictionMarketEvaluated struct {
	RunId   *big.Int
	Id      *big.Int
	Correct *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PredictionMarketEvaluatedEventName = "Evaluated"

// ContractEventName returns the user-defined event name.
func (PredictionMarketEvaluated) ContractEventName() string {
	return PredictionMarketEvaluatedEventName
}

// UnpackEvaluatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Evaluated(uint256 indexed runId, uint256 id, uint256 correct)
func (predictionMarket *PredictionMarket) UnpackEvaluatedEvent(log *types.Log) (*PredictionMarketEvaluated, error) {
	event := "Evaluated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketEvaluated)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketForfeited represents a Forfeited event raised by the PredictionMarket contract.
type PredictionMarketForfeited struct {
	RunId        *big.Int
	Revealed     *big.Int
	ModelChanged bool
	Share        *big.Int
	Burned       *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const PredictionMarketForfeitedEventName = "Forfeited"

// ContractEventName returns the user-defined event name.
func (PredictionMarketForfeited) ContractEventName() string {
	return PredictionMarketForfeitedEventName
}

// UnpackForfeitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Forfeited(uint256 indexed runId, uint256 revealed, bool modelChanged, uint256 share, uint256 burned)
func (predictionMarket *PredictionMarket) UnpackForfeitedEvent(log *types.Log) (*PredictionMarketForfeited, error) {
	event := "Forfeited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketForfeited)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketMarketEnded represents a MarketEnded event raised by the PredictionMarket contract.
type PredictionMarketMarketEnded struct {
	RunId            *big.Int
	NumContributions *big.Int
	RevealDeadline   *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const PredictionMarketMarketEndedEventName = "MarketEnded"

// ContractEventName returns the user-defined event name.
func (PredictionMarketMarketEnded) ContractEventName() string {
	return PredictionMarketMarketEndedEventName
}

// UnpackMarketEndedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketEnded(uint256 indexed runId, uint256 numContributions, uint256 revealDeadline)
func (predictionMarket *PredictionMarket) UnpackMarketEndedEvent(log *types.Log) (*PredictionMarketMarketEnded, error) {
	event := "MarketEnded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketMarketEnded)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketMarketInitialised represents a MarketInitialised event raised by the PredictionMarket contract.
type PredictionMarketMarketInitialised struct {
	RunId      *big.Int
	Provider   common.Address
	Model      common.Address
	Updater    common.Address
	Bounty     *big.Int
	PiecesRoot [32]byte
	NumPieces  *big.Int
	DrawBlock  *big.Int
	Config     IPredictionMarketConfig
	Raw        *types.Log // Blockchain specific contextual infos
}

const PredictionMarketMarketInitialisedEventName = "MarketInitialised"

// ContractEventName returns the user-defined event name.
func (PredictionMarketMarketInitialised) ContractEventName() string {
	return PredictionMarketMarketInitialisedEventName
}

// UnpackMarketInitialisedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketInitialised(uint256 indexed runId, address indexed provider, address model, address updater, uint256 bounty, bytes32 piecesRoot, uint256 numPieces, uint256 drawBlock, (uint96,uint32,uint32,uint32,uint32,uint32,uint16,uint16,uint32,uint32,bool,bool) config)
func (predictionMarket *PredictionMarket) UnpackMarketInitialisedEvent(log *types.Log) (*PredictionMarketMarketInitialised, error) {
	event := "MarketInitialised"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketMarketInitialised)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketParticipationOpened represents a ParticipationOpened event raised by the PredictionMarket contract.
type PredictionMarketParticipationOpened struct {
	RunId       *big.Int
	EarliestEnd *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const PredictionMarketParticipationOpenedEventName = "ParticipationOpened"

// ContractEventName returns the user-defined event name.
func (PredictionMarketParticipationOpened) ContractEventName() string {
	return PredictionMarketParticipationOpenedEventName
}

// UnpackParticipationOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParticipationOpened(uint256 indexed runId, uint256 earliestEnd)
func (predictionMarket *PredictionMarket) UnpackParticipationOpenedEvent(log *types.Log) (*PredictionMarketParticipationOpened, error) {
	event := "ParticipationOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketParticipationOpened)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketPieceRevealed represents a PieceRevealed event raised by the PredictionMarket contract.
type PredictionMarketPieceRevealed struct {
	RunId      *big.Int
	Index      *big.Int
	PieceHash  [32]byte
	NumSamples *big.Int
	Samples    []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const PredictionMarketPieceRevealedEventName = "PieceRevealed"

// ContractEventName returns the user-defined event name.
func (PredictionMarketPieceRevealed) ContractEventName() string {
	return PredictionMarketPieceRevealedEventName
}

// UnpackPieceRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PieceRevealed(uint256 indexed runId, uint256 indexed index, bytes32 pieceHash, uint256 numSamples, bytes samples)
func (predictionMarket *PredictionMarket) UnpackPieceRevealedEvent(log *types.Log) (*PredictionMarketPieceRevealed, error) {
	event := "PieceRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketPieceRevealed)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketRevealIndexDrawn represents a RevealIndexDrawn event raised by the PredictionMarket contract.
type PredictionMarketRevealIndexDrawn struct {
	RunId *big.Int
	Index *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const PredictionMarketRevealIndexDrawnEventName = "RevealIndexDrawn"

// ContractEventName returns the user-defined event name.
func (PredictionMarketRevealIndexDrawn) ContractEventName() string {
	return PredictionMarketRevealIndexDrawnEventName
}

// UnpackRevealIndexDrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevealIndexDrawn(uint256 indexed runId, uint256 index)
func (predictionMarket *PredictionMarket) UnpackRevealIndexDrawnEvent(log *types.Log) (*PredictionMarketRevealIndexDrawn, error) {
	event := "RevealIndexDrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketRevealIndexDrawn)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketRewardStarted represents a RewardStarted event raised by the PredictionMarket contract.
type PredictionMarketRewardStarted struct {
	RunId          *big.Int
	NumEvalSamples *big.Int
	Rounds         *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const PredictionMarketRewardStartedEventName = "RewardStarted"

// ContractEventName returns the user-defined event name.
func (PredictionMarketRewardStarted) ContractEventName() string {
	return PredictionMarketRewardStartedEventName
}

// UnpackRewardStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardStarted(uint256 indexed runId, uint256 numEvalSamples, uint256 rounds)
func (predictionMarket *PredictionMarket) UnpackRewardStartedEvent(log *types.Log) (*PredictionMarketRewardStarted, error) {
	event := "RewardStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketRewardStarted)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketRewardsFinal represents a RewardsFinal event raised by the PredictionMarket contract.
type PredictionMarketRewardsFinal struct {
	RunId              *big.Int
	OwedToContributors *big.Int
	ProviderRefund     *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const PredictionMarketRewardsFinalEventName = "RewardsFinal"

// ContractEventName returns the user-defined event name.
func (PredictionMarketRewardsFinal) ContractEventName() string {
	return PredictionMarketRewardsFinalEventName
}

// UnpackRewardsFinalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardsFinal(uint256 indexed runId, uint256 owedToContributors, uint256 providerRefund)
func (predictionMarket *PredictionMarket) UnpackRewardsFinalEvent(log *types.Log) (*PredictionMarketRewardsFinal, error) {
	event := "RewardsFinal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketRewardsFinal)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketRoundsDecided represents a RoundsDecided event raised by the PredictionMarket contract.
type PredictionMarketRoundsDecided struct {
	RunId     *big.Int
	Iteration *big.Int
	Rounds    *big.Int
	IsFinal   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const PredictionMarketRoundsDecidedEventName = "RoundsDecided"

// ContractEventName returns the user-defined event name.
func (PredictionMarketRoundsDecided) ContractEventName() string {
	return PredictionMarketRoundsDecidedEventName
}

// UnpackRoundsDecidedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundsDecided(uint256 indexed runId, uint256 iteration, uint256 rounds, bool isFinal)
func (predictionMarket *PredictionMarket) UnpackRoundsDecidedEvent(log *types.Log) (*PredictionMarketRoundsDecided, error) {
	event := "RoundsDecided"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketRoundsDecided)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketSwept represents a Swept event raised by the PredictionMarket contract.
type PredictionMarketSwept struct {
	RunId  *big.Int
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PredictionMarketSweptEventName = "Swept"

// ContractEventName returns the user-defined event name.
func (PredictionMarketSwept) ContractEventName() string {
	return PredictionMarketSweptEventName
}

// UnpackSweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Swept(uint256 indexed runId, uint256 amount)
func (predictionMarket *PredictionMarket) UnpackSweptEvent(log *types.Log) (*PredictionMarketSwept, error) {
	event := "Swept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketSwept)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketUpdateFailed represents a UpdateFailed event raised by the PredictionMarket contract.
type PredictionMarketUpdateFailed struct {
	RunId *big.Int
	Id    *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const PredictionMarketUpdateFailedEventName = "UpdateFailed"

// ContractEventName returns the user-defined event name.
func (PredictionMarketUpdateFailed) ContractEventName() string {
	return PredictionMarketUpdateFailedEventName
}

// UnpackUpdateFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateFailed(uint256 indexed runId, uint256 id)
func (predictionMarket *PredictionMarket) UnpackUpdateFailedEvent(log *types.Log) (*PredictionMarketUpdateFailed, error) {
	event := "UpdateFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketUpdateFailed)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PredictionMarketWithdrawal represents a Withdrawal event raised by the PredictionMarket contract.
type PredictionMarketWithdrawal struct {
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PredictionMarketWithdrawalEventName = "Withdrawal"

// ContractEventName returns the user-defined event name.
func (PredictionMarketWithdrawal) ContractEventName() string {
	return PredictionMarketWithdrawalEventName
}

// UnpackWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawal(address indexed account, address to, uint256 amount)
func (predictionMarket *PredictionMarket) UnpackWithdrawalEvent(log *types.Log) (*PredictionMarketWithdrawal, error) {
	event := "Withdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != predictionMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PredictionMarketWithdrawal)
	if len(log.Data) > 0 {
		if err := predictionMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range predictionMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (predictionMarket *PredictionMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["AlreadyDrawn"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackAlreadyDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["BadNumPieces"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackBadNumPiecesError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["BadPieceRange"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackBadPieceRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["BountyBelowOneRound"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackBountyBelowOneRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["ContributionMismatch"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackContributionMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["DeadlineNotPassed"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackDeadlineNotPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["DrawExpired"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackDrawExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["DrawNotReady"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackDrawNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["EndCriteriaNotMet"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackEndCriteriaNotMetError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["InsufficientGas"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["MalformedSample"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackMalformedSampleError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["ModelBoundElsewhere"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackModelBoundElsewhereError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["ModelChanged"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackModelChangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["ModelOutOfGas"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackModelOutOfGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["ModelUnchanged"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackModelUnchangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["NoProgress"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackNoProgressError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["NothingOwed"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackNothingOwedError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["OutOfRange"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["PieceMismatch"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackPieceMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["PieceSize"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackPieceSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["RunFull"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackRunFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["SampleTooLong"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackSampleTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["StakeNotExact"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackStakeNotExactError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["StakeTooHigh"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackStakeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["StakeTooLow"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["StepTooHeavy"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackStepTooHeavyError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["TooManyPieces"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackTooManyPiecesError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["UnknownLabel"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackUnknownLabelError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["WrongPhase"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackWrongPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], predictionMarket.abi.Errors["WrongStage"].ID.Bytes()[:4]) {
		return predictionMarket.UnpackWrongStageError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PredictionMarketAlreadyDrawn represents a AlreadyDrawn error raised by the PredictionMarket contract.
type PredictionMarketAlreadyDrawn struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDrawn(uint256 index)
func PredictionMarketAlreadyDrawnErrorID() common.Hash {
	return common.HexToHash("0x7e62adddf3713874346e62c271e4d80f1a4dee4197ab252484cdfbd769625576")
}

// UnpackAlreadyDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDrawn(uint256 index)
func (predictionMarket *PredictionMarket) UnpackAlreadyDrawnError(raw []byte) (*PredictionMarketAlreadyDrawn, error) {
	out := new(PredictionMarketAlreadyDrawn)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "AlreadyDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketBadNumPieces represents a BadNumPieces error raised by the PredictionMarket contract.
type PredictionMarketBadNumPieces struct {
	NumPieces *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadNumPieces(uint256 numPieces)
func PredictionMarketBadNumPiecesErrorID() common.Hash {
	return common.HexToHash("0xda77302ee3cb5c2ac85ceb92cc68368959ca23d7b1d1dec24103b3f018c4d74a")
}

// UnpackBadNumPiecesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadNumPieces(uint256 numPieces)
func (predictionMarket *PredictionMarket) UnpackBadNumPiecesError(raw []byte) (*PredictionMarketBadNumPieces, error) {
	out := new(PredictionMarketBadNumPieces)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "BadNumPieces", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketBadPieceRange represents a BadPieceRange error raised by the PredictionMarket contract.
type PredictionMarketBadPieceRange struct {
	FirstPosition *big.Int
	Count         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPieceRange(uint256 firstPosition, uint256 count)
func PredictionMarketBadPieceRangeErrorID() common.Hash {
	return common.HexToHash("0xce9bb51928c165a10587ff3008c72345c7598f509639d406533a185f9cff69d0")
}

// UnpackBadPieceRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPieceRange(uint256 firstPosition, uint256 count)
func (predictionMarket *PredictionMarket) UnpackBadPieceRangeError(raw []byte) (*PredictionMarketBadPieceRange, error) {
	out := new(PredictionMarketBadPieceRange)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "BadPieceRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketBountyBelowOneRound represents a BountyBelowOneRound error raised by the PredictionMarket contract.
type PredictionMarketBountyBelowOneRound struct {
	Bounty         *big.Int
	MaxEvalSamples *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyBelowOneRound(uint256 bounty, uint256 maxEvalSamples)
func PredictionMarketBountyBelowOneRoundErrorID() common.Hash {
	return common.HexToHash("0xd3bf9899a543f47a96ade7240c7c74e4b994f2688b16613b8170936dce300b2b")
}

// UnpackBountyBelowOneRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyBelowOneRound(uint256 bounty, uint256 maxEvalSamples)
func (predictionMarket *PredictionMarket) UnpackBountyBelowOneRoundError(raw []byte) (*PredictionMarketBountyBelowOneRound, error) {
	out := new(PredictionMarketBountyBelowOneRound)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "BountyBelowOneRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketContributionMismatch represents a ContributionMismatch error raised by the PredictionMarket contract.
type PredictionMarketContributionMismatch struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributionMismatch(uint256 id)
func PredictionMarketContributionMismatchErrorID() common.Hash {
	return common.HexToHash("0x9053606cf0a22537c21d715b5b0f7014ccd789d37fe25e6d41d1597df97d7a58")
}

// UnpackContributionMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributionMismatch(uint256 id)
func (predictionMarket *PredictionMarket) UnpackContributionMismatchError(raw []byte) (*PredictionMarketContributionMismatch, error) {
	out := new(PredictionMarketContributionMismatch)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "ContributionMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketDeadlineNotPassed represents a DeadlineNotPassed error raised by the PredictionMarket contract.
type PredictionMarketDeadlineNotPassed struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotPassed(uint256 deadline)
func PredictionMarketDeadlineNotPassedErrorID() common.Hash {
	return common.HexToHash("0x336d9e171571cd10d4badae4b3cd1f9a4d7d1a49f46f758a63fa5a8003157cfe")
}

// UnpackDeadlineNotPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotPassed(uint256 deadline)
func (predictionMarket *PredictionMarket) UnpackDeadlineNotPassedError(raw []byte) (*PredictionMarketDeadlineNotPassed, error) {
	out := new(PredictionMarketDeadlineNotPassed)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "DeadlineNotPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketDeadlinePassed represents a DeadlinePassed error raised by the PredictionMarket contract.
type PredictionMarketDeadlinePassed struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 deadline)
func PredictionMarketDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0xbfb22adfe9d5fa2834e025e2832eac6acdb50f696427fd6da5e7d933cf7e8923")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 deadline)
func (predictionMarket *PredictionMarket) UnpackDeadlinePassedError(raw []byte) (*PredictionMarketDeadlinePassed, error) {
	out := new(PredictionMarketDeadlinePassed)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketDrawExpired represents a DrawExpired error raised by the PredictionMarket contract.
type PredictionMarketDrawExpired struct {
	DrawBlock *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DrawExpired(uint256 drawBlock)
func PredictionMarketDrawExpiredErrorID() common.Hash {
	return common.HexToHash("0x973cd2c69f193d082b3c4dbfc80be046de744ce4266838c348c19dea4ea46d4b")
}

// UnpackDrawExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DrawExpired(uint256 drawBlock)
func (predictionMarket *PredictionMarket) UnpackDrawExpiredError(raw []byte) (*PredictionMarketDrawExpired, error) {
	out := new(PredictionMarketDrawExpired)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "DrawExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketDrawNotReady represents a DrawNotReady error raised by the PredictionMarket contract.
type PredictionMarketDrawNotReady struct {
	DrawBlock *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DrawNotReady(uint256 drawBlock)
func PredictionMarketDrawNotReadyErrorID() common.Hash {
	return common.HexToHash("0xc6bbe232168798e76fbcfc57b083313a41123447f4c11b9f2fa27ecf1203b77d")
}

// UnpackDrawNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DrawNotReady(uint256 drawBlock)
func (predictionMarket *PredictionMarket) UnpackDrawNotReadyError(raw []byte) (*PredictionMarketDrawNotReady, error) {
	out := new(PredictionMarketDrawNotReady)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "DrawNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketEndCriteriaNotMet represents a EndCriteriaNotMet error raised by the PredictionMarket contract.
type PredictionMarketEndCriteriaNotMet struct {
	NumContributions *big.Int
	MinContributions *big.Int
	EarliestEnd      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EndCriteriaNotMet(uint256 numContributions, uint256 minContributions, uint256 earliestEnd)
func PredictionMarketEndCriteriaNotMetErrorID() common.Hash {
	return common.HexToHash("0x1f327f9ad6dc342831e251f29cd48e41106c4cbf0bb5170752cb1869d6f75327")
}

// UnpackEndCriteriaNotMetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EndCriteriaNotMet(uint256 numContributions, uint256 minContributions, uint256 earliestEnd)
func (predictionMarket *PredictionMarket) UnpackEndCriteriaNotMetError(raw []byte) (*PredictionMarketEndCriteriaNotMet, error) {
	out := new(PredictionMarketEndCriteriaNotMet)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "EndCriteriaNotMet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketInsufficientGas represents a InsufficientGas error raised by the PredictionMarket contract.
type PredictionMarketInsufficientGas struct {
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGas(uint256 needed)
func PredictionMarketInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0xb22db895256af10683fcd7550b474af0fbe8f3d51775f4bad8de5498d3bc3d63")
}

// UnpackInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGas(uint256 needed)
func (predictionMarket *PredictionMarket) UnpackInsufficientGasError(raw []byte) (*PredictionMarketInsufficientGas, error) {
	out := new(PredictionMarketInsufficientGas)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "InsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketInvalidProof represents a InvalidProof error raised by the PredictionMarket contract.
type PredictionMarketInvalidProof struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(uint256 index)
func PredictionMarketInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x5e3fa051f12d0d34bcacf3422cc36b979846aff40e201c6c3d25a5d5c87e9c52")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(uint256 index)
func (predictionMarket *PredictionMarket) UnpackInvalidProofError(raw []byte) (*PredictionMarketInvalidProof, error) {
	out := new(PredictionMarketInvalidProof)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketLengthMismatch represents a LengthMismatch error raised by the PredictionMarket contract.
type PredictionMarketLengthMismatch struct {
	Pieces *big.Int
	Proofs *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 pieces, uint256 proofs)
func PredictionMarketLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 pieces, uint256 proofs)
func (predictionMarket *PredictionMarket) UnpackLengthMismatchError(raw []byte) (*PredictionMarketLengthMismatch, error) {
	out := new(PredictionMarketLengthMismatch)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketMalformedSample represents a MalformedSample error raised by the PredictionMarket contract.
type PredictionMarketMalformedSample struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedSample()
func PredictionMarketMalformedSampleErrorID() common.Hash {
	return common.HexToHash("0x57cca174d197b4c816be7774d9d4f6b1c80bf983f77882aabcb070566533e988")
}

// UnpackMalformedSampleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedSample()
func (predictionMarket *PredictionMarket) UnpackMalformedSampleError(raw []byte) (*PredictionMarketMalformedSample, error) {
	out := new(PredictionMarketMalformedSample)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "MalformedSample", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketModelBoundElsewhere represents a ModelBoundElsewhere error raised by the PredictionMarket contract.
type PredictionMarketModelBoundElsewhere struct {
	Trainer  common.Address
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelBoundElsewhere(address trainer, address expected)
func PredictionMarketModelBoundElsewhereErrorID() common.Hash {
	return common.HexToHash("0xf8cbd20e73b02384120596c378a8cf36cb8fc49723c55251be63a7bcaf220377")
}

// UnpackModelBoundElsewhereError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelBoundElsewhere(address trainer, address expected)
func (predictionMarket *PredictionMarket) UnpackModelBoundElsewhereError(raw []byte) (*PredictionMarketModelBoundElsewhere, error) {
	out := new(PredictionMarketModelBoundElsewhere)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "ModelBoundElsewhere", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketModelChanged represents a ModelChanged error raised by the PredictionMarket contract.
type PredictionMarketModelChanged struct {
	Pinned  [32]byte
	Current [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelChanged(bytes32 pinned, bytes32 current)
func PredictionMarketModelChangedErrorID() common.Hash {
	return common.HexToHash("0x0fb4025870472137112a6caaccb5bfb20816165ae0ffe4efe9c76f4f16d3c52a")
}

// UnpackModelChangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelChanged(bytes32 pinned, bytes32 current)
func (predictionMarket *PredictionMarket) UnpackModelChangedError(raw []byte) (*PredictionMarketModelChanged, error) {
	out := new(PredictionMarketModelChanged)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "ModelChanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketModelOutOfGas represents a ModelOutOfGas error raised by the PredictionMarket contract.
type PredictionMarketModelOutOfGas struct {
	GasLimit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelOutOfGas(uint256 gasLimit)
func PredictionMarketModelOutOfGasErrorID() common.Hash {
	return common.HexToHash("0x3b611e458bbf4839ef9a180c1f506457f835e3ed6170020c9528351d612a7eaa")
}

// UnpackModelOutOfGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelOutOfGas(uint256 gasLimit)
func (predictionMarket *PredictionMarket) UnpackModelOutOfGasError(raw []byte) (*PredictionMarketModelOutOfGas, error) {
	out := new(PredictionMarketModelOutOfGas)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "ModelOutOfGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketModelUnchanged represents a ModelUnchanged error raised by the PredictionMarket contract.
type PredictionMarketModelUnchanged struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelUnchanged()
func PredictionMarketModelUnchangedErrorID() common.Hash {
	return common.HexToHash("0x1ca370ade2c2c210cf33f62ad52624e25f3667bae9e1d59a27b725d9b4fa0472")
}

// UnpackModelUnchangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelUnchanged()
func (predictionMarket *PredictionMarket) UnpackModelUnchangedError(raw []byte) (*PredictionMarketModelUnchanged, error) {
	out := new(PredictionMarketModelUnchanged)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "ModelUnchanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketNoProgress represents a NoProgress error raised by the PredictionMarket contract.
type PredictionMarketNoProgress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoProgress()
func PredictionMarketNoProgressErrorID() common.Hash {
	return common.HexToHash("0x8b1075b99cd21a6a3d595ac42b87b1fb8f30ceb6dc0b4b9da6aecede9c82123c")
}

// UnpackNoProgressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoProgress()
func (predictionMarket *PredictionMarket) UnpackNoProgressError(raw []byte) (*PredictionMarketNoProgress, error) {
	out := new(PredictionMarketNoProgress)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "NoProgress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketNothingOwed represents a NothingOwed error raised by the PredictionMarket contract.
type PredictionMarketNothingOwed struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingOwed(address account)
func PredictionMarketNothingOwedErrorID() common.Hash {
	return common.HexToHash("0x751b0fdaa408a0c7537afaf0af96a92598192bff093a0ad0f684a7c83bc223c9")
}

// UnpackNothingOwedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingOwed(address account)
func (predictionMarket *PredictionMarket) UnpackNothingOwedError(raw []byte) (*PredictionMarketNothingOwed, error) {
	out := new(PredictionMarketNothingOwed)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "NothingOwed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketNothingToWithdraw represents a NothingToWithdraw error raised by the PredictionMarket contract.
type PredictionMarketNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func PredictionMarketNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (predictionMarket *PredictionMarket) UnpackNothingToWithdrawError(raw []byte) (*PredictionMarketNothingToWithdraw, error) {
	out := new(PredictionMarketNothingToWithdraw)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketOutOfRange represents a OutOfRange error raised by the PredictionMarket contract.
type PredictionMarketOutOfRange struct {
	Param uint8
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfRange(uint8 param, uint256 value, uint256 min, uint256 max)
func PredictionMarketOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x1e8731fae2510885b289f8efec5658d5df18e511c1bce623e17436f469523562")
}

// UnpackOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfRange(uint8 param, uint256 value, uint256 min, uint256 max)
func (predictionMarket *PredictionMarket) UnpackOutOfRangeError(raw []byte) (*PredictionMarketOutOfRange, error) {
	out := new(PredictionMarketOutOfRange)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "OutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketPieceMismatch represents a PieceMismatch error raised by the PredictionMarket contract.
type PredictionMarketPieceMismatch struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PieceMismatch(uint256 position)
func PredictionMarketPieceMismatchErrorID() common.Hash {
	return common.HexToHash("0xfa33d5d43241b4f124b8bcd02eb92b83c154e93347f15ff31912ea56fd2bc143")
}

// UnpackPieceMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PieceMismatch(uint256 position)
func (predictionMarket *PredictionMarket) UnpackPieceMismatchError(raw []byte) (*PredictionMarketPieceMismatch, error) {
	out := new(PredictionMarketPieceMismatch)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "PieceMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketPieceSize represents a PieceSize error raised by the PredictionMarket contract.
type PredictionMarketPieceSize struct {
	NumSamples *big.Int
	Max        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PieceSize(uint256 numSamples, uint256 max)
func PredictionMarketPieceSizeErrorID() common.Hash {
	return common.HexToHash("0x287165b8d7ef32957407d06f039b3162de9ceea17e7ff40f66890a33b3777ebe")
}

// UnpackPieceSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PieceSize(uint256 numSamples, uint256 max)
func (predictionMarket *PredictionMarket) UnpackPieceSizeError(raw []byte) (*PredictionMarketPieceSize, error) {
	out := new(PredictionMarketPieceSize)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "PieceSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the PredictionMarket contract.
type PredictionMarketReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func PredictionMarketReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (predictionMarket *PredictionMarket) UnpackReentrancyGuardReentrantCallError(raw []byte) (*PredictionMarketReentrancyGuardReentrantCall, error) {
	out := new(PredictionMarketReentrancyGuardReentrantCall)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketRunFull represents a RunFull error raised by the PredictionMarket contract.
type PredictionMarketRunFull struct {
	MaxContributions *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RunFull(uint256 maxContributions)
func PredictionMarketRunFullErrorID() common.Hash {
	return common.HexToHash("0xe8e18e58d240762d136d1619d2dc86bbae7e706a00ff76e4a4dedbb1dccd2a16")
}

// UnpackRunFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RunFull(uint256 maxContributions)
func (predictionMarket *PredictionMarket) UnpackRunFullError(raw []byte) (*PredictionMarketRunFull, error) {
	out := new(PredictionMarketRunFull)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "RunFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the PredictionMarket contract.
type PredictionMarketSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func PredictionMarketSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (predictionMarket *PredictionMarket) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*PredictionMarketSafeCastOverflowedUintDowncast, error) {
	out := new(PredictionMarketSafeCastOverflowedUintDowncast)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketSampleTooLong represents a SampleTooLong error raised by the PredictionMarket contract.
type PredictionMarketSampleTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SampleTooLong(uint256 length, uint256 max)
func PredictionMarketSampleTooLongErrorID() common.Hash {
	return common.HexToHash("0x5ee251a6c106c9604e36b5d6a9266b8ea70b09bd16e29150a68ac23229fba37d")
}

// UnpackSampleTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SampleTooLong(uint256 length, uint256 max)
func (predictionMarket *PredictionMarket) UnpackSampleTooLongError(raw []byte) (*PredictionMarketSampleTooLong, error) {
	out := new(PredictionMarketSampleTooLong)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "SampleTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketStakeNotExact represents a StakeNotExact error raised by the PredictionMarket contract.
type PredictionMarketStakeNotExact struct {
	Required *big.Int
	Sent     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeNotExact(uint256 required, uint256 sent)
func PredictionMarketStakeNotExactErrorID() common.Hash {
	return common.HexToHash("0xade1eda2d480d8b7f07e3db4d7b53c9b04888963d78549955094ae346500d150")
}

// UnpackStakeNotExactError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeNotExact(uint256 required, uint256 sent)
func (predictionMarket *PredictionMarket) UnpackStakeNotExactError(raw []byte) (*PredictionMarketStakeNotExact, error) {
	out := new(PredictionMarketStakeNotExact)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "StakeNotExact", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketStakeTooHigh represents a StakeTooHigh error raised by the PredictionMarket contract.
type PredictionMarketStakeTooHigh struct {
	Max  *big.Int
	Sent *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeTooHigh(uint256 max, uint256 sent)
func PredictionMarketStakeTooHighErrorID() common.Hash {
	return common.HexToHash("0xc08511af1a6b2310a715503a22e6c865b383f4b7d5171a60ac79d0733d766953")
}

// UnpackStakeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeTooHigh(uint256 max, uint256 sent)
func (predictionMarket *PredictionMarket) UnpackStakeTooHighError(raw []byte) (*PredictionMarketStakeTooHigh, error) {
	out := new(PredictionMarketStakeTooHigh)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "StakeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketStakeTooLow represents a StakeTooLow error raised by the PredictionMarket contract.
type PredictionMarketStakeTooLow struct {
	Required *big.Int
	Sent     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeTooLow(uint256 required, uint256 sent)
func PredictionMarketStakeTooLowErrorID() common.Hash {
	return common.HexToHash("0x829f11638d406de2605d01f8ea108c1f13393def0f2b7b6e6ffffd9996d50bd5")
}

// UnpackStakeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeTooLow(uint256 required, uint256 sent)
func (predictionMarket *PredictionMarket) UnpackStakeTooLowError(raw []byte) (*PredictionMarketStakeTooLow, error) {
	out := new(PredictionMarketStakeTooLow)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "StakeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketStepTooHeavy represents a StepTooHeavy error raised by the PredictionMarket contract.
type PredictionMarketStepTooHeavy struct {
	Gas *big.Int
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepTooHeavy(uint256 gas, uint256 max)
func PredictionMarketStepTooHeavyErrorID() common.Hash {
	return common.HexToHash("0x9d0f912740cf59c0d2d6ada7afec0666f66cd4664c181231d9deed8b9c65fc99")
}

// UnpackStepTooHeavyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepTooHeavy(uint256 gas, uint256 max)
func (predictionMarket *PredictionMarket) UnpackStepTooHeavyError(raw []byte) (*PredictionMarketStepTooHeavy, error) {
	out := new(PredictionMarketStepTooHeavy)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "StepTooHeavy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketTooManyPieces represents a TooManyPieces error raised by the PredictionMarket contract.
type PredictionMarketTooManyPieces struct {
	Given     *big.Int
	Remaining *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyPieces(uint256 given, uint256 remaining)
func PredictionMarketTooManyPiecesErrorID() common.Hash {
	return common.HexToHash("0x040d3d972b26b270a184d6ee1ea605c415c1d9780e9e2a4055d839212147b5bc")
}

// UnpackTooManyPiecesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyPieces(uint256 given, uint256 remaining)
func (predictionMarket *PredictionMarket) UnpackTooManyPiecesError(raw []byte) (*PredictionMarketTooManyPieces, error) {
	out := new(PredictionMarketTooManyPieces)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "TooManyPieces", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketTransferFailed represents a TransferFailed error raised by the PredictionMarket contract.
type PredictionMarketTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func PredictionMarketTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (predictionMarket *PredictionMarket) UnpackTransferFailedError(raw []byte) (*PredictionMarketTransferFailed, error) {
	out := new(PredictionMarketTransferFailed)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketUnknownLabel represents a UnknownLabel error raised by the PredictionMarket contract.
type PredictionMarketUnknownLabel struct {
	Label      uint64
	NumClasses *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLabel(uint64 label, uint256 numClasses)
func PredictionMarketUnknownLabelErrorID() common.Hash {
	return common.HexToHash("0x77cd7fcefb320f61c7420ee75bb54056fae6f82884a6fd8ed4558011eca395c4")
}

// UnpackUnknownLabelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLabel(uint64 label, uint256 numClasses)
func (predictionMarket *PredictionMarket) UnpackUnknownLabelError(raw []byte) (*PredictionMarketUnknownLabel, error) {
	out := new(PredictionMarketUnknownLabel)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "UnknownLabel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketWrongPhase represents a WrongPhase error raised by the PredictionMarket contract.
type PredictionMarketWrongPhase struct {
	Expected uint8
	Current  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPhase(uint8 expected, uint8 current)
func PredictionMarketWrongPhaseErrorID() common.Hash {
	return common.HexToHash("0x05fb5e1b963aa3381410680b6ad7f804e88d8644d03d33774a1152aa26dceb15")
}

// UnpackWrongPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPhase(uint8 expected, uint8 current)
func (predictionMarket *PredictionMarket) UnpackWrongPhaseError(raw []byte) (*PredictionMarketWrongPhase, error) {
	out := new(PredictionMarketWrongPhase)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "WrongPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PredictionMarketWrongStage represents a WrongStage error raised by the PredictionMarket contract.
type PredictionMarketWrongStage struct {
	Stage uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStage(uint8 stage)
func PredictionMarketWrongStageErrorID() common.Hash {
	return common.HexToHash("0xbb27deba30706591608ac6c0e45b507ce14bfc4fa31a6ccbf4f1af7af0a2d90f")
}

// UnpackWrongStageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStage(uint8 stage)
func (predictionMarket *PredictionMarket) UnpackWrongStageError(raw []byte) (*PredictionMarketWrongStage, error) {
	out := new(PredictionMarketWrongStage)
	if err := predictionMarket.abi.UnpackIntoInterface(out, "WrongStage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardEngineMetaData contains all meta data concerning the RewardEngine contract.
var RewardEngineMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"Dropped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"correct\",\"type\":\"uint256\"}],\"name\":\"Evaluated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"iteration\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rounds\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"isFinal\",\"type\":\"bool\"}],\"name\":\"RoundsDecided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"runId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UpdateFailed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstPosition\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"BadPieceRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ContributionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pinned\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"current\",\"type\":\"bytes32\"}],\"name\":\"ModelChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasLimit\",\"type\":\"uint256\"}],\"name\":\"ModelOutOfGas\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoProgress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"PieceMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"SafeCastOverflowedIntDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"SafeCastOverflowedIntToUint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIPredictionMarket.Stage\",\"name\":\"stage\",\"type\":\"uint8\"}],\"name\":\"WrongStage\",\"type\":\"error\"}]",
	ID:  "2708f7a0451f5f75cfc02e17ec8c44e5f2",
	Bin: "0x60808060405234601b57611ba390816100208239308160070152f35b5f80fdfe6080604052307f0000000000000000000000000000000000000000000000000000000000000000146004361015610034575f80fd5b5f3560e01c80637f8988df146109745763974fd7f714610052575f80fd5b6109705736600319016102e08112610970576101c013610970576102a4356001600160a01b0381168103610970576102c4359067ffffffffffffffff8211610970573660238301121561097057816004013567ffffffffffffffff8111610970576024369184010111610970576100c7611253565b506100d1366112b9565b918251600481101561095c5761093957606481013581019163ffffffff60036101c435015460901c1693845f19810111610579575f1985016024840135118015610916575b6108f25761012d602460448501358501013561170f565b9461013b6040519687611231565b6044840135840160240135808752601f19906101569061170f565b015f5b8181106108e15750505f5b60246044860135860101358110156102c6576101916044868101358701600584901b810182019101611727565b61019a8161170f565b916101a86040519384611231565b818352601f196101b78361170f565b013660208501376101c78261170f565b916101d56040519384611231565b8083526101e18161170f565b601f19013660208501375f5b818110610262575050506020815160051b91012061020f83602489013561146a565b5f526102443560205260405f2054036102425790600191610230828a611456565b5261023b8189611456565b5001610164565b61025082602488013561146a565b633e8cf57560e21b5f5260045260245ffd5b8060206102726001938587611420565b61028861027f8280611727565b9390920161175d565b610293818484611acd565b61029d858a611456565b5267ffffffffffffffff60801b9060801b169160401b17176102bf8288611456565b52016101ed565b50859084866102df610264356101e4356101c435611477565b9560018060a01b0360016101c4350154168060808901525f806040516020810190637e66e61f60e11b825260048152610319602482611231565b51908462030d40fa903d156108d4573d9067ffffffffffffffff82116108c05760a06103ad91604051936103576020601f19601f8401160186611231565b84523d5f602086013e5b3f936020604051948592828401978852151560408401526060808401528051918291826080860152018484015e5f838284010152601f801991011681010301601f198101835282611231565b5190206102843581036108a757506001600160a01b03166101008701526101e4356001015460201c63ffffffff1660408701525f939291905b608086015163ffffffff165f198401146106a0575b63ffffffff6080870151169460248301358610801561067f575b6106745761043061042a602485013588611405565b86611456565b51608089015160408a01515f9290916001600160a01b031690610456603f84048461146a565b90610bb88201809211610579576064840190818511610579575f915f94604051632fb8335160e11b815260206004820152602080850194805160051b010193602482019060448301905b8681106105b1575b505050505050509994959697989961059f575061058d575063ffffffff8060a08a01511691160163ffffffff81116105795763ffffffff1660a08801526001810181116105795763ffffffff60018201166080880152600160e089015260015f19860191011480610561575b610522575b939291906103e6565b50505050505b60e082015115610552576105436101c0928261022435611631565b610550604051809261113a565bf35b638b1075b960e01b5f5260045ffd5b5061057487876102243561020435611772565b610514565b634e487b7160e01b5f52601160045260245ffd5b633b611e4560e01b5f5260045260245ffd5b63b22db89560e01b5f5260045260245ffd5b805167ffffffffffffffff604082901c81168552681fffffffffffffffe0603b83901c16908190831685378a5a1061064e578760205f8f898b5a9660440192fa915a9003118115166106265761060b575b506020016104a0565b60203d10610602579b6020919c60801c5f5114019b90610602565b5050505050505050509150600199949596979899918d80808080999e9d9c9b9a9980806104a8565b505050505050505050506001999495969798998d80808080999e9d9c9b9a9980806104a8565b505050505050610528565b506024604484013584010135610699602485013588611405565b1015610415565b60248101358514610830576106c66106b786611412565b95602483013560448401611420565b63ffffffff6060880151169060018201821161057957806106ea8161070093611727565b929060208301936106fa8561175d565b91611acd565b600184015f5261020435602052600160405f2001540361089157906107288261073093611727565b92909161175d565b60808b01516101008c015160408d01515f959094936001600160a01b03928316939192909116610763603f87048761146a565b93610bb88501809511610579576064870191828811610579575f96604051958060051b958693625a6cc760e91b8952600489015260248801526060604488015260648701526084860137845a1093841561086d575b5050505061059f575061058d5750600163ffffffff9115928361083a575b011660608801525f60808801525f60a0880152600160e0890152156103fb579091929363ffffffff60c08701511663ffffffff5f19860116608088015260a087015261082a87876102243561020435611772565b15610519575b5050505050610528565b8a517fb158a8c760d45549945b1632d72be547d42778db225383355d1c48f9dba45a1960206040518585018152a26107d6565b5f8094995080939597505a996084019289f1945a900311841516918d8080806107b8565b600183632414d81b60e21b5f520160045260245ffd5b6301f6804b60e31b5f526102843560045260245260445ffd5b634e487b7160e01b5f52604160045260245ffd5b6103ad60a0606092610361565b806060602080938b01015201610159565b60248363ce9bb51960e01b5f5281810135600452604481013501013560245260445ffd5b5061092860248401355f198701611405565b602460448501358501013511610116565b8251600481101561095c57635d93ef5d60e11b5f526109579061112c565b60245ffd5b634e487b7160e01b5f52602160045260245ffd5b5f80fd5b506109705736600319016102a08112610970576101c01361097057610224356102843561020435610244356109a7611253565b505f916109b3366112b9565b938451600481101561095c57156111125761020081101561110857915b82156105525790826109ec610264356101e4356101c435611477565b935b610a1b575b505050610a0490836101e095611631565b610a11604051809361113a565b15156101c0820152f35b8596959491929451600481101561095c57600103610b2d5793909390610140840151606088019263ffffffff8451169660a08701975b82151580610b24575b15610af257610a6b610a7191611412565b9261150f565b93825f52866020528a8a60405f208a8c5115155f14610ab257610aab9363ffffffff6001808060a01b0385541694015460601c1693611a0f565b9391610a51565b50905060019150015460018160801c1615610ace575b50610aab565b610aec906001600160601b0363ffffffff8260601c1691168d6119a6565b5f610ac8565b63ffffffff81169095529798979650919214610b14575b90815b9092916109ee565b610b1f848789611a9d565b610b09565b50838110610a5a565b8695929491939551600481101561095c57600203610c7f57949294926101608101516060880163ffffffff815116976101008a01975b87151580610c76575b15610c47575f8a815260208781526040808320546001600160a01b0316835290899052902099610ba590610b9f90611412565b9861150f565b9980549060ff8260e01c16610c40576001015463ffffffff8b511663ffffffff8260801c16145f14610c3857600f0b905b5f8212610be9575b50505b989698610b63565b6001600160601b03610bfd610c0793611533565b9160601c166115f8565b600160408d01526101608c01906001600160801b03825116811015610bde576001600160801b031690525f80610bde565b505f90610bd6565b5050610be1565b9599989190975095929563ffffffff8216905214610c67575b9081610b0c565b610c7184876118c2565b610c60565b50838a10610b6c565b60a0869397959496015115155f14610f30579561016083015196606086019263ffffffff8451169861010088019461018089019960208a01985b85151580610f27575b15610eda575f8d8152602086905260409020546001600160a01b03169c8c908c90610cec90611412565b97610cf69061150f565b9e600160a01b6001900381165f528960205260405f208d8154908160e01c60ff16610ecf578d63ffffffff600185015491511663ffffffff8260801c16145f14610eb4576001600160801b036001600160601b03610d6192600f0b945b60601c1697511683886117ad565b958603610e73575b5115610d9a57505050610d8e6001600160801b036101a0819301931682845116611555565b1690525b9b949b610cb9565b909193925060208d01519082549163ffffffff8360c01c1690818102918183041490151715610579578410908115610e61575b50610ddc575b50505050610d92565b60ff60e01b1916600160e01b1790556101a08d0180516001600160801b0390610e0a90848316908316611555565b1690526101208d0163ffffffff610e2381835116611543565b1690527f966f1c5637bb975b74fccfa66b55651472a6394ad3fea4b666ee50692d66dab560408c51928151905f82526020820152a35f808080610dd3565b610e6b9150611533565b83125f610dcd565b610eaf610e7f87611891565b84546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b16178455565b610d69565b50610d616001600160801b036001600160601b035f94610d53565b505050505050610d92565b9798509899509092919399945063ffffffff851690529214915b9180610f18575b610f055781610b0c565b50600193508291508490506101e06109f3565b50610f2286611575565b610efb565b50838d10610cc2565b959392949190959161014082015195606085019763ffffffff8951169760c0870195610180880194602089019a5b821515806110ff575b156110e157610a6b610f7891611412565b93825f5285602052898c8c60405f208c8c8c600184019283549260018460801c166110d357610fda6001600160801b036001600160601b038660601c9663ffffffff8816610fcd63ffffffff8851168261151b565b96521694511683856117ad565b97511561100257505050505092610ffb9360018060a01b03905416916117f3565b9391610f5e565b6020015187109081156110c1575b5015611095575060601b63ffffffff60601b168417600160801b179055546001600160a01b03169261104591839185916117f3565b6101208c0163ffffffff61105b81835116611543565b1690527f966f1c5637bb975b74fccfa66b55651472a6394ad3fea4b666ee50692d66dab560408b51928151908882526020820152a3610ffb565b92509250935082036110aa575b505050610ffb565b60601b63ffffffff60601b161790555f80806110a2565b6110cb9150611533565b86125f611010565b505050505050505050610ffb565b96989a50989a9193965091935063ffffffff85169052921491610ef4565b50838110610f67565b50610200916109d0565b8451600481101561095c57635d93ef5d60e11b5f52610957905b600481101561095c57600452565b805190600482101561095c576101a06001600160801b03918193855260208101511515602086015260408101511515604086015263ffffffff606082015116606086015263ffffffff608082015116608086015263ffffffff60a08201511660a086015263ffffffff60c08201511660c086015263ffffffff60e08201511660e086015263ffffffff6101008201511661010086015263ffffffff61012082015116610120860152826101408201511661014086015282610160820151166101608601528261018082015116610180860152015116910152565b6101c0810190811067ffffffffffffffff8211176108c057604052565b90601f8019910116810190811067ffffffffffffffff8211176108c057604052565b6040519061126082611214565b5f6101a0838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e082015282610100820152826101208201528261014082015282610160820152826101808201520152565b6101c090600319011261097057604051906112d382611214565b8160043560048110156109705781526024358015158103610970576020820152604435801515810361097057604082015260643563ffffffff8116810361097057606082015260843563ffffffff8116810361097057608082015260a43563ffffffff811681036109705760a082015260c43563ffffffff811681036109705760c082015260e43563ffffffff811681036109705760e08201526101043563ffffffff81168103610970576101008201526101243563ffffffff8116810361097057610120820152610144356001600160801b038116810361097057610140820152610164356001600160801b038116810361097057610160820152610184356001600160801b0381168103610970576101808201526101a435906001600160801b0382168203610970576101a00152565b9190820391821161057957565b5f1981146105795760010190565b91908110156114425760051b81013590603e1981360301821215610970570190565b634e487b7160e01b5f52603260045260245ffd5b80518210156114425760209160051b010190565b9190820180921161057957565b9291926040519161018083019083821067ffffffffffffffff8311176108c057610160926001600160601b0360049263ffffffff946040525f60408801525f60608801525f60808801525f60c08801525f60e08801525f6101008801525f6101208801528698875260ff600182015460601c16151560a0880152541660208601520154818160201c1661014085015260401c16910152565b8015610579575f190190565b81810392915f13801582851316918412161761057957565b600160ff1b8114610579575f0390565b63ffffffff168015610579575f190190565b906001600160801b03809116911601906001600160801b03821161057957565b6020810151158015906115e5575b6115df57610100810190600163ffffffff835116019063ffffffff8211610579576001600160801b039263ffffffff61016093169052600181525f606082015263ffffffff60e08201511660c08201525f604082015201525f90565b50600190565b5063ffffffff6101208201511615611583565b8115611602570490565b634e487b7160e01b5f52601260045260245ffd5b9190915f838201938412911290801582169115161761057957565b61012083018051929493926001600160a01b0316908115611707575f905260c08301516117005760018060a01b03165f52602052600160405f2001610100815494019363ffffffff85511663ffffffff8260801c16145f146116f4576116a2606082600f0b945b0193845190611616565b908180600f0b036116dc576001600160801b035f959663ffffffff60801b905160801b169216906001600160601b0360a01b161717905552565b5063327269a760e01b5f52608060045260245260445ffd5b6116a260605f94611698565b5050509050565b505050509050565b67ffffffffffffffff81116108c05760051b60200190565b903590601e1981360301821215610970570180359067ffffffffffffffff821161097057602001918160051b3603831361097057565b3567ffffffffffffffff811681036109705790565b8383836117829396959496611ae9565b63ffffffff606082015116610140830151036117a6576117a192611a9d565b600190565b5050505f90565b9181810291905f8212600160ff1b821416610579578183051490151715610579576117d791611616565b5f81126117e15790565b635467221960e11b5f5260045260245ffd5b831561188b5761180284611891565b9260018060a01b03165f5260205260405f20916001600160601b0380845460601c16911601916001600160601b0383116105795780546bffffffffffffffffffffffff60601b191660609390931b6bffffffffffffffffffffffff60601b16929092179091556001600160801b03906118869082906101a001931682845116611555565b169052565b50505050565b6001600160601b0381116118ab576001600160601b031690565b6306dfcc6560e41b5f52606060045260245260445ffd5b9060607f5afd0f8fb1a58119369e631b8b15c1cfa9b4502108a8bec02be407d6055356ea916101408401906001600160801b03825116918290600191604088015115158061198f575b611976575b91610100916001600160801b0361192c8763ffffffff96611405565b1690526001600160801b038516610180890152151592836020890152600388525f868901528260e08901511660c089015251960151169160405192835260208301526040820152a2565b6101608801516001600160801b031694505f9250611910565b50846001600160801b036101608a0151161061190b565b9160c0830163ffffffff6119bd818351168461151b565b921690525f81126119cd57505050565b610160916119dd6119e392611533565b906115f8565b916001604082015201906001600160801b038251168110611a02575050565b6001600160801b03169052565b6101208301805193959294929391926001600160a01b0390811692168203611a70575b50505060c0830151611a6b5760c063ffffffff920192611a646060611a5a858751168561151b565b9201918251611616565b9052169052565b505050565b8190611a7d878786611631565b525f5260205260ff60405f205460e01c16151560c08401525f8080611a32565b60a083015191929115611ac15791611ab9606092825f95611631565b600281520152565b50611acb916118c2565b565b600891926040519360051b8092853760c01b8184015201902090565b919260a084015163ffffffff81169363ffffffff60608701511683517f8e7946483856e714df8cc63ae59d73f413a938575cc886c15699a16bec2e375460408051848152896020820152a28015611b90575f5260205260405f209081549160018360a01c9263ffffffff60601b9060601b16831791015560a083015115155f14611b835750611acb946001600160a01b0390911692611a0f565b92505050611acb926119a6565b505050505090808260e060c0930152015256",
}

// RewardEngine is an auto generated Go binding around an Ethereum contract.
type RewardEngine struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RewardEngine) GetABI() abi.ABI {
	return c.abi
}

// NewRewardEngine creates a new instance of RewardEngine.
func NewRewardEngine() *RewardEngine {
	parsed, err := RewardEngineMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RewardEngine{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RewardEngine) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// RewardEngineDropped represents a Dropped event raised by the RewardEngine contract.
type RewardEngineDropped struct {
	RunId       *big.Int
	Contributor common.Address
	Id          *big.Int
	Balance     *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const RewardEngineDroppedEventName = "Dropped"

// ContractEventName returns the user-defined event name.
func (RewardEngineDropped) ContractEventName() string {
	return RewardEngineDroppedEventName
}

// UnpackDroppedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Dropped(uint256 indexed runId, address indexed contributor, uint256 id, uint256 balance)
func (rewardEngine *RewardEngine) UnpackDroppedEvent(log *types.Log) (*RewardEngineDropped, error) {
	event := "Dropped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardEngine.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardEngineDropped)
	if len(log.Data) > 0 {
		if err := rewardEngine.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardEngine.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardEngineEvaluated represents a Evaluated event raised by the RewardEngine contract.
type RewardEngineEvaluated struct {
	RunId   *big.Int
	Id      *big.Int
	Correct *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const RewardEngineEvaluatedEventName = "Evaluated"

// ContractEventName returns the user-defined event name.
func (RewardEngineEvaluated) ContractEventName() string {
	return RewardEngineEvaluatedEventName
}

// UnpackEvaluatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Evaluated(uint256 indexed runId, uint256 id, uint256 correct)
func (rewardEngine *RewardEngine) UnpackEvaluatedEvent(log *types.Log) (*RewardEngineEvaluated, error) {
	event := "Evaluated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardEngine.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardEngineEvaluated)
	if len(log.Data) > 0 {
		if err := rewardEngine.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardEngine.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardEngineRoundsDecided represents a RoundsDecided event raised by the RewardEngine contract.
type RewardEngineRoundsDecided struct {
	RunId     *big.Int
	Iteration *big.Int
	Rounds    *big.Int
	IsFinal   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const RewardEngineRoundsDecidedEventName = "RoundsDecided"

// ContractEventName returns the user-defined event name.
func (RewardEngineRoundsDecided) ContractEventName() string {
	return RewardEngineRoundsDecidedEventName
}

// UnpackRoundsDecidedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundsDecided(uint256 indexed runId, uint256 iteration, uint256 rounds, bool isFinal)
func (rewardEngine *RewardEngine) UnpackRoundsDecidedEvent(log *types.Log) (*RewardEngineRoundsDecided, error) {
	event := "RoundsDecided"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardEngine.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardEngineRoundsDecided)
	if len(log.Data) > 0 {
		if err := rewardEngine.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardEngine.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardEngineUpdateFailed represents a UpdateFailed event raised by the RewardEngine contract.
type RewardEngineUpdateFailed struct {
	RunId *big.Int
	Id    *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const RewardEngineUpdateFailedEventName = "UpdateFailed"

// ContractEventName returns the user-defined event name.
func (RewardEngineUpdateFailed) ContractEventName() string {
	return RewardEngineUpdateFailedEventName
}

// UnpackUpdateFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateFailed(uint256 indexed runId, uint256 id)
func (rewardEngine *RewardEngine) UnpackUpdateFailedEvent(log *types.Log) (*RewardEngineUpdateFailed, error) {
	event := "UpdateFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardEngine.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardEngineUpdateFailed)
	if len(log.Data) > 0 {
		if err := rewardEngine.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardEngine.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rewardEngine *RewardEngine) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rewardEngine.abi.Errors["BadPieceRange"].ID.Bytes()[:4]) {
		return rewardEngine.UnpackBadPieceRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardEngine.abi.Errors["ContributionMismatch"].ID.Bytes()[:4]) {
		return rewardEngine.UnpackContributionMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardEngine.abi.Errors["InsufficientGas"].ID.Bytes()[:4]) {
		return rewardEngine.UnpackInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardEngine.abi.Errors["ModelChanged"].ID.Bytes()[:4]) {
		return rewardEngine.UnpackModelChangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardEngine.abi.Errors["ModelOutOfGas"].ID.Bytes()[:4]) {
		return rewardEngine.UnpackModelOutOfGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardEngine.abi.Errors["NoProgress"].ID.Bytes()[:4]) {
		return rewardEngine.UnpackNoProgressError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardEngine.abi.Errors["PieceMismatch"].ID.Bytes()[:4]) {
		return rewardEngine.UnpackPieceMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardEngine.abi.Errors["SafeCastOverflowedIntDowncast"].ID.Bytes()[:4]) {
		return rewardEngine.UnpackSafeCastOverflowedIntDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardEngine.abi.Errors["SafeCastOverflowedIntToUint"].ID.Bytes()[:4]) {
		return rewardEngine.UnpackSafeCastOverflowedIntToUintError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardEngine.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return rewardEngine.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardEngine.abi.Errors["WrongStage"].ID.Bytes()[:4]) {
		return rewardEngine.UnpackWrongStageError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RewardEngineBadPieceRange represents a BadPieceRange error raised by the RewardEngine contract.
type RewardEngineBadPieceRange struct {
	FirstPosition *big.Int
	Count         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPieceRange(uint256 firstPosition, uint256 count)
func RewardEngineBadPieceRangeErrorID() common.Hash {
	return common.HexToHash("0xce9bb51928c165a10587ff3008c72345c7598f509639d406533a185f9cff69d0")
}

// UnpackBadPieceRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPieceRange(uint256 firstPosition, uint256 count)
func (rewardEngine *RewardEngine) UnpackBadPieceRangeError(raw []byte) (*RewardEngineBadPieceRange, error) {
	out := new(RewardEngineBadPieceRange)
	if err := rewardEngine.abi.UnpackIntoInterface(out, "BadPieceRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardEngineContributionMismatch represents a ContributionMismatch error raised by the RewardEngine contract.
type RewardEngineContributionMismatch struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributionMismatch(uint256 id)
func RewardEngineContributionMismatchErrorID() common.Hash {
	return common.HexToHash("0x9053606cf0a22537c21d715b5b0f7014ccd789d37fe25e6d41d1597df97d7a58")
}

// UnpackContributionMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributionMismatch(uint256 id)
func (rewardEngine *RewardEngine) UnpackContributionMismatchError(raw []byte) (*RewardEngineContributionMismatch, error) {
	out := new(RewardEngineContributionMismatch)
	if err := rewardEngine.abi.UnpackIntoInterface(out, "ContributionMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardEngineInsufficientGas represents a InsufficientGas error raised by the RewardEngine contract.
type RewardEngineInsufficientGas struct {
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGas(uint256 needed)
func RewardEngineInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0xb22db895256af10683fcd7550b474af0fbe8f3d51775f4bad8de5498d3bc3d63")
}

// UnpackInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGas(uint256 needed)
func (rewardEngine *RewardEngine) UnpackInsufficientGasError(raw []byte) (*RewardEngineInsufficientGas, error) {
	out := new(RewardEngineInsufficientGas)
	if err := rewardEngine.abi.UnpackIntoInterface(out, "InsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardEngineModelChanged represents a ModelChanged error raised by the RewardEngine contract.
type RewardEngineModelChanged struct {
	Pinned  [32]byte
	Current [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelChanged(bytes32 pinned, bytes32 current)
func RewardEngineModelChangedErrorID() common.Hash {
	return common.HexToHash("0x0fb4025870472137112a6caaccb5bfb20816165ae0ffe4efe9c76f4f16d3c52a")
}

// UnpackModelChangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelChanged(bytes32 pinned, bytes32 current)
func (rewardEngine *RewardEngine) UnpackModelChangedError(raw []byte) (*RewardEngineModelChanged, error) {
	out := new(RewardEngineModelChanged)
	if err := rewardEngine.abi.UnpackIntoInterface(out, "ModelChanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardEngineModelOutOfGas represents a ModelOutOfGas error raised by the RewardEngine contract.
type RewardEngineModelOutOfGas struct {
	GasLimit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelOutOfGas(uint256 gasLimit)
func RewardEngineModelOutOfGasErrorID() common.Hash {
	return common.HexToHash("0x3b611e458bbf4839ef9a180c1f506457f835e3ed6170020c9528351d612a7eaa")
}

// UnpackModelOutOfGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelOutOfGas(uint256 gasLimit)
func (rewardEngine *RewardEngine) UnpackModelOutOfGasError(raw []byte) (*RewardEngineModelOutOfGas, error) {
	out := new(RewardEngineModelOutOfGas)
	if err := rewardEngine.abi.UnpackIntoInterface(out, "ModelOutOfGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardEngineNoProgress represents a NoProgress error raised by the RewardEngine contract.
type RewardEngineNoProgress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoProgress()
func RewardEngineNoProgressErrorID() common.Hash {
	return common.HexToHash("0x8b1075b99cd21a6a3d595ac42b87b1fb8f30ceb6dc0b4b9da6aecede9c82123c")
}

// UnpackNoProgressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoProgress()
func (rewardEngine *RewardEngine) UnpackNoProgressError(raw []byte) (*RewardEngineNoProgress, error) {
	out := new(RewardEngineNoProgress)
	if err := rewardEngine.abi.UnpackIntoInterface(out, "NoProgress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardEnginePieceMismatch represents a PieceMismatch error raised by the RewardEngine contract.
type RewardEnginePieceMismatch struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PieceMismatch(uint256 position)
func RewardEnginePieceMismatchErrorID() common.Hash {
	return common.HexToHash("0xfa33d5d43241b4f124b8bcd02eb92b83c154e93347f15ff31912ea56fd2bc143")
}

// UnpackPieceMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PieceMismatch(uint256 position)
func (rewardEngine *RewardEngine) UnpackPieceMismatchError(raw []byte) (*RewardEnginePieceMismatch, error) {
	out := new(RewardEnginePieceMismatch)
	if err := rewardEngine.abi.UnpackIntoInterface(out, "PieceMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardEngineSafeCastOverflowedIntDowncast represents a SafeCastOverflowedIntDowncast error raised by the RewardEngine contract.
type RewardEngineSafeCastOverflowedIntDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedIntDowncast(uint8 bits, int256 value)
func RewardEngineSafeCastOverflowedIntDowncastErrorID() common.Hash {
	return common.HexToHash("0x327269a7f29c3c5436f42eeed1c1adf0d4d525f36360483f4e83ab79e98f9089")
}

// UnpackSafeCastOverflowedIntDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedIntDowncast(uint8 bits, int256 value)
func (rewardEngine *RewardEngine) UnpackSafeCastOverflowedIntDowncastError(raw []byte) (*RewardEngineSafeCastOverflowedIntDowncast, error) {
	out := new(RewardEngineSafeCastOverflowedIntDowncast)
	if err := rewardEngine.abi.UnpackIntoInterface(out, "SafeCastOverflowedIntDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardEngineSafeCastOverflowedIntToUint represents a SafeCastOverflowedIntToUint error raised by the RewardEngine contract.
type RewardEngineSafeCastOverflowedIntToUint struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedIntToUint(int256 value)
func RewardEngineSafeCastOverflowedIntToUintErrorID() common.Hash {
	return common.HexToHash("0xa8ce4432b175c373e5f41aba830358e5361584f628450fd436c066323ad91ac2")
}

// UnpackSafeCastOverflowedIntToUintError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedIntToUint(int256 value)
func (rewardEngine *RewardEngine) UnpackSafeCastOverflowedIntToUintError(raw []byte) (*RewardEngineSafeCastOverflowedIntToUint, error) {
	out := new(RewardEngineSafeCastOverflowedIntToUint)
	if err := rewardEngine.abi.UnpackIntoInterface(out, "SafeCastOverflowedIntToUint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardEngineSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the RewardEngine contract.
type RewardEngineSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func RewardEngineSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (rewardEngine *RewardEngine) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*RewardEngineSafeCastOverflowedUintDowncast, error) {
	out := new(RewardEngineSafeCastOverflowedUintDowncast)
	if err := rewardEngine.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardEngineWrongStage represents a WrongStage error raised by the RewardEngine contract.
type RewardEngineWrongStage struct {
	Stage uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStage(uint8 stage)
func RewardEngineWrongStageErrorID() common.Hash {
	return common.HexToHash("0xbb27deba30706591608ac6c0e45b507ce14bfc4fa31a6ccbf4f1af7af0a2d90f")
}

// UnpackWrongStageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStage(uint8 stage)
func (rewardEngine *RewardEngine) UnpackWrongStageError(raw []byte) (*RewardEngineWrongStage, error) {
	out := new(RewardEngineWrongStage)
	if err := rewardEngine.abi.UnpackIntoInterface(out, "WrongStage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidMetaData contains all meta data concerning the SparseNearestCentroid contract.
var SparseNearestCentroidMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"},{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64[]\",\"name\":\"counts\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_COUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"distances\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"d\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isSealed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"best\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setSumWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"sum\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"CountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"EmptyClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"IndicesNotIncreasing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LaneOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"MalformedValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatureIndices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "5f05bacf94040c4ebeca23a5d867a25f8b",
	Bin: "0x6101206040523461080b576119768038038061001a81610898565b92833981019060c08183031261080b5780516001600160a01b0381169081810361080b5760208301516001600160401b03811161080b5783019184601f8401121561080b5782519161007361006e846108bd565b610898565b93602085858152016020819560051b8301019188831161080b5760208101915b83831061082757505050506100aa604086016108d4565b906100b7606087016108d4565b60808701519093906001600160401b03811161080b5787019688601f8901121561080b578751976100ea61006e8a6108bd565b986020808b838152019160051b830101918b831161080b57602001905b82821061080f5750505060a0810151906001600160401b03821161080b57019780601f8a01121561080b57885161014061006e826108bd565b996020808c848152019260051b82010192831161080b57602001905b8282106107fb57505050156107ec578451156107dd5784516201000081116107c457506001600160401b038216801580156107b3575b6107a45760016001603f1b0381116107825750336080526101005283516001600160401b031660a05260c05260e0528151906801000000000000000082116106f0575f54825f55808310610704575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56392915b8282106105d3575050505081519051908181036105be5750505f5b81518110156102d5576001600160401b0361024082846108e8565b5116156102c3576402000000006001600160401b0361025f83856108e8565b51161015610296576001905f5160206119565f395f51905f52816001600160401b0361028b82876108e8565b511691015501610225565b906001600160401b03906102ab9083906108e8565b5116906345a52f8760e01b5f5260045260245260445ffd5b632195894b60e01b5f5260045260245ffd5b60a05160c05184916001600160401b0391821691168181029180159083048214171561043757600382018083116104375760021c8084511161059c57508061032061006e85936108bd565b81815290601f19610330826108bd565b013660208401375f5b81811061056d57505f9080155b845183101561049a57827f5a696dd7560c448ed7ca26ed090510b9d757e7c007fe94996a4a1b2a86944b76018054935f968160021b9282840460041483151715985b600481108a81610482575b501561045f576103a384846108e8565b518160061b82810460401483151715610437576001600160401b038a821c8116600790810b9390921c16900b8b6104375787906103e08489610963565b9161044b5761040c610413916104066103fe8f958e900680966108e8565b519180610970565b90610963565b9280610970565b820391821161043757610426908b6108e8565b525f19811461043757600101610388565b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b50919250979650600192945061047582896108e8565b5190550191949394610346565b9050610437578a6104938287610963565b108a610393565b83825f5b81811061053657604051610fc3908161099382396080518181816106410152610816015260a0518181816102d8015281816103e001528181610785015281816108ae0152610c7d015260c051818181610280015281816108dc01528181610e8e0152610f5a015260e05181818161033d0152610e3e0152610100518181816103a8015281816105fd015281816106a301526108460152f35b5f5160206119565f395f51905f528101805460019291906001600160401b031661056083876108e8565b5160401b1790550161049e565b5f5160206119565f395f51905f528101549394936001919060401c61059282866108e8565b5201939293610339565b83515f198101908111610437576303585b9560e11b5f5260045260245260445ffd5b6355c5b3e360e11b5f5260045260245260445ffd5b80518051906001600160401b0382116106f0576105f08654610910565b601f81116106ad575b50602090601f83116001146106445792826001949360209386955f92610639575b50505f19600383901b1c191690841b1787555b0194019101909261020a565b015190505f8061061a565b90601f19831691875f52815f20925f5b818110610695575093602093600196938796938388951061067d575b505050811b01875561062d565b01515f1960f88460031b161c191690555f8080610670565b92936020600181928786015181550195019301610654565b828111156105f9576106e290875f5260205f2090601f850160051c90602086106106e8575b601f82910160051c039101610948565b5f6105f9565b5f91506106d2565b634e487b7160e01b5f52604160045260245ffd5b5f8052828060205f20019103905f5b8281106107215750506101e1565b8060019183016107318154610910565b9081610740575b505001610713565b81601f5f931185146107565750555b5f80610738565b8183526020832061077291601f0160051c841901908601610948565b808252816020812091555561074f565b631d0a257560e21b5f90815260049190915260016001603f1b03602452604490fd5b631f937a9760e01b5f5260045ffd5b506001600160401b03841615610192565b631f89af4360e01b5f526004526201000060245260445ffd5b6360620dcf60e11b5f5260045ffd5b6386dbdd8360e01b5f5260045ffd5b815181526020918201910161015c565b5f80fd5b6020809161081c846108d4565b815201910190610107565b82516001600160401b03811161080b5782018a603f8201121561080b576020810151916001600160401b0383116106f05761086b601f8401601f1916602001610898565b8381526040838501018d1061080b575f602085819660408397018386015e83010152815201920191610093565b6040519190601f01601f191682016001600160401b038111838210176106f057604052565b6001600160401b0381116106f05760051b60200190565b51906001600160401b038216820361080b57565b80518210156108fc5760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b90600182811c9216801561093e575b602083101461092a57565b634e487b7160e01b5f52602260045260245ffd5b91607f169161091f565b5f5b82811061095657505050565b5f8282015560010161094a565b9190820180921161043757565b81810292915f8212600160ff1b8214166104375781840514901517156104375756fe60806040526004361015610011575f80fd5b5f3560e01c80631659f234146107e05780633b3546c8146107a957806343e13a70146107665780635f7066a2146106cd578063631f98521461068f57806377163c1d146106705780638da5cb5b1461062c578063bab861c1146105e8578063bb551b531461056b578063bd7a1d6114610361578063c6f698c31461031e578063cad0899b146102a4578063e6941b4a146102615763f2e05914146100b3575f80fd5b3461025d575f36600319011261025d575f546100ce81610bb8565b906100dc6040519283610b83565b8082525f80805260208301917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56391835b82821061019057848660405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061014a57505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f80199101160101960192019201859493919261013b565b6040515f85548060011c90600181168015610253575b60208310811461023f5782855290811561021c57506001146101e5575b50600192826101d785946020940382610b83565b81520194019101909261010c565b5f878152602081209092505b818310610206575050810160200160016101c3565b60018160209254838688010152019201916101f1565b60ff191660208581019190915291151560051b84019091019150600190506101c3565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101a6565b5f80fd5b3461025d575f36600319011261025d5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461025d57604036600319011261025d5760205f516020610fa35f395f51905f526103056004356103006001600160401b037f000000000000000000000000000000000000000000000000000000000000000016602435610e14565b610e27565b908160021c015460c06040519260061b161c60070b8152f35b3461025d575f36600319011261025d5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461025d57604036600319011261025d576004356001600160401b03811161025d57610391903690600401610b53565b6024356001600160401b0381169182820361025d577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610558576001600160401b037f00000000000000000000000000000000000000000000000000000000000000001693848410156105405761041282610e34565b835f516020610f835f395f51905f520194855460016001600160401b038216016001600160401b03811161052c576001600160401b031695640200000000871015610515575060401c936104668484610e7f565b908061050e57505f959460051b935f516020610fa35f395f51905f52939150865b8581106104ad578989888a61049e5760401b179055005b63903651ab60e01b5f5260045ffd5b808484602093850135020160c08160021c88019160061b1681546001600160401b0380633b9aca0083851c60070b01809e818060070b1415179d670de0b6b3a763ffff199163773594000201019d16831b921b191617905501969596610487565b8585610f1d565b86906345a52f8760e01b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b505050633be6bfe760e11b5f5260045260245260445ffd5b633ea726d160e11b5f523360045260245ffd5b3461025d57602036600319011261025d576004356001600160401b03811161025d5761059e6105a4913690600401610b53565b90610c67565b6040518091602082016020835281518091526020604084019201905f5b8181106105cf575050500390f35b82518452859450602093840193909201916001016105c1565b3461025d575f36600319011261025d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461025d575f36600319011261025d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461025d575f36600319011261025d5760206040516402000000008152f35b3461025d575f36600319011261025d5760207f00000000000000000000000000000000000000000000000000000000000000003b1515604051908152f35b3461025d57602036600319011261025d576004356001600160401b03811161025d57610700610708913690600401610b53565b5f9291610c67565b60015b81518110156107525761071e8183610bcf565b516107326001600160401b03851684610bcf565b5111610741575b60010161070b565b6001600160401b0381169250610739565b6020836001600160401b0360405191168152f35b3461025d575f36600319011261025d5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461025d57602036600319011261025d5760206001600160401b035f516020610f835f395f51905f52600435015416604051908152f35b3461025d57604036600319011261025d576004356024356001600160401b03811161025d57610813903690600401610b53565b907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610b40577f0000000000000000000000000000000000000000000000000000000000000000803b610b20575061087582610bb8565b916108836040519384610b83565b808352602083019060051b82019136831161025d57905b828210610b10575050506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016610901816001600160401b037f000000000000000000000000000000000000000000000000000000000000000016610e14565b916003830180841161052c5760021c8061091c835187610e27565b11610ae4575061092e82949394610bf7565b915f5b818110610ab5575080155f5b8351811015610a73576109508187610e27565b90815f516020610fa35f395f51905f5201948554955f988460021b9480860460041490151715995b600481108b81610a5b575b5015610a3a576109938585610bcf565b518160061b8281046040148315171561052c576001600160401b038b818f94841c1660070b921c1660070b9161052c5788906109cf848a610e27565b91610a26576109fb610a02916109f58f948e6109ed91068096610bcf565b519180610c45565b90610e27565b9280610c45565b820391821161052c57610a15908c610bcf565b525f19811461052c57600101610978565b634e487b7160e01b5f52601260045260245ffd5b5099985090955060019250610a4f8287610bcf565b5190550195949561093d565b905061052c578b610a6c8288610e27565b108b610983565b84835f5b818110610a8057005b600190805f516020610f835f395f51905f52016001600160401b03815416610aa88387610bcf565b5160401b17905501610a77565b5f516020610f835f395f51905f528101549495946001919060401c610ada8287610bcf565b5201949394610931565b610af085835190610e27565b5f19810190811161052c576303585b9560e11b5f5260045260245260445ffd5b813581526020918201910161089a565b63de2ef7dd60e01b5f9081526001600160a01b0391909116600452602490fd5b63245aecd360e01b5f523360045260245ffd5b9181601f8401121561025d578235916001600160401b03831161025d576020808501948460051b01011161025d57565b90601f801991011681019081106001600160401b03821117610ba457604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b038111610ba45760051b60200190565b8051821015610be35760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b90610c0182610bb8565b610c0e6040519182610b83565b8281528092610c1f601f1991610bb8565b0190602036910137565b90633b9aca00820291808305633b9aca00149015171561052c57565b81810292915f8212600160ff1b82141661052c57818405149015171561052c57565b919091610c7383610e34565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016610ca681610bb8565b91610cb46040519384610b83565b818352601f19610cc383610bb8565b01366020850137610cd48582610e7f565b9080610e0d5750505f516020610fa35f395f51905f528560051b915f5b838110610dc85750505050610d0581610bf7565b935f5b828110610d155750505050565b805f516020610f835f395f51905f520154906001600160401b038216610d4f610d4a610d4a83610d458189610c45565b610c45565b610c29565b92610d72610d61836377359400610c45565b610d6b858a610bcf565b5190610c45565b935f858203951281861281169186139015161761052c5760401c925f848201948512911290801582169115161761052c5780610dad91610c45565b8015610a265760019204610dc18289610bcf565b5201610d08565b8481830135025f5b868110610de1575050602001610cf1565b80600191830182820160051b8a019060c08160021c8901549160061b161c60070b815101905201610dd0565b8683610f1d565b8181029291811591840414171561052c57565b9190820180921161052c57565b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690818111610e6a575050565b63bb85e9db60e01b5f5260045260245260445ffd5b915f925f926001600160401b037f000000000000000000000000000000000000000000000000000000000000000016905f9060051b925f915b848310610ec7575b5050505050565b828201359084821015610f035781111583151516610eea57602090920191610eb8565b505094505050905060029160051c905f80808080610ec0565b50505094505050905060019160051c905f80808080610ec0565b916001915014610f3a57506305d7846560e01b5f5260045260245ffd5b9063411be2e760e11b5f5260051b013560070b6004526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660245260445ffdfe1262c48337e7214e86e5b0dfe661f9ad22cbe57b96818fb98fae07cd33d7e9bd5a696dd7560c448ed7ca26ed090510b9d757e7c007fe94996a4a1b2a86944b761262c48337e7214e86e5b0dfe661f9ad22cbe57b96818fb98fae07cd33d7e9bd",
}

// SparseNearestCentroid is an auto generated Go binding around an Ethereum contract.
type SparseNearestCentroid struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SparseNearestCentroid) GetABI() abi.ABI {
	return c.abi
}

// NewSparseNearestCentroid creates a new instance of SparseNearestCentroid.
func NewSparseNearestCentroid() *SparseNearestCentroid {
	parsed, err := SparseNearestCentroidMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SparseNearestCentroid{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SparseNearestCentroid) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address trainer_, string[] names, uint64 numFeatures_, uint64 maxFeatures_, uint64[] counts, uint256[] firstWords) returns()
func (sparseNearestCentroid *SparseNearestCentroid) PackConstructor(trainer_ common.Address, names []string, numFeatures_ uint64, maxFeatures_ uint64, counts []uint64, firstWords []*big.Int) []byte {
	enc, err := sparseNearestCentroid.abi.Pack("", trainer_, names, numFeatures_, maxFeatures_, counts, firstWords)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77163c1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_COUNT() view returns(uint256)
func (sparseNearestCentroid *SparseNearestCentroid) PackMAXCOUNT() []byte {
	enc, err := sparseNearestCentroid.abi.Pack("MAX_COUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77163c1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_COUNT() view returns(uint256)
func (sparseNearestCentroid *SparseNearestCentroid) TryPackMAXCOUNT() ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("MAX_COUNT")
}

// UnpackMAXCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77163c1d.
//
// Solidity: function MAX_COUNT() view returns(uint256)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackMAXCOUNT(data []byte) (*big.Int, error) {
	out, err := sparseNearestCentroid.abi.Unpack("MAX_COUNT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClassNames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2e05914.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classNames() view returns(string[])
func (sparseNearestCentroid *SparseNearestCentroid) PackClassNames() []byte {
	enc, err := sparseNearestCentroid.abi.Pack("classNames")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassNames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2e05914.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classNames() view returns(string[])
func (sparseNearestCentroid *SparseNearestCentroid) TryPackClassNames() ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("classNames")
}

// UnpackClassNames is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2e05914.
//
// Solidity: function classNames() view returns(string[])
func (sparseNearestCentroid *SparseNearestCentroid) UnpackClassNames(data []byte) ([]string, error) {
	out, err := sparseNearestCentroid.abi.Unpack("classNames", data)
	if err != nil {
		return *new([]string), err
	}
	out0 := *abi.ConvertType(out[0], new([]string)).(*[]string)
	return out0, nil
}

// PackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b3546c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function count(uint256 class) view returns(uint64)
func (sparseNearestCentroid *SparseNearestCentroid) PackCount(class *big.Int) []byte {
	enc, err := sparseNearestCentroid.abi.Pack("count", class)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b3546c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function count(uint256 class) view returns(uint64)
func (sparseNearestCentroid *SparseNearestCentroid) TryPackCount(class *big.Int) ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("count", class)
}

// UnpackCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b3546c8.
//
// Solidity: function count(uint256 class) view returns(uint64)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackCount(data []byte) (uint64, error) {
	out, err := sparseNearestCentroid.abi.Unpack("count", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDistances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb551b53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distances(int64[] data) view returns(uint256[] d)
func (sparseNearestCentroid *SparseNearestCentroid) PackDistances(data []int64) []byte {
	enc, err := sparseNearestCentroid.abi.Pack("distances", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb551b53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distances(int64[] data) view returns(uint256[] d)
func (sparseNearestCentroid *SparseNearestCentroid) TryPackDistances(data []int64) ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("distances", data)
}

// UnpackDistances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb551b53.
//
// Solidity: function distances(int64[] data) view returns(uint256[] d)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackDistances(data []byte) ([]*big.Int, error) {
	out, err := sparseNearestCentroid.abi.Unpack("distances", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackIsSealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631f9852.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSealed() view returns(bool)
func (sparseNearestCentroid *SparseNearestCentroid) PackIsSealed() []byte {
	enc, err := sparseNearestCentroid.abi.Pack("isSealed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631f9852.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSealed() view returns(bool)
func (sparseNearestCentroid *SparseNearestCentroid) TryPackIsSealed() ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("isSealed")
}

// UnpackIsSealed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x631f9852.
//
// Solidity: function isSealed() view returns(bool)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackIsSealed(data []byte) (bool, error) {
	out, err := sparseNearestCentroid.abi.Unpack("isSealed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMaxFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f698c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxFeatures() view returns(uint64)
func (sparseNearestCentroid *SparseNearestCentroid) PackMaxFeatures() []byte {
	enc, err := sparseNearestCentroid.abi.Pack("maxFeatures")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f698c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxFeatures() view returns(uint64)
func (sparseNearestCentroid *SparseNearestCentroid) TryPackMaxFeatures() ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("maxFeatures")
}

// UnpackMaxFeatures is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6f698c3.
//
// Solidity: function maxFeatures() view returns(uint64)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackMaxFeatures(data []byte) (uint64, error) {
	out, err := sparseNearestCentroid.abi.Unpack("maxFeatures", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNumClasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43e13a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numClasses() view returns(uint64)
func (sparseNearestCentroid *SparseNearestCentroid) PackNumClasses() []byte {
	enc, err := sparseNearestCentroid.abi.Pack("numClasses")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumClasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43e13a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numClasses() view returns(uint64)
func (sparseNearestCentroid *SparseNearestCentroid) TryPackNumClasses() ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("numClasses")
}

// UnpackNumClasses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43e13a70.
//
// Solidity: function numClasses() view returns(uint64)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackNumClasses(data []byte) (uint64, error) {
	out, err := sparseNearestCentroid.abi.Unpack("numClasses", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNumFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6941b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numFeatures() view returns(uint64)
func (sparseNearestCentroid *SparseNearestCentroid) PackNumFeatures() []byte {
	enc, err := sparseNearestCentroid.abi.Pack("numFeatures")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6941b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numFeatures() view returns(uint64)
func (sparseNearestCentroid *SparseNearestCentroid) TryPackNumFeatures() ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("numFeatures")
}

// UnpackNumFeatures is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6941b4a.
//
// Solidity: function numFeatures() view returns(uint64)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackNumFeatures(data []byte) (uint64, error) {
	out, err := sparseNearestCentroid.abi.Unpack("numFeatures", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (sparseNearestCentroid *SparseNearestCentroid) PackOwner() []byte {
	enc, err := sparseNearestCentroid.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (sparseNearestCentroid *SparseNearestCentroid) TryPackOwner() ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackOwner(data []byte) (common.Address, error) {
	out, err := sparseNearestCentroid.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predict(int64[] data) view returns(uint64 best)
func (sparseNearestCentroid *SparseNearestCentroid) PackPredict(data []int64) []byte {
	enc, err := sparseNearestCentroid.abi.Pack("predict", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predict(int64[] data) view returns(uint64 best)
func (sparseNearestCentroid *SparseNearestCentroid) TryPackPredict(data []int64) ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("predict", data)
}

// UnpackPredict is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f7066a2.
//
// Solidity: function predict(int64[] data) view returns(uint64 best)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackPredict(data []byte) (uint64, error) {
	out, err := sparseNearestCentroid.abi.Unpack("predict", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSetSumWords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1659f234.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSumWords(uint256 firstWord, uint256[] words) returns()
func (sparseNearestCentroid *SparseNearestCentroid) PackSetSumWords(firstWord *big.Int, words []*big.Int) []byte {
	enc, err := sparseNearestCentroid.abi.Pack("setSumWords", firstWord, words)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSumWords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1659f234.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSumWords(uint256 firstWord, uint256[] words) returns()
func (sparseNearestCentroid *SparseNearestCentroid) TryPackSetSumWords(firstWord *big.Int, words []*big.Int) ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("setSumWords", firstWord, words)
}

// PackSum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcad0899b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sum(uint256 class, uint256 feature) view returns(int64)
func (sparseNearestCentroid *SparseNearestCentroid) PackSum(class *big.Int, feature *big.Int) []byte {
	enc, err := sparseNearestCentroid.abi.Pack("sum", class, feature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcad0899b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sum(uint256 class, uint256 feature) view returns(int64)
func (sparseNearestCentroid *SparseNearestCentroid) TryPackSum(class *big.Int, feature *big.Int) ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("sum", class, feature)
}

// UnpackSum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcad0899b.
//
// Solidity: function sum(uint256 class, uint256 feature) view returns(int64)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackSum(data []byte) (int64, error) {
	out, err := sparseNearestCentroid.abi.Unpack("sum", data)
	if err != nil {
		return *new(int64), err
	}
	out0 := *abi.ConvertType(out[0], new(int64)).(*int64)
	return out0, nil
}

// PackTrainer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab861c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trainer() view returns(address)
func (sparseNearestCentroid *SparseNearestCentroid) PackTrainer() []byte {
	enc, err := sparseNearestCentroid.abi.Pack("trainer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrainer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab861c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trainer() view returns(address)
func (sparseNearestCentroid *SparseNearestCentroid) TryPackTrainer() ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("trainer")
}

// UnpackTrainer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbab861c1.
//
// Solidity: function trainer() view returns(address)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackTrainer(data []byte) (common.Address, error) {
	out, err := sparseNearestCentroid.abi.Unpack("trainer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7a1d61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function update(int64[] data, uint64 label) returns()
func (sparseNearestCentroid *SparseNearestCentroid) PackUpdate(data []int64, label uint64) []byte {
	enc, err := sparseNearestCentroid.abi.Pack("update", data, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7a1d61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function update(int64[] data, uint64 label) returns()
func (sparseNearestCentroid *SparseNearestCentroid) TryPackUpdate(data []int64, label uint64) ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("update", data, label)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (sparseNearestCentroid *SparseNearestCentroid) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["AlreadySealed"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackAlreadySealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["CountTooLarge"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackCountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["EmptyClass"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackEmptyClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["FeatureOutOfRange"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackFeatureOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["IndicesNotIncreasing"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackIndicesNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["LaneOverflow"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackLaneOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["MalformedValue"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackMalformedValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["NoClasses"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackNoClassesError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["NotTrainer"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackNotTrainerError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["TooManyClasses"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackTooManyClassesError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["TooManyFeatureIndices"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackTooManyFeatureIndicesError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["TooManyFeatures"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackTooManyFeaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["UnknownLabel"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackUnknownLabelError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["WordOutOfRange"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackWordOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["WrongDimension"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackWrongDimensionError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["ZeroFeatures"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackZeroFeaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["ZeroTrainer"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackZeroTrainerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SparseNearestCentroidAlreadySealed represents a AlreadySealed error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidAlreadySealed struct {
	Trainer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySealed(address trainer)
func SparseNearestCentroidAlreadySealedErrorID() common.Hash {
	return common.HexToHash("0xde2ef7dd7577b1966056ad3cb2d0f9c5ac9f731dee7e37c4c8ebef50b5d704e2")
}

// UnpackAlreadySealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySealed(address trainer)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackAlreadySealedError(raw []byte) (*SparseNearestCentroidAlreadySealed, error) {
	out := new(SparseNearestCentroidAlreadySealed)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "AlreadySealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidCountTooLarge represents a CountTooLarge error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidCountTooLarge struct {
	Class *big.Int
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CountTooLarge(uint256 class, uint256 count)
func SparseNearestCentroidCountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x45a52f879e7480a6aba55c7cb7a91678f4b73bc6f09c89fb4f0f1f61b397583e")
}

// UnpackCountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CountTooLarge(uint256 class, uint256 count)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackCountTooLargeError(raw []byte) (*SparseNearestCentroidCountTooLarge, error) {
	out := new(SparseNearestCentroidCountTooLarge)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "CountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidEmptyClass represents a EmptyClass error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidEmptyClass struct {
	Class *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyClass(uint256 class)
func SparseNearestCentroidEmptyClassErrorID() common.Hash {
	return common.HexToHash("0x2195894b9cb443997a32ece664d7028500b5cf94923b3f9828acbbf47d728bdf")
}

// UnpackEmptyClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyClass(uint256 class)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackEmptyClassError(raw []byte) (*SparseNearestCentroidEmptyClass, error) {
	out := new(SparseNearestCentroidEmptyClass)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "EmptyClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidFeatureOutOfRange represents a FeatureOutOfRange error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidFeatureOutOfRange struct {
	Index       int64
	NumFeatures *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeatureOutOfRange(int64 index, uint256 numFeatures)
func SparseNearestCentroidFeatureOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8237c5cef9a8c9e7bdcf61f0730a699f9a9463bc4378a127458bf935e2e333e9")
}

// UnpackFeatureOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeatureOutOfRange(int64 index, uint256 numFeatures)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackFeatureOutOfRangeError(raw []byte) (*SparseNearestCentroidFeatureOutOfRange, error) {
	out := new(SparseNearestCentroidFeatureOutOfRange)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "FeatureOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidIndicesNotIncreasing represents a IndicesNotIncreasing error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidIndicesNotIncreasing struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndicesNotIncreasing(uint256 position)
func SparseNearestCentroidIndicesNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x05d784653e2ac3b63d88c36087bf2860b01d4acccd061120bcda1c9f826af458")
}

// UnpackIndicesNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndicesNotIncreasing(uint256 position)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackIndicesNotIncreasingError(raw []byte) (*SparseNearestCentroidIndicesNotIncreasing, error) {
	out := new(SparseNearestCentroidIndicesNotIncreasing)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "IndicesNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidLaneOverflow represents a LaneOverflow error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidLaneOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LaneOverflow()
func SparseNearestCentroidLaneOverflowErrorID() common.Hash {
	return common.HexToHash("0x903651abe4fe17a12d488706a75630f2465c046693917b358c77d34cbf4442e1")
}

// UnpackLaneOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LaneOverflow()
func (sparseNearestCentroid *SparseNearestCentroid) UnpackLaneOverflowError(raw []byte) (*SparseNearestCentroidLaneOverflow, error) {
	out := new(SparseNearestCentroidLaneOverflow)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "LaneOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidLengthMismatch represents a LengthMismatch error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidLengthMismatch struct {
	Got      *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 got, uint256 expected)
func SparseNearestCentroidLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 got, uint256 expected)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackLengthMismatchError(raw []byte) (*SparseNearestCentroidLengthMismatch, error) {
	out := new(SparseNearestCentroidLengthMismatch)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidMalformedValue represents a MalformedValue error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidMalformedValue struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedValue(uint256 position)
func SparseNearestCentroidMalformedValueErrorID() common.Hash {
	return common.HexToHash("0xd78808c7a4372344380b7d2c33a4f1f77b157001225f3e8162aebccb14f1a24a")
}

// UnpackMalformedValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedValue(uint256 position)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackMalformedValueError(raw []byte) (*SparseNearestCentroidMalformedValue, error) {
	out := new(SparseNearestCentroidMalformedValue)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "MalformedValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidNoClasses represents a NoClasses error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidNoClasses struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoClasses()
func SparseNearestCentroidNoClassesErrorID() common.Hash {
	return common.HexToHash("0xc0c41b9e3aa72bdeda45ef30ff19557dfd6f53d4c5aa60f852daed8038b79074")
}

// UnpackNoClassesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoClasses()
func (sparseNearestCentroid *SparseNearestCentroid) UnpackNoClassesError(raw []byte) (*SparseNearestCentroidNoClasses, error) {
	out := new(SparseNearestCentroidNoClasses)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "NoClasses", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidNotOwner represents a NotOwner error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func SparseNearestCentroidNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackNotOwnerError(raw []byte) (*SparseNearestCentroidNotOwner, error) {
	out := new(SparseNearestCentroidNotOwner)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidNotTrainer represents a NotTrainer error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidNotTrainer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTrainer(address caller)
func SparseNearestCentroidNotTrainerErrorID() common.Hash {
	return common.HexToHash("0x7d4e4da28e37b50ced1b88e6ab7822d96a49b2b789591dc9e92baa65e3e0977d")
}

// UnpackNotTrainerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTrainer(address caller)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackNotTrainerError(raw []byte) (*SparseNearestCentroidNotTrainer, error) {
	out := new(SparseNearestCentroidNotTrainer)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "NotTrainer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidTooManyClasses represents a TooManyClasses error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidTooManyClasses struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyClasses(uint256 count, uint256 max)
func SparseNearestCentroidTooManyClassesErrorID() common.Hash {
	return common.HexToHash("0x1f89af43d5c5dc8dadad93934e2fdd1452604f09873018037fc98a64ade8b3f5")
}

// UnpackTooManyClassesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyClasses(uint256 count, uint256 max)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackTooManyClassesError(raw []byte) (*SparseNearestCentroidTooManyClasses, error) {
	out := new(SparseNearestCentroidTooManyClasses)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "TooManyClasses", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidTooManyFeatureIndices represents a TooManyFeatureIndices error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidTooManyFeatureIndices struct {
	NumFeatures *big.Int
	Max         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyFeatureIndices(uint256 numFeatures, uint256 max)
func SparseNearestCentroidTooManyFeatureIndicesErrorID() common.Hash {
	return common.HexToHash("0x742895d450c98b69bc404b836ab55937f5767260fefaf18dbfaa5bf836b86dbf")
}

// UnpackTooManyFeatureIndicesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyFeatureIndices(uint256 numFeatures, uint256 max)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackTooManyFeatureIndicesError(raw []byte) (*SparseNearestCentroidTooManyFeatureIndices, error) {
	out := new(SparseNearestCentroidTooManyFeatureIndices)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "TooManyFeatureIndices", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidTooManyFeatures represents a TooManyFeatures error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidTooManyFeatures struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyFeatures(uint256 length, uint256 max)
func SparseNearestCentroidTooManyFeaturesErrorID() common.Hash {
	return common.HexToHash("0xbb85e9db24a4daf8773946fff729a164cf2d9630302681fe3fc6bb4d35397dae")
}

// UnpackTooManyFeaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyFeatures(uint256 length, uint256 max)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackTooManyFeaturesError(raw []byte) (*SparseNearestCentroidTooManyFeatures, error) {
	out := new(SparseNearestCentroidTooManyFeatures)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "TooManyFeatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidUnknownLabel represents a UnknownLabel error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidUnknownLabel struct {
	Label      uint64
	NumClasses *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLabel(uint64 label, uint256 numClasses)
func SparseNearestCentroidUnknownLabelErrorID() common.Hash {
	return common.HexToHash("0x77cd7fcefb320f61c7420ee75bb54056fae6f82884a6fd8ed4558011eca395c4")
}

// UnpackUnknownLabelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLabel(uint64 label, uint256 numClasses)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackUnknownLabelError(raw []byte) (*SparseNearestCentroidUnknownLabel, error) {
	out := new(SparseNearestCentroidUnknownLabel)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "UnknownLabel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidWordOutOfRange represents a WordOutOfRange error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidWordOutOfRange struct {
	Word     *big.Int
	NumWords *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WordOutOfRange(uint256 word, uint256 numWords)
func SparseNearestCentroidWordOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x06b0b72aae4e190be0b63d75bad0a93dfad5d1f86b8626e713fdc9dffed90577")
}

// UnpackWordOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WordOutOfRange(uint256 word, uint256 numWords)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackWordOutOfRangeError(raw []byte) (*SparseNearestCentroidWordOutOfRange, error) {
	out := new(SparseNearestCentroidWordOutOfRange)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "WordOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidWrongDimension represents a WrongDimension error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidWrongDimension struct {
	Length   *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDimension(uint256 length, uint256 expected)
func SparseNearestCentroidWrongDimensionErrorID() common.Hash {
	return common.HexToHash("0x462d05b76b989b8fac984b07002f6c154aace7c143de2d677519012083aab691")
}

// UnpackWrongDimensionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDimension(uint256 length, uint256 expected)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackWrongDimensionError(raw []byte) (*SparseNearestCentroidWrongDimension, error) {
	out := new(SparseNearestCentroidWrongDimension)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "WrongDimension", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidZeroFeatures represents a ZeroFeatures error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidZeroFeatures struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroFeatures()
func SparseNearestCentroidZeroFeaturesErrorID() common.Hash {
	return common.HexToHash("0x1f937a97bcb9398818ac1aea5e87a1691ea944a3c07fca51eb51e09230d08a62")
}

// UnpackZeroFeaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroFeatures()
func (sparseNearestCentroid *SparseNearestCentroid) UnpackZeroFeaturesError(raw []byte) (*SparseNearestCentroidZeroFeatures, error) {
	out := new(SparseNearestCentroidZeroFeatures)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "ZeroFeatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparseNearestCentroidZeroTrainer represents a ZeroTrainer error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidZeroTrainer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTrainer()
func SparseNearestCentroidZeroTrainerErrorID() common.Hash {
	return common.HexToHash("0x86dbdd83ba8f5d5ef231b5d757c12b49ecae16bfa5aeef911b2fd7ba6b6c7364")
}

// UnpackZeroTrainerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTrainer()
func (sparseNearestCentroid *SparseNearestCentroid) UnpackZeroTrainerError(raw []byte) (*SparseNearestCentroidZeroTrainer, error) {
	out := new(SparseNearestCentroidZeroTrainer)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "ZeroTrainer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronMetaData contains all meta data concerning the SparsePerceptron contract.
var SparsePerceptronMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"},{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"int64\",\"name\":\"intercept_\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"learningRate_\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayUpdates_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"updates_\",\"type\":\"uint64\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decayUpdates\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"intercept\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isSealed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"learningRate\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"score\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"s\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setWeightWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"updates\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"weight\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"IndicesNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"decayUpdates\",\"type\":\"uint64\"}],\"name\":\"InvalidDecayUpdates\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"learningRate\",\"type\":\"int64\"}],\"name\":\"InvalidLearningRate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"updates\",\"type\":\"uint64\"}],\"name\":\"InvalidUpdates\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LaneOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"MalformedValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatureIndices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "36894be6b9c48e9084091e47f3e6316637",
	Bin: "0x61018060405234610695576114188038038061001a8161070a565b92833981019061012081830312610695578051906001600160a01b038216908183036106955760208101516001600160401b0381116106955781019184601f84011215610695578251936100756100708661072f565b61070a565b93602085878152016020819760051b830101918883116106955760208101915b83831061069957505050506100ac60408401610746565b946100b960608501610746565b6100c56080860161075a565b966100d260a0870161075a565b936100df60c08801610746565b956100ec60e08901610746565b61010089015190986001600160401b03821161069557019a80601f8d011215610695578b5160209c8d6101216100708461072f565b9e8f848152019260051b82010192831161069557602001905b828210610685575050501561067657875115610667578751600281116103c357506001600160401b03821680158015610656575b6106475760016001603f1b0381116106255750336080526101005286516001600160401b031660a05260c05260e052845190680100000000000000008211610593575f54825f558083106105a7575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56392915b82821061047657505050508060070b600181128015610468575b61045657506001600160401b0382168015939084158061043e575b61042c57506001600160401b031692650100000000008411908115610415575b50610402576101205261014052806103da575b5051600281036103c357506101605260018060401b0360c05116600381018091116103af5760021c8082511161038d57505f5b81518110156102de5781518110156102ca5780602060019260051b84010151817f5ad52a345f583db8e82d49a8b12b96221aedb703a6b2a1999b37e3a8050fbceb015501610281565b634e487b7160e01b5f52603260045260245ffd5b604051610c5c90816107bc8239608051818181610424015261065c015260a0518181816105870152610a3e015260c0518181816102d2015281816106f401526108db015260e051818181610315015261088901526101005181818161037f015281816103e0015281816104a3015261068c0152610120518181816105c201528181610bb30152610c150152610140518181816105440152610b5e0152610160518181816105ff01526108b30152f35b90515f1981019081116103af576303585b9560e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b631f89af4360e01b5f52600452600260245260445ffd5b7f24ce21c62df86b6cc93c07241a73ce08dc94a9fb8c05822d826cce6a2e3706c4555f61024e565b826329cd9c5d60e11b5f5260045260245ffd5b905080610423575b5f61023b565b5082151561041d565b631f0c74b160e01b5f5260045260245ffd5b50600181108061021b5750640100000000811161021b565b632dc4541360e21b5f5260045260245ffd5b5064e8d4a510008113610200565b80518051906001600160401b038211610593576104938654610768565b601f8111610550575b50602090601f83116001146104e75792826001949360209386955f926104dc575b50505f19600383901b1c191690841b1787555b019401910190926101e6565b015190505f806104bd565b90601f19831691875f52815f20925f5b8181106105385750936020936001969387969383889510610520575b505050811b0187556104d0565b01515f1960f88460031b161c191690555f8080610513565b929360206001819287860151815501950193016104f7565b8281111561049c5761058590875f5260205f2090601f850160051c906020861061058b575b601f82910160051c0391016107a0565b5f61049c565b5f9150610575565b634e487b7160e01b5f52604160045260245ffd5b5f8052828060205f20019103905f5b8281106105c45750506101bd565b8060019183016105d48154610768565b90816105e3575b5050016105b6565b81601f5f931185146105f95750555b5f806105db565b8183526020832061061591601f0160051c8419019086016107a0565b80825281602081209155556105f2565b631d0a257560e21b5f90815260049190915260016001603f1b03602452604490fd5b631f937a9760e01b5f5260045ffd5b506001600160401b0384161561016e565b6360620dcf60e11b5f5260045ffd5b6386dbdd8360e01b5f5260045ffd5b815181526020918201910161013a565b5f80fd5b82516001600160401b0381116106955782018a603f82011215610695576020810151916001600160401b038311610593576106dd601f8401601f191660200161070a565b8381526040838501018d10610695575f602085819660408397018386015e83010152815201920191610095565b6040519190601f01601f191682016001600160401b0381118382101761059357604052565b6001600160401b0381116105935760051b60200190565b51906001600160401b038216820361069557565b51908160070b820361069557565b90600182811c92168015610796575b602083101461078257565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610777565b5f5b8281106107ae57505050565b5f828201556001016107a256fe60806040526004361015610011575f80fd5b5f3560e01c80630fae52f41461080f57806315c0472c1461062557806319c13767146105e85780633766bf19146105ab57806343e13a701461056857806345804249146105255780635f7066a2146104cd578063631f98521461048f57806368a82ef6146104535780638da5cb5b1461040f578063bab861c1146103cb578063bd7a1d6114610339578063c6f698c3146102f6578063e6941b4a146102b3578063f2e05914146101095763f8e27f93146100c9575f80fd5b346101055760203660031901126101055760206004355f516020610c3c5f395f51905f528160021c015460c06040519260061b161c60070b8152f35b5f80fd5b34610105575f366003190112610105575f5461012481610a1b565b9061013260405192836109e6565b8082525f80805260208301917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56391835b8282106101e657848660405191829160208301906020845251809152604083019060408160051b85010192915f905b8282106101a057505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f801991011601019601920192018594939192610191565b6040515f85548060011c906001811680156102a9575b60208310811461029557828552908115610272575060011461023b575b506001928261022d859460209403826109e6565b815201940191019092610162565b5f878152602081209092505b81831061025c57505081016020016001610219565b6001816020925483868801015201920191610247565b60ff191660208581019190915291151560051b8401909101915060019050610219565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101fc565b34610105575f3660031901126101055760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610105575f3660031901126101055760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610105576040366003190112610105576004356001600160401b0381116101055761036990369060040161084c565b602435906001600160401b0382168203610105577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036103b8576103b692610a32565b005b633ea726d160e11b5f523360045260245ffd5b34610105575f366003190112610105576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610105575f366003190112610105576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610105575f3660031901126101055760207f24ce21c62df86b6cc93c07241a73ce08dc94a9fb8c05822d826cce6a2e3706c454604051908152f35b34610105575f3660031901126101055760207f00000000000000000000000000000000000000000000000000000000000000003b1515604051908152f35b34610105576020366003190112610105576004356001600160401b038111610105576105076105015f92369060040161084c565b9061087c565b131561051d57602060015b60ff60405191168152f35b60205f610512565b34610105575f3660031901126101055760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610105575f3660031901126101055760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610105575f3660031901126101055760206040517f000000000000000000000000000000000000000000000000000000000000000060070b8152f35b34610105575f3660031901126101055760206040517f000000000000000000000000000000000000000000000000000000000000000060070b8152f35b34610105576040366003190112610105576004356024356001600160401b0381116101055761065890369060040161084c565b91907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036107fc577f0000000000000000000000000000000000000000000000000000000000000000803b6107dc57506106bb83610a1b565b926106c960405194856109e6565b808452602084019060051b82019136831161010557905b8282106107cc575050506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016600381018091116107b85760021c8061072e845184610b47565b1161078c57505f5b82518110156103b6575f516020610c3c5f395f51905f52906107588184610b47565b9184518210156107785760019260208360051b8701015191015501610736565b634e487b7160e01b5f52603260045260245ffd5b61079882845190610b47565b5f1981019081116107b8576303585b9560e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b81358152602091820191016106e0565b63de2ef7dd60e01b5f9081526001600160a01b0391909116600452602490fd5b63245aecd360e01b5f523360045260245ffd5b34610105576020366003190112610105576004356001600160401b03811161010557610844610501602092369060040161084c565b604051908152f35b9181601f84011215610105578235916001600160401b038311610105576020808501948460051b01011161010557565b9190916001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168084116109d057507f000000000000000000000000000000000000000000000000000000000000000060070b925f19917f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316915f91829182915f516020610c3c5f395f51905f529160051b9083905b828510610968575b50505050506109505750506001810161093e5750565b6305d7846560e01b5f5260045260245ffd5b63411be2e760e11b5f5260070b60045260245260445ffd5b90919293998a82013592888410156109bb5783106109a557600283901c850154600684901b60c0161c60070b019960200193929160010190610920565b999497505050505060051c925f80808080610928565b50995050935050505060015f80808080610928565b8363bb85e9db60e01b5f5260045260245260445ffd5b90601f801991011681019081106001600160401b03821117610a0757604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b038111610a075760051b60200190565b906001600160401b03807f00000000000000000000000000000000000000000000000000000000000000001693169280841015610b3157505f610a75828461087c565b1315610b28578260ff60015b1614610b2357610a8f610b54565b9215610b0f575b5f925f516020610c3c5f395f51905f529160051b925f5b848110610ace575050505050610abf57565b63903651ab60e01b5f5260045ffd5b8060209183013560c08160021c87019160061b1681546001600160401b03808883851c60070b019b8c8060070b1415179b16831b921b191617905501610aad565b91600160ff1b81146107b8575f0391610a96565b505050565b8260ff5f610a81565b83633be6bfe760e11b5f5260045260245260445ffd5b919082018092116107b857565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016908115610c13577f24ce21c62df86b6cc93c07241a73ce08dc94a9fb8c05822d826cce6a2e3706c48054926001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690808202918083048214901517156107b85784610bef91610b47565b8015610bff576001910493019055565b634e487b7160e01b5f52601260045260245ffd5b7f000000000000000000000000000000000000000000000000000000000000000060070b915056fe5ad52a345f583db8e82d49a8b12b96221aedb703a6b2a1999b37e3a8050fbceb",
}

// SparsePerceptron is an auto generated Go binding around an Ethereum contract.
type SparsePerceptron struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SparsePerceptron) GetABI() abi.ABI {
	return c.abi
}

// NewSparsePerceptron creates a new instance of SparsePerceptron.
func NewSparsePerceptron() *SparsePerceptron {
	parsed, err := SparsePerceptronMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SparsePerceptron{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SparsePerceptron) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address trainer_, string[] names, uint64 numFeatures_, uint64 maxFeatures_, int64 intercept_, int64 learningRate_, uint64 decayUpdates_, uint64 updates_, uint256[] firstWords) returns()
func (sparsePerceptron *SparsePerceptron) PackConstructor(trainer_ common.Address, names []string, numFeatures_ uint64, maxFeatures_ uint64, intercept_ int64, learningRate_ int64, decayUpdates_ uint64, updates_ uint64, firstWords []*big.Int) []byte {
	enc, err := sparsePerceptron.abi.Pack("", trainer_, names, numFeatures_, maxFeatures_, intercept_, learningRate_, decayUpdates_, updates_, firstWords)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackClassNames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2e05914.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classNames() view returns(string[])
func (sparsePerceptron *SparsePerceptron) PackClassNames() []byte {
	enc, err := sparsePerceptron.abi.Pack("classNames")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassNames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2e05914.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classNames() view returns(string[])
func (sparsePerceptron *SparsePerceptron) TryPackClassNames() ([]byte, error) {
	return sparsePerceptron.abi.Pack("classNames")
}

// UnpackClassNames is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2e05914.
//
// Solidity: function classNames() view returns(string[])
func (sparsePerceptron *SparsePerceptron) UnpackClassNames(data []byte) ([]string, error) {
	out, err := sparsePerceptron.abi.Unpack("classNames", data)
	if err != nil {
		return *new([]string), err
	}
	out0 := *abi.ConvertType(out[0], new([]string)).(*[]string)
	return out0, nil
}

// PackDecayUpdates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45804249.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decayUpdates() view returns(uint64)
func (sparsePerceptron *SparsePerceptron) PackDecayUpdates() []byte {
	enc, err := sparsePerceptron.abi.Pack("decayUpdates")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecayUpdates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45804249.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decayUpdates() view returns(uint64)
func (sparsePerceptron *SparsePerceptron) TryPackDecayUpdates() ([]byte, error) {
	return sparsePerceptron.abi.Pack("decayUpdates")
}

// UnpackDecayUpdates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45804249.
//
// Solidity: function decayUpdates() view returns(uint64)
func (sparsePerceptron *SparsePerceptron) UnpackDecayUpdates(data []byte) (uint64, error) {
	out, err := sparsePerceptron.abi.Unpack("decayUpdates", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackIntercept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19c13767.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function intercept() view returns(int64)
func (sparsePerceptron *SparsePerceptron) PackIntercept() []byte {
	enc, err := sparsePerceptron.abi.Pack("intercept")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIntercept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19c13767.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function intercept() view returns(int64)
func (sparsePerceptron *SparsePerceptron) TryPackIntercept() ([]byte, error) {
	return sparsePerceptron.abi.Pack("intercept")
}

// UnpackIntercept is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19c13767.
//
// Solidity: function intercept() view returns(int64)
func (sparsePerceptron *SparsePerceptron) UnpackIntercept(data []byte) (int64, error) {
	out, err := sparsePerceptron.abi.Unpack("intercept", data)
	if err != nil {
		return *new(int64), err
	}
	out0 := *abi.ConvertType(out[0], new(int64)).(*int64)
	return out0, nil
}

// PackIsSealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631f9852.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSealed() view returns(bool)
func (sparsePerceptron *SparsePerceptron) PackIsSealed() []byte {
	enc, err := sparsePerceptron.abi.Pack("isSealed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631f9852.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSealed() view returns(bool)
func (sparsePerceptron *SparsePerceptron) TryPackIsSealed() ([]byte, error) {
	return sparsePerceptron.abi.Pack("isSealed")
}

// UnpackIsSealed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x631f9852.
//
// Solidity: function isSealed() view returns(bool)
func (sparsePerceptron *SparsePerceptron) UnpackIsSealed(data []byte) (bool, error) {
	out, err := sparsePerceptron.abi.Unpack("isSealed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLearningRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3766bf19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function learningRate() view returns(int64)
func (sparsePerceptron *SparsePerceptron) PackLearningRate() []byte {
	enc, err := sparsePerceptron.abi.Pack("learningRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLearningRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3766bf19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function learningRate() view returns(int64)
func (sparsePerceptron *SparsePerceptron) TryPackLearningRate() ([]byte, error) {
	return sparsePerceptron.abi.Pack("learningRate")
}

// UnpackLearningRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3766bf19.
//
// Solidity: function learningRate() view returns(int64)
func (sparsePerceptron *SparsePerceptron) UnpackLearningRate(data []byte) (int64, error) {
	out, err := sparsePerceptron.abi.Unpack("learningRate", data)
	if err != nil {
		return *new(int64), err
	}
	out0 := *abi.ConvertType(out[0], new(int64)).(*int64)
	return out0, nil
}

// PackMaxFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f698c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxFeatures() view returns(uint64)
func (sparsePerceptron *SparsePerceptron) PackMaxFeatures() []byte {
	enc, err := sparsePerceptron.abi.Pack("maxFeatures")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f698c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxFeatures() view returns(uint64)
func (sparsePerceptron *SparsePerceptron) TryPackMaxFeatures() ([]byte, error) {
	return sparsePerceptron.abi.Pack("maxFeatures")
}

// UnpackMaxFeatures is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6f698c3.
//
// Solidity: function maxFeatures() view returns(uint64)
func (sparsePerceptron *SparsePerceptron) UnpackMaxFeatures(data []byte) (uint64, error) {
	out, err := sparsePerceptron.abi.Unpack("maxFeatures", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNumClasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43e13a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numClasses() view returns(uint64)
func (sparsePerceptron *SparsePerceptron) PackNumClasses() []byte {
	enc, err := sparsePerceptron.abi.Pack("numClasses")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumClasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43e13a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numClasses() view returns(uint64)
func (sparsePerceptron *SparsePerceptron) TryPackNumClasses() ([]byte, error) {
	return sparsePerceptron.abi.Pack("numClasses")
}

// UnpackNumClasses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43e13a70.
//
// Solidity: function numClasses() view returns(uint64)
func (sparsePerceptron *SparsePerceptron) UnpackNumClasses(data []byte) (uint64, error) {
	out, err := sparsePerceptron.abi.Unpack("numClasses", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNumFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6941b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numFeatures() view returns(uint64)
func (sparsePerceptron *SparsePerceptron) PackNumFeatures() []byte {
	enc, err := sparsePerceptron.abi.Pack("numFeatures")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6941b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numFeatures() view returns(uint64)
func (sparsePerceptron *SparsePerceptron) TryPackNumFeatures() ([]byte, error) {
	return sparsePerceptron.abi.Pack("numFeatures")
}

// UnpackNumFeatures is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6941b4a.
//
// Solidity: function numFeatures() view returns(uint64)
func (sparsePerceptron *SparsePerceptron) UnpackNumFeatures(data []byte) (uint64, error) {
	out, err := sparsePerceptron.abi.Unpack("numFeatures", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (sparsePerceptron *SparsePerceptron) PackOwner() []byte {
	enc, err := sparsePerceptron.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (sparsePerceptron *SparsePerceptron) TryPackOwner() ([]byte, error) {
	return sparsePerceptron.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (sparsePerceptron *SparsePerceptron) UnpackOwner(data []byte) (common.Address, error) {
	out, err := sparsePerceptron.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (sparsePerceptron *SparsePerceptron) PackPredict(data []int64) []byte {
	enc, err := sparsePerceptron.abi.Pack("predict", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7066a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (sparsePerceptron *SparsePerceptron) TryPackPredict(data []int64) ([]byte, error) {
	return sparsePerceptron.abi.Pack("predict", data)
}

// UnpackPredict is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f7066a2.
//
// Solidity: function predict(int64[] data) view returns(uint64)
func (sparsePerceptron *SparsePerceptron) UnpackPredict(data []byte) (uint64, error) {
	out, err := sparsePerceptron.abi.Unpack("predict", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fae52f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function score(int64[] data) view returns(int256 s)
func (sparsePerceptron *SparsePerceptron) PackScore(data []int64) []byte {
	enc, err := sparsePerceptron.abi.Pack("score", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fae52f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function score(int64[] data) view returns(int256 s)
func (sparsePerceptron *SparsePerceptron) TryPackScore(data []int64) ([]byte, error) {
	return sparsePerceptron.abi.Pack("score", data)
}

// UnpackScore is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0fae52f4.
//
// Solidity: function score(int64[] data) view returns(int256 s)
func (sparsePerceptron *SparsePerceptron) UnpackScore(data []byte) (*big.Int, error) {
	out, err := sparsePerceptron.abi.Unpack("score", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetWeightWords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15c0472c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWeightWords(uint256 firstWord, uint256[] words) returns()
func (sparsePerceptron *SparsePerceptron) PackSetWeightWords(firstWord *big.Int, words []*big.Int) []byte {
	enc, err := sparsePerceptron.abi.Pack("setWeightWords", firstWord, words)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWeightWords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15c0472c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWeightWords(uint256 firstWord, uint256[] words) returns()
func (sparsePerceptron *SparsePerceptron) TryPackSetWeightWords(firstWord *big.Int, words []*big.Int) ([]byte, error) {
	return sparsePerceptron.abi.Pack("setWeightWords", firstWord, words)
}

// PackTrainer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab861c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trainer() view returns(address)
func (sparsePerceptron *SparsePerceptron) PackTrainer() []byte {
	enc, err := sparsePerceptron.abi.Pack("trainer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrainer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab861c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trainer() view returns(address)
func (sparsePerceptron *SparsePerceptron) TryPackTrainer() ([]byte, error) {
	return sparsePerceptron.abi.Pack("trainer")
}

// UnpackTrainer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbab861c1.
//
// Solidity: function trainer() view returns(address)
func (sparsePerceptron *SparsePerceptron) UnpackTrainer(data []byte) (common.Address, error) {
	out, err := sparsePerceptron.abi.Unpack("trainer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7a1d61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function update(int64[] data, uint64 label) returns()
func (sparsePerceptron *SparsePerceptron) PackUpdate(data []int64, label uint64) []byte {
	enc, err := sparsePerceptron.abi.Pack("update", data, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7a1d61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function update(int64[] data, uint64 label) returns()
func (sparsePerceptron *SparsePerceptron) TryPackUpdate(data []int64, label uint64) ([]byte, error) {
	return sparsePerceptron.abi.Pack("update", data, label)
}

// PackUpdates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68a82ef6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updates() view returns(uint256 t)
func (sparsePerceptron *SparsePerceptron) PackUpdates() []byte {
	enc, err := sparsePerceptron.abi.Pack("updates")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68a82ef6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updates() view returns(uint256 t)
func (sparsePerceptron *SparsePerceptron) TryPackUpdates() ([]byte, error) {
	return sparsePerceptron.abi.Pack("updates")
}

// UnpackUpdates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68a82ef6.
//
// Solidity: function updates() view returns(uint256 t)
func (sparsePerceptron *SparsePerceptron) UnpackUpdates(data []byte) (*big.Int, error) {
	out, err := sparsePerceptron.abi.Unpack("updates", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e27f93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function weight(uint256 feature) view returns(int64)
func (sparsePerceptron *SparsePerceptron) PackWeight(feature *big.Int) []byte {
	enc, err := sparsePerceptron.abi.Pack("weight", feature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e27f93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function weight(uint256 feature) view returns(int64)
func (sparsePerceptron *SparsePerceptron) TryPackWeight(feature *big.Int) ([]byte, error) {
	return sparsePerceptron.abi.Pack("weight", feature)
}

// UnpackWeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8e27f93.
//
// Solidity: function weight(uint256 feature) view returns(int64)
func (sparsePerceptron *SparsePerceptron) UnpackWeight(data []byte) (int64, error) {
	out, err := sparsePerceptron.abi.Unpack("weight", data)
	if err != nil {
		return *new(int64), err
	}
	out0 := *abi.ConvertType(out[0], new(int64)).(*int64)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (sparsePerceptron *SparsePerceptron) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["AlreadySealed"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackAlreadySealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["FeatureOutOfRange"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackFeatureOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["IndicesNotIncreasing"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackIndicesNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["InvalidDecayUpdates"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackInvalidDecayUpdatesError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["InvalidLearningRate"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackInvalidLearningRateError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["InvalidUpdates"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackInvalidUpdatesError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["LaneOverflow"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackLaneOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["MalformedValue"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackMalformedValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["NoClasses"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackNoClassesError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["NotTrainer"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackNotTrainerError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["TooManyClasses"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackTooManyClassesError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["TooManyFeatureIndices"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackTooManyFeatureIndicesError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["TooManyFeatures"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackTooManyFeaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["UnknownLabel"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackUnknownLabelError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["WordOutOfRange"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackWordOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["WrongDimension"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackWrongDimensionError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["ZeroFeatures"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackZeroFeaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["ZeroTrainer"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackZeroTrainerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SparsePerceptronAlreadySealed represents a AlreadySealed error raised by the SparsePerceptron contract.
type SparsePerceptronAlreadySealed struct {
	Trainer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySealed(address trainer)
func SparsePerceptronAlreadySealedErrorID() common.Hash {
	return common.HexToHash("0xde2ef7dd7577b1966056ad3cb2d0f9c5ac9f731dee7e37c4c8ebef50b5d704e2")
}

// UnpackAlreadySealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySealed(address trainer)
func (sparsePerceptron *SparsePerceptron) UnpackAlreadySealedError(raw []byte) (*SparsePerceptronAlreadySealed, error) {
	out := new(SparsePerceptronAlreadySealed)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "AlreadySealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronFeatureOutOfRange represents a FeatureOutOfRange error raised by the SparsePerceptron contract.
type SparsePerceptronFeatureOutOfRange struct {
	Index       int64
	NumFeatures *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeatureOutOfRange(int64 index, uint256 numFeatures)
func SparsePerceptronFeatureOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8237c5cef9a8c9e7bdcf61f0730a699f9a9463bc4378a127458bf935e2e333e9")
}

// UnpackFeatureOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeatureOutOfRange(int64 index, uint256 numFeatures)
func (sparsePerceptron *SparsePerceptron) UnpackFeatureOutOfRangeError(raw []byte) (*SparsePerceptronFeatureOutOfRange, error) {
	out := new(SparsePerceptronFeatureOutOfRange)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "FeatureOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronIndicesNotIncreasing represents a IndicesNotIncreasing error raised by the SparsePerceptron contract.
type SparsePerceptronIndicesNotIncreasing struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndicesNotIncreasing(uint256 position)
func SparsePerceptronIndicesNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x05d784653e2ac3b63d88c36087bf2860b01d4acccd061120bcda1c9f826af458")
}

// UnpackIndicesNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndicesNotIncreasing(uint256 position)
func (sparsePerceptron *SparsePerceptron) UnpackIndicesNotIncreasingError(raw []byte) (*SparsePerceptronIndicesNotIncreasing, error) {
	out := new(SparsePerceptronIndicesNotIncreasing)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "IndicesNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronInvalidDecayUpdates represents a InvalidDecayUpdates error raised by the SparsePerceptron contract.
type SparsePerceptronInvalidDecayUpdates struct {
	DecayUpdates uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDecayUpdates(uint64 decayUpdates)
func SparsePerceptronInvalidDecayUpdatesErrorID() common.Hash {
	return common.HexToHash("0x1f0c74b1fbf0034aab93fc925ef40796fd0775d15b6d54834b49e61a3ce400c6")
}

// UnpackInvalidDecayUpdatesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDecayUpdates(uint64 decayUpdates)
func (sparsePerceptron *SparsePerceptron) UnpackInvalidDecayUpdatesError(raw []byte) (*SparsePerceptronInvalidDecayUpdates, error) {
	out := new(SparsePerceptronInvalidDecayUpdates)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "InvalidDecayUpdates", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronInvalidLearningRate represents a InvalidLearningRate error raised by the SparsePerceptron contract.
type SparsePerceptronInvalidLearningRate struct {
	LearningRate int64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLearningRate(int64 learningRate)
func SparsePerceptronInvalidLearningRateErrorID() common.Hash {
	return common.HexToHash("0xb711504cf38ba56c21354c396883744e0cb173a1664320217f4b5b352ca32e75")
}

// UnpackInvalidLearningRateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLearningRate(int64 learningRate)
func (sparsePerceptron *SparsePerceptron) UnpackInvalidLearningRateError(raw []byte) (*SparsePerceptronInvalidLearningRate, error) {
	out := new(SparsePerceptronInvalidLearningRate)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "InvalidLearningRate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronInvalidUpdates represents a InvalidUpdates error raised by the SparsePerceptron contract.
type SparsePerceptronInvalidUpdates struct {
	Updates uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUpdates(uint64 updates)
func SparsePerceptronInvalidUpdatesErrorID() common.Hash {
	return common.HexToHash("0x539b38ba4e6eecdc7e6d3173579c4a0da6895c1a245b7a42c613b3a0ce7f5dbf")
}

// UnpackInvalidUpdatesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUpdates(uint64 updates)
func (sparsePerceptron *SparsePerceptron) UnpackInvalidUpdatesError(raw []byte) (*SparsePerceptronInvalidUpdates, error) {
	out := new(SparsePerceptronInvalidUpdates)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "InvalidUpdates", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronLaneOverflow represents a LaneOverflow error raised by the SparsePerceptron contract.
type SparsePerceptronLaneOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LaneOverflow()
func SparsePerceptronLaneOverflowErrorID() common.Hash {
	return common.HexToHash("0x903651abe4fe17a12d488706a75630f2465c046693917b358c77d34cbf4442e1")
}

// UnpackLaneOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LaneOverflow()
func (sparsePerceptron *SparsePerceptron) UnpackLaneOverflowError(raw []byte) (*SparsePerceptronLaneOverflow, error) {
	out := new(SparsePerceptronLaneOverflow)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "LaneOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronLengthMismatch represents a LengthMismatch error raised by the SparsePerceptron contract.
type SparsePerceptronLengthMismatch struct {
	Got      *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 got, uint256 expected)
func SparsePerceptronLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 got, uint256 expected)
func (sparsePerceptron *SparsePerceptron) UnpackLengthMismatchError(raw []byte) (*SparsePerceptronLengthMismatch, error) {
	out := new(SparsePerceptronLengthMismatch)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronMalformedValue represents a MalformedValue error raised by the SparsePerceptron contract.
type SparsePerceptronMalformedValue struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedValue(uint256 position)
func SparsePerceptronMalformedValueErrorID() common.Hash {
	return common.HexToHash("0xd78808c7a4372344380b7d2c33a4f1f77b157001225f3e8162aebccb14f1a24a")
}

// UnpackMalformedValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedValue(uint256 position)
func (sparsePerceptron *SparsePerceptron) UnpackMalformedValueError(raw []byte) (*SparsePerceptronMalformedValue, error) {
	out := new(SparsePerceptronMalformedValue)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "MalformedValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronNoClasses represents a NoClasses error raised by the SparsePerceptron contract.
type SparsePerceptronNoClasses struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoClasses()
func SparsePerceptronNoClassesErrorID() common.Hash {
	return common.HexToHash("0xc0c41b9e3aa72bdeda45ef30ff19557dfd6f53d4c5aa60f852daed8038b79074")
}

// UnpackNoClassesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoClasses()
func (sparsePerceptron *SparsePerceptron) UnpackNoClassesError(raw []byte) (*SparsePerceptronNoClasses, error) {
	out := new(SparsePerceptronNoClasses)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "NoClasses", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronNotOwner represents a NotOwner error raised by the SparsePerceptron contract.
type SparsePerceptronNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func SparsePerceptronNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (sparsePerceptron *SparsePerceptron) UnpackNotOwnerError(raw []byte) (*SparsePerceptronNotOwner, error) {
	out := new(SparsePerceptronNotOwner)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronNotTrainer represents a NotTrainer error raised by the SparsePerceptron contract.
type SparsePerceptronNotTrainer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTrainer(address caller)
func SparsePerceptronNotTrainerErrorID() common.Hash {
	return common.HexToHash("0x7d4e4da28e37b50ced1b88e6ab7822d96a49b2b789591dc9e92baa65e3e0977d")
}

// UnpackNotTrainerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTrainer(address caller)
func (sparsePerceptron *SparsePerceptron) UnpackNotTrainerError(raw []byte) (*SparsePerceptronNotTrainer, error) {
	out := new(SparsePerceptronNotTrainer)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "NotTrainer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronTooManyClasses represents a TooManyClasses error raised by the SparsePerceptron contract.
type SparsePerceptronTooManyClasses struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyClasses(uint256 count, uint256 max)
func SparsePerceptronTooManyClassesErrorID() common.Hash {
	return common.HexToHash("0x1f89af43d5c5dc8dadad93934e2fdd1452604f09873018037fc98a64ade8b3f5")
}

// UnpackTooManyClassesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyClasses(uint256 count, uint256 max)
func (sparsePerceptron *SparsePerceptron) UnpackTooManyClassesError(raw []byte) (*SparsePerceptronTooManyClasses, error) {
	out := new(SparsePerceptronTooManyClasses)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "TooManyClasses", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronTooManyFeatureIndices represents a TooManyFeatureIndices error raised by the SparsePerceptron contract.
type SparsePerceptronTooManyFeatureIndices struct {
	NumFeatures *big.Int
	Max         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyFeatureIndices(uint256 numFeatures, uint256 max)
func SparsePerceptronTooManyFeatureIndicesErrorID() common.Hash {
	return common.HexToHash("0x742895d450c98b69bc404b836ab55937f5767260fefaf18dbfaa5bf836b86dbf")
}

// UnpackTooManyFeatureIndicesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyFeatureIndices(uint256 numFeatures, uint256 max)
func (sparsePerceptron *SparsePerceptron) UnpackTooManyFeatureIndicesError(raw []byte) (*SparsePerceptronTooManyFeatureIndices, error) {
	out := new(SparsePerceptronTooManyFeatureIndices)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "TooManyFeatureIndices", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronTooManyFeatures represents a TooManyFeatures error raised by the SparsePerceptron contract.
type SparsePerceptronTooManyFeatures struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyFeatures(uint256 length, uint256 max)
func SparsePerceptronTooManyFeaturesErrorID() common.Hash {
	return common.HexToHash("0xbb85e9db24a4daf8773946fff729a164cf2d9630302681fe3fc6bb4d35397dae")
}

// UnpackTooManyFeaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyFeatures(uint256 length, uint256 max)
func (sparsePerceptron *SparsePerceptron) UnpackTooManyFeaturesError(raw []byte) (*SparsePerceptronTooManyFeatures, error) {
	out := new(SparsePerceptronTooManyFeatures)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "TooManyFeatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronUnknownLabel represents a UnknownLabel error raised by the SparsePerceptron contract.
type SparsePerceptronUnknownLabel struct {
	Label      uint64
	NumClasses *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLabel(uint64 label, uint256 numClasses)
func SparsePerceptronUnknownLabelErrorID() common.Hash {
	return common.HexToHash("0x77cd7fcefb320f61c7420ee75bb54056fae6f82884a6fd8ed4558011eca395c4")
}

// UnpackUnknownLabelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLabel(uint64 label, uint256 numClasses)
func (sparsePerceptron *SparsePerceptron) UnpackUnknownLabelError(raw []byte) (*SparsePerceptronUnknownLabel, error) {
	out := new(SparsePerceptronUnknownLabel)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "UnknownLabel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronWordOutOfRange represents a WordOutOfRange error raised by the SparsePerceptron contract.
type SparsePerceptronWordOutOfRange struct {
	Word     *big.Int
	NumWords *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WordOutOfRange(uint256 word, uint256 numWords)
func SparsePerceptronWordOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x06b0b72aae4e190be0b63d75bad0a93dfad5d1f86b8626e713fdc9dffed90577")
}

// UnpackWordOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WordOutOfRange(uint256 word, uint256 numWords)
func (sparsePerceptron *SparsePerceptron) UnpackWordOutOfRangeError(raw []byte) (*SparsePerceptronWordOutOfRange, error) {
	out := new(SparsePerceptronWordOutOfRange)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "WordOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronWrongDimension represents a WrongDimension error raised by the SparsePerceptron contract.
type SparsePerceptronWrongDimension struct {
	Length   *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDimension(uint256 length, uint256 expected)
func SparsePerceptronWrongDimensionErrorID() common.Hash {
	return common.HexToHash("0x462d05b76b989b8fac984b07002f6c154aace7c143de2d677519012083aab691")
}

// UnpackWrongDimensionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDimension(uint256 length, uint256 expected)
func (sparsePerceptron *SparsePerceptron) UnpackWrongDimensionError(raw []byte) (*SparsePerceptronWrongDimension, error) {
	out := new(SparsePerceptronWrongDimension)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "WrongDimension", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronZeroFeatures represents a ZeroFeatures error raised by the SparsePerceptron contract.
type SparsePerceptronZeroFeatures struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroFeatures()
func SparsePerceptronZeroFeaturesErrorID() common.Hash {
	return common.HexToHash("0x1f937a97bcb9398818ac1aea5e87a1691ea944a3c07fca51eb51e09230d08a62")
}

// UnpackZeroFeaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroFeatures()
func (sparsePerceptron *SparsePerceptron) UnpackZeroFeaturesError(raw []byte) (*SparsePerceptronZeroFeatures, error) {
	out := new(SparsePerceptronZeroFeatures)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "ZeroFeatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SparsePerceptronZeroTrainer represents a ZeroTrainer error raised by the SparsePerceptron contract.
type SparsePerceptronZeroTrainer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTrainer()
func SparsePerceptronZeroTrainerErrorID() common.Hash {
	return common.HexToHash("0x86dbdd83ba8f5d5ef231b5d757c12b49ecae16bfa5aeef911b2fd7ba6b6c7364")
}

// UnpackZeroTrainerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTrainer()
func (sparsePerceptron *SparsePerceptron) UnpackZeroTrainerError(raw []byte) (*SparsePerceptronZeroTrainer, error) {
	out := new(SparsePerceptronZeroTrainer)
	if err := sparsePerceptron.abi.UnpackIntoInterface(out, "ZeroTrainer", raw); err != nil {
		return nil, err
	}
	return out, nil
}
