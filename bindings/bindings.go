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

// TrainerContribution is an auto generated low-level Go binding around an user-defined struct.
type TrainerContribution struct {
	Deposit   *big.Int
	Claimable *big.Int
	Id        *big.Int
	NumClaims uint16
}

// DenseNearestCentroidMetaData contains all meta data concerning the DenseNearestCentroid contract.
var DenseNearestCentroidMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"},{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64[]\",\"name\":\"counts\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"distances\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"d\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isSealed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"best\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setSumWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"sum\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"wordsPerClass\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"CountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"numFeatures\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"DimensionTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"EmptyClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LaneOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"MalformedValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatureIndices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "4ef46814b69471d3e70cbe89aa948a9275",
	Bin: "0x610140604052346106c75761150d8038038061001a81610754565b92833981019060a0818303126106c7578051916001600160a01b0383168084036106c75760208301516001600160401b0381116106c75783019082601f830112156106c75781519061007361006e83610779565b610754565b92602084848152016020819460051b830101918683116106c75760208101915b8383106106e357505050506100aa60408601610790565b60608601519091906001600160401b0381116106c75786019585601f880112156106c7578651966100dd61006e89610779565b976020808a838152019160051b830101918883116106c757602001905b8282106106cb575050506080810151906001600160401b0382116106c757019480601f870112156106c757855161013361006e82610779565b9660208089848152019260051b8201019283116106c757602001905b8282106106b757505050156106a85782511561069957825162010000811161068057506001600160401b038116958615801561067b575b61066c5760016001603f1b03871161064b57336080526101005282516001600160401b031660a05260c081905260e0528151906801000000000000000082116105b9575f54825f558083106105cd575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56392915b82821061049c575050505064010000000084101561048057825190519081810361046b5750505f5b825181101561032f576001600160401b0361024282856107a4565b51161561031d57650100000000006001600160401b0361026283866107a4565b511610156102f3576001600160401b0361027c82856107a4565b511690600381169160c08260061b1692808404604014901517156102df57600282901c7f5f1daa16fdf9c17de7a9e6ef77c2b36a1b81e2aa7679442bbe601ab888af9ccf0180546001600160401b03851b19169190931b17909155600101610227565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0361030582856107a4565b5116906345a52f8760e01b5f5260045260245260445ffd5b632195894b60e01b5f5260045260245ffd5b50600383018084116102df5760021c61012081905260a0516001600160401b031680820291801590830490911417156102df578082511161044957505f5b81518110156103ae5760019061038381846107a4565b51817fc3ba9165cc3efda75b472e5b7e28c83c8d5f904014e96258064cc00c5e336cc901550161036d565b604051610ced90816108208239608051818181610662015261084b015260a0518181816103f4015281816107c1015281816108e60152610ac3015260c0518181816102800152610c62015260e0518161034f0152610100518181816103bc0152818161061e015281816106df015261087b0152610120518181816102c8015281816104bd015281816106a8015281816109080152610ae50152f35b90515f1981019081116102df576303585b9560e11b5f5260045260245260445ffd5b6355c5b3e360e11b5f5260045260245260445ffd5b8363c3c9b45b60e01b5f5260045264010000000060245260445ffd5b80518051906001600160401b0382116105b9576104b986546107cc565b601f8111610576575b50602090601f831160011461050d5792826001949360209386955f92610502575b50505f19600383901b1c191690841b1787555b019401910190926101ff565b015190505f806104e3565b90601f19831691875f52815f20925f5b81811061055e5750936020936001969387969383889510610546575b505050811b0187556104f6565b01515f1960f88460031b161c191690555f8080610539565b9293602060018192878601518155019501930161051d565b828111156104c2576105ab90875f5260205f2090601f850160051c90602086106105b1575b601f82910160051c039101610804565b5f6104c2565b5f915061059b565b634e487b7160e01b5f52604160045260245ffd5b5f8052828060205f20019103905f5b8281106105ea5750506101d6565b8060019183016105fa81546107cc565b9081610609575b5050016105dc565b81601f5f9311851461061f5750555b5f80610601565b8183526020832061063b91601f0160051c841901908601610804565b8082528160208120915555610618565b631d0a257560e21b5f908152600488905260016001603f1b03602452604490fd5b631f937a9760e01b5f5260045ffd5b610186565b631f89af4360e01b5f526004526201000060245260445ffd5b6360620dcf60e11b5f5260045ffd5b6386dbdd8360e01b5f5260045ffd5b815181526020918201910161014f565b5f80fd5b602080916106d884610790565b8152019101906100fa565b82516001600160401b0381116106c757820188603f820112156106c7576020810151916001600160401b0383116105b957610727601f8401601f1916602001610754565b8381526040838501018b106106c7575f602085819660408397018386015e83010152815201920191610093565b6040519190601f01601f191682016001600160401b038111838210176105b957604052565b6001600160401b0381116105b95760051b60200190565b51906001600160401b03821682036106c757565b80518210156107b85760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b90600182811c921680156107fa575b60208310146107e657565b634e487b7160e01b5f52602260045260245ffd5b91607f16916107db565b5f5b82811061081257505050565b5f8282015560010161080656fe60806040526004361015610011575f80fd5b5f3560e01c80631659f234146108145780633b3546c8146107e557806343e13a70146107a25780635f7066a214610709578063631f9852146106cb5780636b851fc3146106915780638da5cb5b1461064d578063bab861c114610609578063bb551b531461058c578063bd7a1d6114610373578063c6f698c314610330578063cad0899b146102a4578063e6941b4a146102615763f2e05914146100b3575f80fd5b3461025d575f36600319011261025d575f546100ce81610a4e565b906100dc6040519283610a19565b8082525f80805260208301917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56391835b82821061019057848660405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061014a57505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f80199101160101960192019201859493919261013b565b6040515f85548060011c90600181168015610253575b60208310811461023f5782855290811561021c57506001146101e5575b50600192826101d785946020940382610a19565b81520194019101909261010c565b5f878152602081209092505b818310610206575050810160200160016101c3565b60018160209254838688010152019201916101f1565b60ff191660208581019190915291151560051b84019091019150600190506101c3565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101a6565b5f80fd5b3461025d575f36600319011261025d5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461025d57604036600319011261025d575f516020610ccd5f395f51905f526102ef7f0000000000000000000000000000000000000000000000000000000000000000600435610a8d565b810180911161031c57602435600281901c9091015460209160061b60c0161c60070b60070b604051908152f35b634e487b7160e01b5f52601160045260245ffd5b3461025d575f36600319011261025d5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461025d57604036600319011261025d576004356001600160401b03811161025d576103a39036906004016109e9565b90602435906001600160401b0382169182810361025d577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610579576001600160401b037f00000000000000000000000000000000000000000000000000000000000000001680841015610563575061042684610c58565b61042f83610c09565b906001820180921161031c576501000000000082101561054c57600381169060c08160061b16918083046040149015171561031c57673fffffffffffffff7f5f1daa16fdf9c17de7a9e6ef77c2b36a1b81e2aa7679442bbe601ab888af9ccf9160021c1601916001600160401b03835491831b921b19161790556104e25f516020610ccd5f395f51905f52927f000000000000000000000000000000000000000000000000000000000000000090610a8d565b820180921161031c575f5b8381106104f657005b6105008183610ca3565b8160021c840160c08360061b1681549283821c60070b01926001600160401b03808516831b921b19161790558060070b0361053d576001016104ed565b63903651ab60e01b5f5260045ffd5b50826345a52f8760e01b5f5260045260245260445ffd5b83633be6bfe760e11b5f5260045260245260445ffd5b633ea726d160e11b5f523360045260245ffd5b3461025d57602036600319011261025d576004356001600160401b03811161025d576105bf6105c59136906004016109e9565b90610aad565b6040518091602082016020835281518091526020604084019201905f5b8181106105f0575050500390f35b82518452859450602093840193909201916001016105e2565b3461025d575f36600319011261025d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461025d575f36600319011261025d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461025d575f36600319011261025d5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461025d575f36600319011261025d5760207f00000000000000000000000000000000000000000000000000000000000000003b1515604051908152f35b3461025d57602036600319011261025d576004356001600160401b03811161025d5761073c6107449136906004016109e9565b5f9291610aad565b60015b815181101561078e5761075a8183610a65565b5161076e6001600160401b03851684610a65565b511161077d575b600101610747565b6001600160401b0381169250610775565b6020836001600160401b0360405191168152f35b3461025d575f36600319011261025d5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461025d57602036600319011261025d5760206001600160401b0361080b600435610c09565b16604051908152f35b3461025d57604036600319011261025d576004356024356001600160401b03811161025d576108479036906004016109e9565b91907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036109d6577f0000000000000000000000000000000000000000000000000000000000000000803b6109b657506108aa83610a4e565b926108b86040519485610a19565b808452602084019060051b82019136831161025d57905b8282106109a65750505061092c6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000167f0000000000000000000000000000000000000000000000000000000000000000610a8d565b80610938845184610aa0565b1161097a57505f5b8251811015610978576001905f516020610ccd5f395f51905f526109648285610aa0565b61096e8387610a65565b5191015501610940565b005b61098682845190610aa0565b5f19810190811161031c576303585b9560e11b5f5260045260245260445ffd5b81358152602091820191016108cf565b63de2ef7dd60e01b5f9081526001600160a01b0391909116600452602490fd5b63245aecd360e01b5f523360045260245ffd5b9181601f8401121561025d578235916001600160401b03831161025d576020808501948460051b01011161025d57565b90601f801991011681019081106001600160401b03821117610a3a57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b038111610a3a5760051b60200190565b8051821015610a795760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b8181029291811591840414171561031c57565b9190820180921161031c57565b919091610ab983610c58565b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000167f0000000000000000000000000000000000000000000000000000000000000000610b0d82610a4e565b90610b1b6040519283610a19565b828252601f19610b2a84610a4e565b0136602084013781955f5f516020610ccd5f395f51905f52905b858110610b545750505050505050565b610b5d81610c09565b90610b688582610a8d565b83019182841161031c575f925f905b8a878310610bd157505050808002905f8112600160ff1b82141661031c5780820581149015171561031c578015610bbd5760019204610bb68288610a65565b5201610b44565b634e487b7160e01b5f52601260045260245ffd5b9483610be1846001949598610ca3565b02610bfc878560c0908260021c01549160061b161c60070b90565b9003800201940190610b77565b7f5f1daa16fdf9c17de7a9e6ef77c2b36a1b81e2aa7679442bbe601ab888af9ccf8160021c015460c0600383169260061b16918083046040149015171561031c576001600160401b03911c1690565b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690818103610c8e575050565b63462d05b760e01b5f5260045260245260445ffd5b9190918260051b0135918260070b8303610cba5750565b63d78808c760e01b5f5260045260245ffdfec3ba9165cc3efda75b472e5b7e28c83c8d5f904014e96258064cc00c5e336cc9",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"},{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"int128\",\"name\":\"intercept_\",\"type\":\"int128\"},{\"internalType\":\"int64\",\"name\":\"learningRate_\",\"type\":\"int64\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"intercept\",\"outputs\":[{\"internalType\":\"int128\",\"name\":\"\",\"type\":\"int128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isSealed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"learningRate\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"score\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"s\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setWeightWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"weight\",\"outputs\":[{\"internalType\":\"int128\",\"name\":\"\",\"type\":\"int128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"learningRate\",\"type\":\"int64\"}],\"name\":\"InvalidLearningRate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LaneOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"MalformedValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatureIndices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "89f92e3dd5ac61aab6823cd6785a8ead6d",
	Bin: "0x61016060405234610576576111388038038061001a816105eb565b92833981019060c0818303126105765780516001600160a01b038116918282036105765760208101516001600160401b03811161057657810184601f8201121561057657805161007161006c82610610565b6105eb565b91602083838152016020819360051b830101918883116105765760208101915b83831061057a575050505060408301516001600160401b038116948582036105765760608501519586600f0b8703610576576080860151978860070b96878a036105765760a0810151906001600160401b03821161057657019980601f8c011215610576578a5160209b8c61010861006c84610610565b9d8e848152019260051b82010192831161057657602001905b8282106105665750505015610557578451156105485784516002811161034c575080158015610543575b6105345760016001603f1b0381116105125750336080526101005282516001600160401b031660a05260c081905260e052815190680100000000000000008211610480575f54825f55808310610494575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56392915b8282106103635750505050516002810361034c57505f81131561033a5750610120526101405260c0516001600160401b0316600181019081106103265760011c8082511161030457505f5b815181101561026d5781518110156102595780602060019260051b84010151817f9c8a9045f92a688a1fe5f78ad22c68ccce949496585c8b3b8dd3ba28d4e19e47015501610210565b634e487b7160e01b5f52603260045260245ffd5b604051610abd908161067b823960805181818161040f01526105c8015260a0518181816104f30152610912015260c0518181816102bd0152818161066001526107f4015260e0518161030001526101005181818161036a015281816103cb0152818161045201526105f801526101205181818161056b015261081e01526101405181818161052e015281816109640152610a0d0152f35b90515f198101908111610326576303585b9560e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b632dc4541360e21b5f5260045260245ffd5b631f89af4360e01b5f52600452600260245260445ffd5b80518051906001600160401b038211610480576103808654610627565b601f811161043d575b50602090601f83116001146103d45792826001949360209386955f926103c9575b50505f19600383901b1c191690841b1787555b019401910190926101c5565b015190505f806103aa565b90601f19831691875f52815f20925f5b818110610425575093602093600196938796938388951061040d575b505050811b0187556103bd565b01515f1960f88460031b161c191690555f8080610400565b929360206001819287860151815501950193016103e4565b828111156103895761047290875f5260205f2090601f850160051c9060208610610478575b601f82910160051c03910161065f565b5f610389565b5f9150610462565b634e487b7160e01b5f52604160045260245ffd5b5f8052828060205f20019103905f5b8281106104b157505061019c565b8060019183016104c18154610627565b90816104d0575b5050016104a3565b81601f5f931185146104e65750555b5f806104c8565b8183526020832061050291601f0160051c84190190860161065f565b80825281602081209155556104df565b631d0a257560e21b5f90815260049190915260016001603f1b03602452604490fd5b631f937a9760e01b5f5260045ffd5b61014b565b6360620dcf60e11b5f5260045ffd5b6386dbdd8360e01b5f5260045ffd5b8151815260209182019101610121565b5f80fd5b82516001600160401b0381116105765782018a603f82011215610576576020810151916001600160401b038311610480576105be601f8401601f19166020016105eb565b8381526040838501018d10610576575f602085819660408397018386015e83010152815201920191610091565b6040519190601f01601f191682016001600160401b0381118382101761048057604052565b6001600160401b0381116104805760051b60200190565b90600182811c92168015610655575b602083101461064157565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610636565b5f5b82811061066d57505050565b5f8282015560010161066156fe60806040526004361015610011575f80fd5b5f3560e01c80630fae52f41461077b57806315c0472c1461059157806319c13767146105545780633766bf191461051757806343e13a70146104d45780635f7066a21461047c578063631f98521461043e5780638da5cb5b146103fa578063bab861c1146103b6578063bd7a1d6114610324578063c6f698c3146102e1578063e6941b4a1461029e578063f2e05914146100f45763f8e27f93146100b3575f80fd5b346100f05760203660031901126100f057602060043560805f516020610a9d5f395f51905f528260011c01549160071b161c600f0b604051908152f35b5f80fd5b346100f0575f3660031901126100f0575f5461010f816108ee565b9061011d60405192836108b9565b8082525f80805260208301917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56391835b8282106101d157848660405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061018b57505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f80199101160101960192019201859493919261017c565b6040515f85548060011c90600181168015610294575b6020831081146102805782855290811561025d5750600114610226575b5060019282610218859460209403826108b9565b81520194019101909261014d565b5f878152602081209092505b81831061024757505081016020016001610204565b6001816020925483868801015201920191610232565b60ff191660208581019190915291151560051b8401909101915060019050610204565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101e7565b346100f0575f3660031901126100f05760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100f0575f3660031901126100f05760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100f05760403660031901126100f0576004356001600160401b0381116100f0576103549036906004016107b8565b602435906001600160401b03821682036100f0577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036103a3576103a192610905565b005b633ea726d160e11b5f523360045260245ffd5b346100f0575f3660031901126100f0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100f0575f3660031901126100f0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100f0575f3660031901126100f05760207f00000000000000000000000000000000000000000000000000000000000000003b1515604051908152f35b346100f05760203660031901126100f0576004356001600160401b0381116100f0576104b66104b05f9236906004016107b8565b906107e8565b13156104cc57602060015b60ff60405191168152f35b60205f6104c1565b346100f0575f3660031901126100f05760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100f0575f3660031901126100f05760206040517f000000000000000000000000000000000000000000000000000000000000000060070b8152f35b346100f0575f3660031901126100f05760206040517f0000000000000000000000000000000000000000000000000000000000000000600f0b8152f35b346100f05760403660031901126100f0576004356024356001600160401b0381116100f0576105c49036906004016107b8565b91907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610768577f0000000000000000000000000000000000000000000000000000000000000000803b6107485750610627836108ee565b9261063560405194856108b9565b808452602084019060051b8201913683116100f057905b828210610738575050506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016600181018091116107245760011c8061069a845184610a8f565b116106f857505f5b82518110156103a1575f516020610a9d5f395f51905f52906106c48184610a8f565b9184518210156106e45760019260208360051b87010151910155016106a2565b634e487b7160e01b5f52603260045260245ffd5b61070482845190610a8f565b5f198101908111610724576303585b9560e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b813581526020918201910161064c565b63de2ef7dd60e01b5f9081526001600160a01b0391909116600452602490fd5b63245aecd360e01b5f523360045260245ffd5b346100f05760203660031901126100f0576004356001600160401b0381116100f0576107b06104b060209236906004016107b8565b604051908152f35b9181601f840112156100f0578235916001600160401b0383116100f0576020808501948460051b0101116100f057565b91906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168082036108a357507f0000000000000000000000000000000000000000000000000000000000000000600f0b633b9aca00810290808205633b9aca0014901517156107245792905f915b81831061086a57505050565b90919360019085821c5f516020610a9d5f395f51905f52015460808760071b161c600f0b6108988785610a66565b02019401919061085e565b9063462d05b760e01b5f5260045260245260445ffd5b90601f801991011681019081106001600160401b038211176108da57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b0381116108da5760051b60200190565b90916001600160401b03807f00000000000000000000000000000000000000000000000000000000000000001691169080821015610a5057505f61094984846107e8565b1315610a47578060ff60015b1614610a4257600103610a0b577f000000000000000000000000000000000000000000000000000000000000000060070b905b5f5b8381106109975750505050565b633b9aca006109a68284610a66565b8402058160011c5f516020610a9d5f395f51905f520160808360071b1681549283821c600f0b01926fffffffffffffffffffffffffffffffff808516831b921b191617905580600f0b036109fc5760010161098a565b63903651ab60e01b5f5260045ffd5b7f000000000000000000000000000000000000000000000000000000000000000060070b600160ff1b8114610724575f0390610988565b505050565b8060ff5f610955565b90633be6bfe760e11b5f5260045260245260445ffd5b9190918260051b0135918260070b8303610a7d5750565b63d78808c760e01b5f5260045260245ffd5b919082018092116107245756fe9c8a9045f92a688a1fe5f78ad22c68ccce949496585c8b3b8dd3ba28d4e19e47",
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
// Solidity: constructor(address trainer_, string[] names, uint64 numFeatures_, int128 intercept_, int64 learningRate_, uint256[] firstWords) returns()
func (densePerceptron *DensePerceptron) PackConstructor(trainer_ common.Address, names []string, numFeatures_ uint64, intercept_ *big.Int, learningRate_ int64, firstWords []*big.Int) []byte {
	enc, err := densePerceptron.abi.Pack("", trainer_, names, numFeatures_, intercept_, learningRate_, firstWords)
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
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["InvalidLearningRate"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackInvalidLearningRateError(raw[4:])
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIClassifier\",\"name\":\"model_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"encoder_\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"refundWait_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ownerClaimWait_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"anyAddressClaimWait_\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"costWeight_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"addData\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anyAddressClaimWait\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"contribution\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"deposit\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"claimable\",\"type\":\"uint96\"},{\"internalType\":\"uint40\",\"name\":\"id\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"numClaims\",\"type\":\"uint16\"}],\"internalType\":\"structTrainer.Contribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"contributionKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"costWeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"encoder\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"hasReported\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastAddTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"model\",\"outputs\":[{\"internalType\":\"contractIClassifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextAddDataCost\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numContributions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numGood\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ownerClaimWait\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refundWait\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"report\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalGood\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"AddData\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refund\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Report\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalPending\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"AlreadyReported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"CannotReportOwnContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"costWeight\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"CostWeightTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"DepositTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"DuplicateContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"refundWait\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ownerClaimWait\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"anyAddressClaimWait\",\"type\":\"uint32\"}],\"name\":\"InvalidWaits\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"ModelAgrees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"ModelBoundElsewhere\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"ModelDisagrees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"NoGoodContributions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"UnknownContribution\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroModel\",\"type\":\"error\"}]",
	ID:  "11963debfc1603a6b90086f8ccbe914cdb",
	Bin: "0x6101208060405234610746576120a8803803809161001d828561074a565b8339810190610100818303126107465780516001600160a01b038116928382036107465760208301516001600160401b038111610746578161006091850161076d565b60408401519091906001600160401b038111610746578161008291860161076d565b606085015190916001600160401b038211610746576100a291860161076d565b906100af608086016107c2565b926100bc60a087016107c2565b9460e06100cb60c089016107c2565b970151973315610733575f8054336001600160a01b03198216811783556040519290916001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a381156107245763bab861c160e01b8152602081600481855afa9081156106fa575f91610705575b50306001600160a01b039091160361068457506080528051906001600160401b03821161048e5760025490600182811c9216801561067a575b60208310146104705781601f849311610604575b50602090601f831160011461059e575f92610593575b50508160011b915f199060031b1c1916176002555b8051906001600160401b03821161048e5760035490600182811c92168015610589575b60208310146104705781601f849311610513575b50602090601f83116001146104ad575f926104a2575b50508160011b915f199060031b1c1916176003555b8051906001600160401b03821161048e5760045490600182811c92168015610484575b60208310146104705781601f8493116103fa575b50602090601f8311600114610394575f92610389575b50508160011b915f199060031b1c1916176004555b64ffffffffff421664ffffffffff19600154161760015563ffffffff821663ffffffff8216818111801561037a575b6103595750506a123456789abcdf01234567808511610343575060a05260c05260e052610100526040516118b590816107f382396080518181816103cb01528181610cef0152611640015260a051818181610539015281816108a201526112e5015260c0518181816102080152611562015260e05181818161075d01526112a101526101005181818161057401526116b80152f35b84633290794b60e11b5f5260045260245260445ffd5b63ffffffff91859163014ef48560e31b5f526004526024521660445260645ffd5b5063ffffffff851682116102ae565b015190505f8061026a565b60045f9081528281209350601f198516905b8181106103e257509084600195949392106103ca575b505050811b0160045561027f565b01515f1960f88460031b161c191690555f80806103bc565b929360206001819287860151815501950193016103a6565b828111156102545760045f52909150601f830160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b60208510610468575b849392601f0160051c82900391015f5b828110610458575050610254565b5f8183015585945060010161044a565b5f915061043a565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610240565b634e487b7160e01b5f52604160045260245ffd5b015190505f80610208565b60035f9081528281209350601f198516905b8181106104fb57509084600195949392106104e3575b505050811b0160035561021d565b01515f1960f88460031b161c191690555f80806104d5565b929360206001819287860151815501950193016104bf565b828111156101f25760035f52909150601f830160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208510610581575b849392601f0160051c82900391015f5b8281106105715750506101f2565b5f81830155859450600101610563565b5f9150610553565b91607f16916101de565b015190505f806101a6565b60025f9081528281209350601f198516905b8181106105ec57509084600195949392106105d4575b505050811b016002556101bb565b01515f1960f88460031b161c191690555f80806105c6565b929360206001819287860151815501950193016105b0565b828111156101905760025f52909150601f830160051c7f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace60208510610672575b849392601f0160051c82900391015f5b828110610662575050610190565b5f81830155859450600101610654565b5f9150610644565b91607f169161017c565b60206004916040519283809263bab861c160e01b82525afa9081156106fa575f916106cb575b5063fd3058a760e01b5f9081526001600160a01b0391909116600452602490fd5b6106ed915060203d6020116106f3575b6106e5818361074a565b8101906107d3565b816106aa565b503d6106db565b6040513d5f823e3d90fd5b61071e915060203d6020116106f3576106e5818361074a565b5f610143565b633c23327160e11b5f5260045ffd5b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761048e57604052565b81601f82011215610746578051906001600160401b03821161048e57604051926107a1601f8401601f19166020018561074a565b8284526020838301011161074657815f9260208093018386015e8301015290565b519063ffffffff8216820361074657565b9081602091031261074657516001600160a01b0381168103610746579056fe60806040526004361015610011575f80fd5b5f3560e01c806233786914610e9457806306df141614610dd957806306fdde0314610d1e5780630ad9d05214610cda5780631394e44714610be95780631a416f9514610b5157806347f6acf114610b2857806351cff8d914610a64578063547d0c1d14610a265780635484f311146108185780635f7066a2146107cc578063630b4989146107a55780636f481986146107815780636f5def3014610741578063715018a6146106ea5780637284e416146105e65780638da5cb5b146105bf5780639c95155214610597578063a85ed4c81461055d578063b35d64b11461051d578063b59ec9a4146104f9578063b77544791461022c578063c85e642f146101ec578063f2fde38b146101675763f3f437031461012b575f80fd5b34610163576020366003190112610163576001600160a01b0361014c611031565b165f526008602052602060405f2054604051908152f35b5f80fd5b3461016357602036600319011261016357610180611031565b61018861167e565b6001600160a01b031680156101d9575f80546001600160a01b03198116831782556001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a3005b631e4fbdf760e01b5f525f60045260245ffd5b34610163575f36600319011261016357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b6040366003190112610163576004356001600160401b03811161016357610257903690600401610feb565b61025f61101b565b90610268611195565b6001549261028561028064ffffffffff86164261115a565b6116a4565b938434106104e25761029a3342868686611167565b805f52600560205264ffffffffff60405f205460c01c166104d057600164ffffffffff8360281c16019164ffffffffff83116104bc5769ffffffffffffffffffff1916602883901b69ffffffffff000000000016174264ffffffffff1617600155604051916001600160601b0387169190610314846110d0565b8284526020840192835264ffffffffff604085019116815260608401915f83525f5260056020526001600160601b0360405f20945116928454906001600160601b0360601b905160601b169164ffffffffff60c01b905160c01b169261ffff60e81b905160e81b169361ffff60e81b199162ffffff60e81b1617161717179055604051905f808460051b9363bd7a1d6160e01b815260406004820152866024820152856044820152848460648301376064850190827f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1156104b157906040519260031b9383524260208401528460408401526080606084015283608084015260a08301908201915b82811061049c57505050805f60a0847f50f669f5a0ece43ceb160770b56b666d95759ae9b923b7c3c846290dc666fdcc940101523392601f801991011660a00190a2803411610483575b5f5f5160206118955f395f51905f525d005b610490610496913461115a565b336115b1565b80610471565b6020816008923560c01b845201910190610427565b6040513d5f823e3d90fd5b634e487b7160e01b5f52601160045260245ffd5b63059ef18960e51b5f5260045260245ffd5b8463ea691a4b60e01b5f526004523460245260445ffd5b3461016357602061051561050c36611047565b93929092611167565b604051908152f35b34610163575f36600319011261016357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610163575f3660031901126101635760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610163575f36600319011261016357602061051561028064ffffffffff600154164261115a565b34610163575f366003190112610163575f546040516001600160a01b039091168152602090f35b34610163575f366003190112610163576040515f6003548060011c906001811680156106e0575b6020831081146106cc578285529081156106a8575060011461064a575b6106468361063a818503826110eb565b6040519182918261110c565b0390f35b60035f9081527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b939250905b80821061068e5750909150810160200161063a61062a565b919260018160209254838588010152019101909291610676565b60ff191660208086019190915291151560051b8401909101915061063a905061062a565b634e487b7160e01b5f52602260045260245ffd5b91607f169161060d565b34610163575f3660031901126101635761070261167e565b5f80546001600160a01b0319811682556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610163575f36600319011261016357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610163575f36600319011261016357602064ffffffffff60015416604051908152f35b34610163575f36600319011261016357602064ffffffffff60015460281c16604051908152f35b34610163576020366003190112610163576004356001600160401b038111610163576108076108016020923690600401610feb565b90611610565b6001600160401b0360405191168152f35b34610163576060366003190112610163576004356001600160401b03811161016357610848903690600401610feb565b9061085161101b565b6044359061085d611195565b61087d61086d3384848888611167565b94610877866111ca565b94611610565b9160208401936001600160601b03855116159081610a12575b506109ff5763ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906108cd8282611247565b42106109de5750506001600160401b038091169116036109cb576001600160601b0390511690805f5260056020525f6040812055335f52600660205260405f20600163ffffffff8254160163ffffffff81116104bc5763ffffffff1663ffffffff1982541617905560015460016001600160401b038260501c16016001600160401b0381116104bc576001600160401b0360501b9060501b16906001600160401b0360501b1916176001556040519081528160208201527f64da132aea58cbf2ea0cd8c4b425e12fc1445cfb70d83968693317cf593c8df560403392a2806109c1575f5f5160206118955f395f51905f525d005b61049690336115b1565b50638599d06960e01b5f5260045260245ffd5b85916109e991611247565b9063d47800eb60e01b5f5260045260245260445ffd5b84635cf7608160e11b5f5260045260245ffd5b6001600160601b0391505116151586610896565b34610163576020366003190112610163576001600160a01b03610a47611031565b165f526006602052602063ffffffff60405f205416604051908152f35b34610163576020366003190112610163576004356001600160a01b0381169081900361016357610a92611195565b335f52600860205260405f2054908115610b1557335f5260086020525f6040812055806040518381527f2717ead6b9200dd235aad468c9809ea400fe33ac69b5bfaa6d3e90fc922b639860203392a35f80808085855af115610b00575f5f5160206118955f395f51905f525d005b630e21dcbb60e11b5f5260045260245260445ffd5b636e34ee0b60e11b5f523360045260245ffd5b34610163575f3660031901126101635760206001600160401b0360015460501c16604051908152f35b3461016357602036600319011261016357610b6a611136565b506004355f526005602052608060405f2061ffff60405191610b8b836110d0565b5464ffffffffff6001600160601b038216938481526001600160601b0360208201818560601c1681528560606040850194868860c01c168652019560e81c168552604051968752511660208601525116604084015251166060820152f35b34610163576040366003190112610163576024356001600160a01b03811690819003610163576020906004355f526005825264ffffffffff60405f205460c01c168015159182610c40575b50506040519015158152f35b809192505f526006835264ffffffffff60405f209160405192610c62846110a1565b549263ffffffff841681526040868201918486891c168352019360481c845260b885049283915116145f14610cb5575050516001600160b81b03165b600160b88180821b0393061b161615158280610c34565b5f90815260078552604080822092825291855220546001600160b81b03169050610c9e565b34610163575f366003190112610163576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610163575f366003190112610163576040515f6002548060011c90600181168015610dcf575b6020831081146106cc578285529081156106a85750600114610d71576106468361063a818503826110eb565b60025f9081527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace939250905b808210610db55750909150810160200161063a61062a565b919260018160209254838588010152019101909291610d9d565b91607f1691610d45565b34610163575f366003190112610163576040515f6004548060011c90600181168015610e8a575b6020831081146106cc578285529081156106a85750600114610e2c576106468361063a818503826110eb565b60045f9081527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b939250905b808210610e705750909150810160200161063a61062a565b919260018160209254838588010152019101909291610e58565b91607f1691610e00565b3461016357610ed3610ea536611047565b92939491908391610eb4611195565b610ec1838383898b611167565b95610ecb876111ca565b978888611272565b92602081016001600160601b0385166001600160601b03825116036001600160601b0381116104bc576001600160601b031681526060820161ffff81511661ffff81145f14610fd65761ffff905b168152845f52600560205260405f20926001600160601b03815116928454906001600160601b0360601b905160601b1691604064ffffffffff60c01b91015160c01b169261ffff60e81b905160e81b169361ffff60e81b199162ffffff60e81b16171617171790556040519083825260018060a01b0316917f9023006708b25d5f7c1242af7844cf710d70a106dffdcab80b132e341d73dd8d60203393a4806109c1575f5f5160206118955f395f51905f525d005b60010161ffff81116104bc5761ffff90610f21565b9181601f84011215610163578235916001600160401b038311610163576020808501948460051b01011161016357565b602435906001600160401b038216820361016357565b600435906001600160a01b038216820361016357565b608060031982011261016357600435906001600160401b0382116101635761107191600401610feb565b90916024356001600160401b03811681036101635790604435906064356001600160a01b03811681036101635790565b606081019081106001600160401b038211176110bc57604052565b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b038211176110bc57604052565b90601f801991011681019081106001600160401b038211176110bc57604052565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b60405190611143826110d0565b5f6060838281528260208201528260408201520152565b919082039182116104bc57565b919093602890603c946040519660051b809588378487019360c01b8452600884015260601b91015201902090565b5f5160206118955f395f51905f525c6111bb5760015f5160206118955f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b906111d3611136565b50815f52600560205260405f2091604051926111ee846110d0565b54926001600160601b03841681526001600160601b038460601c16602082015261ffff64ffffffffff8560c01c169485604084015260e81c16606082015292156112355750565b6344e139b960e01b5f5260045260245ffd5b919082018092116104bc57565b811561125e570490565b634e487b7160e01b5f52601260045260245ffd5b969495939291909360208501966001600160601b038851161561159e57611299814261115a565b9163ffffffff7f000000000000000000000000000000000000000000000000000000000000000016831080159061155a575b611543576001600160a01b031633146115305763ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168092106115255750506113216001600160401b03928392611610565b921691161461151257335f52600660205260405f209060405191611344836110a1565b549163ffffffff831692838252602082019364ffffffffff8260201c168552604083019160481c8252156114ff5764ffffffffff604084015116600160b880830492061b908064ffffffffff87511603611484575b50815181166001600160b81b031661146d5781516001600160b81b039081169116178152335f90815260066020908152604090912092519451915191901b68ffffffffff000000001663ffffffff9490941693841760489190911b68ffffffffffffffffff19161790555192935090916001600160601b03168082029181159183041417156104bc5761143b906001600160401b0360015460501c1690611254565b918215801561145a575b61144c5750565b516001600160601b03169150565b506001600160601b038151168311611445565b87631399fa2f60e21b5f526004523360245260445ffd5b82516001600160b81b0316806114c7575b5064ffffffffff81168652335f52600760205260405f20905f5260205260018060b81b0360405f20541682525f611399565b335f52600760205260405f2064ffffffffff8851165f5260205260405f209068ffffffffffffffffff60b81b8254161790555f611495565b63186f7c9d60e21b5f523360045260245ffd5b836379c411fd60e01b5f5260045260245ffd5b88916109e991611247565b88636460268d60e01b5f5260045260245ffd5b5050505050505091506001600160601b0390511690565b5063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683101580156112cb57505f546001600160a01b031633146112cb565b88635cf7608160e11b5f5260045260245ffd5b5f80808085855af1156115c2575050565b60207f31b5a21eaa66e072a85415f32552ffd06f73ac2b42f41a3f31c4e19a5ed87e299160018060a01b031692835f526008825260405f20611605828254611247565b9055604051908152a2565b6020915f91604051918060051b918291632fb8335160e11b855286600486015260248501526044840137604401907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f5190156104b1576001600160401b031690565b5f546001600160a01b0316330361169157565b63118cdaa760e01b5f523360045260245ffd5b600181116116e057506116dd60015b610e107f000000000000000000000000000000000000000000000000000000000000000002611254565b90565b6116ec6116dd916116f1565b6116b3565b8060401c61176e57600163ffffffff821160051b61ffff83821c1160041b1760ff83821c1160031b17600f83821c1160021b17600383821c11821b178183821c1117811c01600182821c911b0160011c8082040160011c8082040160011c8082040160011c8082040160011c8082040160011c8091048111900390565b6116dd9060018111156116dd57806001600160801b821015611883575b600482600160401b611835941015611876575b640100000000811015611869575b6201000081101561185c575b610100811015611850575b6010811015611844575b101561183c575b60030260011c6117e48184611254565b0160011c6117f28184611254565b0160011c6118008184611254565b0160011c61180e8184611254565b0160011c61181c8184611254565b0160011c61182a8184611254565b0160011c8092611254565b8111900390565b60011b6117d4565b811c9160021b916117cd565b60081c91811b916117c3565b60101c9160081b916117b8565b60201c9160101b916117ac565b60401c9160201b9161179e565b5050608081901c600160401b61178b56fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
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
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["CannotReportOwnContribution"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackCannotReportOwnContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["CostWeightTooLarge"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackCostWeightTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["DepositTooLow"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackDepositTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["DuplicateContribution"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackDuplicateContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["InvalidWaits"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackInvalidWaitsError(raw[4:])
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
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackReentrancyGuardReentrantCallError(raw[4:])
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

// DepositRefundTakeCostWeightTooLarge represents a CostWeightTooLarge error raised by the DepositRefundTake contract.
type DepositRefundTakeCostWeightTooLarge struct {
	CostWeight *big.Int
	Max        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CostWeightTooLarge(uint256 costWeight, uint256 max)
func DepositRefundTakeCostWeightTooLargeErrorID() common.Hash {
	return common.HexToHash("0x6520f296b2fdbe947d28f931b9132684116f5140b1c8d8381ce189805ffafc1a")
}

// UnpackCostWeightTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CostWeightTooLarge(uint256 costWeight, uint256 max)
func (depositRefundTake *DepositRefundTake) UnpackCostWeightTooLargeError(raw []byte) (*DepositRefundTakeCostWeightTooLarge, error) {
	out := new(DepositRefundTakeCostWeightTooLarge)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "CostWeightTooLarge", raw); err != nil {
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

// DepositRefundTakeInvalidWaits represents a InvalidWaits error raised by the DepositRefundTake contract.
type DepositRefundTakeInvalidWaits struct {
	RefundWait          uint32
	OwnerClaimWait      uint32
	AnyAddressClaimWait uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidWaits(uint32 refundWait, uint32 ownerClaimWait, uint32 anyAddressClaimWait)
func DepositRefundTakeInvalidWaitsErrorID() common.Hash {
	return common.HexToHash("0x0a77a42891219c1fab90e292b5af6f2e4d97198d61458ff7d90a25e7e7856db9")
}

// UnpackInvalidWaitsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidWaits(uint32 refundWait, uint32 ownerClaimWait, uint32 anyAddressClaimWait)
func (depositRefundTake *DepositRefundTake) UnpackInvalidWaitsError(raw []byte) (*DepositRefundTakeInvalidWaits, error) {
	out := new(DepositRefundTakeInvalidWaits)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "InvalidWaits", raw); err != nil {
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
	Trainer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelBoundElsewhere(address trainer)
func DepositRefundTakeModelBoundElsewhereErrorID() common.Hash {
	return common.HexToHash("0xfd3058a717190eb3a87ec2efb4c9cfd78a0fd137007c23aebfb7dff1d4a32f16")
}

// UnpackModelBoundElsewhereError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelBoundElsewhere(address trainer)
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
	ID:  "0cb5808e5abd80b59cf35929e6679f7b56",
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

// NaiveBayesMetaData contains all meta data concerning the NaiveBayes contract.
var NaiveBayesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"},{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"smoothing_\",\"type\":\"uint64\"},{\"internalType\":\"uint64[]\",\"name\":\"classCounts\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"classInfo\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"samples\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"totalFeatures\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"featureCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isSealed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"best\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setCountWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"smoothing\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CountOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"smoothing\",\"type\":\"uint64\"}],\"name\":\"InvalidSmoothing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"MalformedValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatureIndices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"numFeatures\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatureKinds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "4d8994ae8f18a270ff16235de08e881a9e",
	Bin: "0x6101406040523461082157611a928038038061001a816108ae565b92833981019060e0818303126108215780516001600160a01b038116908181036108215760208301516001600160401b0381116108215783019084601f8301121561082157815161007261006d826108d3565b6108ae565b92602084838152016020819360051b830101918883116108215760208101915b83831061083d57505050506100a9604086016108ea565b6100b5606087016108ea565b906100c2608088016108ea565b60a08801519096906001600160401b0381116108215788019789601f8a011215610821578851986100f561006d8b6108d3565b996020808c838152019160051b830101918c831161082157602001905b8282106108255750505060c0810151906001600160401b03821161082157019880601f8b01121561082157895161014b61006d826108d3565b9a6020808d848152019260051b82010192831161082157602001905b8282106108115750505015610802578451156107f35784516201000081116107da57506001600160401b03811693841580156107c9575b6107ba5760016001603f1b03851161079957336080526101005284516001600160401b031660a05260c05260e052825190680100000000000000008211610707575f54825f5580831061071b575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56392915b8282106105ea575050506001600160401b0384169050801580156105db575b6105c957506501000000000081116105ad57508251905190818103610598575050610120525f5b8151811015610293576001905f516020611a725f395f51905f52816001600160401b0361028882876108fe565b51169101550161025b565b60a05160c05184916001600160401b03908116916102b391839116610926565b600781018091116103e45760031c8083511161057657506102d661006d826108d3565b818152601f196102e5836108d3565b013660208301375f5b82811061054e575060c05161030d9083906001600160401b0316610926565b925f9083155b815183101561044357827ff0c8ff37a581c5d0cf545d24aa558975912ec4fd9fa84312df76227a1017fe6601948554955f8560031b9186830460081487151715915b60088110838161042b575b501561040c57826103e45785610376828661098c565b906103f857859006610388818b6108fe565b51906103948a8a6108fe565b518360051b92848404602014851517156103e4576103bd8e9163ffffffff8094871c169061098c565b931c1682039182116103e4576103d3908b6108fe565b525f1981146103e457600101610355565b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b509150506001929491965061042182856108fe565b5190550191610313565b90506103e4578a61043c828661098c565b1083610360565b83855f5b8181106104f0576040516110d8908161099a823960805181818161028f0152610962015260a051818181610327015281816106740152818161077a01528181610a970152610dd6015260c051818181610352015281816106170152818161080e0152610b0b015260e0518181816106d70152610f120152610100518181816102bf015281816107420152818161091e0152610a280152610120518181816109f00152610ac20152f35b6001600160401b0361050282856108fe565b511161053f575f516020611a725f395f51905f528101805460019291906001600160401b031661053283876108fe565b5160401b17905501610447565b63302c526f60e01b5f5260045ffd5b600190805f516020611a725f395f51905f52015460401c61056f82856108fe565b52016102ee565b82515f1981019081116103e4576303585b9560e11b5f5260045260245260445ffd5b6355c5b3e360e11b5f5260045260245260445ffd5b638bf992e760e01b5f526004526501000000000060245260445ffd5b631f322bfb60e11b5f5260045260245ffd5b50650100000000008111610234565b80518051906001600160401b038211610707576106078654610939565b601f81116106c4575b50602090601f831160011461065b5792826001949360209386955f92610650575b50505f19600383901b1c191690841b1787555b01940191019092610215565b015190505f80610631565b90601f19831691875f52815f20925f5b8181106106ac5750936020936001969387969383889510610694575b505050811b018755610644565b01515f1960f88460031b161c191690555f8080610687565b9293602060018192878601518155019501930161066b565b82811115610610576106f990875f5260205f2090601f850160051c90602086106106ff575b601f82910160051c039101610971565b5f610610565b5f91506106e9565b634e487b7160e01b5f52604160045260245ffd5b5f8052828060205f20019103905f5b8281106107385750506101ec565b8060019183016107488154610939565b9081610757575b50500161072a565b81601f5f9311851461076d5750555b5f8061074f565b8183526020832061078991601f0160051c841901908601610971565b8082528160208120915555610766565b631d0a257560e21b5f908152600486905260016001603f1b03602452604490fd5b631f937a9760e01b5f5260045ffd5b506001600160401b0383161561019e565b631f89af4360e01b5f526004526201000060245260445ffd5b6360620dcf60e11b5f5260045ffd5b6386dbdd8360e01b5f5260045ffd5b8151815260209182019101610167565b5f80fd5b60208091610832846108ea565b815201910190610112565b82516001600160401b0381116108215782018a603f82011215610821576020810151916001600160401b03831161070757610881601f8401601f19166020016108ae565b8381526040838501018d10610821575f602085819660408397018386015e83010152815201920191610092565b6040519190601f01601f191682016001600160401b0381118382101761070757604052565b6001600160401b0381116107075760051b60200190565b51906001600160401b038216820361082157565b80518210156109125760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b818102929181159184041417156103e457565b90600182811c92168015610967575b602083101461095357565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610948565b5f5b82811061097f57505050565b5f82820155600101610973565b919082018092116103e45756fe6080806040526004361015610012575f80fd5b5f3560e01c90816343e13a7014610db9575080635f7066a214610a52578063631f985214610a14578063725906a0146109d157806386118a0c146109915780638da5cb5b1461094d578063bab861c114610909578063bd7a1d61146106fb578063c6f698c3146106b8578063da1d61381461063b578063e6941b4a146105f8578063ee28edbc146102595763f2e05914146100ab575f80fd5b34610255575f366003190112610255575f546100c681610e5f565b906100d46040519283610e2a565b8082525f80805260208301917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56391835b82821061018857848660405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061014257505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f801991011601019601920192018594939192610133565b6040515f85548060011c9060018116801561024b575b6020831081146102375782855290811561021457506001146101dd575b50600192826101cf85946020940382610e2a565b815201940191019092610104565b5f878152602081209092505b8183106101fe575050810160200160016101bb565b60018160209254838688010152019201916101e9565b60ff191660208581019190915291151560051b84019091019150600190506101bb565b634e487b7160e01b5f52602260045260245ffd5b91607f169161019e565b5f80fd5b34610255576040366003190112610255576004356024356001600160401b0381116102555761028c903690600401610dfa565b907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036105e5577f0000000000000000000000000000000000000000000000000000000000000000803b6105c557506102ee82610e5f565b916102fc6040519384610e2a565b808352602083019060051b82019136831161025557905b8282106105b5575050506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016916001600160401b037f0000000000000000000000000000000000000000000000000000000000000000169061037d8483610ed0565b6007810180911161048d5760031c80610397855184610ee3565b11610589575091926103a881610e76565b915f5b8281106105585750816103bd91610ed0565b935f918015905b82518410156104ef576103d78487610ee3565b805f5160206110985f395f51905f5201968754975f918360031b9380850460081490151715925b6008811084816104d7575b50156104b5578361048d578661041f8287610ee3565b906104a157869006610431818c610ea8565b519061043d8b8b610ea8565b518360051b928484046020148515171561048d576104668f9163ffffffff8094871c1690610ee3565b931c16820391821161048d5761047c908c610ea8565b525f19811461048d576001016103fe565b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b5096925090506001929897506104cb8286610ea8565b519055019294956103c4565b905061048d578b6104e88287610ee3565b1084610409565b84905f5b8181106104fc57005b6001600160401b0361050e8285610ea8565b511161054957600190805f5160206110b85f395f51905f52016001600160401b0381541661053c8387610ea8565b5160401b179055016104f3565b63302c526f60e01b5f5260045ffd5b5f5160206110b85f395f51905f52810154929594926001919060401c61057e8287610ea8565b5201949193946103ab565b61059582855190610ee3565b5f19810190811161048d576303585b9560e11b5f5260045260245260445ffd5b8135815260209182019101610313565b63de2ef7dd60e01b5f9081526001600160a01b0391909116600452602490fd5b63245aecd360e01b5f523360045260245ffd5b34610255575f3660031901126102555760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102555760403660031901126102555760205f5160206110985f395f51905f5263ffffffff6106a160043561069c6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016602435610ed0565b610ee3565b918260031c015460e06040519360051b161c168152f35b34610255575f3660031901126102555760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610255576040366003190112610255576004356001600160401b0381116102555761072b903690600401610dfa565b906024356001600160401b038116808203610255577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036108f6576001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690818110156108e1576107ac85610f08565b5f5160206110b85f395f51905f520180546001600160401b038116906001820180921161048d57866001600160401b036107e99260401c16610ee3565b6001600160401b03821180156108d1575b6105495760401b1790556001600160401b037f000000000000000000000000000000000000000000000000000000000000000016925f5160206110985f395f51905f525f935f935f9760051b935f5b85811061087a575b505050505050610862578261054957005b63411be2e760e11b5f5260070b60045260245260445ffd5b80820135898110156108bb579060019a858560209402019060e08260031c89019260051b169c8d9163ffffffff80855480951c1614179d1b01905501610849565b9750505050505050506001848080808080610851565b506001600160401b0381116107fa565b633be6bfe760e11b5f5260045260245260445ffd5b633ea726d160e11b5f523360045260245ffd5b34610255575f366003190112610255576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610255575f366003190112610255576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102555760203660031901126102555760405f5160206110b85f395f51905f5260043501546001600160401b038251918181168352831c166020820152f35b34610255575f3660031901126102555760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610255575f3660031901126102555760207f00000000000000000000000000000000000000000000000000000000000000003b1515604051908152f35b34610255576020366003190112610255576004356001600160401b03811161025557610a82903690600401610dfa565b5f90610a8d81610f08565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016906001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690610aec83610e76565b94610af684610e76565b925f5b858110610d8b57506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016915f5160206110985f395f51905f525f915f918660051b915f5b838110610cfa575b50505050610ce0575090610b6091610ed0565b5f5f915f905f5b878110610b82576020896001600160401b0360405191168152f35b6001600160401b03815f5160206110b85f395f51905f52015460401c16633b9aca00810290808204633b9aca00149015171561048d57610bc3838992610ee3565b87838d5f92600194815f925b610c515750505081610bfc610bf4610bee610c079695610c0295610ea8565b51610f53565b929097610ea8565b51610ee3565b610ef0565b83158015610c3d575b610c20575b505050600101610b67565b6001600160401b0384169b50909650909450925060018b80610c15565b50610c4c868989848688610f7f565b610c10565b925092509293945060018116610cb6575b60011c80610c7b575b80928f919287938e979695610bcf565b9190610c8a81610c8f92610ed0565b610f53565b90916001600160ff1b038116810361048d578391610caf9160011b610ee3565b9250610c6b565b92610cda90610cd4610ccc610c8a858799610ed0565b979097610ee3565b90610ee3565b92610c62565b905063411be2e760e11b5f5260070b60045260245260445ffd5b8a8183013589811015610d7857025f8e5b8d8210610d1d57505050602001610b45565b906001918d828501908c633b9aca0063ffffffff8460031c8c015460e089890160051b8098019660051b161c160201825102928360a01c610d63575b505052018e610d0b565b909260401c9201604081510190528e5f610d59565b9650505050505050600189808080610b4d565b6001906001600160401b03815f5160206110b85f395f51905f52015416610db2828b610ea8565b5201610af9565b34610255575f366003190112610255576020906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b9181601f84011215610255578235916001600160401b038311610255576020808501948460051b01011161025557565b90601f801991011681019081106001600160401b03821117610e4b57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b038111610e4b5760051b60200190565b90610e8082610e5f565b610e8d6040519182610e2a565b8281528092610e9e601f1991610e5f565b0190602036910137565b8051821015610ebc5760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b8181029291811591840414171561048d57565b9190820180921161048d57565b81810392915f13801582851316918412161761048d57565b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690818111610f3e575050565b63bb85e9db60e01b5f5260045260245260445ffd5b90600160801b8210610f7b57610f688261102a565b607e1981019290831161048d57821c9190565b5f90565b610f9592939594610f8f91610ed0565b94610ed0565b91831561102257821561101957610fab91610ef0565b610fb48361102a565b818101905f838312911290801582169115161761048d57610fd48361102a565b908181036110115750505f81121561100c57600160ff1b811461048d575f0382811c9180830361100557501b141590565b9250501190565b1c1090565b139392505050565b50505050600190565b505050505f90565b6fffffffffffffffffffffffffffffffff811160071b6001600160401b0382821c1160061b1763ffffffff82821c1160051b1761ffff82821c1160041b1760ff82821c1160031b17600f82821c1160021b17906d010102020202030303030303030360801b90821c1a179056fef0c8ff37a581c5d0cf545d24aa558975912ec4fd9fa84312df76227a1017fe669907b9137c53433a541de4699a47294a0ef286accbbf033bf7c31343717a325d9907b9137c53433a541de4699a47294a0ef286accbbf033bf7c31343717a325d",
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

// PointsMetaData contains all meta data concerning the Points contract.
var PointsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIClassifier\",\"name\":\"model_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"encoder_\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"refundWait_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"addData\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"contribution\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"deposit\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"claimable\",\"type\":\"uint96\"},{\"internalType\":\"uint40\",\"name\":\"id\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"numClaims\",\"type\":\"uint16\"}],\"internalType\":\"structTrainer.Contribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"contributionKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"encoder\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"hasReported\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastAddTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"model\",\"outputs\":[{\"internalType\":\"contractIClassifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextAddDataCost\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numContributions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numGood\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refundWait\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"report\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalGood\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"AddData\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refund\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Report\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalPending\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"AlreadyReported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"AlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"CannotReportOwnContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"DepositTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"DuplicateContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"ModelAgrees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"ModelBoundElsewhere\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"ModelDisagrees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"NoGoodContributions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"UnknownContribution\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroModel\",\"type\":\"error\"}]",
	ID:  "ecb218e84245eb032ec109b4584917518d",
	Bin: "0x60c0806040523461065657611af9803803809161001c828561065a565b8339810160a082820312610656578151916001600160a01b0383168084036106565760208201516001600160401b038111610656578361005d91840161067d565b60408301519094906001600160401b038111610656578461007f91850161067d565b60608401519094906001600160401b038111610656576080916100a391860161067d565b9301519163ffffffff83168303610656573315610643575f8054336001600160a01b03198216811783556040519290916001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a381156106345763bab861c160e01b8152602081600481855afa90811561060a575f91610615575b50306001600160a01b0390911603610594575060805283516001600160401b0381116103b457600254600181811c9116801561058a575b602082101461039657601f811161051c575b50602094601f82116001146104b9579481929394955f926104ae575b50508160011b915f199060031b1c1916176002555b82516001600160401b0381116103b457600354600181811c911680156104a4575b602082101461039657601f8111610436575b506020601f82116001146103d357819293945f926103c8575b50508160011b915f199060031b1c1916176003555b81516001600160401b0381116103b457600454600181811c911680156103aa575b602082101461039657601f8111610328575b50602092601f82116001146102c757928192935f926102bc575b50508160011b915f199060031b1c1916176004555b64ffffffffff421664ffffffffff19600154161760015560a05260405161140790816106f2823960805181818161035201528181610bec0152611382015260a0518181816104ec015281816107cf0152610de90152f35b015190505f80610250565b601f1982169360045f52805f20915f5b86811061031057508360019596106102f8575b505050811b01600455610265565b01515f1960f88460031b161c191690555f80806102ea565b919260206001819286850151815501940192016102d7565b818111156102365760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b6020841061038e575b81601f9101920160051c03905f5b828110610381575050610236565b5f82820155600101610373565b5f9150610365565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610224565b634e487b7160e01b5f52604160045260245ffd5b015190505f806101ee565b601f1982169060035f52805f20915f5b81811061041e57509583600195969710610406575b505050811b01600355610203565b01515f1960f88460031b161c191690555f80806103f8565b9192602060018192868b0151815501940192016103e3565b818111156101d55760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b6020841061049c575b81601f9101920160051c03905f5b82811061048f5750506101d5565b5f82820155600101610481565b5f9150610473565b90607f16906101c3565b015190505f8061018d565b601f1982169560025f52805f20915f5b888110610504575083600195969798106104ec575b505050811b016002556101a2565b01515f1960f88460031b161c191690555f80806104de565b919260206001819286850151815501940192016104c9565b818111156101715760025f52601f820160051c7f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace60208410610582575b81601f9101920160051c03905f5b828110610575575050610171565b5f82820155600101610567565b5f9150610559565b90607f169061015f565b60206004916040519283809263bab861c160e01b82525afa90811561060a575f916105db575b5063fd3058a760e01b5f9081526001600160a01b0391909116600452602490fd5b6105fd915060203d602011610603575b6105f5818361065a565b8101906106d2565b816105ba565b503d6105eb565b6040513d5f823e3d90fd5b61062e915060203d602011610603576105f5818361065a565b5f610128565b633c23327160e11b5f5260045ffd5b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176103b457604052565b81601f82011215610656578051906001600160401b0382116103b457604051926106b1601f8401601f19166020018561065a565b8284526020838301011161065657815f9260208093018386015e8301015290565b9081602091031261065657516001600160a01b0381168103610656579056fe60806040526004361015610011575f80fd5b5f5f3560e01c806233786914610d9157806306df141614610cd657806306fdde0314610c1b5780630ad9d05214610bd75780631394e44714610ae65780631a416f9514610a4e57806347f6acf114610a2557806351cff8d914610961578063547d0c1d146109235780635484f311146107575780635f7066a21461070b578063630b4989146106e45780636f481986146106c0578063715018a6146106695780637284e416146105655780638da5cb5b1461053e5780639c95155214610510578063b35d64b1146104d0578063b59ec9a4146104ac578063b7754479146101cc578063f2fde38b146101465763f3f437031461010b575f80fd5b34610143576020366003190112610143576020906040906001600160a01b0361013261112f565b168152600883522054604051908152f35b80fd5b50346101435760203660031901126101435761016061112f565b6101686113c0565b6001600160a01b031680156101b85781546001600160a01b03198116821783556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b631e4fbdf760e01b82526004829052602482fd5b5060403660031901126104a8576004356001600160401b0381116104a8576101f89036906004016110e9565b610200611119565b91610209611293565b60015461021d64ffffffffff821642611258565b5061022b3342868686611265565b90815f52600560205264ffffffffff60405f205460c01c1661049557600164ffffffffff8260281c16019064ffffffffff82116104815769ffffffffffffffffffff1916602882901b69ffffffffff000000000016174264ffffffffff16176001556040519161029a836111ce565b5f835260208301915f835264ffffffffff604085019116815260608401915f83525f5260056020526001600160601b0360405f20945116928454906001600160601b0360601b905160601b169164ffffffffff60c01b905160c01b169261ffff60e81b905160e81b169361ffff60e81b199162ffffff60e81b1617161717179055604051905f808460051b9363bd7a1d6160e01b815260406004820152866024820152856044820152848460648301376064850190827f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af11561047657906040519260031b9383524260208401525f60408401526080606084015283608084015260a08301908201915b82811061046157505050805f60a0847f50f669f5a0ece43ceb160770b56b666d95759ae9b923b7c3c846290dc666fdcc940101523392601f801991011660a00190a234610409575b805f5160206113e75f395f51905f525d80f35b505f5f80808034335af16103f657335f52600860205260405f2061042e348254611345565b90556040513481527f31b5a21eaa66e072a85415f32552ffd06f73ac2b42f41a3f31c4e19a5ed87e2960203392a26103f6565b6020816008923560c01b8452019101906103ae565b6040513d5f823e3d90fd5b634e487b7160e01b5f52601160045260245ffd5b5063059ef18960e51b5f5260045260245ffd5b5f80fd5b346104a85760206104c86104bf36611145565b93929092611265565b604051908152f35b346104a8575f3660031901126104a857602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346104a8575f3660031901126104a85761053364ffffffffff6001541642611258565b5060206040515f8152f35b346104a8575f3660031901126104a8575f546040516001600160a01b039091168152602090f35b346104a8575f3660031901126104a8576040515f6003548060011c9060018116801561065f575b60208310811461064b5782855290811561062757506001146105c9575b6105c5836105b9818503826111e9565b6040519182918261120a565b0390f35b60035f9081527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b939250905b80821061060d575090915081016020016105b96105a9565b9192600181602092548385880101520191019092916105f5565b60ff191660208086019190915291151560051b840190910191506105b990506105a9565b634e487b7160e01b5f52602260045260245ffd5b91607f169161058c565b346104a8575f3660031901126104a8576106816113c0565b5f80546001600160a01b0319811682556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b346104a8575f3660031901126104a857602064ffffffffff60015416604051908152f35b346104a8575f3660031901126104a857602064ffffffffff60015460281c16604051908152f35b346104a85760203660031901126104a8576004356001600160401b0381116104a85761074661074060209236906004016110e9565b90611352565b6001600160401b0360405191168152f35b346104a85760603660031901126104a8576004356001600160401b0381116104a8576107879036906004016110e9565b90610790611119565b60443561079b611293565b61ffff60606107c06107b03385878a8a611265565b966107ba886112c8565b96611352565b940151166109105763ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906107fa8282611345565b42106108ef5750506001600160401b038091169116036108dd57805f5260056020525f6040812055335f52600660205260405f20600163ffffffff8254160163ffffffff81116104815763ffffffff1663ffffffff1982541617905560015460016001600160401b038260501c16016001600160401b038111610481576001600160401b0360501b9060501b16906001600160401b0360501b1916176001556040519081525f60208201527f64da132aea58cbf2ea0cd8c4b425e12fc1445cfb70d83968693317cf593c8df560403392a25f5f5160206113e75f395f51905f525d005b638599d06960e01b5f5260045260245ffd5b84916108fa91611345565b9063d47800eb60e01b5f5260045260245260445ffd5b836358cb522560e11b5f5260045260245ffd5b346104a85760203660031901126104a8576001600160a01b0361094461112f565b165f526006602052602063ffffffff60405f205416604051908152f35b346104a85760203660031901126104a8576004356001600160a01b038116908190036104a85761098f611293565b335f52600860205260405f2054908115610a1257335f5260086020525f6040812055806040518381527f2717ead6b9200dd235aad468c9809ea400fe33ac69b5bfaa6d3e90fc922b639860203392a35f80808085855af1156109fd575f5f5160206113e75f395f51905f525d005b630e21dcbb60e11b5f5260045260245260445ffd5b636e34ee0b60e11b5f523360045260245ffd5b346104a8575f3660031901126104a85760206001600160401b0360015460501c16604051908152f35b346104a85760203660031901126104a857610a67611234565b506004355f526005602052608060405f2061ffff60405191610a88836111ce565b5464ffffffffff6001600160601b038216938481526001600160601b0360208201818560601c1681528560606040850194868860c01c168652019560e81c168552604051968752511660208601525116604084015251166060820152f35b346104a85760403660031901126104a8576024356001600160a01b038116908190036104a8576020906004355f526005825264ffffffffff60405f205460c01c168015159182610b3d575b50506040519015158152f35b809192505f526006835264ffffffffff60405f209160405192610b5f8461119f565b549263ffffffff841681526040868201918486891c168352019360481c845260b885049283915116145f14610bb2575050516001600160b81b03165b600160b88180821b0393061b161615158280610b31565b5f90815260078552604080822092825291855220546001600160b81b03169050610b9b565b346104a8575f3660031901126104a8576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346104a8575f3660031901126104a8576040515f6002548060011c90600181168015610ccc575b60208310811461064b578285529081156106275750600114610c6e576105c5836105b9818503826111e9565b60025f9081527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace939250905b808210610cb2575090915081016020016105b96105a9565b919260018160209254838588010152019101909291610c9a565b91607f1691610c42565b346104a8575f3660031901126104a8576040515f6004548060011c90600181168015610d87575b60208310811461064b578285529081156106275750600114610d29576105c5836105b9818503826111e9565b60045f9081527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b939250905b808210610d6d575090915081016020016105b96105a9565b919260018160209254838588010152019101909291610d55565b91607f1691610cfd565b346104a857610d9f36611145565b909391610daa611293565b610db78286838787611265565b93610dc1856112c8565b93606085019361ffff8551166110d6576001600160a01b0316963388146110c35763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690610e148282611345565b42106110b8575050610e2f6001600160401b03928392611352565b92169116146110a557335f52600660205260405f209060405191610e528361119f565b549163ffffffff831692838252602082019364ffffffffff8260201c168552604083019160481c82521561109257604085019364ffffffffff855116600160b880830492061b908064ffffffffff84511603611017575b50825181166001600160b81b03166110005782516001600160b81b039182169116178252335f90815260066020908152604090912093519151925168ffffffffffffffffff1960489190911b1663ffffffff90921668ffffffffff0000000093821b939093169290921717909155830180519092906001600160601b0390811690811161048157835261ffff82511661ffff81145f14610feb5761ffff905b168252845f5260056020526001600160601b0360405f20945116928454906001600160601b0360601b905160601b169164ffffffffff60c01b905160c01b169261ffff60e81b905160e81b169361ffff60e81b199162ffffff60e81b1617161717179055604051905f82527f9023006708b25d5f7c1242af7844cf710d70a106dffdcab80b132e341d73dd8d60203393a45f5f5160206113e75f395f51905f525d005b60010161ffff81116104815761ffff90610f48565b87631399fa2f60e21b5f526004523360245260445ffd5b83516001600160b81b03168061105a575b5064ffffffffff81168352335f52600760205260405f20905f5260205260018060b81b0360405f205416835289610ea9565b335f52600760205260405f2064ffffffffff8551165f5260205260405f209068ffffffffffffffffff60b81b8254161790558a611028565b63186f7c9d60e21b5f523360045260245ffd5b826379c411fd60e01b5f5260045260245ffd5b87916108fa91611345565b86636460268d60e01b5f5260045260245ffd5b866358cb522560e11b5f5260045260245ffd5b9181601f840112156104a8578235916001600160401b0383116104a8576020808501948460051b0101116104a857565b602435906001600160401b03821682036104a857565b600435906001600160a01b03821682036104a857565b60806003198201126104a857600435906001600160401b0382116104a85761116f916004016110e9565b90916024356001600160401b03811681036104a85790604435906064356001600160a01b03811681036104a85790565b606081019081106001600160401b038211176111ba57604052565b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b038211176111ba57604052565b90601f801991011681019081106001600160401b038211176111ba57604052565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b60405190611241826111ce565b5f6060838281528260208201528260408201520152565b9190820391821161048157565b919093602890603c946040519660051b809588378487019360c01b8452600884015260601b91015201902090565b5f5160206113e75f395f51905f525c6112b95760015f5160206113e75f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b906112d1611234565b50815f52600560205260405f2091604051926112ec846111ce565b54926001600160601b03841681526001600160601b038460601c16602082015261ffff64ffffffffff8560c01c169485604084015260e81c16606082015292156113335750565b6344e139b960e01b5f5260045260245ffd5b9190820180921161048157565b6020915f91604051918060051b918291632fb8335160e11b855286600486015260248501526044840137604401907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f519015610476576001600160401b031690565b5f546001600160a01b031633036113d357565b63118cdaa760e01b5f523360045260245ffdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
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
	Trainer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelBoundElsewhere(address trainer)
func PointsModelBoundElsewhereErrorID() common.Hash {
	return common.HexToHash("0xfd3058a717190eb3a87ec2efb4c9cfd78a0fd137007c23aebfb7dff1d4a32f16")
}

// UnpackModelBoundElsewhereError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelBoundElsewhere(address trainer)
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

// SparseNearestCentroidMetaData contains all meta data concerning the SparseNearestCentroid contract.
var SparseNearestCentroidMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"},{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64[]\",\"name\":\"counts\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"distances\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"d\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isSealed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"best\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setSumWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"sum\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"CountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"EmptyClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"IndicesNotIncreasing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LaneOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"MalformedValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatureIndices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "6d6d3671d22e87352c952dce7361dd8605",
	Bin: "0x6101206040523461080c5761194e8038038061001a81610899565b92833981019060c08183031261080c5780516001600160a01b0381169081810361080c5760208301516001600160401b03811161080c5783019184601f8401121561080c5782519161007361006e846108be565b610899565b93602085858152016020819560051b8301019188831161080c5760208101915b83831061082857505050506100aa604086016108d5565b906100b7606087016108d5565b60808701519093906001600160401b03811161080c5787019688601f8901121561080c578751976100ea61006e8a6108be565b986020808b838152019160051b830101918b831161080c57602001905b8282106108105750505060a0810151906001600160401b03821161080c57019780601f8a01121561080c57885161014061006e826108be565b996020808c848152019260051b82010192831161080c57602001905b8282106107fc57505050156107ed578451156107de5784516201000081116107c557506001600160401b038216801580156107b4575b6107a55760016001603f1b0381116107835750336080526101005283516001600160401b031660a05260c05260e0528151906801000000000000000082116106f1575f54825f55808310610705575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56392915b8282106105d4575050505081519051908181036105bf5750505f5b81518110156102d6576001600160401b0361024082846108e9565b5116156102c457650100000000006001600160401b0361026083856108e9565b51161015610297576001905f51602061192e5f395f51905f52816001600160401b0361028c82876108e9565b511691015501610225565b906001600160401b03906102ac9083906108e9565b5116906345a52f8760e01b5f5260045260245260445ffd5b632195894b60e01b5f5260045260245ffd5b60a05160c05184916001600160401b0391821691168181029180159083048214171561043857600382018083116104385760021c8084511161059d57508061032161006e85936108be565b81815290601f19610331826108be565b013660208401375f5b81811061056e57505f9080155b845183101561049b57827f5a696dd7560c448ed7ca26ed090510b9d757e7c007fe94996a4a1b2a86944b76018054935f968160021b9282840460041483151715985b600481108a81610483575b5015610460576103a484846108e9565b518160061b82810460401483151715610438576001600160401b038a821c8116600790810b9390921c16900b8b6104385787906103e18489610964565b9161044c5761040d610414916104076103ff8f958e900680966108e9565b519180610971565b90610964565b9280610971565b820391821161043857610427908b6108e9565b525f19811461043857600101610389565b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b50919250979650600192945061047682896108e9565b5190550191949394610347565b9050610438578a6104948287610964565b108a610394565b83825f5b81811061053757604051610f9a9081610994823960805181818161063701526107ed015260a0518181816102cd015281816103d50152818161075c015281816108850152610c54015260c051818181610275015281816108b301528181610e650152610f31015260e0518181816103320152610e1501526101005181818161039d015281816105f30152818161067a015261081d0152f35b5f51602061192e5f395f51905f528101805460019291906001600160401b031661056183876108e9565b5160401b1790550161049f565b5f51602061192e5f395f51905f528101549394936001919060401c61059382866108e9565b520193929361033a565b83515f198101908111610438576303585b9560e11b5f5260045260245260445ffd5b6355c5b3e360e11b5f5260045260245260445ffd5b80518051906001600160401b0382116106f1576105f18654610911565b601f81116106ae575b50602090601f83116001146106455792826001949360209386955f9261063a575b50505f19600383901b1c191690841b1787555b0194019101909261020a565b015190505f8061061b565b90601f19831691875f52815f20925f5b818110610696575093602093600196938796938388951061067e575b505050811b01875561062e565b01515f1960f88460031b161c191690555f8080610671565b92936020600181928786015181550195019301610655565b828111156105fa576106e390875f5260205f2090601f850160051c90602086106106e9575b601f82910160051c039101610949565b5f6105fa565b5f91506106d3565b634e487b7160e01b5f52604160045260245ffd5b5f8052828060205f20019103905f5b8281106107225750506101e1565b8060019183016107328154610911565b9081610741575b505001610714565b81601f5f931185146107575750555b5f80610739565b8183526020832061077391601f0160051c841901908601610949565b8082528160208120915555610750565b631d0a257560e21b5f90815260049190915260016001603f1b03602452604490fd5b631f937a9760e01b5f5260045ffd5b506001600160401b03841615610192565b631f89af4360e01b5f526004526201000060245260445ffd5b6360620dcf60e11b5f5260045ffd5b6386dbdd8360e01b5f5260045ffd5b815181526020918201910161015c565b5f80fd5b6020809161081d846108d5565b815201910190610107565b82516001600160401b03811161080c5782018a603f8201121561080c576020810151916001600160401b0383116106f15761086c601f8401601f1916602001610899565b8381526040838501018d1061080c575f602085819660408397018386015e83010152815201920191610093565b6040519190601f01601f191682016001600160401b038111838210176106f157604052565b6001600160401b0381116106f15760051b60200190565b51906001600160401b038216820361080c57565b80518210156108fd5760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b90600182811c9216801561093f575b602083101461092b57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610920565b5f5b82811061095757505050565b5f8282015560010161094b565b9190820180921161043857565b81810292915f8212600160ff1b8214166104385781840514901517156104385756fe60806040526004361015610011575f80fd5b5f3560e01c80631659f234146107b75780633b3546c81461078057806343e13a701461073d5780635f7066a2146106a4578063631f9852146106665780638da5cb5b14610622578063bab861c1146105de578063bb551b5314610561578063bd7a1d6114610356578063c6f698c314610313578063cad0899b14610299578063e6941b4a146102565763f2e05914146100a8575f80fd5b34610252575f366003190112610252575f546100c381610b8f565b906100d16040519283610b5a565b8082525f80805260208301917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56391835b82821061018557848660405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061013f57505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f801991011601019601920192018594939192610130565b6040515f85548060011c90600181168015610248575b6020831081146102345782855290811561021157506001146101da575b50600192826101cc85946020940382610b5a565b815201940191019092610101565b5f878152602081209092505b8183106101fb575050810160200160016101b8565b60018160209254838688010152019201916101e6565b60ff191660208581019190915291151560051b84019091019150600190506101b8565b634e487b7160e01b5f52602260045260245ffd5b91607f169161019b565b5f80fd5b34610252575f3660031901126102525760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102525760403660031901126102525760205f516020610f7a5f395f51905f526102fa6004356102f56001600160401b037f000000000000000000000000000000000000000000000000000000000000000016602435610deb565b610dfe565b908160021c015460c06040519260061b161c60070b8152f35b34610252575f3660031901126102525760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610252576040366003190112610252576004356001600160401b03811161025257610386903690600401610b2a565b6024356001600160401b03811691828203610252577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361054e576001600160401b037f00000000000000000000000000000000000000000000000000000000000000001693848410156105365761040782610e0b565b835f516020610f5a5f395f51905f520194855460016001600160401b038216016001600160401b038111610522576001600160401b0316956501000000000087101561050b575060401c9361045c8484610e56565b908061050457505f959460051b935f516020610f7a5f395f51905f52939150865b8581106104a3578989888a6104945760401b179055005b63903651ab60e01b5f5260045ffd5b808484602093850135020160c08160021c88019160061b1681546001600160401b0380633b9aca0083851c60070b01809e818060070b1415179d670de0b6b3a763ffff199163773594000201019d16831b921b19161790550196959661047d565b8585610ef4565b86906345a52f8760e01b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b505050633be6bfe760e11b5f5260045260245260445ffd5b633ea726d160e11b5f523360045260245ffd5b34610252576020366003190112610252576004356001600160401b0381116102525761059461059a913690600401610b2a565b90610c3e565b6040518091602082016020835281518091526020604084019201905f5b8181106105c5575050500390f35b82518452859450602093840193909201916001016105b7565b34610252575f366003190112610252576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610252575f366003190112610252576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610252575f3660031901126102525760207f00000000000000000000000000000000000000000000000000000000000000003b1515604051908152f35b34610252576020366003190112610252576004356001600160401b038111610252576106d76106df913690600401610b2a565b5f9291610c3e565b60015b8151811015610729576106f58183610ba6565b516107096001600160401b03851684610ba6565b5111610718575b6001016106e2565b6001600160401b0381169250610710565b6020836001600160401b0360405191168152f35b34610252575f3660031901126102525760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102525760203660031901126102525760206001600160401b035f516020610f5a5f395f51905f52600435015416604051908152f35b34610252576040366003190112610252576004356024356001600160401b038111610252576107ea903690600401610b2a565b907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610b17577f0000000000000000000000000000000000000000000000000000000000000000803b610af7575061084c82610b8f565b9161085a6040519384610b5a565b808352602083019060051b82019136831161025257905b828210610ae7575050506001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166108d8816001600160401b037f000000000000000000000000000000000000000000000000000000000000000016610deb565b91600383018084116105225760021c806108f3835187610dfe565b11610abb575061090582949394610bce565b915f5b818110610a8c575080155f5b8351811015610a4a576109278187610dfe565b90815f516020610f7a5f395f51905f5201948554955f988460021b9480860460041490151715995b600481108b81610a32575b5015610a115761096a8585610ba6565b518160061b82810460401483151715610522576001600160401b038b818f94841c1660070b921c1660070b916105225788906109a6848a610dfe565b916109fd576109d26109d9916109cc8f948e6109c491068096610ba6565b519180610c1c565b90610dfe565b9280610c1c565b8203918211610522576109ec908c610ba6565b525f1981146105225760010161094f565b634e487b7160e01b5f52601260045260245ffd5b5099985090955060019250610a268287610ba6565b51905501959495610914565b9050610522578b610a438288610dfe565b108b61095a565b84835f5b818110610a5757005b600190805f516020610f5a5f395f51905f52016001600160401b03815416610a7f8387610ba6565b5160401b17905501610a4e565b5f516020610f5a5f395f51905f528101549495946001919060401c610ab18287610ba6565b5201949394610908565b610ac785835190610dfe565b5f198101908111610522576303585b9560e11b5f5260045260245260445ffd5b8135815260209182019101610871565b63de2ef7dd60e01b5f9081526001600160a01b0391909116600452602490fd5b63245aecd360e01b5f523360045260245ffd5b9181601f84011215610252578235916001600160401b038311610252576020808501948460051b01011161025257565b90601f801991011681019081106001600160401b03821117610b7b57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b038111610b7b5760051b60200190565b8051821015610bba5760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b90610bd882610b8f565b610be56040519182610b5a565b8281528092610bf6601f1991610b8f565b0190602036910137565b90633b9aca00820291808305633b9aca00149015171561052257565b81810292915f8212600160ff1b82141661052257818405149015171561052257565b919091610c4a83610e0b565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016610c7d81610b8f565b91610c8b6040519384610b5a565b818352601f19610c9a83610b8f565b01366020850137610cab8582610e56565b9080610de45750505f516020610f7a5f395f51905f528560051b915f5b838110610d9f5750505050610cdc81610bce565b935f5b828110610cec5750505050565b805f516020610f5a5f395f51905f520154906001600160401b038216610d26610d21610d2183610d1c8189610c1c565b610c1c565b610c00565b92610d49610d38836377359400610c1c565b610d42858a610ba6565b5190610c1c565b935f85820395128186128116918613901516176105225760401c925f84820194851291129080158216911516176105225780610d8491610c1c565b80156109fd5760019204610d988289610ba6565b5201610cdf565b8481830135025f5b868110610db8575050602001610cc8565b80600191830182820160051b8a019060c08160021c8901549160061b161c60070b815101905201610da7565b8683610ef4565b8181029291811591840414171561052257565b9190820180921161052257565b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690818111610e41575050565b63bb85e9db60e01b5f5260045260245260445ffd5b915f925f926001600160401b037f000000000000000000000000000000000000000000000000000000000000000016905f9060051b925f915b848310610e9e575b5050505050565b828201359084821015610eda5781111583151516610ec157602090920191610e8f565b505094505050905060029160051c905f80808080610e97565b50505094505050905060019160051c905f80808080610e97565b916001915014610f1157506305d7846560e01b5f5260045260245ffd5b9063411be2e760e11b5f5260051b013560070b6004526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660245260445ffdfe1262c48337e7214e86e5b0dfe661f9ad22cbe57b96818fb98fae07cd33d7e9bd5a696dd7560c448ed7ca26ed090510b9d757e7c007fe94996a4a1b2a86944b761262c48337e7214e86e5b0dfe661f9ad22cbe57b96818fb98fae07cd33d7e9bd",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"},{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"int64\",\"name\":\"intercept_\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"learningRate_\",\"type\":\"int64\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"intercept\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isSealed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"learningRate\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"score\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"s\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setWeightWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"weight\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"learningRate\",\"type\":\"int64\"}],\"name\":\"InvalidLearningRate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LaneOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"MalformedValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatureIndices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "ed7785349e13270dd306968dd1557272c6",
	Bin: "0x6101606040523461058f576111938038038061001a81610604565b92833981019060e08183031261058f5780516001600160a01b0381169081810361058f5760208301516001600160401b03811161058f5783019084601f8301121561058f5781519061007361006e83610629565b610604565b92602084848152016020819460051b8301019188831161058f5760208101915b83831061059357505050506100aa60408601610640565b6100b660608701610640565b916100c360808801610654565b956100d060a08901610654565b60c089015190986001600160401b03821161058f57019880601f8b01121561058f57895161010061006e82610629565b9a6020808d848152019260051b82010192831161058f57602001905b82821061057f5750505015610570578451156105615784516002811161035957506001600160401b03821680158015610550575b6105415760016001603f1b03811161051f5750336080526101005283516001600160401b031660a05260c05260e05281519068010000000000000000821161048d575f54825f558083106104a1575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56392915b8282106103705750505050516002810361035957508160070b5f8113156103475750610120526101405260018060401b0360c05116600381018091116103335760021c8082511161031157505f5b815181101561027357815181101561025f5780602060019260051b84010151817f5ad52a345f583db8e82d49a8b12b96221aedb703a6b2a1999b37e3a8050fbceb015501610216565b634e487b7160e01b5f52603260045260245ffd5b604051610add90816106b6823960805181818161040e01526105c7015260a0518181816104f20152610965015260c0518181816102bc0152818161065f015261084c015260e0518181816102ff01526107f4015261010051818181610369015281816103ca0152818161045101526105f701526101205181818161056a015261081f01526101405181818161052d015281816109b70152610a560152f35b90515f198101908111610333576303585b9560e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b632dc4541360e21b5f5260045260245ffd5b631f89af4360e01b5f52600452600260245260445ffd5b80518051906001600160401b03821161048d5761038d8654610662565b601f811161044a575b50602090601f83116001146103e15792826001949360209386955f926103d6575b50505f19600383901b1c191690841b1787555b019401910190926101c8565b015190505f806103b7565b90601f19831691875f52815f20925f5b818110610432575093602093600196938796938388951061041a575b505050811b0187556103ca565b01515f1960f88460031b161c191690555f808061040d565b929360206001819287860151815501950193016103f1565b828111156103965761047f90875f5260205f2090601f850160051c9060208610610485575b601f82910160051c03910161069a565b5f610396565b5f915061046f565b634e487b7160e01b5f52604160045260245ffd5b5f8052828060205f20019103905f5b8281106104be57505061019f565b8060019183016104ce8154610662565b90816104dd575b5050016104b0565b81601f5f931185146104f35750555b5f806104d5565b8183526020832061050f91601f0160051c84190190860161069a565b80825281602081209155556104ec565b631d0a257560e21b5f90815260049190915260016001603f1b03602452604490fd5b631f937a9760e01b5f5260045ffd5b506001600160401b03841615610150565b6360620dcf60e11b5f5260045ffd5b6386dbdd8360e01b5f5260045ffd5b815181526020918201910161011c565b5f80fd5b82516001600160401b03811161058f5782018a603f8201121561058f576020810151916001600160401b03831161048d576105d7601f8401601f1916602001610604565b8381526040838501018d1061058f575f602085819660408397018386015e83010152815201920191610093565b6040519190601f01601f191682016001600160401b0381118382101761048d57604052565b6001600160401b03811161048d5760051b60200190565b51906001600160401b038216820361058f57565b51908160070b820361058f57565b90600182811c92168015610690575b602083101461067c57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610671565b5f5b8281106106a857505050565b5f8282015560010161069c56fe60806040526004361015610011575f80fd5b5f3560e01c80630fae52f41461077a57806315c0472c1461059057806319c13767146105535780633766bf191461051657806343e13a70146104d35780635f7066a21461047b578063631f98521461043d5780638da5cb5b146103f9578063bab861c1146103b5578063bd7a1d6114610323578063c6f698c3146102e0578063e6941b4a1461029d578063f2e05914146100f35763f8e27f93146100b3575f80fd5b346100ef5760203660031901126100ef5760206004355f516020610abd5f395f51905f528160021c015460c06040519260061b161c60070b8152f35b5f80fd5b346100ef575f3660031901126100ef575f5461010e81610941565b9061011c604051928361090c565b8082525f80805260208301917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56391835b8282106101d057848660405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061018a57505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f80199101160101960192019201859493919261017b565b6040515f85548060011c90600181168015610293575b60208310811461027f5782855290811561025c5750600114610225575b50600192826102178594602094038261090c565b81520194019101909261014c565b5f878152602081209092505b81831061024657505081016020016001610203565b6001816020925483868801015201920191610231565b60ff191660208581019190915291151560051b8401909101915060019050610203565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101e6565b346100ef575f3660031901126100ef5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100ef575f3660031901126100ef5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100ef5760403660031901126100ef576004356001600160401b0381116100ef576103539036906004016107b7565b602435906001600160401b03821682036100ef577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036103a2576103a092610958565b005b633ea726d160e11b5f523360045260245ffd5b346100ef575f3660031901126100ef576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100ef575f3660031901126100ef576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100ef575f3660031901126100ef5760207f00000000000000000000000000000000000000000000000000000000000000003b1515604051908152f35b346100ef5760203660031901126100ef576004356001600160401b0381116100ef576104b56104af5f9236906004016107b7565b906107e7565b13156104cb57602060015b60ff60405191168152f35b60205f6104c0565b346100ef575f3660031901126100ef5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100ef575f3660031901126100ef5760206040517f000000000000000000000000000000000000000000000000000000000000000060070b8152f35b346100ef575f3660031901126100ef5760206040517f000000000000000000000000000000000000000000000000000000000000000060070b8152f35b346100ef5760403660031901126100ef576004356024356001600160401b0381116100ef576105c39036906004016107b7565b91907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610767577f0000000000000000000000000000000000000000000000000000000000000000803b610747575061062683610941565b92610634604051948561090c565b808452602084019060051b8201913683116100ef57905b828210610737575050506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016600381018091116107235760021c80610699845184610aaf565b116106f757505f5b82518110156103a0575f516020610abd5f395f51905f52906106c38184610aaf565b9184518210156106e35760019260208360051b87010151910155016106a1565b634e487b7160e01b5f52603260045260245ffd5b61070382845190610aaf565b5f198101908111610723576303585b9560e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b813581526020918201910161064b565b63de2ef7dd60e01b5f9081526001600160a01b0391909116600452602490fd5b63245aecd360e01b5f523360045260245ffd5b346100ef5760203660031901126100ef576004356001600160401b0381116100ef576107af6104af60209236906004016107b7565b604051908152f35b9181601f840112156100ef578235916001600160401b0383116100ef576020808501948460051b0101116100ef57565b9190916001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168084116108f65750917f000000000000000000000000000000000000000000000000000000000000000060070b926001600160401b037f000000000000000000000000000000000000000000000000000000000000000016915f915f915f516020610abd5f395f51905f529060051b5f925b8184106108b2575b5050505061089a575050565b63411be2e760e11b5f5260070b60045260245260445ffd5b9091929788820135878110156108e357908160c060209360021c8701549160061b161c60070b019801929190610886565b955097505050505060015f80808061088e565b8363bb85e9db60e01b5f5260045260245260445ffd5b90601f801991011681019081106001600160401b0382111761092d57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b03811161092d5760051b60200190565b90916001600160401b03807f00000000000000000000000000000000000000000000000000000000000000001691169080821015610a9957505f61099c84846107e7565b1315610a90578060ff60015b1614610a8b57600103610a54577f000000000000000000000000000000000000000000000000000000000000000060070b915b5f925f516020610abd5f395f51905f529160051b925f5b848110610a13575050505050610a0457565b63903651ab60e01b5f5260045ffd5b8060209183013560c08160021c87019160061b1681546001600160401b03808883851c60070b019b8c8060070b1415179b16831b921b1916179055016109f2565b7f000000000000000000000000000000000000000000000000000000000000000060070b600160ff1b8114610723575f03916109db565b505050565b8060ff5f6109a8565b90633be6bfe760e11b5f5260045260245260445ffd5b919082018092116107235756fe5ad52a345f583db8e82d49a8b12b96221aedb703a6b2a1999b37e3a8050fbceb",
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
// Solidity: constructor(address trainer_, string[] names, uint64 numFeatures_, uint64 maxFeatures_, int64 intercept_, int64 learningRate_, uint256[] firstWords) returns()
func (sparsePerceptron *SparsePerceptron) PackConstructor(trainer_ common.Address, names []string, numFeatures_ uint64, maxFeatures_ uint64, intercept_ int64, learningRate_ int64, firstWords []*big.Int) []byte {
	enc, err := sparsePerceptron.abi.Pack("", trainer_, names, numFeatures_, maxFeatures_, intercept_, learningRate_, firstWords)
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
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["InvalidLearningRate"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackInvalidLearningRateError(raw[4:])
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
