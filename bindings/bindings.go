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
	Refunded  bool
}

// DenseNearestCentroidMetaData contains all meta data concerning the DenseNearestCentroid contract.
var DenseNearestCentroidMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64[]\",\"name\":\"counts\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"distances\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"d\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"best\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"}],\"name\":\"seal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setSumWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"sum\",\"outputs\":[{\"internalType\":\"int128\",\"name\":\"\",\"type\":\"int128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"wordsPerClass\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"Sealed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"CountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"EmptyClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"SafeCastOverflowedIntDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "4ef46814b69471d3e70cbe89aa948a9275",
	Bin: "0x610120604052346105ca576114368038038061001a81610657565b9283398101906080818303126105ca5780516001600160401b0381116105ca5781019180601f840112156105ca5782519261005c6100578561067c565b610657565b90602082868152016020819660051b830101918483116105ca5760208101915b8383106105e6575050505061009360208401610693565b60408401519094906001600160401b0381116105ca5784019383601f860112156105ca578451946100c66100578761067c565b9560208088838152019160051b830101918683116105ca57602001905b8282106105ce575050506060810151906001600160401b0382116105ca57019280601f850112156105ca57835161011c6100578261067c565b9460208087848152019260051b8201019283116105ca57602001905b8282106105ba575050508151156105ab57815162010000811161059257506001600160401b038516948515801561058d575b61057e573360805282516001600160401b031660a05260c081905260e0528151906801000000000000000082116104eb57600154826001558083106104ff575b5060015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf692915b8282106103ce575050505082519051908181036103b95750505f5b8251811015610299576001600160401b0361020b82856106a7565b51161561028757650100000000006001600160401b0361022b83866106a7565b5116101561025d576001906001600160401b0361024882866106a7565b5116815f52600260205260405f2055016101f0565b6001600160401b0361026f82856106a7565b5116906345a52f8760e01b5f5260045260245260445ffd5b632195894b60e01b5f5260045260245ffd5b50600183018084116103a55760011c610100819052815160a0516001600160401b031680830292801590840490911417156103a55781811161038557825f5b815181101561030257806102ee600192846106a7565b51815f52600360205260405f2055016102d8565b604051610d13908161072382396080518181816102cf0152818161074c01526108fb015260a05181818161049c0152818161086d015281816109470152610b38015260c0518181816102830152610cae015260e051816104100152610100518181816103a00152818161050801528181610792015281816109690152610b0f0152f35b5f1981019081116103a5576303585b9560e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b6355c5b3e360e11b5f5260045260245260445ffd5b80518051906001600160401b0382116104eb576103eb86546106cf565b601f81116104a8575b50602090601f831160011461043f5792826001949360209386955f92610434575b50505f19600383901b1c191690841b1787555b019401910190926101d5565b015190505f80610415565b90601f19831691875f52815f20925f5b8181106104905750936020936001969387969383889510610478575b505050811b018755610428565b01515f1960f88460031b161c191690555f808061046b565b9293602060018192878601518155019501930161044f565b828111156103f4576104dd90875f5260205f2090601f850160051c90602086106104e3575b601f82910160051c039101610707565b5f6103f4565b5f91506104cd565b634e487b7160e01b5f52604160045260245ffd5b60015f52828060205f20019103905f5b82811061051d5750506101aa565b80600191830161052d81546106cf565b908161053c575b50500161050f565b81601f5f931185146105525750555b5f80610534565b8183526020832061056e91601f0160051c841901908601610707565b808252816020812091555561054b565b631f937a9760e01b5f5260045ffd5b61016a565b631f89af4360e01b5f526004526201000060245260445ffd5b6360620dcf60e11b5f5260045ffd5b8151815260209182019101610138565b5f80fd5b602080916105db84610693565b8152019101906100e3565b82516001600160401b0381116105ca57820186603f820112156105ca576020810151916001600160401b0383116104eb5761062a601f8401601f1916602001610657565b83815260408385010189106105ca575f602085819660408397018386015e8301015281520192019161007c565b6040519190601f01601f191682016001600160401b038111838210176104eb57604052565b6001600160401b0381116104eb5760051b60200190565b51906001600160401b03821682036105ca57565b80518210156106bb5760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b90600182811c921680156106fd575b60208310146106e957565b634e487b7160e01b5f52602260045260245ffd5b91607f16916106de565b5f5b82811061071557505050565b5f8282015560010161070956fe60806040526004361015610011575f80fd5b5f3560e01c80631659f234146108c45780633b3546c81461089157806343e13a701461084e5780635f7066a2146107b55780636b851fc31461077b5780638da5cb5b14610737578063bab861c114610710578063bb551b5314610693578063bd7a1d6114610434578063c6f698c3146103f1578063cad0899b1461037f578063e0d760f8146102a7578063e6941b4a146102645763f2e05914146100b3575f80fd5b34610260575f366003190112610260576001546100cf81610aa8565b906100dd6040519283610a73565b80825260208201809160015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f905b82821061019357848660405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061014d57505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f80199101160101960192019201859493919261013e565b6040515f85548060011c90600181168015610256575b6020831081146102425782855290811561021f57506001146101e8575b50600192826101da85946020940382610a73565b81520194019101909261010f565b5f878152602081209092505b818310610209575050810160200160016101c6565b60018160209254838688010152019201916101f4565b60ff191660208581019190915291151560051b84019091019150600190506101c6565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101a9565b5f80fd5b34610260575f3660031901126102605760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610260576020366003190112610260576004356001600160a01b03811690819003610260577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361036c575f546001600160a01b0381168061035a5750811561034b576001600160a01b03191681175f9081557f4e87533c56eb4f50a30cbae4dc0ffb2cb67d7f185122964139d8ff65c1e2b9159080a2005b6386dbdd8360e01b5f5260045ffd5b63de2ef7dd60e01b5f5260045260245ffd5b63245aecd360e01b5f523360045260245ffd5b346102605760403660031901126102605760206103e66024356103d16103c77f0000000000000000000000000000000000000000000000000000000000000000600435610abf565b8260011c90610a52565b5f5260038352600160405f2054911690610cef565b60405190600f0b8152f35b34610260575f3660031901126102605760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610260576040366003190112610260576004356001600160401b038111610260576104649036906004016109fe565b906024356001600160401b038116809103610260575f546001600160a01b0316331480159061068b575b610678576001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168082101561066257506104ce83610ca4565b805f52600260205260405f2054600181018091116105ff576501000000000081101561064c579061052d91815f52600260205260405f20557f000000000000000000000000000000000000000000000000000000000000000090610abf565b5f905f5b84811061053a57005b600181169283158061062b575b6105518583610cef565b600f0b91610568610563858a8a610a2e565b610ad2565b60070b925f84820194851291129080158216911516176105ff578280600f0b036106135760808460071b169186830460801417156105ff576001600160801b038060019416831b921b191617931480156105ea575b906001916105cc575b01610531565b6105d881831c84610a52565b5f5260036020528360405f20556105c6565b5060018101908181116105ff579085146105bd565b634e487b7160e01b5f52601160045260245ffd5b8263327269a760e01b5f52608060045260245260445ffd5b905061063a8260011c84610a52565b5f52600360205260405f205490610547565b906345a52f8760e01b5f5260045260245260445ffd5b90633be6bfe760e11b5f5260045260245260445ffd5b633ea726d160e11b5f523360045260245ffd5b50331561048e565b34610260576020366003190112610260576004356001600160401b038111610260576106c66106cc9136906004016109fe565b90610b02565b6040518091602082016020835281518091526020604084019201905f5b8181106106f7575050500390f35b82518452859450602093840193909201916001016106e9565b34610260575f366003190112610260575f546040516001600160a01b039091168152602090f35b34610260575f366003190112610260576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610260575f3660031901126102605760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610260576020366003190112610260576004356001600160401b038111610260576107e86107f09136906004016109fe565b5f9291610b02565b60015b815181101561083a576108068183610a5f565b5161081a6001600160401b03851684610a5f565b5111610829575b6001016107f3565b6001600160401b0381169250610821565b6020836001600160401b0360405191168152f35b34610260575f3660031901126102605760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610260576020366003190112610260576004355f52600260205260206001600160401b0360405f205416604051908152f35b34610260576040366003190112610260576004356024356001600160401b038111610260576108f79036906004016109fe565b90917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361036c575f546001600160a01b03168061035a575061098d6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000167f0000000000000000000000000000000000000000000000000000000000000000610abf565b806109988484610a52565b116109d457505f5b8281106109a957005b806109b76001928587610a2e565b356109c28285610a52565b5f52600360205260405f2055016109a0565b916109de91610a52565b5f1981019081116105ff576303585b9560e11b5f5260045260245260445ffd5b9181601f84011215610260578235916001600160401b038311610260576020808501948460051b01011161026057565b9190811015610a3e5760051b0190565b634e487b7160e01b5f52603260045260245ffd5b919082018092116105ff57565b8051821015610a3e5760209160051b010190565b90601f801991011681019081106001600160401b03821117610a9457604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b038111610a945760051b60200190565b818102929181159184041417156105ff57565b358060070b81036102605790565b81810292915f8212600160ff1b8214166105ff5781840514901517156105ff57565b9190610b0d81610ca4565b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b037f00000000000000000000000000000000000000000000000000000000000000001691610b6283610aa8565b92610b706040519485610a73565b808452610b7f601f1991610aa8565b01366020850137825f5b8451811015610c9c57805f52600260205260405f205490610baa8582610abf565b915f5f935f915b878310610bf45750505080610bc591610ae0565b8015610be05760019204610bd98288610a5f565b5201610b89565b634e487b7160e01b5f52601260045260245ffd5b9091948b84878a60018216938415610c64575b610563610c2493610c2b9593610c1c93610a2e565b60070b610ae0565b9184610cef565b600f0b905f82820392128183128116918313901516176105ff57600191610c5582610c5b93610ae0565b90610a52565b95019190610bb1565b955091610c1c61056383610c2b95610c82610c249660011c8c610a52565b5f52600360205260405f2054999350939550935050610c07565b509450505050565b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690818103610cda575050565b63462d05b760e01b5f5260045260245260445ffd5b8160071b91808304608014901517156105ff576001600160801b03911c16600f0b9056",
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
// Solidity: constructor(string[] names, uint64 numFeatures_, uint64[] counts, uint256[] firstWords) returns()
func (denseNearestCentroid *DenseNearestCentroid) PackConstructor(names []string, numFeatures_ uint64, counts []uint64, firstWords []*big.Int) []byte {
	enc, err := denseNearestCentroid.abi.Pack("", names, numFeatures_, counts, firstWords)
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

// PackSeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0d760f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seal(address trainer_) returns()
func (denseNearestCentroid *DenseNearestCentroid) PackSeal(trainer common.Address) []byte {
	enc, err := denseNearestCentroid.abi.Pack("seal", trainer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0d760f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seal(address trainer_) returns()
func (denseNearestCentroid *DenseNearestCentroid) TryPackSeal(trainer common.Address) ([]byte, error) {
	return denseNearestCentroid.abi.Pack("seal", trainer)
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
// Solidity: function sum(uint256 class, uint256 feature) view returns(int128)
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
// Solidity: function sum(uint256 class, uint256 feature) view returns(int128)
func (denseNearestCentroid *DenseNearestCentroid) TryPackSum(class *big.Int, feature *big.Int) ([]byte, error) {
	return denseNearestCentroid.abi.Pack("sum", class, feature)
}

// UnpackSum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcad0899b.
//
// Solidity: function sum(uint256 class, uint256 feature) view returns(int128)
func (denseNearestCentroid *DenseNearestCentroid) UnpackSum(data []byte) (*big.Int, error) {
	out, err := denseNearestCentroid.abi.Unpack("sum", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// DenseNearestCentroidSealed represents a Sealed event raised by the DenseNearestCentroid contract.
type DenseNearestCentroidSealed struct {
	Trainer common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DenseNearestCentroidSealedEventName = "Sealed"

// ContractEventName returns the user-defined event name.
func (DenseNearestCentroidSealed) ContractEventName() string {
	return DenseNearestCentroidSealedEventName
}

// UnpackSealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Sealed(address indexed trainer)
func (denseNearestCentroid *DenseNearestCentroid) UnpackSealedEvent(log *types.Log) (*DenseNearestCentroidSealed, error) {
	event := "Sealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != denseNearestCentroid.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DenseNearestCentroidSealed)
	if len(log.Data) > 0 {
		if err := denseNearestCentroid.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range denseNearestCentroid.abi.Events[event].Inputs {
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
func (denseNearestCentroid *DenseNearestCentroid) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["AlreadySealed"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackAlreadySealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["CountTooLarge"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackCountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["EmptyClass"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackEmptyClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["FeatureOutOfRange"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackFeatureOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackLengthMismatchError(raw[4:])
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
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["SafeCastOverflowedIntDowncast"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackSafeCastOverflowedIntDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], denseNearestCentroid.abi.Errors["TooManyClasses"].ID.Bytes()[:4]) {
		return denseNearestCentroid.UnpackTooManyClassesError(raw[4:])
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

// DenseNearestCentroidSafeCastOverflowedIntDowncast represents a SafeCastOverflowedIntDowncast error raised by the DenseNearestCentroid contract.
type DenseNearestCentroidSafeCastOverflowedIntDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedIntDowncast(uint8 bits, int256 value)
func DenseNearestCentroidSafeCastOverflowedIntDowncastErrorID() common.Hash {
	return common.HexToHash("0x327269a7f29c3c5436f42eeed1c1adf0d4d525f36360483f4e83ab79e98f9089")
}

// UnpackSafeCastOverflowedIntDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedIntDowncast(uint8 bits, int256 value)
func (denseNearestCentroid *DenseNearestCentroid) UnpackSafeCastOverflowedIntDowncastError(raw []byte) (*DenseNearestCentroidSafeCastOverflowedIntDowncast, error) {
	out := new(DenseNearestCentroidSafeCastOverflowedIntDowncast)
	if err := denseNearestCentroid.abi.UnpackIntoInterface(out, "SafeCastOverflowedIntDowncast", raw); err != nil {
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
	ABI: "[{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"int128\",\"name\":\"intercept_\",\"type\":\"int128\"},{\"internalType\":\"int64\",\"name\":\"learningRate_\",\"type\":\"int64\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"intercept\",\"outputs\":[{\"internalType\":\"int128\",\"name\":\"\",\"type\":\"int128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"learningRate\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"score\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"s\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"}],\"name\":\"seal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setWeightWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"weight\",\"outputs\":[{\"internalType\":\"int128\",\"name\":\"\",\"type\":\"int128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"Sealed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"learningRate\",\"type\":\"int64\"}],\"name\":\"InvalidLearningRate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"SafeCastOverflowedIntDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "89f92e3dd5ac61aab6823cd6785a8ead6d",
	Bin: "0x610140604052346104d1576111348038038061001a81610546565b92833981019060a0818303126104d15780516001600160401b0381116104d157810182601f820112156104d15780519161005b6100568461056b565b610546565b91602083858152016020819560051b830101918683116104d15760208101915b8383106104d5575050505060208101516001600160401b038116939092908484036104d15760408301519384600f0b85036104d1576060840151958660070b948588036104d1576080810151906001600160401b0382116104d157019780601f8a0112156104d15788516100f16100568261056b565b996020808c848152019260051b8201019283116104d157602001905b8282106104c1575050508351156104b2578351600281116102d757501580156104ad575b61049e573360805282516001600160401b031660a05260c081905260e05281519068010000000000000000821161040b576001548260015580831061041f575b5060015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf692915b8282106102ee575050505051600281036102d757505f8113156102c557506101005261012052805160c0516001600160401b0316600181019081106102b15760011c9081811161029157825f5b81518110156102125760019060208160051b84010151815f52600260205260405f2055016101e9565b604051610b5e90816105d6823960805181818161032b015281816104dd0152610658015260a051818181610583015261094f015260c0518181816102df015281816106a1015261083c015260e051816103fa0152610100518181816105fb01526108660152610120518181816105be015281816109a10152610ac00152f35b5f1981019081116102b1576303585b9560e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b632dc4541360e21b5f5260045260245ffd5b631f89af4360e01b5f52600452600260245260445ffd5b80518051906001600160401b03821161040b5761030b8654610582565b601f81116103c8575b50602090601f831160011461035f5792826001949360209386955f92610354575b50505f19600383901b1c191690841b1787555b0194019101909261019c565b015190505f80610335565b90601f19831691875f52815f20925f5b8181106103b05750936020936001969387969383889510610398575b505050811b018755610348565b01515f1960f88460031b161c191690555f808061038b565b9293602060018192878601518155019501930161036f565b82811115610314576103fd90875f5260205f2090601f850160051c9060208610610403575b601f82910160051c0391016105ba565b5f610314565b5f91506103ed565b634e487b7160e01b5f52604160045260245ffd5b60015f52828060205f20019103905f5b82811061043d575050610171565b80600191830161044d8154610582565b908161045c575b50500161042f565b81601f5f931185146104725750555b5f80610454565b8183526020832061048e91601f0160051c8419019086016105ba565b808252816020812091555561046b565b631f937a9760e01b5f5260045ffd5b610131565b6360620dcf60e11b5f5260045ffd5b815181526020918201910161010d565b5f80fd5b82516001600160401b0381116104d157820188603f820112156104d1576020810151916001600160401b03831161040b57610519601f8401601f1916602001610546565b8381526040838501018b106104d1575f602085819660408397018386015e8301015281520192019161007b565b6040519190601f01601f191682016001600160401b0381118382101761040b57604052565b6001600160401b03811161040b5760051b60200190565b90600182811c921680156105b0575b602083101461059c57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610591565b5f5b8281106105c857505050565b5f828201556001016105bc56fe60806040526004361015610011575f80fd5b5f3560e01c80630fae52f41461075457806315c0472c1461062157806319c13767146105e45780633766bf19146105a757806343e13a70146105645780635f7066a21461050c5780638da5cb5b146104c8578063bab861c1146104a1578063bd7a1d611461041e578063c6f698c3146103db578063e0d760f814610303578063e6941b4a146102c0578063f2e05914146100f45763f8e27f93146100b3575f80fd5b346100f05760203660031901126100f05760206100e56004358060011c5f5260028352600160405f2054911690610b3a565b60405190600f0b8152f35b5f80fd5b346100f0575f3660031901126100f0576001546001600160401b0381116102ac576040519061012960208260051b0183610b19565b80825260208201809160015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f905b8282106101df57848660405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061019957505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f80199101160101960192019201859493919261018a565b6040515f85548060011c906001811680156102a2575b60208310811461028e5782855290811561026b5750600114610234575b506001928261022685946020940382610b19565b81520194019101909261015b565b5f878152602081209092505b81831061025557505081016020016001610212565b6001816020925483868801015201920191610240565b60ff191660208581019190915291151560051b8401909101915060019050610212565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101f5565b634e487b7160e01b5f52604160045260245ffd5b346100f0575f3660031901126100f05760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100f05760203660031901126100f0576004356001600160a01b038116908190036100f0577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036103c8575f546001600160a01b038116806103b6575081156103a7576001600160a01b03191681175f9081557f4e87533c56eb4f50a30cbae4dc0ffb2cb67d7f185122964139d8ff65c1e2b9159080a2005b6386dbdd8360e01b5f5260045ffd5b63de2ef7dd60e01b5f5260045260245ffd5b63245aecd360e01b5f523360045260245ffd5b346100f0575f3660031901126100f05760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100f05760403660031901126100f0576004356001600160401b0381116100f05761044e903690600401610791565b602435906001600160401b03821682036100f0575f546001600160a01b03163314801590610499575b6104865761048492610942565b005b633ea726d160e11b5f523360045260245ffd5b503315610477565b346100f0575f3660031901126100f0575f546040516001600160a01b039091168152602090f35b346100f0575f3660031901126100f0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100f05760203660031901126100f0576004356001600160401b0381116100f0576105466105405f923690600401610791565b90610830565b131561055c57602060015b60ff60405191168152f35b60205f610551565b346100f0575f3660031901126100f05760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100f0575f3660031901126100f05760206040517f000000000000000000000000000000000000000000000000000000000000000060070b8152f35b346100f0575f3660031901126100f05760206040517f0000000000000000000000000000000000000000000000000000000000000000600f0b8152f35b346100f05760403660031901126100f0576004356024356001600160401b0381116100f057610654903690600401610791565b90917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036103c8575f546001600160a01b0316806103b657506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016600181018091116107405760011c806106da8484610935565b1161071657505f5b8281106106eb57005b806106f960019285876107e3565b356107048285610935565b5f52600260205260405f2055016106e2565b9161072091610935565b5f198101908111610740576303585b9560e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b346100f05760203660031901126100f0576004356001600160401b0381116100f0576107896105406020923690600401610791565b604051908152f35b9181601f840112156100f0578235916001600160401b0383116100f0576020808501948460051b0101116100f057565b81810292915f8212600160ff1b82141661074057818405149015171561074057565b91908110156107f35760051b0190565b634e487b7160e01b5f52603260045260245ffd5b358060070b81036100f05790565b9190915f838201938412911290801582169115161761074057565b91906001600160401b037f00000000000000000000000000000000000000000000000000000000000000001680820361091f57507f0000000000000000000000000000000000000000000000000000000000000000600f0b633b9aca00810290808205633b9aca00149015171561074057925f905f925b8084106108b45750505050565b90919294600186168015610905575b6001916108f56108d66108fb9388610b3a565b600f0b6108ec6108e78b888a6107e3565b610807565b60070b906107c1565b90610815565b95019291906108a7565b600187901c5f9081526002602052604090205494506108c3565b9063462d05b760e01b5f5260045260245260445ffd5b9190820180921161074057565b90916001600160401b03807f00000000000000000000000000000000000000000000000000000000000000001691169080821015610b0357505f6109868484610830565b1315610afa578060ff60015b1614610af557600103610abe577f000000000000000000000000000000000000000000000000000000000000000060070b905b5f5f5b8481106109d6575050505050565b6001811691821580610aa6575b610a196109f08584610b3a565b600f0b633b9aca00610a12610a096108e7888d8c6107e3565b60070b8a6107c1565b0590610815565b918280600f0b03610a8e5760808460071b16918583046080141715610740576001600160801b038060019416831b921b19161792148015610a79575b90600191610a64575b016109c8565b80821c5f5260026020528260405f2055610a5e565b50600181019081811161074057908514610a55565b8263327269a760e01b5f52608060045260245260445ffd5b90508160011c5f52600260205260405f2054906109e3565b7f000000000000000000000000000000000000000000000000000000000000000060070b600160ff1b8114610740575f03906109c5565b505050565b8060ff5f610992565b90633be6bfe760e11b5f5260045260245260445ffd5b90601f801991011681019081106001600160401b038211176102ac57604052565b8160071b9180830460801490151715610740576001600160801b03911c16600f0b9056",
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
// Solidity: constructor(string[] names, uint64 numFeatures_, int128 intercept_, int64 learningRate_, uint256[] firstWords) returns()
func (densePerceptron *DensePerceptron) PackConstructor(names []string, numFeatures_ uint64, intercept_ *big.Int, learningRate_ int64, firstWords []*big.Int) []byte {
	enc, err := densePerceptron.abi.Pack("", names, numFeatures_, intercept_, learningRate_, firstWords)
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

// PackSeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0d760f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seal(address trainer_) returns()
func (densePerceptron *DensePerceptron) PackSeal(trainer common.Address) []byte {
	enc, err := densePerceptron.abi.Pack("seal", trainer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0d760f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seal(address trainer_) returns()
func (densePerceptron *DensePerceptron) TryPackSeal(trainer common.Address) ([]byte, error) {
	return densePerceptron.abi.Pack("seal", trainer)
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

// DensePerceptronSealed represents a Sealed event raised by the DensePerceptron contract.
type DensePerceptronSealed struct {
	Trainer common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DensePerceptronSealedEventName = "Sealed"

// ContractEventName returns the user-defined event name.
func (DensePerceptronSealed) ContractEventName() string {
	return DensePerceptronSealedEventName
}

// UnpackSealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Sealed(address indexed trainer)
func (densePerceptron *DensePerceptron) UnpackSealedEvent(log *types.Log) (*DensePerceptronSealed, error) {
	event := "Sealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != densePerceptron.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DensePerceptronSealed)
	if len(log.Data) > 0 {
		if err := densePerceptron.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range densePerceptron.abi.Events[event].Inputs {
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
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackLengthMismatchError(raw[4:])
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
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["SafeCastOverflowedIntDowncast"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackSafeCastOverflowedIntDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], densePerceptron.abi.Errors["TooManyClasses"].ID.Bytes()[:4]) {
		return densePerceptron.UnpackTooManyClassesError(raw[4:])
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

// DensePerceptronSafeCastOverflowedIntDowncast represents a SafeCastOverflowedIntDowncast error raised by the DensePerceptron contract.
type DensePerceptronSafeCastOverflowedIntDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedIntDowncast(uint8 bits, int256 value)
func DensePerceptronSafeCastOverflowedIntDowncastErrorID() common.Hash {
	return common.HexToHash("0x327269a7f29c3c5436f42eeed1c1adf0d4d525f36360483f4e83ab79e98f9089")
}

// UnpackSafeCastOverflowedIntDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedIntDowncast(uint8 bits, int256 value)
func (densePerceptron *DensePerceptron) UnpackSafeCastOverflowedIntDowncastError(raw []byte) (*DensePerceptronSafeCastOverflowedIntDowncast, error) {
	out := new(DensePerceptronSafeCastOverflowedIntDowncast)
	if err := densePerceptron.abi.UnpackIntoInterface(out, "SafeCastOverflowedIntDowncast", raw); err != nil {
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIClassifier\",\"name\":\"model_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"encoder_\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"refundWait_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ownerClaimWait_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"anyAddressClaimWait_\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"costWeight_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"addData\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anyAddressClaimWait\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"contribution\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"deposit\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"claimable\",\"type\":\"uint96\"},{\"internalType\":\"uint40\",\"name\":\"id\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"numClaims\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"refunded\",\"type\":\"bool\"}],\"internalType\":\"structTrainer.Contribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"contributionKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"costWeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"encoder\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"hasClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastAddTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"model\",\"outputs\":[{\"internalType\":\"contractIClassifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextAddDataCost\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numContributions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numGood\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ownerClaimWait\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refundWait\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"report\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalGood\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"AddData\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refund\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Report\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalPending\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRefunded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"AlreadyReported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"CannotReportOwnContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"costWeight\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"CostWeightTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"DepositTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"DuplicateContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"refundWait\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ownerClaimWait\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"anyAddressClaimWait\",\"type\":\"uint32\"}],\"name\":\"InvalidWaits\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"ModelAgrees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"ModelDisagrees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"NoGoodContributions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"UnknownContribution\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroModel\",\"type\":\"error\"}]",
	ID:  "11963debfc1603a6b90086f8ccbe914cdb",
	Bin: "0x6101206040523461067a5761234d8038038061001a8161067e565b9283398101906101008183031261067a5780516001600160a01b0381169283820361067a5760208301516001600160401b03811161067a578161005e9185016106a3565b60408401519091906001600160401b03811161067a57816100809186016106a3565b606085015190916001600160401b03821161067a576100a09186016106a3565b906100ad608086016106f4565b926100ba60a087016106f4565b9460e06100c960c089016106f4565b970151973315610667575f8054336001600160a01b0319821681178355916001600160a01b03909116907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a315610658576080528051906001600160401b0382116104625760025490600182811c9216801561064e575b60208310146104445781601f8493116105d8575b50602090601f8311600114610572575f92610567575b50508160011b915f199060031b1c1916176002555b8051906001600160401b0382116104625760035490600182811c9216801561055d575b60208310146104445781601f8493116104e7575b50602090601f8311600114610481575f92610476575b50508160011b915f199060031b1c1916176003555b8051906001600160401b0382116104625760045490600182811c92168015610458575b60208310146104445781601f8493116103ce575b50602090601f8311600114610368575f9261035d575b50508160011b915f199060031b1c1916176004555b64ffffffffff421664ffffffffff19600154161760015563ffffffff821663ffffffff8216818111801561034e575b61032d5750506a123456789abcdf01234567808511610317575060a05260c05260e05261010052604051611c47908161070682396080518181816104090152818161090f01528181610a1e01528181610ebc0152611727015260a0518181816105cf01528181610a7901526116d0015260c05181818161020a01526119d6015260e051818181610844015261168c01526101005181818161060a0152611aac0152f35b84633290794b60e11b5f5260045260245260445ffd5b63ffffffff91859163014ef48560e31b5f526004526024521660445260645ffd5b5063ffffffff85168211610274565b015190505f80610230565b60045f9081528281209350601f198516905b8181106103b6575090846001959493921061039e575b505050811b01600455610245565b01515f1960f88460031b161c191690555f8080610390565b9293602060018192878601518155019501930161037a565b8281111561021a5760045f52909150601f830160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b6020851061043c575b849392601f0160051c82900391015f5b82811061042c57505061021a565b5f8183015585945060010161041e565b5f915061040e565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610206565b634e487b7160e01b5f52604160045260245ffd5b015190505f806101ce565b60035f9081528281209350601f198516905b8181106104cf57509084600195949392106104b7575b505050811b016003556101e3565b01515f1960f88460031b161c191690555f80806104a9565b92936020600181928786015181550195019301610493565b828111156101b85760035f52909150601f830160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208510610555575b849392601f0160051c82900391015f5b8281106105455750506101b8565b5f81830155859450600101610537565b5f9150610527565b91607f16916101a4565b015190505f8061016c565b60025f9081528281209350601f198516905b8181106105c057509084600195949392106105a8575b505050811b01600255610181565b01515f1960f88460031b161c191690555f808061059a565b92936020600181928786015181550195019301610584565b828111156101565760025f52909150601f830160051c7f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace60208510610646575b849392601f0160051c82900391015f5b828110610636575050610156565b5f81830155859450600101610628565b5f9150610618565b91607f1691610142565b633c23327160e11b5f5260045ffd5b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761046257604052565b81601f8201121561067a578051906001600160401b038211610462576106d2601f8301601f191660200161067e565b928284526020838301011161067a57815f9260208093018386015e8301015290565b519063ffffffff8216820361067a5756fe60806040526004361015610011575f80fd5b5f5f3560e01c80623378691461106157806306df141614610fa657806306fdde0314610eeb5780630ad9d05214610ea75780631a416f9514610df357806347f6acf114610dca57806351cff8d914610d06578063547d0c1d14610cc85780635484f311146109885780635f7066a2146108b3578063630b49891461088c5780636f481986146108685780636f5def3014610828578063715018a6146107d15780637284e416146106cd578063821074561461067c5780638da5cb5b146106555780639c9515521461062d578063a85ed4c8146105f3578063b35d64b1146105b3578063b59ec9a41461058f578063b77544791461022e578063c85e642f146101ed578063f2fde38b146101675763f3f437031461012c575f80fd5b34610164576020366003190112610164576020906040906001600160a01b036101536111e9565b168152600883522054604051908152f35b80fd5b5034610164576020366003190112610164576101816111e9565b610189611a84565b6001600160a01b031680156101d95781546001600160a01b03198116821783556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b631e4fbdf760e01b82526004829052602482fd5b5034610164578060031936011261016457602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b50604036600319011261054d576004356001600160401b03811161054d5761025a9036906004016111a3565b6102626111d3565b9061026b611576565b6040519261027884611288565b6001549364ffffffffff851690818152602081019164ffffffffff8760281c1683526102bf6102ba60408401926001600160401b038a60501c168452426114d9565b611aaa565b96873410610578576102d433428989896114e6565b92835f52600560205264ffffffffff60405f205460c01c1661056557600164ffffffffff8651160164ffffffffff81116105515764ffffffffff80821696879052421691829052925171ffffffffffffffffffffffffffffffffffff199092161760289290921b69ffffffffff0000000000169190911760509190911b67ffffffffffffffff60501b1617600155604051916001600160601b038716919061037b84611259565b828452602080850193845260408086019283525f60608088018281526080890183815296835260059094529190209551945192519151935192901b600160601b600160c01b03166001600160601b03949094169390931760c09390931b64ffffffffff60c01b169290921760e89190911b61ffff60e81b161790151560f81b6001600160f81b0319161790557f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b1561054d575f604051809263bd7a1d6160e01b8252604060048301528183816001600160401b03610468604483018b8b611379565b9a16998a602483015203925af1801561054257610506575b50906104b97f43990eb900dbf1bd132b1c5424d4a391a29eef2a51ae2771ad657340a8e55b919260405192608084526080840191611379565b9260208201524260408201528360608201528033930390a28034116104ed575b50805f516020611c275f395f51905f525d80f35b6104fa61050091346114d9565b33611a25565b5f6104d9565b7f43990eb900dbf1bd132b1c5424d4a391a29eef2a51ae2771ad657340a8e55b91929195505f610535916112a3565b6104b95f95919250610480565b6040513d5f823e3d90fd5b5f80fd5b634e487b7160e01b5f52601160045260245ffd5b8363059ef18960e51b5f5260045260245ffd5b8763ea691a4b60e01b5f526004523460245260445ffd5b3461054d5760206105ab6105a2366111ff565b939290926114e6565b604051908152f35b3461054d575f36600319011261054d57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461054d575f36600319011261054d5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461054d575f36600319011261054d5760206105ab6102ba64ffffffffff60015416426114d9565b3461054d575f36600319011261054d575f546040516001600160a01b039091168152602090f35b3461054d57606036600319011261054d576024356001600160a01b038116810361054d57604435906001600160a01b038216820361054d576020916106c3916004356113b4565b6040519015158152f35b3461054d575f36600319011261054d576040515f6003548060011c906001811680156107c7575b6020831081146107b35782855290811561078f5750600114610731575b61072d83610721818503826112a3565b604051918291826112c4565b0390f35b60035f9081527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b939250905b80821061077557509091508101602001610721610711565b91926001816020925483858801015201910190929161075d565b60ff191660208086019190915291151560051b840190910191506107219050610711565b634e487b7160e01b5f52602260045260245ffd5b91607f16916106f4565b3461054d575f36600319011261054d576107e9611a84565b5f80546001600160a01b0319811682556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b3461054d575f36600319011261054d57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461054d575f36600319011261054d57602064ffffffffff60015416604051908152f35b3461054d575f36600319011261054d57602064ffffffffff60015460281c16604051908152f35b3461054d57602036600319011261054d576004356001600160401b03811161054d5760206108e861090b9236906004016111a3565b604051632fb8335160e11b81526004810184905293849283926024840191611379565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610542576020915f9161095b575b506001600160401b0360405191168152f35b61097b9150823d8411610981575b61097381836112a3565b81019061134c565b82610949565b503d610969565b3461054d57606036600319011261054d576004356001600160401b03811161054d576109b89036906004016111a3565b906109c16111d3565b906044356109cd611576565b6109da33828587866114e6565b926109e4846115ab565b9260808401958651610cb557610a1a92916020916040519485928392632fb8335160e11b84528560048501526024840191611379565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215610542575f92610c94575b5060208401926001600160601b038451161580610c81575b610c6e5763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690610aa48282611633565b4210610c4d5750506001600160401b03809116911603610c3a576001600160601b03815116936001600160601b03610adc86806112ee565b168252600181526060830161ffff610af68183511661130e565b1681525f85815260056020908152604080832087519651978201519451955160609890981b600160601b600160c01b03166001600160601b03979097169690961760c09490941b64ffffffffff60c01b169390931760e89490941b61ffff60e81b169390931794151560f81b6001600160f81b03191694909417909255338352600690529020805463ffffffff9081166001019081116105515763ffffffff1663ffffffff1982541617905560015460016001600160401b038260501c16016001600160401b038111610551576001600160401b0360501b9060501b16906001600160401b0360501b191617600155604051908282527f668cb0582f35d8cc1e62959951f2b36e581df3c31a96a7ff714883facb8fef0760203393a380610c2a575b5f5f516020611c275f395f51905f525d005b610c349033611a25565b80610c18565b82638599d06960e01b5f5260045260245ffd5b8691610c5891611633565b9063d47800eb60e01b5f5260045260245260445ffd5b85635cf7608160e11b5f5260045260245ffd5b506001600160601b038551161515610a6e565b610cae91925060203d6020116109815761097381836112a3565b9086610a56565b85631316266b60e01b5f5260045260245ffd5b3461054d57602036600319011261054d576001600160a01b03610ce96111e9565b165f526006602052602063ffffffff60405f205416604051908152f35b3461054d57602036600319011261054d576004356001600160a01b0381169081900361054d57610d34611576565b335f52600860205260405f2054908115610db757335f5260086020525f6040812055806040518381527f2717ead6b9200dd235aad468c9809ea400fe33ac69b5bfaa6d3e90fc922b639860203392a35f80808085855af115610da2575f5f516020611c275f395f51905f525d005b630e21dcbb60e11b5f5260045260245260445ffd5b636e34ee0b60e11b5f523360045260245ffd5b3461054d575f36600319011261054d5760206001600160401b0360015460501c16604051908152f35b3461054d57602036600319011261054d57610e0c611322565b506004355f52600560205260a060405f2060405190610e2a82611259565b5461ffff6001600160601b0382169283815264ffffffffff602082016001600160601b038560601c1681526001600160601b036040840191838760c01c16835260806060860195878960e81c168752019660f81c151587526040519788525116602087015251166040850152511660608301525115156080820152f35b3461054d575f36600319011261054d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461054d575f36600319011261054d576040515f6002548060011c90600181168015610f9c575b6020831081146107b35782855290811561078f5750600114610f3e5761072d83610721818503826112a3565b60025f9081527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace939250905b808210610f8257509091508101602001610721610711565b919260018160209254838588010152019101909291610f6a565b91607f1691610f12565b3461054d575f36600319011261054d576040515f6004548060011c90600181168015611057575b6020831081146107b35782855290811561078f5750600114610ff95761072d83610721818503826112a3565b60045f9081527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b939250905b80821061103d57509091508101602001610721610711565b919260018160209254838588010152019101909291611025565b91607f1691610fcd565b3461054d576110a0611072366111ff565b92939491908391611081611576565b61108e838383898b6114e6565b95611098876115ab565b97888861165e565b92602081016001600160601b036110bc818716828451166112ee565b168152606082019161ffff6110d38185511661130e565b1683525f858152600560209081526040918290208351945184840151965160809095015160609190911b600160601b600160c01b03166001600160601b03969096169590951760c09690961b64ffffffffff60c01b169590951760e89390931b61ffff60e81b169290921792151560f81b6001600160f81b03191692909217909255518481526001600160a01b0390921692339290917f9023006708b25d5f7c1242af7844cf710d70a106dffdcab80b132e341d73dd8d91a480610c2a575f5f516020611c275f395f51905f525d005b9181601f8401121561054d578235916001600160401b03831161054d576020808501948460051b01011161054d57565b602435906001600160401b038216820361054d57565b600435906001600160a01b038216820361054d57565b608060031982011261054d57600435906001600160401b03821161054d57611229916004016111a3565b90916024356001600160401b038116810361054d5790604435906064356001600160a01b038116810361054d5790565b60a081019081106001600160401b0382111761127457604052565b634e487b7160e01b5f52604160045260245ffd5b606081019081106001600160401b0382111761127457604052565b90601f801991011681019081106001600160401b0382111761127457604052565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b906001600160601b03809116911603906001600160601b03821161055157565b61ffff60019116019061ffff821161055157565b6040519061132f82611259565b5f6080838281528260208201528260408201528260608201520152565b9081602091031261054d57516001600160401b038116810361054d5790565b35908160070b820361054d57565b916020908281520191905f5b8181106113925750505090565b9091926020806001926113a48761136b565b60070b8152019401929101611385565b9190915f526005602052608060405f2092604051936113d285611259565b54936001600160601b03851681526001600160601b038560601c16602082015264ffffffffff8560c01c169485604083015261ffff8160e81c16606083015260f81c1515928391015283156114d1576001600160a01b03908116921682146114cb5750805f52600660205264ffffffffff60405f20916040519261145584611288565b5463ffffffff81168452602081811c90931692840183905260481c604090930192835260b884049182036114a3575050516001600160b81b03165b600160b88180821b0393061b1616151590565b5f90815260076020908152604080832093835292905220546001600160b81b03169050611490565b91505090565b505050505f90565b9190820391821161055157565b909360405193849360208501968794905f5b81811061154a5750505060c01b6001600160c01b0319168352600883015260601b6bffffffffffffffffffffffff19166028820152601c919003908101825261154490603c01826112a3565b51902090565b919650919293946020806001926115608a61136b565b60070b81520197019101918796959493926114f8565b5f516020611c275f395f51905f525c61159c5760015f516020611c275f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b906115b4611322565b50815f52600560205260405f2091604051926115cf84611259565b54926001600160601b03841681526001600160601b038460601c16602082015264ffffffffff8460c01c169384604083015261ffff8160e81c16606083015260f81c1515608082015292156116215750565b6344e139b960e01b5f5260045260245ffd5b9190820180921161055157565b811561164a570490565b634e487b7160e01b5f52601260045260245ffd5b9694959392909360208501966001600160601b0388511615611a125761168481426114d9565b9163ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683108015906119ce575b6119b7576001600160a01b031633146119a45763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001680921061199957505061172392916020916040519485928392632fb8335160e11b84528560048501526024840191611379565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215610542575f9261196d575b506001600160401b0380911691161461195a57335f52600660205260405f20906040519161178c83611288565b549163ffffffff831692838252602082019364ffffffffff8260201c168552604083019160481c8252156119475764ffffffffff604084015116600160b880830492061b908064ffffffffff875116036118cc575b50815181166001600160b81b03166118b55781516001600160b81b039081169116178152335f90815260066020908152604090912092519451915191901b68ffffffffff000000001663ffffffff9490941693841760489190911b68ffffffffffffffffff19161790555192935090916001600160601b031680820291811591830414171561055157611883906001600160401b0360015460501c1690611640565b91821580156118a2575b6118945750565b516001600160601b03169150565b506001600160601b03815116831161188d565b87631399fa2f60e21b5f526004523360245260445ffd5b82516001600160b81b03168061190f575b5064ffffffffff81168652335f52600760205260405f20905f5260205260018060b81b0360405f20541682525f6117e1565b335f52600760205260405f2064ffffffffff8851165f5260205260405f209068ffffffffffffffffff60b81b8254161790555f6118dd565b63186f7c9d60e21b5f523360045260245ffd5b836379c411fd60e01b5f5260045260245ffd5b6001600160401b03919250611991829160203d6020116109815761097381836112a3565b92915061175f565b8891610c5891611633565b88636460268d60e01b5f5260045260245ffd5b5050505050505091506001600160601b0390511690565b5063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683101580156116b657505f546001600160a01b031633146116b6565b88635cf7608160e11b5f5260045260245ffd5b5f80808085855af115611a36575050565b60207f31b5a21eaa66e072a85415f32552ffd06f73ac2b42f41a3f31c4e19a5ed87e299160018060a01b031692835f526008825260405f20611a79828254611633565b9055604051908152a2565b5f546001600160a01b03163303611a9757565b63118cdaa760e01b5f523360045260245ffd5b7f0000000000000000000000000000000000000000000000000000000000000000610e10810290808204610e10149015171561055157611af29180611af55750600190611640565b90565b611afe90611b04565b90611640565b6001811115611af257806001600160801b821015611c15575b600482600160401b611bc7941015611c08575b640100000000811015611bfb575b62010000811015611bee575b610100811015611be2575b6010811015611bd6575b1015611bce575b60030260011c611b768184611640565b0160011c611b848184611640565b0160011c611b928184611640565b0160011c611ba08184611640565b0160011c611bae8184611640565b0160011c611bbc8184611640565b0160011c8092611640565b8111900390565b60011b611b66565b811c9160021b91611b5f565b60081c91811b91611b55565b60101c9160081b91611b4a565b60201c9160101b91611b3e565b60401c9160201b91611b30565b5050608081901c600160401b611b1d56fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
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
// Solidity: function contribution(bytes32 key) view returns((uint96,uint96,uint40,uint16,bool))
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
// Solidity: function contribution(bytes32 key) view returns((uint96,uint96,uint40,uint16,bool))
func (depositRefundTake *DepositRefundTake) TryPackContribution(key [32]byte) ([]byte, error) {
	return depositRefundTake.abi.Pack("contribution", key)
}

// UnpackContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a416f95.
//
// Solidity: function contribution(bytes32 key) view returns((uint96,uint96,uint40,uint16,bool))
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
// Solidity: function contributionKey(int64[] data, uint64 label, uint256 addedTime, address author) pure returns(bytes32)
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
// Solidity: function contributionKey(int64[] data, uint64 label, uint256 addedTime, address author) pure returns(bytes32)
func (depositRefundTake *DepositRefundTake) TryPackContributionKey(data []int64, label uint64, addedTime *big.Int, author common.Address) ([]byte, error) {
	return depositRefundTake.abi.Pack("contributionKey", data, label, addedTime, author)
}

// UnpackContributionKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb59ec9a4.
//
// Solidity: function contributionKey(int64[] data, uint64 label, uint256 addedTime, address author) pure returns(bytes32)
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

// PackHasClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82107456.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasClaimed(bytes32 key, address claimer, address author) view returns(bool)
func (depositRefundTake *DepositRefundTake) PackHasClaimed(key [32]byte, claimer common.Address, author common.Address) []byte {
	enc, err := depositRefundTake.abi.Pack("hasClaimed", key, claimer, author)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82107456.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasClaimed(bytes32 key, address claimer, address author) view returns(bool)
func (depositRefundTake *DepositRefundTake) TryPackHasClaimed(key [32]byte, claimer common.Address, author common.Address) ([]byte, error) {
	return depositRefundTake.abi.Pack("hasClaimed", key, claimer, author)
}

// UnpackHasClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82107456.
//
// Solidity: function hasClaimed(bytes32 key, address claimer, address author) view returns(bool)
func (depositRefundTake *DepositRefundTake) UnpackHasClaimed(data []byte) (bool, error) {
	out, err := depositRefundTake.abi.Unpack("hasClaimed", data)
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
	Data    []int64
	Label   uint64
	Time    *big.Int
	Sender  common.Address
	Deposit *big.Int
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
// Solidity: event AddData(int64[] data, uint64 label, uint256 time, address indexed sender, uint256 deposit)
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
	Key    [32]byte
	Author common.Address
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
// Solidity: event Refund(bytes32 indexed key, address indexed author, uint256 amount)
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
	if bytes.Equal(raw[:4], depositRefundTake.abi.Errors["AlreadyRefunded"].ID.Bytes()[:4]) {
		return depositRefundTake.UnpackAlreadyRefundedError(raw[4:])
	}
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

// DepositRefundTakeAlreadyRefunded represents a AlreadyRefunded error raised by the DepositRefundTake contract.
type DepositRefundTakeAlreadyRefunded struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRefunded(bytes32 key)
func DepositRefundTakeAlreadyRefundedErrorID() common.Hash {
	return common.HexToHash("0x1316266ba3ff443517fba55d6b2883c184e517396b6f570bcdb66784249e78ff")
}

// UnpackAlreadyRefundedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRefunded(bytes32 key)
func (depositRefundTake *DepositRefundTake) UnpackAlreadyRefundedError(raw []byte) (*DepositRefundTakeAlreadyRefunded, error) {
	out := new(DepositRefundTakeAlreadyRefunded)
	if err := depositRefundTake.abi.UnpackIntoInterface(out, "AlreadyRefunded", raw); err != nil {
		return nil, err
	}
	return out, nil
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
	ABI: "[{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"smoothing_\",\"type\":\"uint64\"},{\"internalType\":\"uint64[]\",\"name\":\"classCounts\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"classInfo\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"samples\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"totalFeatures\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"featureCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"best\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"}],\"name\":\"seal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setCountWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"smoothing\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"wordsPerClass\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"Sealed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CountOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"smoothing\",\"type\":\"uint64\"}],\"name\":\"InvalidSmoothing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"numFeatures\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatureKinds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "4d8994ae8f18a270ff16235de08e881a9e",
	Bin: "0x610140604052346106ad576118e98038038061001a8161073a565b92833981019060c0818303126106ad5780516001600160401b0381116106ad57810182601f820112156106ad57805161005a6100558261075f565b61073a565b91602083838152016020819360051b830101918683116106ad5760208101915b8383106106c9575050505061009160208401610776565b9161009e60408501610776565b916100ab60608601610776565b60808601519093906001600160401b0381116106ad5786019587601f880112156106ad578651966100de6100558961075f565b976020808a838152019160051b830101918a83116106ad57602001905b8282106106b15750505060a0810151906001600160401b0382116106ad57019680601f890112156106ad5787516101346100558261075f565b986020808b848152019260051b8201019283116106ad57602001905b82821061069d5750505082511561068e57825162010000811161067557506001600160401b0385169485158015610664575b610655573360805283516001600160401b031660a05260c05260e0528151906801000000000000000082116105c257600154826001558083106105d6575b5060015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf692915b8282106104a5575050506001600160401b038316905080158015610496575b6104845750650100000000008311610467578351905190818103610452575050610100526007810180911161035f5760031c9081610120525f5b8151811015610277576001906001600160401b036102628285610797565b5116815f52600260205260405f205501610244565b505060a051811591906001600160401b0316818102908282041483171561035f578084511161043057505f5b835181101561038757826103735781810490815f52600260205260405f20546102eb6102d86102d28489610797565b51610812565b604083901c6001600160401b031661078a565b825f52600360205261030060405f2054610812565b810390811161035f576001600160401b038111610350576001935f52600260205260401b90838060401b03161760405f205561033c8186610797565b51815f52600360205260405f2055016102a3565b63302c526f60e01b5f5260045ffd5b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b6040516110939081610856823960805181818161029d0152818161054101526108e4015260a051818181610343015281816106ec01528181610ad20152610cd0015260c0518181816104f501528181610a9901528181610e8a0152610ebd015260e0518181816106600152610e1301526101005181818161096d0152610a6b0152610120518181816102de015281816105ed0152818161078d015281816109a80152610a420152f35b83515f19810190811161035f576303585b9560e11b5f5260045260245260445ffd5b6355c5b3e360e11b5f5260045260245260445ffd5b82638bf992e760e01b5f526004526501000000000060245260445ffd5b631f322bfb60e11b5f5260045260245ffd5b5065010000000000811161020a565b80518051906001600160401b0382116105c2576104c286546107bf565b601f811161057f575b50602090601f83116001146105165792826001949360209386955f9261050b575b50505f19600383901b1c191690841b1787555b019401910190926101eb565b015190505f806104ec565b90601f19831691875f52815f20925f5b818110610567575093602093600196938796938388951061054f575b505050811b0187556104ff565b01515f1960f88460031b161c191690555f8080610542565b92936020600181928786015181550195019301610526565b828111156104cb576105b490875f5260205f2090601f850160051c90602086106105ba575b601f82910160051c0391016107f7565b5f6104cb565b5f91506105a4565b634e487b7160e01b5f52604160045260245ffd5b60015f52828060205f20019103905f5b8281106105f45750506101c0565b80600191830161060481546107bf565b9081610613575b5050016105e6565b81601f5f931185146106295750555b5f8061060b565b8183526020832061064591601f0160051c8419019086016107f7565b8082528160208120915555610622565b631f937a9760e01b5f5260045ffd5b506001600160401b03821615610182565b631f89af4360e01b5f526004526201000060245260445ffd5b6360620dcf60e11b5f5260045ffd5b8151815260209182019101610150565b5f80fd5b602080916106be84610776565b8152019101906100fb565b82516001600160401b0381116106ad57820188603f820112156106ad576020810151916001600160401b0383116105c25761070d601f8401601f191660200161073a565b8381526040838501018b106106ad575f602085819660408397018386015e8301015281520192019161007a565b6040519190601f01601f191682016001600160401b038111838210176105c257604052565b6001600160401b0381116105c25760051b60200190565b51906001600160401b03821682036106ad57565b9190820180921161035f57565b80518210156107ab5760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b90600182811c921680156107ed575b60208310146107d957565b634e487b7160e01b5f52602260045260245ffd5b91607f16916107ce565b5f5b82811061080557505050565b5f828201556001016107f9565b905f915f905b60088210610824575050565b90928360051b8481046020148515171561035f5760019163ffffffff8461084d931c169061078a565b93019061081856fe6080806040526004361015610012575f80fd5b5f3560e01c90816343e13a7014610cb3575080635f7066a2146109cb5780636b851fc314610991578063725906a01461094e57806386118a0c146109135780638da5cb5b146108cf578063bab861c1146108a8578063bd7a1d6114610684578063c6f698c314610641578063da1d6138146105cc578063e0d760f814610519578063e6941b4a146104d6578063ee28edbc146102675763f2e05914146100b6575f80fd5b34610263575f366003190112610263576001546100d281610d59565b906100e06040519283610d24565b80825260208201809160015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f905b82821061019657848660405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061015057505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f801991011601019601920192018594939192610141565b6040515f85548060011c90600181168015610259575b6020831081146102455782855290811561022257506001146101eb575b50600192826101dd85946020940382610d24565b815201940191019092610112565b5f878152602081209092505b81831061020c575050810160200160016101c9565b60018160209254838688010152019201916101f7565b60ff191660208581019190915291151560051b84019091019150600190506101c9565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101ac565b5f80fd5b34610263576040366003190112610263576004356024356001600160401b0381116102635761029a903690600401610cf4565b917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036104c3575f546001600160a01b0316806104b157507f00000000000000000000000000000000000000000000000000000000000000009161030784610d59565b936103156040519586610d24565b808552602085019060051b82019136831161026357905b8282106104a1575050506103696001600160401b037f00000000000000000000000000000000000000000000000000000000000000001683610db6565b80610375855184610dc9565b116104755750908015905f5b8451811015610473576103948185610dc9565b908361045f5782820491825f52600260205260405f20546103d36103c16103bb858b610da2565b51611050565b6001600160401b038360401c16610dc9565b93825f5260036020526103e960405f2054611050565b850394851161044b576001600160401b03851161043c576001946001600160401b03915f52600260205260401b91161760405f20556104288288610da2565b51905f52600360205260405f205501610381565b63302c526f60e01b5f5260045ffd5b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b005b61048182855190610dc9565b5f19810190811161044b576303585b9560e11b5f5260045260245260445ffd5b813581526020918201910161032c565b63de2ef7dd60e01b5f5260045260245ffd5b63245aecd360e01b5f523360045260245ffd5b34610263575f3660031901126102635760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610263576020366003190112610263576004356001600160a01b03811690819003610263577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036104c3575f546001600160a01b038116806104b1575081156105bd576001600160a01b03191681175f9081557f4e87533c56eb4f50a30cbae4dc0ffb2cb67d7f185122964139d8ff65c1e2b9159080a2005b6386dbdd8360e01b5f5260045ffd5b3461026357604036600319011261026357602061063360243561061e6106147f0000000000000000000000000000000000000000000000000000000000000000600435610db6565b8260031c90610dc9565b5f5260038352600760405f2054911690610eee565b63ffffffff60405191168152f35b34610263575f3660031901126102635760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610263576040366003190112610263576004356001600160401b038111610263576106b4903690600401610cf4565b906024356001600160401b038116809103610263575f546001600160a01b031633148015906108a0575b61088d576001600160401b037f00000000000000000000000000000000000000000000000000000000000000001680821015610877575061071e83610e09565b805f52600260205260405f20549060016001600160401b038316016001600160401b03811161044b57846001600160401b038061076093169460401c16610dc9565b916001600160401b0381118015610867575b61043c576107b292825f52600260205260401b1760405f20557f000000000000000000000000000000000000000000000000000000000000000090610db6565b915f5b8181106107be57005b6107d96107d46107cf838587610d70565b610d94565b610e54565b908160031c916107e98387610dc9565b5f52600360205260405f2054600782169163ffffffff6108098484610eee565b1663ffffffff811461043c576001019063ffffffff821161044b5760e09060051b16928084046020149015171561044b5763ffffffff809161084d6001978b610dc9565b5f52600360205216831b921b19161760405f2055016107b5565b506001600160401b038311610772565b90633be6bfe760e11b5f5260045260245260445ffd5b633ea726d160e11b5f523360045260245ffd5b5033156106de565b34610263575f366003190112610263575f546040516001600160a01b039091168152602090f35b34610263575f366003190112610263576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610263576020366003190112610263576004355f5260026020526040805f20546001600160401b038251918181168352831c166020820152f35b34610263575f3660031901126102635760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610263575f3660031901126102635760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610263576020366003190112610263576004356001600160401b038111610263576109fb903690600401610cf4565b905f90610a0783610e09565b610a1083610d59565b92610a1e6040519485610d24565b808452601f19610a2d82610d59565b013660208601375f5b818110610c8e575050507f00000000000000000000000000000000000000000000000000000000000000006001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690610abf6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001683610db6565b915f906001935f965f6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016945b858210610b0f576020896001600160401b0360405191168152f35b815f999697989952600260205260405f2054996001600160401b038b16966001906001600160401b035f9d60401c16633b9aca00810290808204633b9aca00149015171561044b5787610b65919e9a939e610dc9565b99610b708c87610db6565b975f9e8f5b89511115610c25578f610bb5610b9063ffffffff928c610da2565b51610b9f8d8260031c90610dc9565b5f526003602052600760405f2054911690610eee565b1694633b9aca00860295808704633b9aca00149015171561044b57610bdb8c8f97610dc9565b610be491610db6565b610bed90610f0c565b9c909c610bf991610dd6565b94610c0391610db6565b610c0c90610f0c565b949094610c1891610df1565b9e6001019e9a938f610b75565b93949796959e5099919c9b98975099508c868c8615928315610c79575b505050610c5d575b5050506001019091989594929395610af4565b919b506001600160401b0383169a509850925060018b80610c4a565b610c869350848688610f38565b868c8f610c42565b80610ca26107d46107cf6001948688610d70565b610cac8288610da2565b5201610a36565b34610263575f366003190112610263576020906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b9181601f84011215610263578235916001600160401b038311610263576020808501948460051b01011161026357565b90601f801991011681019081106001600160401b03821117610d4557604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b038111610d455760051b60200190565b9190811015610d805760051b0190565b634e487b7160e01b5f52603260045260245ffd5b358060070b81036102635790565b8051821015610d805760209160051b010190565b8181029291811591840414171561044b57565b9190820180921161044b57565b9190915f838201938412911290801582169115161761044b57565b81810392915f13801582851316918412161761044b57565b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690818111610e3f575050565b63bb85e9db60e01b5f5260045260245260445ffd5b8060070b5f81128015610eb2575b610e7357506001600160401b031690565b63411be2e760e11b5f526004526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660245260445ffd5b506001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b0383161015610e62565b8160051b918083046020149015171561044b5763ffffffff911c1690565b90600160801b8210610f3457610f2182610fe3565b607e1981019290831161044b57821c9190565b5f90565b610f4e92939594610f4891610db6565b94610db6565b918315610fdb578215610fd257610f6491610df1565b610f7681610f7185610fe3565b610dd6565b610f7f83610fe3565b90818103610fca5750505f811215610fb757600160ff1b811461044b575f0382811c91808303610fb057501b141590565b9250501190565b1c90818103610fc65750505f90565b1190565b139392505050565b50505050600190565b505050505f90565b6fffffffffffffffffffffffffffffffff811160071b6001600160401b0382821c1160061b1763ffffffff82821c1160051b1761ffff82821c1160041b1760ff82821c1160031b17600f82821c1160021b17906d010102020202030303030303030360801b90821c1a1790565b905f915f905b60088210611062575050565b90928360051b8481046020148515171561044b5760019163ffffffff8461108b931c1690610dc9565b93019061105656",
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
// Solidity: constructor(string[] names, uint64 numFeatures_, uint64 maxFeatures_, uint64 smoothing_, uint64[] classCounts, uint256[] firstWords) returns()
func (naiveBayes *NaiveBayes) PackConstructor(names []string, numFeatures_ uint64, maxFeatures_ uint64, smoothing_ uint64, classCounts []uint64, firstWords []*big.Int) []byte {
	enc, err := naiveBayes.abi.Pack("", names, numFeatures_, maxFeatures_, smoothing_, classCounts, firstWords)
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

// PackSeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0d760f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seal(address trainer_) returns()
func (naiveBayes *NaiveBayes) PackSeal(trainer common.Address) []byte {
	enc, err := naiveBayes.abi.Pack("seal", trainer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0d760f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seal(address trainer_) returns()
func (naiveBayes *NaiveBayes) TryPackSeal(trainer common.Address) ([]byte, error) {
	return naiveBayes.abi.Pack("seal", trainer)
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

// PackWordsPerClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b851fc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function wordsPerClass() view returns(uint256)
func (naiveBayes *NaiveBayes) PackWordsPerClass() []byte {
	enc, err := naiveBayes.abi.Pack("wordsPerClass")
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
func (naiveBayes *NaiveBayes) TryPackWordsPerClass() ([]byte, error) {
	return naiveBayes.abi.Pack("wordsPerClass")
}

// UnpackWordsPerClass is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b851fc3.
//
// Solidity: function wordsPerClass() view returns(uint256)
func (naiveBayes *NaiveBayes) UnpackWordsPerClass(data []byte) (*big.Int, error) {
	out, err := naiveBayes.abi.Unpack("wordsPerClass", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// NaiveBayesSealed represents a Sealed event raised by the NaiveBayes contract.
type NaiveBayesSealed struct {
	Trainer common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NaiveBayesSealedEventName = "Sealed"

// ContractEventName returns the user-defined event name.
func (NaiveBayesSealed) ContractEventName() string {
	return NaiveBayesSealedEventName
}

// UnpackSealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Sealed(address indexed trainer)
func (naiveBayes *NaiveBayes) UnpackSealedEvent(log *types.Log) (*NaiveBayesSealed, error) {
	event := "Sealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != naiveBayes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NaiveBayesSealed)
	if len(log.Data) > 0 {
		if err := naiveBayes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range naiveBayes.abi.Events[event].Inputs {
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIClassifier\",\"name\":\"model_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"encoder_\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"refundWait_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"addData\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"contribution\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"deposit\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"claimable\",\"type\":\"uint96\"},{\"internalType\":\"uint40\",\"name\":\"id\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"numClaims\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"refunded\",\"type\":\"bool\"}],\"internalType\":\"structTrainer.Contribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"contributionKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"encoder\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"hasClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastAddTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"model\",\"outputs\":[{\"internalType\":\"contractIClassifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextAddDataCost\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numContributions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numGood\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refundWait\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTime\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"report\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalGood\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"AddData\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refund\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Report\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalPending\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRefunded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"AlreadyReported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"AlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"CannotReportOwnContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"DepositTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"DuplicateContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"ModelAgrees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"ModelDisagrees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"NoGoodContributions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"UnknownContribution\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroModel\",\"type\":\"error\"}]",
	ID:  "ecb218e84245eb032ec109b4584917518d",
	Bin: "0x60c06040523461058a57611e0f803803806100198161058e565b928339810160a08282031261058a578151916001600160a01b03831680840361058a5760208201516001600160401b03811161058a578361005b9184016105b3565b60408301519094906001600160401b03811161058a578461007d9185016105b3565b60608401519094906001600160401b03811161058a576080916100a19186016105b3565b9301519163ffffffff8316830361058a573315610577575f8054336001600160a01b0319821681178355916001600160a01b03909116907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a3156105685760805283516001600160401b03811161038857600254600181811c9116801561055e575b602082101461036a57601f81116104f0575b50602094601f821160011461048d579481929394955f92610482575b50508160011b915f199060031b1c1916176002555b82516001600160401b03811161038857600354600181811c91168015610478575b602082101461036a57601f811161040a575b506020601f82116001146103a757819293945f9261039c575b50508160011b915f199060031b1c1916176003555b81516001600160401b03811161038857600454600181811c9116801561037e575b602082101461036a57601f81116102fc575b50602092601f821160011461029b57928192935f92610290575b50508160011b915f199060031b1c1916176004555b64ffffffffff421664ffffffffff19600154161760015560a05260405161180a90816106058239608051818181610386015281816108540152818161096201528181610dc20152611021015260a051818181610588015281816109b10152610fc00152f35b015190505f80610216565b601f1982169360045f52805f20915f5b8681106102e457508360019596106102cc575b505050811b0160045561022b565b01515f1960f88460031b161c191690555f80806102be565b919260206001819286850151815501940192016102ab565b818111156101fc5760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b60208410610362575b81601f9101920160051c03905f5b8281106103555750506101fc565b5f82820155600101610347565b5f9150610339565b634e487b7160e01b5f52602260045260245ffd5b90607f16906101ea565b634e487b7160e01b5f52604160045260245ffd5b015190505f806101b4565b601f1982169060035f52805f20915f5b8181106103f2575095836001959697106103da575b505050811b016003556101c9565b01515f1960f88460031b161c191690555f80806103cc565b9192602060018192868b0151815501940192016103b7565b8181111561019b5760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208410610470575b81601f9101920160051c03905f5b82811061046357505061019b565b5f82820155600101610455565b5f9150610447565b90607f1690610189565b015190505f80610153565b601f1982169560025f52805f20915f5b8881106104d8575083600195969798106104c0575b505050811b01600255610168565b01515f1960f88460031b161c191690555f80806104b2565b9192602060018192868501518155019401920161049d565b818111156101375760025f52601f820160051c7f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace60208410610556575b81601f9101920160051c03905f5b828110610549575050610137565b5f8282015560010161053b565b5f915061052d565b90607f1690610125565b633c23327160e11b5f5260045ffd5b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761038857604052565b81601f8201121561058a578051906001600160401b038211610388576105e2601f8301601f191660200161058e565b928284526020838301011161058a57815f9260208093018386015e830101529056fe60806040526004361015610011575f80fd5b5f5f3560e01c806233786914610f6757806306df141614610eac57806306fdde0314610df15780630ad9d05214610dad5780631a416f9514610cf957806347f6acf114610cd057806351cff8d914610c0c578063547d0c1d14610bce5780635484f311146108cd5780635f7066a2146107f8578063630b4989146107d15780636f481986146107ad578063715018a6146107565780637284e4161461065257806382107456146106015780638da5cb5b146105da5780639c951552146105ac578063b35d64b11461056c578063b59ec9a414610548578063b7754479146101cc578063f2fde38b146101465763f3f437031461010b575f80fd5b34610143576020366003190112610143576020906040906001600160a01b03610132611372565b168152600883522054604051908152f35b80fd5b503461014357602036600319011261014357610160611372565b6101686117c3565b6001600160a01b031680156101b85781546001600160a01b03198116821783556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b631e4fbdf760e01b82526004829052602482fd5b50604036600319011261051d576004356001600160401b03811161051d576101f890369060040161132c565b61020061135c565b916102096116f9565b604051610215816113e2565b60015464ffffffffff8116808352602083019164ffffffffff8160281c16835261025260408501926001600160401b038360501c1684524261165c565b506102603342898989611669565b93845f52600560205264ffffffffff60405f205460c01c1661053557600164ffffffffff8551160164ffffffffff81116105215764ffffffffff80821695869052421691829052925171ffffffffffffffffffffffffffffffffffff199092161760289290921b69ffffffffff0000000000169190911760509190911b67ffffffffffffffff60501b1617600155604051916102fb83611411565b5f8084526020808501828152604080870195865260608088018581526080890186815296865260059094529320955190519451915193519490921b600160601b600160c01b03166001600160601b03929092169190911760c09190911b64ffffffffff60c01b161760e89190911b61ffff60e81b161790151560f81b6001600160f81b0319161790557f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b1561051d575f604051809263bd7a1d6160e01b8252604060048301528183816001600160401b036103e5604483018b8b6114fc565b9a16998a602483015203925af18015610512576104d6575b50906104367f43990eb900dbf1bd132b1c5424d4a391a29eef2a51ae2771ad657340a8e55b9192604051926080845260808401916114fc565b9260208201524260408201528360608201528033930390a234610467575b805f5160206117ea5f395f51905f525d80f35b806104c2575f80808034335af161045457335f52600860205260405f2061048f3482546117b6565b90556040513481527f31b5a21eaa66e072a85415f32552ffd06f73ac2b42f41a3f31c4e19a5ed87e2960203392a2610454565b634e487b7160e01b81526011600452602490fd5b7f43990eb900dbf1bd132b1c5424d4a391a29eef2a51ae2771ad657340a8e55b91929194505f6105059161142c565b6104365f949192506103fd565b6040513d5f823e3d90fd5b5f80fd5b634e487b7160e01b5f52601160045260245ffd5b8463059ef18960e51b5f5260045260245ffd5b3461051d57602061056461055b36611388565b93929092611669565b604051908152f35b3461051d575f36600319011261051d57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461051d575f36600319011261051d576105cf64ffffffffff600154164261165c565b5060206040515f8152f35b3461051d575f36600319011261051d575f546040516001600160a01b039091168152602090f35b3461051d57606036600319011261051d576024356001600160a01b038116810361051d57604435906001600160a01b038216820361051d5760209161064891600435611537565b6040519015158152f35b3461051d575f36600319011261051d576040515f6003548060011c9060018116801561074c575b6020831081146107385782855290811561071457506001146106b6575b6106b2836106a68185038261142c565b6040519182918261144d565b0390f35b60035f9081527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b939250905b8082106106fa575090915081016020016106a6610696565b9192600181602092548385880101520191019092916106e2565b60ff191660208086019190915291151560051b840190910191506106a69050610696565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610679565b3461051d575f36600319011261051d5761076e6117c3565b5f80546001600160a01b0319811682556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b3461051d575f36600319011261051d57602064ffffffffff60015416604051908152f35b3461051d575f36600319011261051d57602064ffffffffff60015460281c16604051908152f35b3461051d57602036600319011261051d576004356001600160401b03811161051d57602061082d61085092369060040161132c565b604051632fb8335160e11b815260048101849052938492839260248401916114fc565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610512576020915f916108a0575b506001600160401b0360405191168152f35b6108c09150823d84116108c6575b6108b8818361142c565b8101906114cf565b8261088e565b503d6108ae565b3461051d57606036600319011261051d576004356001600160401b03811161051d576108fd90369060040161132c565b61090561135c565b90604435906109126116f9565b61091f3383858488611669565b936109298561172e565b9360808501928351610bbb5761095e926020916040519485928392632fb8335160e11b845285600485015260248401916114fc565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215610512575f92610b9a575b50606085019361ffff855116610b875763ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906109dc82826117b6565b4210610b665750506001600160401b03809116911603610b535760208301916001600160601b03610a0f81855116611477565b1683526001825261ffff610a2581835116611491565b1681525f85815260056020908152604080832087519651978201519451955160609890981b600160601b600160c01b03166001600160601b03979097169690961760c09490941b64ffffffffff60c01b169390931760e89490941b61ffff60e81b169390931794151560f81b6001600160f81b03191694909417909255338352600690529020805463ffffffff9081166001019081116105215763ffffffff1663ffffffff1982541617905560015460016001600160401b038260501c16016001600160401b038111610521576001600160401b0360501b9060501b16906001600160401b0360501b191617600155604051905f82527f668cb0582f35d8cc1e62959951f2b36e581df3c31a96a7ff714883facb8fef0760203393a35f5f5160206117ea5f395f51905f525d005b83638599d06960e01b5f5260045260245ffd5b8791610b71916117b6565b9063d47800eb60e01b5f5260045260245260445ffd5b866358cb522560e11b5f5260045260245ffd5b610bb491925060203d6020116108c6576108b8818361142c565b908661099a565b86631316266b60e01b5f5260045260245ffd5b3461051d57602036600319011261051d576001600160a01b03610bef611372565b165f526006602052602063ffffffff60405f205416604051908152f35b3461051d57602036600319011261051d576004356001600160a01b0381169081900361051d57610c3a6116f9565b335f52600860205260405f2054908115610cbd57335f5260086020525f6040812055806040518381527f2717ead6b9200dd235aad468c9809ea400fe33ac69b5bfaa6d3e90fc922b639860203392a35f80808085855af115610ca8575f5f5160206117ea5f395f51905f525d005b630e21dcbb60e11b5f5260045260245260445ffd5b636e34ee0b60e11b5f523360045260245ffd5b3461051d575f36600319011261051d5760206001600160401b0360015460501c16604051908152f35b3461051d57602036600319011261051d57610d126114a5565b506004355f52600560205260a060405f2060405190610d3082611411565b5461ffff6001600160601b0382169283815264ffffffffff602082016001600160601b038560601c1681526001600160601b036040840191838760c01c16835260806060860195878960e81c168752019660f81c151587526040519788525116602087015251166040850152511660608301525115156080820152f35b3461051d575f36600319011261051d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461051d575f36600319011261051d576040515f6002548060011c90600181168015610ea2575b602083108114610738578285529081156107145750600114610e44576106b2836106a68185038261142c565b60025f9081527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace939250905b808210610e88575090915081016020016106a6610696565b919260018160209254838588010152019101909291610e70565b91607f1691610e18565b3461051d575f36600319011261051d576040515f6004548060011c90600181168015610f5d575b602083108114610738578285529081156107145750600114610eff576106b2836106a68185038261142c565b60045f9081527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b939250905b808210610f43575090915081016020016106a6610696565b919260018160209254838588010152019101909291610f2b565b91607f1691610ed3565b3461051d57610f7536611388565b90939291610f816116f9565b610f8e8286838688611669565b93610f988561172e565b93606085019361ffff855116610b87576001600160a01b0316963388146113195763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690610feb82826117b6565b4210610b6657505061101d92916020916040519485928392632fb8335160e11b845285600485015260248401916114fc565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215610512575f926112ed575b506001600160401b038091169116146112da57335f52600660205260405f209160405192611086846113e2565b549263ffffffff841693848252602082019464ffffffffff8260201c168652604083019160481c8252156112c757604083019464ffffffffff865116600160b880830492061b908064ffffffffff8451160361124c575b50825181166001600160b81b03166112355782516001600160b81b039182169116178252335f90815260066020908152604090912093519151925168ffffffffffffffffff1960489190911b1663ffffffff90921668ffffffffff0000000093821b939093169290921717909155810180519092906001600160601b0390611166908216611477565b16835261ffff61117881835116611491565b1681525f858152600560209081526040808320855196519751945160809096015160609890981b600160601b600160c01b03166001600160601b03979097169690961760c09490941b64ffffffffff60c01b169390931760e89490941b61ffff60e81b169390931794151560f81b6001600160f81b0319169490941790925590519182523392917f9023006708b25d5f7c1242af7844cf710d70a106dffdcab80b132e341d73dd8d9190a45f5f5160206117ea5f395f51905f525d005b87631399fa2f60e21b5f526004523360245260445ffd5b83516001600160b81b03168061128f575b5064ffffffffff81168352335f52600760205260405f20905f5260205260018060b81b0360405f2054168352896110dd565b335f52600760205260405f2064ffffffffff8551165f5260205260405f209068ffffffffffffffffff60b81b8254161790558a61125d565b63186f7c9d60e21b5f523360045260245ffd5b826379c411fd60e01b5f5260045260245ffd5b6001600160401b03919250611311829160203d6020116108c6576108b8818361142c565b929150611059565b86636460268d60e01b5f5260045260245ffd5b9181601f8401121561051d578235916001600160401b03831161051d576020808501948460051b01011161051d57565b602435906001600160401b038216820361051d57565b600435906001600160a01b038216820361051d57565b608060031982011261051d57600435906001600160401b03821161051d576113b29160040161132c565b90916024356001600160401b038116810361051d5790604435906064356001600160a01b038116810361051d5790565b606081019081106001600160401b038211176113fd57604052565b634e487b7160e01b5f52604160045260245ffd5b60a081019081106001600160401b038211176113fd57604052565b90601f801991011681019081106001600160401b038211176113fd57604052565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b6001600160601b0316906001600160601b03821161052157565b61ffff60019116019061ffff821161052157565b604051906114b282611411565b5f6080838281528260208201528260408201528260608201520152565b9081602091031261051d57516001600160401b038116810361051d5790565b35908160070b820361051d57565b916020908281520191905f5b8181106115155750505090565b909192602080600192611527876114ee565b60070b8152019401929101611508565b9190915f526005602052608060405f20926040519361155585611411565b54936001600160601b03851681526001600160601b038560601c16602082015264ffffffffff8560c01c169485604083015261ffff8160e81c16606083015260f81c151592839101528315611654576001600160a01b039081169216821461164e5750805f52600660205264ffffffffff60405f2091604051926115d8846113e2565b5463ffffffff81168452602081811c90931692840183905260481c604090930192835260b88404918203611626575050516001600160b81b03165b600160b88180821b0393061b1616151590565b5f90815260076020908152604080832093835292905220546001600160b81b03169050611613565b91505090565b505050505f90565b9190820391821161052157565b909360405193849360208501968794905f5b8181106116cd5750505060c01b6001600160c01b0319168352600883015260601b6bffffffffffffffffffffffff19166028820152601c91900390810182526116c790603c018261142c565b51902090565b919650919293946020806001926116e38a6114ee565b60070b815201970191019187969594939261167b565b5f5160206117ea5f395f51905f525c61171f5760015f5160206117ea5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b906117376114a5565b50815f52600560205260405f20916040519261175284611411565b54926001600160601b03841681526001600160601b038460601c16602082015264ffffffffff8460c01c169384604083015261ffff8160e81c16606083015260f81c1515608082015292156117a45750565b6344e139b960e01b5f5260045260245ffd5b9190820180921161052157565b5f546001600160a01b031633036117d657565b63118cdaa760e01b5f523360045260245ffdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
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
// Solidity: function contribution(bytes32 key) view returns((uint96,uint96,uint40,uint16,bool))
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
// Solidity: function contribution(bytes32 key) view returns((uint96,uint96,uint40,uint16,bool))
func (points *Points) TryPackContribution(key [32]byte) ([]byte, error) {
	return points.abi.Pack("contribution", key)
}

// UnpackContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a416f95.
//
// Solidity: function contribution(bytes32 key) view returns((uint96,uint96,uint40,uint16,bool))
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
// Solidity: function contributionKey(int64[] data, uint64 label, uint256 addedTime, address author) pure returns(bytes32)
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
// Solidity: function contributionKey(int64[] data, uint64 label, uint256 addedTime, address author) pure returns(bytes32)
func (points *Points) TryPackContributionKey(data []int64, label uint64, addedTime *big.Int, author common.Address) ([]byte, error) {
	return points.abi.Pack("contributionKey", data, label, addedTime, author)
}

// UnpackContributionKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb59ec9a4.
//
// Solidity: function contributionKey(int64[] data, uint64 label, uint256 addedTime, address author) pure returns(bytes32)
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

// PackHasClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82107456.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasClaimed(bytes32 key, address claimer, address author) view returns(bool)
func (points *Points) PackHasClaimed(key [32]byte, claimer common.Address, author common.Address) []byte {
	enc, err := points.abi.Pack("hasClaimed", key, claimer, author)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82107456.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasClaimed(bytes32 key, address claimer, address author) view returns(bool)
func (points *Points) TryPackHasClaimed(key [32]byte, claimer common.Address, author common.Address) ([]byte, error) {
	return points.abi.Pack("hasClaimed", key, claimer, author)
}

// UnpackHasClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82107456.
//
// Solidity: function hasClaimed(bytes32 key, address claimer, address author) view returns(bool)
func (points *Points) UnpackHasClaimed(data []byte) (bool, error) {
	out, err := points.abi.Unpack("hasClaimed", data)
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
	Data    []int64
	Label   uint64
	Time    *big.Int
	Sender  common.Address
	Deposit *big.Int
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
// Solidity: event AddData(int64[] data, uint64 label, uint256 time, address indexed sender, uint256 deposit)
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
	Key    [32]byte
	Author common.Address
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
// Solidity: event Refund(bytes32 indexed key, address indexed author, uint256 amount)
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
	if bytes.Equal(raw[:4], points.abi.Errors["AlreadyRefunded"].ID.Bytes()[:4]) {
		return points.UnpackAlreadyRefundedError(raw[4:])
	}
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

// PointsAlreadyRefunded represents a AlreadyRefunded error raised by the Points contract.
type PointsAlreadyRefunded struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRefunded(bytes32 key)
func PointsAlreadyRefundedErrorID() common.Hash {
	return common.HexToHash("0x1316266ba3ff443517fba55d6b2883c184e517396b6f570bcdb66784249e78ff")
}

// UnpackAlreadyRefundedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRefunded(bytes32 key)
func (points *Points) UnpackAlreadyRefundedError(raw []byte) (*PointsAlreadyRefunded, error) {
	out := new(PointsAlreadyRefunded)
	if err := points.abi.UnpackIntoInterface(out, "AlreadyRefunded", raw); err != nil {
		return nil, err
	}
	return out, nil
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
	ABI: "[{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64[]\",\"name\":\"counts\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"distances\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"d\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"best\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"}],\"name\":\"seal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setSumWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"sum\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"wordsPerClass\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"Sealed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"CountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"EmptyClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"IndicesNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"class\",\"type\":\"uint256\"}],\"name\":\"MagnitudeOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "6d6d3671d22e87352c952dce7361dd8605",
	Bin: "0x61012060405234610691576118928038038061001a8161071e565b92833981019060a0818303126106915780516001600160401b0381116106915781019180601f840112156106915782519261005c61005785610743565b61071e565b90602082868152016020819660051b830101918483116106915760208101915b8383106106ad57505050506100936020840161075a565b936100a06040850161075a565b60608501516001600160401b0381116106915785019484601f87011215610691578551956100d061005788610743565b9660208089838152019160051b8301019187831161069157602001905b828210610695575050506080810151906001600160401b03821161069157019380601f8601121561069157845161012661005782610743565b9560208088848152019260051b82010192831161069157602001905b8282106106815750505082511561067257825162010000811161065957506001600160401b0386169586158015610648575b610639573360805283516001600160401b031660a05260c05260e0528151906801000000000000000082116105a657600154826001558083106105ba575b5060015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf692915b828210610489575050505082519051908181036104745750505f5b82518110156102a1576001600160401b03610213828561076e565b51161561028f57650100000000006001600160401b03610233838661076e565b51161015610265576001906001600160401b03610250828661076e565b5116815f52600260205260405f2055016101f8565b6001600160401b03610277828561076e565b5116906345a52f8760e01b5f5260045260245260445ffd5b632195894b60e01b5f5260045260245ffd5b50600383018084116103995760021c61010081905260a051811591906001600160401b031680820290828204148317156103995780845111610452575091905f925b82518410156103c157816103ad5780840493845f52600260205260405f2054610321610318610312848861076e565b516107f6565b8260401c610796565b825f52600360205261033660405f20546107f6565b8103908111610399578060c01c610386576001939495965f52600260205260401b90838060401b03161760405f205561036f818661076e565b51815f52600360205260405f2055019291906102e3565b866343727c1560e01b5f5260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b604051611031908161086182396080518181816102cf015281816107be015261096d015260a05181818161049b015281816108df01528181610a130152610d15015260c05181818161028301528181610f570152610f8a015260e0518181816104100152610ee00152610100518181816103a00152818161051701528181610804015281816109ae0152610ce80152f35b83515f198101908111610399576303585b9560e11b5f5260045260245260445ffd5b6355c5b3e360e11b5f5260045260245260445ffd5b80518051906001600160401b0382116105a6576104a686546107a3565b601f8111610563575b50602090601f83116001146104fa5792826001949360209386955f926104ef575b50505f19600383901b1c191690841b1787555b019401910190926101dd565b015190505f806104d0565b90601f19831691875f52815f20925f5b81811061054b5750936020936001969387969383889510610533575b505050811b0187556104e3565b01515f1960f88460031b161c191690555f8080610526565b9293602060018192878601518155019501930161050a565b828111156104af5761059890875f5260205f2090601f850160051c906020861061059e575b601f82910160051c0391016107db565b5f6104af565b5f9150610588565b634e487b7160e01b5f52604160045260245ffd5b60015f52828060205f20019103905f5b8281106105d85750506101b2565b8060019183016105e881546107a3565b90816105f7575b5050016105ca565b81601f5f9311851461060d5750555b5f806105ef565b8183526020832061062991601f0160051c8419019086016107db565b8082528160208120915555610606565b631f937a9760e01b5f5260045ffd5b506001600160401b03821615610174565b631f89af4360e01b5f526004526201000060245260445ffd5b6360620dcf60e11b5f5260045ffd5b8151815260209182019101610142565b5f80fd5b602080916106a28461075a565b8152019101906100ed565b82516001600160401b03811161069157820186603f82011215610691576020810151916001600160401b0383116105a6576106f1601f8401601f191660200161071e565b8381526040838501018910610691575f602085819660408397018386015e8301015281520192019161007c565b6040519190601f01601f191682016001600160401b038111838210176105a657604052565b6001600160401b0381116105a65760051b60200190565b51906001600160401b038216820361069157565b80518210156107825760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b9190820180921161039957565b90600182811c921680156107d1575b60208310146107bd57565b634e487b7160e01b5f52602260045260245ffd5b91607f16916107b2565b5f5b8281106107e957505050565b5f828201556001016107dd565b905f915f905b60048210610808575050565b90928360061b848104604014851517156103995782901c6001600160401b031660070b80800291905f8112600160ff1b821416610399578083058114901517156103995760019161085891610796565b9301906107fc56fe60806040526004361015610011575f80fd5b5f3560e01c80631659f234146109365780633b3546c81461090357806343e13a70146108c05780635f7066a2146108275780636b851fc3146107ed5780638da5cb5b146107a9578063bab861c114610782578063bb551b5314610705578063bd7a1d6114610434578063c6f698c3146103f1578063cad0899b1461037f578063e0d760f8146102a7578063e6941b4a146102645763f2e05914146100b3575f80fd5b34610260575f366003190112610260576001546100cf81610bb9565b906100dd6040519283610b84565b80825260208201809160015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f905b82821061019357848660405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061014d57505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f80199101160101960192019201859493919261013e565b6040515f85548060011c90600181168015610256575b6020831081146102425782855290811561021f57506001146101e8575b50600192826101da85946020940382610b84565b81520194019101909261010f565b5f878152602081209092505b818310610209575050810160200160016101c6565b60018160209254838688010152019201916101f4565b60ff191660208581019190915291151560051b84019091019150600190506101c6565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101a9565b5f80fd5b34610260575f3660031901126102605760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610260576020366003190112610260576004356001600160a01b03811690819003610260577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361036c575f546001600160a01b0381168061035a5750811561034b576001600160a01b03191681175f9081557f4e87533c56eb4f50a30cbae4dc0ffb2cb67d7f185122964139d8ff65c1e2b9159080a2005b6386dbdd8360e01b5f5260045ffd5b63de2ef7dd60e01b5f5260045260245ffd5b63245aecd360e01b5f523360045260245ffd5b346102605760403660031901126102605760206103e66024356103d16103c77f0000000000000000000000000000000000000000000000000000000000000000600435610c48565b8260021c90610c79565b5f5260038352600360405f2054911690610fbb565b6040519060070b8152f35b34610260575f3660031901126102605760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610260576040366003190112610260576004356001600160401b03811161026057610464903690600401610b54565b6024356001600160401b038116809103610260575f546001600160a01b031633148015906106fd575b6106ea576001600160401b037f000000000000000000000000000000000000000000000000000000000000000016808210156106d457506104cd82610ed6565b805f52600260205260405f20549260016001600160401b038516016001600160401b03811161068b576001600160401b031693650100000000008510156106bd5760401c9261053c7f000000000000000000000000000000000000000000000000000000000000000084610c48565b915f925f906377359400935b808310610580578888888160c01c61056e575f52600260205260401b1760405f20555f80f35b6343727c1560e01b5f5260045260245ffd5b9091929394966105a161059c610597868589610c2a565b610c3a565b610f21565b9784151590816106b2575b5061069f5787938860021c916105c28386610c79565b5f52600360205260405f205460038b16916105dd8383610fbb565b60070b633b9aca00810191677fffffffffffffff198312677fffffffffffffff84131761068b57610611610617928d610ca1565b90610c86565b670de0b6b3a76400008101905f670de0b6b3a76400008312911290801582169115161761068b5760c0909c60061b16928084046040149015171561068b576001600160401b03809161066b6001978a610c79565b5f52600360205216831b921b19161760405f205501919094939294610548565b634e487b7160e01b5f52601160045260245ffd5b836305d7846560e01b5f5260045260245ffd5b90508811158a6105ac565b84836345a52f8760e01b5f5260045260245260445ffd5b90633be6bfe760e11b5f5260045260245260445ffd5b633ea726d160e11b5f523360045260245ffd5b50331561048d565b34610260576020366003190112610260576004356001600160401b0381116102605761073861073e913690600401610b54565b90610cc3565b6040518091602082016020835281518091526020604084019201905f5b818110610769575050500390f35b825184528594506020938401939092019160010161075b565b34610260575f366003190112610260575f546040516001600160a01b039091168152602090f35b34610260575f366003190112610260576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610260575f3660031901126102605760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610260576020366003190112610260576004356001600160401b0381116102605761085a610862913690600401610b54565b5f9291610cc3565b60015b81518110156108ac576108788183610bd0565b5161088c6001600160401b03851684610bd0565b511161089b575b600101610865565b6001600160401b0381169250610893565b6020836001600160401b0360405191168152f35b34610260575f3660031901126102605760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610260576020366003190112610260576004355f52600260205260206001600160401b0360405f205416604051908152f35b34610260576040366003190112610260576004356024356001600160401b03811161026057610969903690600401610b54565b91907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361036c575f546001600160a01b03168061035a57507f0000000000000000000000000000000000000000000000000000000000000000906109d784610bb9565b936109e56040519586610b84565b808552602085019060051b82019136831161026057905b828210610b4457505050610a396001600160401b037f00000000000000000000000000000000000000000000000000000000000000001682610c48565b80610a45855185610c79565b11610b18575091905f925b8251841015610b1657610a638483610c79565b93610a6e8286610c5b565b94855f52600260205260405f2054610a9b610a92610a8c8589610bd0565b51610fdf565b8260401c610c79565b825f526003602052610ab060405f2054610fdf565b810390811161068b578060c01c610b03576001600160401b03906001959697985f52600260205260401b91161760405f2055610aec8287610bd0565b51905f52600360205260405f205501929190610a50565b876343727c1560e01b5f5260045260245ffd5b005b610b2483855190610c79565b5f19810190811161068b576303585b9560e11b5f5260045260245260445ffd5b81358152602091820191016109fc565b9181601f84011215610260578235916001600160401b038311610260576020808501948460051b01011161026057565b90601f801991011681019081106001600160401b03821117610ba557604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b038111610ba55760051b60200190565b8051821015610be45760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b90610c0282610bb9565b610c0f6040519182610b84565b8281528092610c20601f1991610bb9565b0190602036910137565b9190811015610be45760051b0190565b358060070b81036102605790565b8181029291811591840414171561068b57565b8115610c65570490565b634e487b7160e01b5f52601260045260245ffd5b9190820180921161068b57565b9190915f838201938412911290801582169115161761068b57565b81810292915f8212600160ff1b82141661068b57818405149015171561068b57565b919091610ccf83610ed6565b610cd883610bf8565b925f5b818110610e6a57505050907f000000000000000000000000000000000000000000000000000000000000000091610d3a6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016610bf8565b637735940092905f5b8151811015610e6257805f52600260205260405f2054916001600160401b038316610d6e8884610c48565b975f90815b8751831015610dc657610dbe600191610db58d610d9f610d93888e610bd0565b51918260021c90610c79565b5f526003602052600360405f2054911690610fbb565b60070b90610c86565b920191610d73565b949399509694919050610de381610dde818951610ca1565b610ca1565b93670de0b6b3a7640000850294808605670de0b6b3a7640000149015171561068b57610e1390610dde838b610ca1565b935f858203951281861281169186139015161761068b57610e47610e40600195610e4d9460401c90610c86565b9180610ca1565b90610c5b565b610e578289610bd0565b520194909294610d43565b509350509050565b610e7b61059c610597838587610c2a565b610e858287610bd0565b5280151580610ead575b610e9b57600101610cdb565b6305d7846560e01b5f5260045260245ffd5b50610eb88186610bd0565b515f19820182811161068b57610ece9087610bd0565b511015610e8f565b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690818111610f0c575050565b63bb85e9db60e01b5f5260045260245260445ffd5b8060070b5f81128015610f7f575b610f4057506001600160401b031690565b63411be2e760e11b5f526004526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660245260445ffd5b506001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b0383161015610f2f565b8160061b918083046040149015171561068b576001600160401b03911c1660070b90565b905f915f905b60048210610ff1575050565b90928360061b8481046040148515171561068b576001916110236001600160401b0385611029941c1660070b80610ca1565b90610c79565b930190610fe556",
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
// Solidity: constructor(string[] names, uint64 numFeatures_, uint64 maxFeatures_, uint64[] counts, uint256[] firstWords) returns()
func (sparseNearestCentroid *SparseNearestCentroid) PackConstructor(names []string, numFeatures_ uint64, maxFeatures_ uint64, counts []uint64, firstWords []*big.Int) []byte {
	enc, err := sparseNearestCentroid.abi.Pack("", names, numFeatures_, maxFeatures_, counts, firstWords)
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

// PackSeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0d760f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seal(address trainer_) returns()
func (sparseNearestCentroid *SparseNearestCentroid) PackSeal(trainer common.Address) []byte {
	enc, err := sparseNearestCentroid.abi.Pack("seal", trainer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0d760f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seal(address trainer_) returns()
func (sparseNearestCentroid *SparseNearestCentroid) TryPackSeal(trainer common.Address) ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("seal", trainer)
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

// PackWordsPerClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b851fc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function wordsPerClass() view returns(uint256)
func (sparseNearestCentroid *SparseNearestCentroid) PackWordsPerClass() []byte {
	enc, err := sparseNearestCentroid.abi.Pack("wordsPerClass")
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
func (sparseNearestCentroid *SparseNearestCentroid) TryPackWordsPerClass() ([]byte, error) {
	return sparseNearestCentroid.abi.Pack("wordsPerClass")
}

// UnpackWordsPerClass is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b851fc3.
//
// Solidity: function wordsPerClass() view returns(uint256)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackWordsPerClass(data []byte) (*big.Int, error) {
	out, err := sparseNearestCentroid.abi.Unpack("wordsPerClass", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// SparseNearestCentroidSealed represents a Sealed event raised by the SparseNearestCentroid contract.
type SparseNearestCentroidSealed struct {
	Trainer common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SparseNearestCentroidSealedEventName = "Sealed"

// ContractEventName returns the user-defined event name.
func (SparseNearestCentroidSealed) ContractEventName() string {
	return SparseNearestCentroidSealedEventName
}

// UnpackSealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Sealed(address indexed trainer)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackSealedEvent(log *types.Log) (*SparseNearestCentroidSealed, error) {
	event := "Sealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sparseNearestCentroid.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SparseNearestCentroidSealed)
	if len(log.Data) > 0 {
		if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sparseNearestCentroid.abi.Events[event].Inputs {
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
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], sparseNearestCentroid.abi.Errors["MagnitudeOverflow"].ID.Bytes()[:4]) {
		return sparseNearestCentroid.UnpackMagnitudeOverflowError(raw[4:])
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

// SparseNearestCentroidMagnitudeOverflow represents a MagnitudeOverflow error raised by the SparseNearestCentroid contract.
type SparseNearestCentroidMagnitudeOverflow struct {
	Class *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MagnitudeOverflow(uint256 class)
func SparseNearestCentroidMagnitudeOverflowErrorID() common.Hash {
	return common.HexToHash("0x43727c15d73ab5446c566b22eadeddccff0ff67be4a7aa0958c69fb4a41e9c34")
}

// UnpackMagnitudeOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MagnitudeOverflow(uint256 class)
func (sparseNearestCentroid *SparseNearestCentroid) UnpackMagnitudeOverflowError(raw []byte) (*SparseNearestCentroidMagnitudeOverflow, error) {
	out := new(SparseNearestCentroidMagnitudeOverflow)
	if err := sparseNearestCentroid.abi.UnpackIntoInterface(out, "MagnitudeOverflow", raw); err != nil {
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
	ABI: "[{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"},{\"internalType\":\"uint64\",\"name\":\"numFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxFeatures_\",\"type\":\"uint64\"},{\"internalType\":\"int64\",\"name\":\"intercept_\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"learningRate_\",\"type\":\"int64\"},{\"internalType\":\"uint256[]\",\"name\":\"firstWords\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"classNames\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"intercept\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"learningRate\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numClasses\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numFeatures\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"}],\"name\":\"score\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"s\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer_\",\"type\":\"address\"}],\"name\":\"seal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"setWeightWords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64[]\",\"name\":\"data\",\"type\":\"int64[]\"},{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"feature\",\"type\":\"uint256\"}],\"name\":\"weight\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"Sealed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"AlreadySealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"index\",\"type\":\"int64\"},{\"internalType\":\"uint256\",\"name\":\"numFeatures\",\"type\":\"uint256\"}],\"name\":\"FeatureOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"learningRate\",\"type\":\"int64\"}],\"name\":\"InvalidLearningRate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyClasses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyFeatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"label\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"numClasses\",\"type\":\"uint256\"}],\"name\":\"UnknownLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numWords\",\"type\":\"uint256\"}],\"name\":\"WordOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongDimension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTrainer\",\"type\":\"error\"}]",
	ID:  "ed7785349e13270dd306968dd1557272c6",
	Bin: "0x610140604052346104ed576111558038038061001a81610562565b92833981019060c0818303126104ed5780516001600160401b0381116104ed57810182601f820112156104ed5780519061005b61005683610587565b610562565b90602082848152016020819460051b830101918683116104ed5760208101915b8383106104f157505050506100926020840161059e565b9161009f6040850161059e565b6100ab606086016105b2565b936100b8608087016105b2565b60a087015190966001600160401b0382116104ed57019680601f890112156104ed5787516100e861005682610587565b986020808b848152019260051b8201019283116104ed57602001905b8282106104dd575050508351156104ce578351600281116102e757506001600160401b0381161580156104bd575b6104ae573360805283516001600160401b031660a05260c05260e05281519068010000000000000000821161041b576001548260015580831061042f575b5060015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf692915b8282106102fe575050505051600281036102e757508160070b5f8113156102d557506101005261012052805160018060401b0360c05116600381018091116102c15760021c908181116102a157825f5b81518110156102145760019060208160051b84010151815f52600260205260405f2055016101eb565b604051610b419081610614823960805181818161032b015281816104dd0152610658015260a051818181610583015261097e015260c0518181816102df015281816106a1015281816108ea015261091d015260e0518181816103fa01526108000152610100518181816105fb015261082b0152610120518181816105be015281816109d00152610a9e0152f35b5f1981019081116102c1576303585b9560e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b632dc4541360e21b5f5260045260245ffd5b631f89af4360e01b5f52600452600260245260445ffd5b80518051906001600160401b03821161041b5761031b86546105c0565b601f81116103d8575b50602090601f831160011461036f5792826001949360209386955f92610364575b50505f19600383901b1c191690841b1787555b0194019101909261019b565b015190505f80610345565b90601f19831691875f52815f20925f5b8181106103c057509360209360019693879693838895106103a8575b505050811b018755610358565b01515f1960f88460031b161c191690555f808061039b565b9293602060018192878601518155019501930161037f565b828111156103245761040d90875f5260205f2090601f850160051c9060208610610413575b601f82910160051c0391016105f8565b5f610324565b5f91506103fd565b634e487b7160e01b5f52604160045260245ffd5b60015f52828060205f20019103905f5b82811061044d575050610170565b80600191830161045d81546105c0565b908161046c575b50500161043f565b81601f5f931185146104825750555b5f80610464565b8183526020832061049e91601f0160051c8419019086016105f8565b808252816020812091555561047b565b631f937a9760e01b5f5260045ffd5b506001600160401b03821615610132565b6360620dcf60e11b5f5260045ffd5b8151815260209182019101610104565b5f80fd5b82516001600160401b0381116104ed57820188603f820112156104ed576020810151916001600160401b03831161041b57610535601f8401601f1916602001610562565b8381526040838501018b106104ed575f602085819660408397018386015e8301015281520192019161007b565b6040519190601f01601f191682016001600160401b0381118382101761041b57604052565b6001600160401b03811161041b5760051b60200190565b51906001600160401b03821682036104ed57565b51908160070b82036104ed57565b90600182811c921680156105ee575b60208310146105da57565b634e487b7160e01b5f52602260045260245ffd5b91607f16916105cf565b5f5b82811061060657505050565b5f828201556001016105fa56fe60806040526004361015610011575f80fd5b5f3560e01c80630fae52f41461075457806315c0472c1461062157806319c13767146105e45780633766bf19146105a757806343e13a70146105645780635f7066a21461050c5780638da5cb5b146104c8578063bab861c1146104a1578063bd7a1d611461041e578063c6f698c3146103db578063e0d760f814610303578063e6941b4a146102c0578063f2e05914146100f45763f8e27f93146100b3575f80fd5b346100f05760203660031901126100f05760206100e56004358060021c5f5260028352600360405f2054911690610b1d565b6040519060070b8152f35b5f80fd5b346100f0575f3660031901126100f0576001546001600160401b0381116102ac576040519061012960208260051b0183610afc565b80825260208201809160015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f905b8282106101df57848660405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061019957505050500390f35b91936001919395506020808092603f198a82030186528189518051918291828552018484015e5f838284010152601f80199101160101960192019201859493919261018a565b6040515f85548060011c906001811680156102a2575b60208310811461028e5782855290811561026b5750600114610234575b506001928261022685946020940382610afc565b81520194019101909261015b565b5f878152602081209092505b81831061025557505081016020016001610212565b6001816020925483868801015201920191610240565b60ff191660208581019190915291151560051b8401909101915060019050610212565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101f5565b634e487b7160e01b5f52604160045260245ffd5b346100f0575f3660031901126100f05760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100f05760203660031901126100f0576004356001600160a01b038116908190036100f0577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036103c8575f546001600160a01b038116806103b6575081156103a7576001600160a01b03191681175f9081557f4e87533c56eb4f50a30cbae4dc0ffb2cb67d7f185122964139d8ff65c1e2b9159080a2005b6386dbdd8360e01b5f5260045ffd5b63de2ef7dd60e01b5f5260045260245ffd5b63245aecd360e01b5f523360045260245ffd5b346100f0575f3660031901126100f05760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100f05760403660031901126100f0576004356001600160401b0381116100f05761044e903690600401610791565b602435906001600160401b03821682036100f0575f546001600160a01b03163314801590610499575b6104865761048492610971565b005b633ea726d160e11b5f523360045260245ffd5b503315610477565b346100f0575f3660031901126100f0575f546040516001600160a01b039091168152602090f35b346100f0575f3660031901126100f0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100f05760203660031901126100f0576004356001600160401b0381116100f0576105466105405f923690600401610791565b906107f3565b131561055c57602060015b60ff60405191168152f35b60205f610551565b346100f0575f3660031901126100f05760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100f0575f3660031901126100f05760206040517f000000000000000000000000000000000000000000000000000000000000000060070b8152f35b346100f0575f3660031901126100f05760206040517f000000000000000000000000000000000000000000000000000000000000000060070b8152f35b346100f05760403660031901126100f0576004356024356001600160401b0381116100f057610654903690600401610791565b90917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036103c8575f546001600160a01b0316806103b657506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016600381018091116107405760021c806106da8484610964565b1161071657505f5b8281106106eb57005b806106f960019285876107c1565b356107048285610964565b5f52600260205260405f2055016106e2565b9161072091610964565b5f198101908111610740576303585b9560e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b346100f05760203660031901126100f0576004356001600160401b0381116100f0576107896105406020923690600401610791565b604051908152f35b9181601f840112156100f0578235916001600160401b0383116100f0576020808501948460051b0101116100f057565b91908110156107d15760051b0190565b634e487b7160e01b5f52603260045260245ffd5b358060070b81036100f05790565b9190916001600160401b037f00000000000000000000000000000000000000000000000000000000000000001680841161094e5750917f000000000000000000000000000000000000000000000000000000000000000060070b925f915b80831061085d57505050565b90919361087361086e8684866107c1565b6107e5565b8060070b5f81128015610912575b6108d3575080673fffffffffffffff6108ae9260021c165f526002602052600360405f2054911690610b1d565b60070b905f828201928312911290801582169115161761074057936001019190610851565b63411be2e760e11b5f526004526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660245260445ffd5b506001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b0383161015610881565b8363bb85e9db60e01b5f5260045260245260445ffd5b9190820180921161074057565b90916001600160401b03807f00000000000000000000000000000000000000000000000000000000000000001691169080821015610ae657505f6109b584846107f3565b1315610add578060ff60015b1614610ad857600103610a9c577f0000000000000000000000000000000000000000000000000000000000000000915b5f5b818110610a005750505050565b610a0e61086e8284866107c1565b90673fffffffffffffff8260021c1691825f52600260205260405f20546003821691610a3a8383610b1d565b60070b8860070b0190677fffffffffffffff198212677fffffffffffffff8313176107405760c09060061b169280840460401490151715610740576001600160401b0380916001965f52600260205216831b921b19161760405f2055016109f3565b7f000000000000000000000000000000000000000000000000000000000000000060070b677fffffffffffffff198114610740575f03916109f1565b505050565b8060ff5f6109c1565b90633be6bfe760e11b5f5260045260245260445ffd5b90601f801991011681019081106001600160401b038211176102ac57604052565b8160061b9180830460401490151715610740576001600160401b03911c1660070b9056",
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
// Solidity: constructor(string[] names, uint64 numFeatures_, uint64 maxFeatures_, int64 intercept_, int64 learningRate_, uint256[] firstWords) returns()
func (sparsePerceptron *SparsePerceptron) PackConstructor(names []string, numFeatures_ uint64, maxFeatures_ uint64, intercept_ int64, learningRate_ int64, firstWords []*big.Int) []byte {
	enc, err := sparsePerceptron.abi.Pack("", names, numFeatures_, maxFeatures_, intercept_, learningRate_, firstWords)
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

// PackSeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0d760f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seal(address trainer_) returns()
func (sparsePerceptron *SparsePerceptron) PackSeal(trainer common.Address) []byte {
	enc, err := sparsePerceptron.abi.Pack("seal", trainer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0d760f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seal(address trainer_) returns()
func (sparsePerceptron *SparsePerceptron) TryPackSeal(trainer common.Address) ([]byte, error) {
	return sparsePerceptron.abi.Pack("seal", trainer)
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

// SparsePerceptronSealed represents a Sealed event raised by the SparsePerceptron contract.
type SparsePerceptronSealed struct {
	Trainer common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SparsePerceptronSealedEventName = "Sealed"

// ContractEventName returns the user-defined event name.
func (SparsePerceptronSealed) ContractEventName() string {
	return SparsePerceptronSealedEventName
}

// UnpackSealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Sealed(address indexed trainer)
func (sparsePerceptron *SparsePerceptron) UnpackSealedEvent(log *types.Log) (*SparsePerceptronSealed, error) {
	event := "Sealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sparsePerceptron.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SparsePerceptronSealed)
	if len(log.Data) > 0 {
		if err := sparsePerceptron.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sparsePerceptron.abi.Events[event].Inputs {
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
	if bytes.Equal(raw[:4], sparsePerceptron.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return sparsePerceptron.UnpackLengthMismatchError(raw[4:])
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
