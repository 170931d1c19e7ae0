// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// BatchHeader is an auto generated low-level Go binding around an user-defined struct.
type BatchHeader struct {
	BatchNumber         uint64
	Timestamp           uint64
	PriorityOpsConsumed uint64
	PrevStateRoot       *big.Int
	NewStateRoot        *big.Int
	PriorityHashBefore  [32]byte
	PriorityHashAfter   [32]byte
	PubdataHash         [32]byte
}

// ExitProof is an auto generated low-level Go binding around an user-defined struct.
type ExitProof struct {
	AccountId       uint32
	Token           uint16
	Balance         *big.Int
	PubKeyX         *big.Int
	PubKeyY         *big.Int
	L1Address       common.Address
	Nonce           uint64
	Stake           *big.Int
	Locked          *big.Int
	Fulfilled       uint64
	Expired         uint64
	Exiting         bool
	TokenSiblings   []*big.Int
	AccountSiblings []*big.Int
	JobsRoot        *big.Int
	ModelsRoot      *big.Int
}

// ModelRegistryModel is an auto generated low-level Go binding around an user-defined struct.
type ModelRegistryModel struct {
	Owner       common.Address
	FeeGwei     uint64
	VkHash      [32]byte
	OwnerPubkey [32]byte
	MetadataURI string
}

// NexusRollupL1Job is an auto generated low-level Go binding around an user-defined struct.
type NexusRollupL1Job struct {
	Requester common.Address
	FeeGwei   uint64
	ModelId   uint32
	Status    uint8
}

// ProverRegistryProver is an auto generated low-level Go binding around an user-defined struct.
type ProverRegistryProver struct {
	Stake              *big.Int
	UnstakeRequestedAt uint64
	Registered         bool
	Released           bool
	Pubkey             [32]byte
	Fulfilled          uint64
	Expired            uint64
}

// ExitRootMetaData contains all meta data concerning the ExitRoot contract.
var ExitRootMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ACCOUNT_TREE_DEPTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOKEN_TREE_DEPTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pubKeyX\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pubKeyY\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"l1Address\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"fulfilled\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expired\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"exiting\",\"type\":\"bool\"},{\"internalType\":\"uint256[]\",\"name\":\"tokenSiblings\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"accountSiblings\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"jobsRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"modelsRoot\",\"type\":\"uint256\"}],\"internalType\":\"structExitProof\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"root\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenSiblings\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accountSiblings\",\"type\":\"uint256\"}],\"name\":\"ExitRoot_BadProofLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Poseidon2_NotInField\",\"type\":\"error\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506119c88061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c8063a90edefc14610043578063b1ed7d4914610068578063d5d29fca14610070575b5f5ffd5b6100566100513660046117b8565b610078565b60405190815260200160405180910390f35b610056600481565b610056601881565b5f60046100896101808401846117f7565b90501415806100a8575060186100a36101a08401846117f7565b905014155b1561010c576100bb6101808301836117f7565b90506100cb6101a08401846117f7565b6040517fce53c21a00000000000000000000000000000000000000000000000000000000815260048101939093526024830152506044015b60405180910390fd5b5f61013c610120604085016020860161185b565b61ffff1660408501356101376101808701876117f7565b61040e565b60408051600a80825261016082019092529192505f919060208201610140803683370190505090508360600135815f8151811061017b5761017b61187c565b60200260200101818152505083608001358160018151811061019f5761019f61187c565b60209081029190910101526101ba60c0850160a086016118a9565b73ffffffffffffffffffffffffffffffffffffffff16816002815181106101e3576101e361187c565b60209081029190910101526101fe60e0850160c086016118dc565b67ffffffffffffffff168160038151811061021b5761021b61187c565b602002602001018181525050818160048151811061023b5761023b61187c565b6020026020010181815250508360e001358160058151811061025f5761025f61187c565b602002602001018181525050836101000135816006815181106102845761028461187c565b60209081029190910101526102a1610140850161012086016118dc565b67ffffffffffffffff16816007815181106102be576102be61187c565b60209081029190910101526102db610160850161014086016118dc565b67ffffffffffffffff16816008815181106102f8576102f861187c565b602090810291909101015261031561018085016101608601611903565b61031f575f610322565b60015b60ff16816009815181106103385761033861187c565b6020908102919091010152604080516003808252608082019092525f918160200160208202803683370190505090506103946103776020870187611922565b63ffffffff1661038684610481565b6101376101a08901896117f7565b815f815181106103a6576103a661187c565b602002602001018181525050846101c00135816001815181106103cb576103cb61187c565b602002602001018181525050846101e00135816002815181106103f0576103f061187c565b60200260200101818152505061040581610481565b95945050505050565b5f5f5b8281101561047757600186821c161561044b576104468484838181106104395761043961187c565b90506020020135866104c0565b61046d565b61046d858585848181106104615761046161187c565b905060200201356104c0565b9450600101610411565b5092949350505050565b5f805b82518110156104ba576104b0828483815181106104a3576104a361187c565b60200260200101516104c0565b9150600101610484565b50919050565b5f5f5160206119735f395f51905f52831061050a576040517fde3b9fdd00000000000000000000000000000000000000000000000000000000815260048101849052602401610103565b5f5160206119735f395f51905f528210610553576040517fde3b9fdd00000000000000000000000000000000000000000000000000000000815260048101839052602401610103565b5f61055e8484610587565b9150505f5160206119735f395f51905f528061057c5761057c611945565b838208949350505050565b5f5f6105f1565b5f5f5160206119735f395f51905f528283095f5160206119735f395f51905f5281820990505f5160206119735f395f51905f5281820990505f5160206119735f395f51905f5281820990505f5160206119735f395f51905f528382099392505050565b5f5160206119735f395f51905f528385085f5160206119735f395f51905f5281860894505f5160206119735f395f51905f5281850893506106615f5160206119735f395f51905f527f01dcf9885dcd5e510f86effa9cb2799dc54103cc6e6a11e2a28bd6f06b41007e870861058e565b945061069c5f5160206119735f395f51905f527f0f51c58ed2888016addf5e31aef32129a2da008acb473cb35640390af364b3dc860861058e565b93505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f5281850893506107105f5160206119735f395f51905f527f086dc145aeef7702fcf6f39095bb0af6031e1ff49d07460888911f99152b7493870861058e565b945061074b5f5160206119735f395f51905f527f0f79b3b1aab7b75b8027c00612489efae6ea6bfe4561b24a125a0ed58c090d28860861058e565b93505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f5281850893506107be5f5160206119735f395f51905f527eddd955fe1b73653730ff0c49d0d69659e89ca3feea667f4b59dde8e74ca2dd870861058e565b94506107f95f5160206119735f395f51905f527f0bbababa75d454c9630297a04c6b1f451d4d7bb0767bfb8bf6cbd7abf73d38ed860861058e565b93505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52818508935061086d5f5160206119735f395f51905f527f1264a08795ded8e0bc0a6b94c0a7f0371406045fe1aed45ba73671c08959e867870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506108f15f5160206119735f395f51905f527f0f9453bbebf1c007cf85f39de13ee3a482306e1d20863d96cb51dd773d05fb51870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506109755f5160206119735f395f51905f527f1074fbf37d98d3baa5eb37259d1c7185f0188b9c7371c53678b467c8aad6611c870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506109f95f5160206119735f395f51905f527f0bdd4e4dad94b9cf97a500b7db9229fb43e3667b3a1fc904b99d2706c7f9653f870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610a7d5f5160206119735f395f51905f527f09a7ca1629f6d320eaf0d97ba1ed5a29726d38e196417601eee27e7f95d03537870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610b015f5160206119735f395f51905f527f10d41681eda1bcb3ae94f6a92901d9a1ec136ee4f3b4a38a71dca3b3bea303e2870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610b855f5160206119735f395f51905f527f0ef00e6e048aa24d70bf50171b7b3f6ce348d934486125870ea198ec22cabd9d870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610c095f5160206119735f395f51905f527f0a5e95bac47b9bb1a5c24c0583bccec4325195f087f76898d7ad01904d1458bb870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610c8d5f5160206119735f395f51905f527f033f403598ed585da7ca6935b4e8bc5ceeab79f954873a3b8dee38a11b2cddfd870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610d115f5160206119735f395f51905f527f0f346a56d0e8d1f441629287031a377561f09f2a88e8bfb0e8fb4ec4b02b4a7f870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610d955f5160206119735f395f51905f527f0c8dea57376c18349eb972989fa26302c045b82bc8ab5a0fc121e6f157182423870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610e195f5160206119735f395f51905f527f0ffdfad2222b094c32a0e49871318ad3cd93419ea0dcb177aaaf3fdb7f4f123e870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610e9d5f5160206119735f395f51905f527f0adfc5cd7b6e1bd5babde1a47a4b0cc216bed8dd539fb91dac2a665f26683e5b870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610f215f5160206119735f395f51905f527f122138a579fcb198c6b0a6c670cb0299618e5135d9f678e098b43203ff64ec54870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610fa55f5160206119735f395f51905f527f0449d8be0a447f08fa5b103a498db6222085eca933ee5261cf2f6057c446f10a870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506110295f5160206119735f395f51905f527f01e3c18da1e24d8a42e626a1482aff3953f8e8667088dd9138311f9eb73c6bb4870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506110ad5f5160206119735f395f51905f527f0fe6ed533affd331fe42724ca0e618dda248ead457f392419ec1fe22cdfe4e4d870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506111315f5160206119735f395f51905f527f016274b41900d1cdcb867b3ab40a52b1b660fa105b3fd039786b2daf31d02cc0870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506111b55f5160206119735f395f51905f527f0c779b40213c04a1eee657a848fe1a927b1449e3bb123fc62bd455e6cf43772c870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506112395f5160206119735f395f51905f527f03f329ca93f01e879449757f6396e3b7afe246e05ed8dc30a05f5e55ab9be00a870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506112bd5f5160206119735f395f51905f527f04d2806b11733b8f610c774b4d9fd20f5274764602f869950e71d38e9f0eb5ee870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506113415f5160206119735f395f51905f527f0c89ff2cca95943b33fe4ed7813daf7d3bc8c6b0ac297d961f8130e4a06e7e3d870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506113c55f5160206119735f395f51905f527f09e17dbe525a42bb5214f3faddfecbc8c456d3a2de0aea2c9da44c34f93c2522870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506114495f5160206119735f395f51905f527f04632b4110acb9696237f45c7f11be1acfd6c64f654c886a083d3b14c7651634870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506114cd5f5160206119735f395f51905f527f0ba1821f5fd73b35981170d52bf4069a7c2093de416e9b0100524e4823f5a5d2870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506115515f5160206119735f395f51905f527f0f9ce884749ae73d8b73d977a635111c5b5269308418aba0676a06221ca0ccd6870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506115d55f5160206119735f395f51905f527f0c16afcbd766fdf19910498c6e1a3d9ba16a2243f5d15d95a4b8c070942a5ff9870861058e565b94506116105f5160206119735f395f51905f527f0ec95328b7373e8176e9754f79897fe2357e91f1c0111e99981bf63e6d4fb93a860861058e565b93505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f5281850893506116845f5160206119735f395f51905f527f1050b8ff489b4773e80937b2b9f8e99773db79f2799a784b019ee5cbe5ef5202870861058e565b94506116bf5f5160206119735f395f51905f527f0b2208d8e05435ff859fa8906c7337ae6841501dc747f0d0837e26bbb61ee64c860861058e565b93505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f5281850893506117335f5160206119735f395f51905f527f032a6d074bc10af5aa2e46396e843144f9e1ea8e758d8db31458949bcb571502870861058e565b945061176e5f5160206119735f395f51905f527f078f4f0279591d5e96f78c6734fe35ef4bcdb5988ecf137f783e5210661498d5860861058e565b93505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f528185089350508383915091505b9250929050565b5f602082840312156117c8575f5ffd5b813567ffffffffffffffff8111156117de575f5ffd5b820161020081850312156117f0575f5ffd5b9392505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261182a575f5ffd5b83018035915067ffffffffffffffff821115611844575f5ffd5b6020019150600581901b36038213156117b1575f5ffd5b5f6020828403121561186b575f5ffd5b813561ffff811681146117f0575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f602082840312156118b9575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff811681146117f0575f5ffd5b5f602082840312156118ec575f5ffd5b813567ffffffffffffffff811681146117f0575f5ffd5b5f60208284031215611913575f5ffd5b813580151581146117f0575f5ffd5b5f60208284031215611932575f5ffd5b813563ffffffff811681146117f0575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffdfe12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a11800000000001a2646970667358221220f49c0b8ff4820ad33cf979365869dbaa636c30a6a12415f6a298477039afac4c64736f6c634300081e0033",
}

// ExitRootABI is the input ABI used to generate the binding from.
// Deprecated: Use ExitRootMetaData.ABI instead.
var ExitRootABI = ExitRootMetaData.ABI

// ExitRootBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ExitRootMetaData.Bin instead.
var ExitRootBin = ExitRootMetaData.Bin

// DeployExitRoot deploys a new Ethereum contract, binding an instance of ExitRoot to it.
func DeployExitRoot(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ExitRoot, error) {
	parsed, err := ExitRootMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ExitRootBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ExitRoot{ExitRootCaller: ExitRootCaller{contract: contract}, ExitRootTransactor: ExitRootTransactor{contract: contract}, ExitRootFilterer: ExitRootFilterer{contract: contract}}, nil
}

// ExitRoot is an auto generated Go binding around an Ethereum contract.
type ExitRoot struct {
	ExitRootCaller     // Read-only binding to the contract
	ExitRootTransactor // Write-only binding to the contract
	ExitRootFilterer   // Log filterer for contract events
}

// ExitRootCaller is an auto generated read-only Go binding around an Ethereum contract.
type ExitRootCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ExitRootTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ExitRootTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ExitRootFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ExitRootFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ExitRootSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ExitRootSession struct {
	Contract     *ExitRoot         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ExitRootCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ExitRootCallerSession struct {
	Contract *ExitRootCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// ExitRootTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ExitRootTransactorSession struct {
	Contract     *ExitRootTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// ExitRootRaw is an auto generated low-level Go binding around an Ethereum contract.
type ExitRootRaw struct {
	Contract *ExitRoot // Generic contract binding to access the raw methods on
}

// ExitRootCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ExitRootCallerRaw struct {
	Contract *ExitRootCaller // Generic read-only contract binding to access the raw methods on
}

// ExitRootTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ExitRootTransactorRaw struct {
	Contract *ExitRootTransactor // Generic write-only contract binding to access the raw methods on
}

// NewExitRoot creates a new instance of ExitRoot, bound to a specific deployed contract.
func NewExitRoot(address common.Address, backend bind.ContractBackend) (*ExitRoot, error) {
	contract, err := bindExitRoot(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ExitRoot{ExitRootCaller: ExitRootCaller{contract: contract}, ExitRootTransactor: ExitRootTransactor{contract: contract}, ExitRootFilterer: ExitRootFilterer{contract: contract}}, nil
}

// NewExitRootCaller creates a new read-only instance of ExitRoot, bound to a specific deployed contract.
func NewExitRootCaller(address common.Address, caller bind.ContractCaller) (*ExitRootCaller, error) {
	contract, err := bindExitRoot(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ExitRootCaller{contract: contract}, nil
}

// NewExitRootTransactor creates a new write-only instance of ExitRoot, bound to a specific deployed contract.
func NewExitRootTransactor(address common.Address, transactor bind.ContractTransactor) (*ExitRootTransactor, error) {
	contract, err := bindExitRoot(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ExitRootTransactor{contract: contract}, nil
}

// NewExitRootFilterer creates a new log filterer instance of ExitRoot, bound to a specific deployed contract.
func NewExitRootFilterer(address common.Address, filterer bind.ContractFilterer) (*ExitRootFilterer, error) {
	contract, err := bindExitRoot(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ExitRootFilterer{contract: contract}, nil
}

// bindExitRoot binds a generic wrapper to an already deployed contract.
func bindExitRoot(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ExitRootMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ExitRoot *ExitRootRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ExitRoot.Contract.ExitRootCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ExitRoot *ExitRootRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ExitRoot.Contract.ExitRootTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ExitRoot *ExitRootRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ExitRoot.Contract.ExitRootTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ExitRoot *ExitRootCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ExitRoot.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ExitRoot *ExitRootTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ExitRoot.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ExitRoot *ExitRootTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ExitRoot.Contract.contract.Transact(opts, method, params...)
}

// ACCOUNTTREEDEPTH is a free data retrieval call binding the contract method 0xd5d29fca.
//
// Solidity: function ACCOUNT_TREE_DEPTH() view returns(uint256)
func (_ExitRoot *ExitRootCaller) ACCOUNTTREEDEPTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ExitRoot.contract.Call(opts, &out, "ACCOUNT_TREE_DEPTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ACCOUNTTREEDEPTH is a free data retrieval call binding the contract method 0xd5d29fca.
//
// Solidity: function ACCOUNT_TREE_DEPTH() view returns(uint256)
func (_ExitRoot *ExitRootSession) ACCOUNTTREEDEPTH() (*big.Int, error) {
	return _ExitRoot.Contract.ACCOUNTTREEDEPTH(&_ExitRoot.CallOpts)
}

// ACCOUNTTREEDEPTH is a free data retrieval call binding the contract method 0xd5d29fca.
//
// Solidity: function ACCOUNT_TREE_DEPTH() view returns(uint256)
func (_ExitRoot *ExitRootCallerSession) ACCOUNTTREEDEPTH() (*big.Int, error) {
	return _ExitRoot.Contract.ACCOUNTTREEDEPTH(&_ExitRoot.CallOpts)
}

// TOKENTREEDEPTH is a free data retrieval call binding the contract method 0xb1ed7d49.
//
// Solidity: function TOKEN_TREE_DEPTH() view returns(uint256)
func (_ExitRoot *ExitRootCaller) TOKENTREEDEPTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ExitRoot.contract.Call(opts, &out, "TOKEN_TREE_DEPTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TOKENTREEDEPTH is a free data retrieval call binding the contract method 0xb1ed7d49.
//
// Solidity: function TOKEN_TREE_DEPTH() view returns(uint256)
func (_ExitRoot *ExitRootSession) TOKENTREEDEPTH() (*big.Int, error) {
	return _ExitRoot.Contract.TOKENTREEDEPTH(&_ExitRoot.CallOpts)
}

// TOKENTREEDEPTH is a free data retrieval call binding the contract method 0xb1ed7d49.
//
// Solidity: function TOKEN_TREE_DEPTH() view returns(uint256)
func (_ExitRoot *ExitRootCallerSession) TOKENTREEDEPTH() (*big.Int, error) {
	return _ExitRoot.Contract.TOKENTREEDEPTH(&_ExitRoot.CallOpts)
}

// Root is a free data retrieval call binding the contract method 0xa90edefc.
//
// Solidity: function root((uint32,uint16,uint256,uint256,uint256,address,uint64,uint256,uint256,uint64,uint64,bool,uint256[],uint256[],uint256,uint256) p) pure returns(uint256)
func (_ExitRoot *ExitRootCaller) Root(opts *bind.CallOpts, p ExitProof) (*big.Int, error) {
	var out []interface{}
	err := _ExitRoot.contract.Call(opts, &out, "root", p)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Root is a free data retrieval call binding the contract method 0xa90edefc.
//
// Solidity: function root((uint32,uint16,uint256,uint256,uint256,address,uint64,uint256,uint256,uint64,uint64,bool,uint256[],uint256[],uint256,uint256) p) pure returns(uint256)
func (_ExitRoot *ExitRootSession) Root(p ExitProof) (*big.Int, error) {
	return _ExitRoot.Contract.Root(&_ExitRoot.CallOpts, p)
}

// Root is a free data retrieval call binding the contract method 0xa90edefc.
//
// Solidity: function root((uint32,uint16,uint256,uint256,uint256,address,uint64,uint256,uint256,uint64,uint64,bool,uint256[],uint256[],uint256,uint256) p) pure returns(uint256)
func (_ExitRoot *ExitRootCallerSession) Root(p ExitProof) (*big.Int, error) {
	return _ExitRoot.Contract.Root(&_ExitRoot.CallOpts, p)
}

// INexusRollupMetaData contains all meta data concerning the INexusRollup contract.
var INexusRollupMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"enc\",\"type\":\"bytes\"}],\"name\":\"enqueueFromRegistry\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exodusMode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
}

// INexusRollupABI is the input ABI used to generate the binding from.
// Deprecated: Use INexusRollupMetaData.ABI instead.
var INexusRollupABI = INexusRollupMetaData.ABI

// INexusRollup is an auto generated Go binding around an Ethereum contract.
type INexusRollup struct {
	INexusRollupCaller     // Read-only binding to the contract
	INexusRollupTransactor // Write-only binding to the contract
	INexusRollupFilterer   // Log filterer for contract events
}

// INexusRollupCaller is an auto generated read-only Go binding around an Ethereum contract.
type INexusRollupCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// INexusRollupTransactor is an auto generated write-only Go binding around an Ethereum contract.
type INexusRollupTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// INexusRollupFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type INexusRollupFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// INexusRollupSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type INexusRollupSession struct {
	Contract     *INexusRollup     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// INexusRollupCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type INexusRollupCallerSession struct {
	Contract *INexusRollupCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// INexusRollupTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type INexusRollupTransactorSession struct {
	Contract     *INexusRollupTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// INexusRollupRaw is an auto generated low-level Go binding around an Ethereum contract.
type INexusRollupRaw struct {
	Contract *INexusRollup // Generic contract binding to access the raw methods on
}

// INexusRollupCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type INexusRollupCallerRaw struct {
	Contract *INexusRollupCaller // Generic read-only contract binding to access the raw methods on
}

// INexusRollupTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type INexusRollupTransactorRaw struct {
	Contract *INexusRollupTransactor // Generic write-only contract binding to access the raw methods on
}

// NewINexusRollup creates a new instance of INexusRollup, bound to a specific deployed contract.
func NewINexusRollup(address common.Address, backend bind.ContractBackend) (*INexusRollup, error) {
	contract, err := bindINexusRollup(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &INexusRollup{INexusRollupCaller: INexusRollupCaller{contract: contract}, INexusRollupTransactor: INexusRollupTransactor{contract: contract}, INexusRollupFilterer: INexusRollupFilterer{contract: contract}}, nil
}

// NewINexusRollupCaller creates a new read-only instance of INexusRollup, bound to a specific deployed contract.
func NewINexusRollupCaller(address common.Address, caller bind.ContractCaller) (*INexusRollupCaller, error) {
	contract, err := bindINexusRollup(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &INexusRollupCaller{contract: contract}, nil
}

// NewINexusRollupTransactor creates a new write-only instance of INexusRollup, bound to a specific deployed contract.
func NewINexusRollupTransactor(address common.Address, transactor bind.ContractTransactor) (*INexusRollupTransactor, error) {
	contract, err := bindINexusRollup(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &INexusRollupTransactor{contract: contract}, nil
}

// NewINexusRollupFilterer creates a new log filterer instance of INexusRollup, bound to a specific deployed contract.
func NewINexusRollupFilterer(address common.Address, filterer bind.ContractFilterer) (*INexusRollupFilterer, error) {
	contract, err := bindINexusRollup(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &INexusRollupFilterer{contract: contract}, nil
}

// bindINexusRollup binds a generic wrapper to an already deployed contract.
func bindINexusRollup(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := INexusRollupMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_INexusRollup *INexusRollupRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _INexusRollup.Contract.INexusRollupCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_INexusRollup *INexusRollupRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _INexusRollup.Contract.INexusRollupTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_INexusRollup *INexusRollupRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _INexusRollup.Contract.INexusRollupTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_INexusRollup *INexusRollupCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _INexusRollup.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_INexusRollup *INexusRollupTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _INexusRollup.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_INexusRollup *INexusRollupTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _INexusRollup.Contract.contract.Transact(opts, method, params...)
}

// ExodusMode is a free data retrieval call binding the contract method 0x264c0912.
//
// Solidity: function exodusMode() view returns(bool)
func (_INexusRollup *INexusRollupCaller) ExodusMode(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _INexusRollup.contract.Call(opts, &out, "exodusMode")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// ExodusMode is a free data retrieval call binding the contract method 0x264c0912.
//
// Solidity: function exodusMode() view returns(bool)
func (_INexusRollup *INexusRollupSession) ExodusMode() (bool, error) {
	return _INexusRollup.Contract.ExodusMode(&_INexusRollup.CallOpts)
}

// ExodusMode is a free data retrieval call binding the contract method 0x264c0912.
//
// Solidity: function exodusMode() view returns(bool)
func (_INexusRollup *INexusRollupCallerSession) ExodusMode() (bool, error) {
	return _INexusRollup.Contract.ExodusMode(&_INexusRollup.CallOpts)
}

// EnqueueFromRegistry is a paid mutator transaction binding the contract method 0x6d3673c7.
//
// Solidity: function enqueueFromRegistry(bytes enc) returns(uint256 index)
func (_INexusRollup *INexusRollupTransactor) EnqueueFromRegistry(opts *bind.TransactOpts, enc []byte) (*types.Transaction, error) {
	return _INexusRollup.contract.Transact(opts, "enqueueFromRegistry", enc)
}

// EnqueueFromRegistry is a paid mutator transaction binding the contract method 0x6d3673c7.
//
// Solidity: function enqueueFromRegistry(bytes enc) returns(uint256 index)
func (_INexusRollup *INexusRollupSession) EnqueueFromRegistry(enc []byte) (*types.Transaction, error) {
	return _INexusRollup.Contract.EnqueueFromRegistry(&_INexusRollup.TransactOpts, enc)
}

// EnqueueFromRegistry is a paid mutator transaction binding the contract method 0x6d3673c7.
//
// Solidity: function enqueueFromRegistry(bytes enc) returns(uint256 index)
func (_INexusRollup *INexusRollupTransactorSession) EnqueueFromRegistry(enc []byte) (*types.Transaction, error) {
	return _INexusRollup.Contract.EnqueueFromRegistry(&_INexusRollup.TransactOpts, enc)
}

// IVerifierMetaData contains all meta data concerning the IVerifier contract.
var IVerifierMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[2]\",\"name\":\"input\",\"type\":\"uint256[2]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
}

// IVerifierABI is the input ABI used to generate the binding from.
// Deprecated: Use IVerifierMetaData.ABI instead.
var IVerifierABI = IVerifierMetaData.ABI

// IVerifier is an auto generated Go binding around an Ethereum contract.
type IVerifier struct {
	IVerifierCaller     // Read-only binding to the contract
	IVerifierTransactor // Write-only binding to the contract
	IVerifierFilterer   // Log filterer for contract events
}

// IVerifierCaller is an auto generated read-only Go binding around an Ethereum contract.
type IVerifierCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IVerifierTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IVerifierTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IVerifierFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IVerifierFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IVerifierSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IVerifierSession struct {
	Contract     *IVerifier        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// IVerifierCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IVerifierCallerSession struct {
	Contract *IVerifierCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// IVerifierTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IVerifierTransactorSession struct {
	Contract     *IVerifierTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// IVerifierRaw is an auto generated low-level Go binding around an Ethereum contract.
type IVerifierRaw struct {
	Contract *IVerifier // Generic contract binding to access the raw methods on
}

// IVerifierCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IVerifierCallerRaw struct {
	Contract *IVerifierCaller // Generic read-only contract binding to access the raw methods on
}

// IVerifierTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IVerifierTransactorRaw struct {
	Contract *IVerifierTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIVerifier creates a new instance of IVerifier, bound to a specific deployed contract.
func NewIVerifier(address common.Address, backend bind.ContractBackend) (*IVerifier, error) {
	contract, err := bindIVerifier(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IVerifier{IVerifierCaller: IVerifierCaller{contract: contract}, IVerifierTransactor: IVerifierTransactor{contract: contract}, IVerifierFilterer: IVerifierFilterer{contract: contract}}, nil
}

// NewIVerifierCaller creates a new read-only instance of IVerifier, bound to a specific deployed contract.
func NewIVerifierCaller(address common.Address, caller bind.ContractCaller) (*IVerifierCaller, error) {
	contract, err := bindIVerifier(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IVerifierCaller{contract: contract}, nil
}

// NewIVerifierTransactor creates a new write-only instance of IVerifier, bound to a specific deployed contract.
func NewIVerifierTransactor(address common.Address, transactor bind.ContractTransactor) (*IVerifierTransactor, error) {
	contract, err := bindIVerifier(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IVerifierTransactor{contract: contract}, nil
}

// NewIVerifierFilterer creates a new log filterer instance of IVerifier, bound to a specific deployed contract.
func NewIVerifierFilterer(address common.Address, filterer bind.ContractFilterer) (*IVerifierFilterer, error) {
	contract, err := bindIVerifier(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IVerifierFilterer{contract: contract}, nil
}

// bindIVerifier binds a generic wrapper to an already deployed contract.
func bindIVerifier(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IVerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IVerifier *IVerifierRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IVerifier.Contract.IVerifierCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IVerifier *IVerifierRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IVerifier.Contract.IVerifierTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IVerifier *IVerifierRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IVerifier.Contract.IVerifierTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IVerifier *IVerifierCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IVerifier.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IVerifier *IVerifierTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IVerifier.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IVerifier *IVerifierTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IVerifier.Contract.contract.Transact(opts, method, params...)
}

// VerifyProof is a free data retrieval call binding the contract method 0xe1ff5082.
//
// Solidity: function verifyProof(bytes proof, uint256[2] input) view returns()
func (_IVerifier *IVerifierCaller) VerifyProof(opts *bind.CallOpts, proof []byte, input [2]*big.Int) error {
	var out []interface{}
	err := _IVerifier.contract.Call(opts, &out, "verifyProof", proof, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyProof is a free data retrieval call binding the contract method 0xe1ff5082.
//
// Solidity: function verifyProof(bytes proof, uint256[2] input) view returns()
func (_IVerifier *IVerifierSession) VerifyProof(proof []byte, input [2]*big.Int) error {
	return _IVerifier.Contract.VerifyProof(&_IVerifier.CallOpts, proof, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0xe1ff5082.
//
// Solidity: function verifyProof(bytes proof, uint256[2] input) view returns()
func (_IVerifier *IVerifierCallerSession) VerifyProof(proof []byte, input [2]*big.Int) error {
	return _IVerifier.Contract.VerifyProof(&_IVerifier.CallOpts, proof, input)
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_URI_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"feeGwei\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ownerPubkey\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"internalType\":\"structModelRegistry.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"modelFeeGwei\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"feeGwei\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"ownerPubkey\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"registerModel\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractINexusRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rollup_\",\"type\":\"address\"}],\"name\":\"setRollup\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"feeGwei\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"ownerPubkey\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"updateModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"feeGwei\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ownerPubkey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"feeGwei\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ownerPubkey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ModelUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"rollup\",\"type\":\"address\"}],\"name\":\"RollupSet\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubkey\",\"type\":\"bytes32\"}],\"name\":\"ModelRegistry_InvalidPubkey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"}],\"name\":\"ModelRegistry_InvalidVkHash\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ModelRegistry_NotModelOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelRegistry_RollupAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelRegistry_RollupNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"ModelRegistry_UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ModelRegistry_UriTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelRegistry_ZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Owned_NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Owned_NotPendingOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Owned_ZeroAddress\",\"type\":\"error\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b5060405161161a38038061161a833981016040819052602b91609f565b806001600160a01b038116605257604051635ac8f28f60e11b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b03831690811782556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3505060ca565b5f6020828403121560ae575f5ffd5b81516001600160a01b038116811460c3575f5ffd5b9392505050565b611543806100d75f395ff3fe608060405234801561000f575f5ffd5b50600436106100cf575f3560e01c8063aab5a8771161007d578063e30c397811610058578063e30c3978146101f3578063ea56569914610213578063f2fde38b1461023f575f5ffd5b8063aab5a87714610194578063c6a645fe146101ab578063cb23bcb5146101d3575f5ffd5b806379ba5097116100ad57806379ba5097146101285780638da5cb5b146101305780638e0e07fa14610174575f5ffd5b8063155e6211146100d35780635ffe49b5146100e8578063763131a014610115575b5f5ffd5b6100e66100e1366004610fd6565b610252565b005b6100fb6100f6366004611049565b610561565b60405163ffffffff90911681526020015b60405180910390f35b6100e66101233660046110ac565b6108a2565b6100e66109ff565b5f5461014f9073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161010c565b6101876101823660046110e6565b610ad8565b60405161010c919061114b565b61019d61020081565b60405190815260200161010c565b6002546100fb9074010000000000000000000000000000000000000000900463ffffffff1681565b60025461014f9073ffffffffffffffffffffffffffffffffffffffff1681565b60015461014f9073ffffffffffffffffffffffffffffffffffffffff1681565b6102266102213660046110e6565b610c90565b60405167ffffffffffffffff909116815260200161010c565b6100e661024d3660046110ac565b610d23565b63ffffffff86165f908152600360205260409020805473ffffffffffffffffffffffffffffffffffffffff166102c1576040517fec6e574500000000000000000000000000000000000000000000000000000000815263ffffffff881660048201526024015b60405180910390fd5b805473ffffffffffffffffffffffffffffffffffffffff16331461031f576040517f39bcbed300000000000000000000000000000000000000000000000000000000815263ffffffff881660048201523360248201526044016102b8565b61032b86858585610dea565b5f610334610f0f565b82547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff891602178355600183018890556002830186905590506003820161039c84868361127f565b503373ffffffffffffffffffffffffffffffffffffffff168863ffffffff167f5e87fec7c90d13b10aa6042c7d0d0780b72c1165d4d8620c2298749ebd9f1efd89898989896040516103f2959493929190611357565b60405180910390a3604080517f0200000000000000000000000000000000000000000000000000000000000000602082015260e08a901b7fffffffff0000000000000000000000000000000000000000000000000000000016602182015260c088901b7fffffffffffffffff000000000000000000000000000000000000000000000000166025820152602d8101899052604d81018790523360601b7fffffffffffffffffffffffffffffffffffffffff00000000000000000000000016606d8201528151808203606101815260818201928390527f6d3673c70000000000000000000000000000000000000000000000000000000090925273ffffffffffffffffffffffffffffffffffffffff831691636d3673c79161051691906085016113c2565b6020604051808303815f875af1158015610532573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061055691906113d4565b505050505050505050565b5f61056e86858585610dea565b5f610577610f0f565b90506002601481819054906101000a900463ffffffff16610597906113eb565b91906101000a81548163ffffffff021916908363ffffffff160217905591506040518060a001604052803373ffffffffffffffffffffffffffffffffffffffff1681526020018767ffffffffffffffff16815260200188815260200186815260200185858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093909452505063ffffffff8516815260036020818152604092839020855181549287015167ffffffffffffffff1674010000000000000000000000000000000000000000027fffffffff0000000000000000000000000000000000000000000000000000000090931673ffffffffffffffffffffffffffffffffffffffff909116179190911781559184015160018301556060840151600283015560808401519192508201906106da9082611434565b509050503373ffffffffffffffffffffffffffffffffffffffff168263ffffffff167ff5bb4db35f2405a0d5e2c80b1aadc18f7d7bd51f52d311830b44a64e53bf6fce8989898989604051610733959493929190611357565b60405180910390a3604080517f0200000000000000000000000000000000000000000000000000000000000000602082015260e084901b7fffffffff0000000000000000000000000000000000000000000000000000000016602182015260c088901b7fffffffffffffffff000000000000000000000000000000000000000000000000166025820152602d8101899052604d81018790523360601b7fffffffffffffffffffffffffffffffffffffffff00000000000000000000000016606d8201528151808203606101815260818201928390527f6d3673c70000000000000000000000000000000000000000000000000000000090925273ffffffffffffffffffffffffffffffffffffffff831691636d3673c79161085791906085016113c2565b6020604051808303815f875af1158015610873573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061089791906113d4565b505095945050505050565b5f5473ffffffffffffffffffffffffffffffffffffffff1633146108f4576040517f64e084910000000000000000000000000000000000000000000000000000000081523360048201526024016102b8565b60025473ffffffffffffffffffffffffffffffffffffffff1615610944576040517f9b7ce6d800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff8116610991576040517f814aff9100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040517f7e8ce0bde07da6b99aedf3acf71a4ab99699f774d164be03d69bfe6d5a6f5272905f90a250565b60015473ffffffffffffffffffffffffffffffffffffffff1633141580610a24575033155b15610a5d576040517f729953880000000000000000000000000000000000000000000000000000000081523360048201526024016102b8565b5f8054337fffffffffffffffffffffffff00000000000000000000000000000000000000008083168217845560018054909116905560405173ffffffffffffffffffffffffffffffffffffffff90921692909183917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a350565b610b266040518060a001604052805f73ffffffffffffffffffffffffffffffffffffffff1681526020015f67ffffffffffffffff1681526020015f81526020015f8152602001606081525090565b63ffffffff82165f908152600360205260409020805473ffffffffffffffffffffffffffffffffffffffff16610b90576040517fec6e574500000000000000000000000000000000000000000000000000000000815263ffffffff841660048201526024016102b8565b6040805160a081018252825473ffffffffffffffffffffffffffffffffffffffff8116825274010000000000000000000000000000000000000000900467ffffffffffffffff1660208201526001830154918101919091526002820154606082015260038201805483916080840191610c08906111e2565b80601f0160208091040260200160405190810160405280929190818152602001828054610c34906111e2565b8015610c7f5780601f10610c5657610100808354040283529160200191610c7f565b820191905f5260205f20905b815481529060010190602001808311610c6257829003601f168201915b505050505081525050915050919050565b63ffffffff81165f908152600360205260408120805473ffffffffffffffffffffffffffffffffffffffff16610cfa576040517fec6e574500000000000000000000000000000000000000000000000000000000815263ffffffff841660048201526024016102b8565b5474010000000000000000000000000000000000000000900467ffffffffffffffff1692915050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610d75576040517f64e084910000000000000000000000000000000000000000000000000000000081523360048201526024016102b8565b600180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8381169182179092555f8054604051929316917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b610e13847f12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a118000000000011190565b610e4c576040517f2736b4f3000000000000000000000000000000000000000000000000000000008152600481018590526024016102b8565b7f12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a118000000000017f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff841610610eca576040517f1041e7f3000000000000000000000000000000000000000000000000000000008152600481018490526024016102b8565b610200811115610f09576040517f3509e5f2000000000000000000000000000000000000000000000000000000008152600481018290526024016102b8565b50505050565b60025473ffffffffffffffffffffffffffffffffffffffff1680610f5f576040517fb88de71000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b90565b803563ffffffff81168114610f75575f5ffd5b919050565b803567ffffffffffffffff81168114610f75575f5ffd5b5f5f83601f840112610fa1575f5ffd5b50813567ffffffffffffffff811115610fb8575f5ffd5b602083019150836020828501011115610fcf575f5ffd5b9250929050565b5f5f5f5f5f5f60a08789031215610feb575f5ffd5b610ff487610f62565b95506020870135945061100960408801610f7a565b935060608701359250608087013567ffffffffffffffff81111561102b575f5ffd5b61103789828a01610f91565b979a9699509497509295939492505050565b5f5f5f5f5f6080868803121561105d575f5ffd5b8535945061106d60208701610f7a565b935060408601359250606086013567ffffffffffffffff81111561108f575f5ffd5b61109b88828901610f91565b969995985093965092949392505050565b5f602082840312156110bc575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff811681146110df575f5ffd5b9392505050565b5f602082840312156110f6575f5ffd5b6110df82610f62565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b6020815273ffffffffffffffffffffffffffffffffffffffff825116602082015267ffffffffffffffff602083015116604082015260408201516060820152606082015160808201525f608083015160a0808401526111ad60c08401826110ff565b949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600181811c908216806111f657607f821691505b60208210810361122d577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b601f82111561127a57805f5260205f20601f840160051c810160208510156112585750805b601f840160051c820191505b81811015611277575f8155600101611264565b50505b505050565b67ffffffffffffffff831115611297576112976111b5565b6112ab836112a583546111e2565b83611233565b5f601f8411600181146112dc575f85156112c55750838201355b5f19600387901b1c1916600186901b178355611277565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b828110156113295786850135825560209485019460019092019101611309565b5086821015611345575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b85815267ffffffffffffffff8516602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0160101949350505050565b602081525f6110df60208301846110ff565b5f602082840312156113e4575f5ffd5b5051919050565b5f63ffffffff821663ffffffff810361142b577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b60010192915050565b815167ffffffffffffffff81111561144e5761144e6111b5565b6114628161145c84546111e2565b84611233565b6020601f821160018114611494575f831561147d5750848201515b5f19600385901b1c1916600184901b178455611277565b5f848152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08516915b828110156114e157878501518255602094850194600190920191016114c1565b50848210156114fe57868401515f19600387901b60f8161c191681555b50505050600190811b0190555056fea26469706673582212209a4b0d9d614f9a8790a5613b04954d03decd71cf28cd4a2722d307c7d41bc17064736f6c634300081e0033",
}

// ModelRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use ModelRegistryMetaData.ABI instead.
var ModelRegistryABI = ModelRegistryMetaData.ABI

// ModelRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ModelRegistryMetaData.Bin instead.
var ModelRegistryBin = ModelRegistryMetaData.Bin

// DeployModelRegistry deploys a new Ethereum contract, binding an instance of ModelRegistry to it.
func DeployModelRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, initialOwner common.Address) (common.Address, *types.Transaction, *ModelRegistry, error) {
	parsed, err := ModelRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ModelRegistryBin), backend, initialOwner)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ModelRegistry{ModelRegistryCaller: ModelRegistryCaller{contract: contract}, ModelRegistryTransactor: ModelRegistryTransactor{contract: contract}, ModelRegistryFilterer: ModelRegistryFilterer{contract: contract}}, nil
}

// ModelRegistry is an auto generated Go binding around an Ethereum contract.
type ModelRegistry struct {
	ModelRegistryCaller     // Read-only binding to the contract
	ModelRegistryTransactor // Write-only binding to the contract
	ModelRegistryFilterer   // Log filterer for contract events
}

// ModelRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type ModelRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ModelRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ModelRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ModelRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ModelRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ModelRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ModelRegistrySession struct {
	Contract     *ModelRegistry    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ModelRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ModelRegistryCallerSession struct {
	Contract *ModelRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// ModelRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ModelRegistryTransactorSession struct {
	Contract     *ModelRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// ModelRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type ModelRegistryRaw struct {
	Contract *ModelRegistry // Generic contract binding to access the raw methods on
}

// ModelRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ModelRegistryCallerRaw struct {
	Contract *ModelRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// ModelRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ModelRegistryTransactorRaw struct {
	Contract *ModelRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewModelRegistry creates a new instance of ModelRegistry, bound to a specific deployed contract.
func NewModelRegistry(address common.Address, backend bind.ContractBackend) (*ModelRegistry, error) {
	contract, err := bindModelRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ModelRegistry{ModelRegistryCaller: ModelRegistryCaller{contract: contract}, ModelRegistryTransactor: ModelRegistryTransactor{contract: contract}, ModelRegistryFilterer: ModelRegistryFilterer{contract: contract}}, nil
}

// NewModelRegistryCaller creates a new read-only instance of ModelRegistry, bound to a specific deployed contract.
func NewModelRegistryCaller(address common.Address, caller bind.ContractCaller) (*ModelRegistryCaller, error) {
	contract, err := bindModelRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ModelRegistryCaller{contract: contract}, nil
}

// NewModelRegistryTransactor creates a new write-only instance of ModelRegistry, bound to a specific deployed contract.
func NewModelRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*ModelRegistryTransactor, error) {
	contract, err := bindModelRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ModelRegistryTransactor{contract: contract}, nil
}

// NewModelRegistryFilterer creates a new log filterer instance of ModelRegistry, bound to a specific deployed contract.
func NewModelRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*ModelRegistryFilterer, error) {
	contract, err := bindModelRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ModelRegistryFilterer{contract: contract}, nil
}

// bindModelRegistry binds a generic wrapper to an already deployed contract.
func bindModelRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ModelRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ModelRegistry *ModelRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ModelRegistry.Contract.ModelRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ModelRegistry *ModelRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ModelRegistry.Contract.ModelRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ModelRegistry *ModelRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ModelRegistry.Contract.ModelRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ModelRegistry *ModelRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ModelRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ModelRegistry *ModelRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ModelRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ModelRegistry *ModelRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ModelRegistry.Contract.contract.Transact(opts, method, params...)
}

// MAXURILENGTH is a free data retrieval call binding the contract method 0xaab5a877.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (_ModelRegistry *ModelRegistryCaller) MAXURILENGTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ModelRegistry.contract.Call(opts, &out, "MAX_URI_LENGTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXURILENGTH is a free data retrieval call binding the contract method 0xaab5a877.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (_ModelRegistry *ModelRegistrySession) MAXURILENGTH() (*big.Int, error) {
	return _ModelRegistry.Contract.MAXURILENGTH(&_ModelRegistry.CallOpts)
}

// MAXURILENGTH is a free data retrieval call binding the contract method 0xaab5a877.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (_ModelRegistry *ModelRegistryCallerSession) MAXURILENGTH() (*big.Int, error) {
	return _ModelRegistry.Contract.MAXURILENGTH(&_ModelRegistry.CallOpts)
}

// GetModel is a free data retrieval call binding the contract method 0x8e0e07fa.
//
// Solidity: function getModel(uint32 modelId) view returns((address,uint64,bytes32,bytes32,string))
func (_ModelRegistry *ModelRegistryCaller) GetModel(opts *bind.CallOpts, modelId uint32) (ModelRegistryModel, error) {
	var out []interface{}
	err := _ModelRegistry.contract.Call(opts, &out, "getModel", modelId)

	if err != nil {
		return *new(ModelRegistryModel), err
	}

	out0 := *abi.ConvertType(out[0], new(ModelRegistryModel)).(*ModelRegistryModel)

	return out0, err

}

// GetModel is a free data retrieval call binding the contract method 0x8e0e07fa.
//
// Solidity: function getModel(uint32 modelId) view returns((address,uint64,bytes32,bytes32,string))
func (_ModelRegistry *ModelRegistrySession) GetModel(modelId uint32) (ModelRegistryModel, error) {
	return _ModelRegistry.Contract.GetModel(&_ModelRegistry.CallOpts, modelId)
}

// GetModel is a free data retrieval call binding the contract method 0x8e0e07fa.
//
// Solidity: function getModel(uint32 modelId) view returns((address,uint64,bytes32,bytes32,string))
func (_ModelRegistry *ModelRegistryCallerSession) GetModel(modelId uint32) (ModelRegistryModel, error) {
	return _ModelRegistry.Contract.GetModel(&_ModelRegistry.CallOpts, modelId)
}

// ModelCount is a free data retrieval call binding the contract method 0xc6a645fe.
//
// Solidity: function modelCount() view returns(uint32)
func (_ModelRegistry *ModelRegistryCaller) ModelCount(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ModelRegistry.contract.Call(opts, &out, "modelCount")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// ModelCount is a free data retrieval call binding the contract method 0xc6a645fe.
//
// Solidity: function modelCount() view returns(uint32)
func (_ModelRegistry *ModelRegistrySession) ModelCount() (uint32, error) {
	return _ModelRegistry.Contract.ModelCount(&_ModelRegistry.CallOpts)
}

// ModelCount is a free data retrieval call binding the contract method 0xc6a645fe.
//
// Solidity: function modelCount() view returns(uint32)
func (_ModelRegistry *ModelRegistryCallerSession) ModelCount() (uint32, error) {
	return _ModelRegistry.Contract.ModelCount(&_ModelRegistry.CallOpts)
}

// ModelFeeGwei is a free data retrieval call binding the contract method 0xea565699.
//
// Solidity: function modelFeeGwei(uint32 modelId) view returns(uint64)
func (_ModelRegistry *ModelRegistryCaller) ModelFeeGwei(opts *bind.CallOpts, modelId uint32) (uint64, error) {
	var out []interface{}
	err := _ModelRegistry.contract.Call(opts, &out, "modelFeeGwei", modelId)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ModelFeeGwei is a free data retrieval call binding the contract method 0xea565699.
//
// Solidity: function modelFeeGwei(uint32 modelId) view returns(uint64)
func (_ModelRegistry *ModelRegistrySession) ModelFeeGwei(modelId uint32) (uint64, error) {
	return _ModelRegistry.Contract.ModelFeeGwei(&_ModelRegistry.CallOpts, modelId)
}

// ModelFeeGwei is a free data retrieval call binding the contract method 0xea565699.
//
// Solidity: function modelFeeGwei(uint32 modelId) view returns(uint64)
func (_ModelRegistry *ModelRegistryCallerSession) ModelFeeGwei(modelId uint32) (uint64, error) {
	return _ModelRegistry.Contract.ModelFeeGwei(&_ModelRegistry.CallOpts, modelId)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ModelRegistry *ModelRegistryCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ModelRegistry.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ModelRegistry *ModelRegistrySession) Owner() (common.Address, error) {
	return _ModelRegistry.Contract.Owner(&_ModelRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ModelRegistry *ModelRegistryCallerSession) Owner() (common.Address, error) {
	return _ModelRegistry.Contract.Owner(&_ModelRegistry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ModelRegistry *ModelRegistryCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ModelRegistry.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ModelRegistry *ModelRegistrySession) PendingOwner() (common.Address, error) {
	return _ModelRegistry.Contract.PendingOwner(&_ModelRegistry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ModelRegistry *ModelRegistryCallerSession) PendingOwner() (common.Address, error) {
	return _ModelRegistry.Contract.PendingOwner(&_ModelRegistry.CallOpts)
}

// Rollup is a free data retrieval call binding the contract method 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (_ModelRegistry *ModelRegistryCaller) Rollup(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ModelRegistry.contract.Call(opts, &out, "rollup")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Rollup is a free data retrieval call binding the contract method 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (_ModelRegistry *ModelRegistrySession) Rollup() (common.Address, error) {
	return _ModelRegistry.Contract.Rollup(&_ModelRegistry.CallOpts)
}

// Rollup is a free data retrieval call binding the contract method 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (_ModelRegistry *ModelRegistryCallerSession) Rollup() (common.Address, error) {
	return _ModelRegistry.Contract.Rollup(&_ModelRegistry.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ModelRegistry *ModelRegistryTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ModelRegistry.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ModelRegistry *ModelRegistrySession) AcceptOwnership() (*types.Transaction, error) {
	return _ModelRegistry.Contract.AcceptOwnership(&_ModelRegistry.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ModelRegistry *ModelRegistryTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _ModelRegistry.Contract.AcceptOwnership(&_ModelRegistry.TransactOpts)
}

// RegisterModel is a paid mutator transaction binding the contract method 0x5ffe49b5.
//
// Solidity: function registerModel(bytes32 vkHash, uint64 feeGwei, bytes32 ownerPubkey, string uri) returns(uint32 modelId)
func (_ModelRegistry *ModelRegistryTransactor) RegisterModel(opts *bind.TransactOpts, vkHash [32]byte, feeGwei uint64, ownerPubkey [32]byte, uri string) (*types.Transaction, error) {
	return _ModelRegistry.contract.Transact(opts, "registerModel", vkHash, feeGwei, ownerPubkey, uri)
}

// RegisterModel is a paid mutator transaction binding the contract method 0x5ffe49b5.
//
// Solidity: function registerModel(bytes32 vkHash, uint64 feeGwei, bytes32 ownerPubkey, string uri) returns(uint32 modelId)
func (_ModelRegistry *ModelRegistrySession) RegisterModel(vkHash [32]byte, feeGwei uint64, ownerPubkey [32]byte, uri string) (*types.Transaction, error) {
	return _ModelRegistry.Contract.RegisterModel(&_ModelRegistry.TransactOpts, vkHash, feeGwei, ownerPubkey, uri)
}

// RegisterModel is a paid mutator transaction binding the contract method 0x5ffe49b5.
//
// Solidity: function registerModel(bytes32 vkHash, uint64 feeGwei, bytes32 ownerPubkey, string uri) returns(uint32 modelId)
func (_ModelRegistry *ModelRegistryTransactorSession) RegisterModel(vkHash [32]byte, feeGwei uint64, ownerPubkey [32]byte, uri string) (*types.Transaction, error) {
	return _ModelRegistry.Contract.RegisterModel(&_ModelRegistry.TransactOpts, vkHash, feeGwei, ownerPubkey, uri)
}

// SetRollup is a paid mutator transaction binding the contract method 0x763131a0.
//
// Solidity: function setRollup(address rollup_) returns()
func (_ModelRegistry *ModelRegistryTransactor) SetRollup(opts *bind.TransactOpts, rollup_ common.Address) (*types.Transaction, error) {
	return _ModelRegistry.contract.Transact(opts, "setRollup", rollup_)
}

// SetRollup is a paid mutator transaction binding the contract method 0x763131a0.
//
// Solidity: function setRollup(address rollup_) returns()
func (_ModelRegistry *ModelRegistrySession) SetRollup(rollup_ common.Address) (*types.Transaction, error) {
	return _ModelRegistry.Contract.SetRollup(&_ModelRegistry.TransactOpts, rollup_)
}

// SetRollup is a paid mutator transaction binding the contract method 0x763131a0.
//
// Solidity: function setRollup(address rollup_) returns()
func (_ModelRegistry *ModelRegistryTransactorSession) SetRollup(rollup_ common.Address) (*types.Transaction, error) {
	return _ModelRegistry.Contract.SetRollup(&_ModelRegistry.TransactOpts, rollup_)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ModelRegistry *ModelRegistryTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _ModelRegistry.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ModelRegistry *ModelRegistrySession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ModelRegistry.Contract.TransferOwnership(&_ModelRegistry.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ModelRegistry *ModelRegistryTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ModelRegistry.Contract.TransferOwnership(&_ModelRegistry.TransactOpts, newOwner)
}

// UpdateModel is a paid mutator transaction binding the contract method 0x155e6211.
//
// Solidity: function updateModel(uint32 modelId, bytes32 vkHash, uint64 feeGwei, bytes32 ownerPubkey, string uri) returns()
func (_ModelRegistry *ModelRegistryTransactor) UpdateModel(opts *bind.TransactOpts, modelId uint32, vkHash [32]byte, feeGwei uint64, ownerPubkey [32]byte, uri string) (*types.Transaction, error) {
	return _ModelRegistry.contract.Transact(opts, "updateModel", modelId, vkHash, feeGwei, ownerPubkey, uri)
}

// UpdateModel is a paid mutator transaction binding the contract method 0x155e6211.
//
// Solidity: function updateModel(uint32 modelId, bytes32 vkHash, uint64 feeGwei, bytes32 ownerPubkey, string uri) returns()
func (_ModelRegistry *ModelRegistrySession) UpdateModel(modelId uint32, vkHash [32]byte, feeGwei uint64, ownerPubkey [32]byte, uri string) (*types.Transaction, error) {
	return _ModelRegistry.Contract.UpdateModel(&_ModelRegistry.TransactOpts, modelId, vkHash, feeGwei, ownerPubkey, uri)
}

// UpdateModel is a paid mutator transaction binding the contract method 0x155e6211.
//
// Solidity: function updateModel(uint32 modelId, bytes32 vkHash, uint64 feeGwei, bytes32 ownerPubkey, string uri) returns()
func (_ModelRegistry *ModelRegistryTransactorSession) UpdateModel(modelId uint32, vkHash [32]byte, feeGwei uint64, ownerPubkey [32]byte, uri string) (*types.Transaction, error) {
	return _ModelRegistry.Contract.UpdateModel(&_ModelRegistry.TransactOpts, modelId, vkHash, feeGwei, ownerPubkey, uri)
}

// ModelRegistryModelRegisteredIterator is returned from FilterModelRegistered and is used to iterate over the raw logs and unpacked data for ModelRegistered events raised by the ModelRegistry contract.
type ModelRegistryModelRegisteredIterator struct {
	Event *ModelRegistryModelRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ModelRegistryModelRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ModelRegistryModelRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ModelRegistryModelRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ModelRegistryModelRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ModelRegistryModelRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ModelRegistryModelRegistered represents a ModelRegistered event raised by the ModelRegistry contract.
type ModelRegistryModelRegistered struct {
	ModelId     uint32
	Owner       common.Address
	VkHash      [32]byte
	FeeGwei     uint64
	OwnerPubkey [32]byte
	Uri         string
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterModelRegistered is a free log retrieval operation binding the contract event 0xf5bb4db35f2405a0d5e2c80b1aadc18f7d7bd51f52d311830b44a64e53bf6fce.
//
// Solidity: event ModelRegistered(uint32 indexed modelId, address indexed owner, bytes32 vkHash, uint64 feeGwei, bytes32 ownerPubkey, string uri)
func (_ModelRegistry *ModelRegistryFilterer) FilterModelRegistered(opts *bind.FilterOpts, modelId []uint32, owner []common.Address) (*ModelRegistryModelRegisteredIterator, error) {

	var modelIdRule []interface{}
	for _, modelIdItem := range modelId {
		modelIdRule = append(modelIdRule, modelIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _ModelRegistry.contract.FilterLogs(opts, "ModelRegistered", modelIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &ModelRegistryModelRegisteredIterator{contract: _ModelRegistry.contract, event: "ModelRegistered", logs: logs, sub: sub}, nil
}

// WatchModelRegistered is a free log subscription operation binding the contract event 0xf5bb4db35f2405a0d5e2c80b1aadc18f7d7bd51f52d311830b44a64e53bf6fce.
//
// Solidity: event ModelRegistered(uint32 indexed modelId, address indexed owner, bytes32 vkHash, uint64 feeGwei, bytes32 ownerPubkey, string uri)
func (_ModelRegistry *ModelRegistryFilterer) WatchModelRegistered(opts *bind.WatchOpts, sink chan<- *ModelRegistryModelRegistered, modelId []uint32, owner []common.Address) (event.Subscription, error) {

	var modelIdRule []interface{}
	for _, modelIdItem := range modelId {
		modelIdRule = append(modelIdRule, modelIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _ModelRegistry.contract.WatchLogs(opts, "ModelRegistered", modelIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ModelRegistryModelRegistered)
				if err := _ModelRegistry.contract.UnpackLog(event, "ModelRegistered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseModelRegistered is a log parse operation binding the contract event 0xf5bb4db35f2405a0d5e2c80b1aadc18f7d7bd51f52d311830b44a64e53bf6fce.
//
// Solidity: event ModelRegistered(uint32 indexed modelId, address indexed owner, bytes32 vkHash, uint64 feeGwei, bytes32 ownerPubkey, string uri)
func (_ModelRegistry *ModelRegistryFilterer) ParseModelRegistered(log types.Log) (*ModelRegistryModelRegistered, error) {
	event := new(ModelRegistryModelRegistered)
	if err := _ModelRegistry.contract.UnpackLog(event, "ModelRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ModelRegistryModelUpdatedIterator is returned from FilterModelUpdated and is used to iterate over the raw logs and unpacked data for ModelUpdated events raised by the ModelRegistry contract.
type ModelRegistryModelUpdatedIterator struct {
	Event *ModelRegistryModelUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ModelRegistryModelUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ModelRegistryModelUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ModelRegistryModelUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ModelRegistryModelUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ModelRegistryModelUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ModelRegistryModelUpdated represents a ModelUpdated event raised by the ModelRegistry contract.
type ModelRegistryModelUpdated struct {
	ModelId     uint32
	Owner       common.Address
	VkHash      [32]byte
	FeeGwei     uint64
	OwnerPubkey [32]byte
	Uri         string
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterModelUpdated is a free log retrieval operation binding the contract event 0x5e87fec7c90d13b10aa6042c7d0d0780b72c1165d4d8620c2298749ebd9f1efd.
//
// Solidity: event ModelUpdated(uint32 indexed modelId, address indexed owner, bytes32 vkHash, uint64 feeGwei, bytes32 ownerPubkey, string uri)
func (_ModelRegistry *ModelRegistryFilterer) FilterModelUpdated(opts *bind.FilterOpts, modelId []uint32, owner []common.Address) (*ModelRegistryModelUpdatedIterator, error) {

	var modelIdRule []interface{}
	for _, modelIdItem := range modelId {
		modelIdRule = append(modelIdRule, modelIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _ModelRegistry.contract.FilterLogs(opts, "ModelUpdated", modelIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &ModelRegistryModelUpdatedIterator{contract: _ModelRegistry.contract, event: "ModelUpdated", logs: logs, sub: sub}, nil
}

// WatchModelUpdated is a free log subscription operation binding the contract event 0x5e87fec7c90d13b10aa6042c7d0d0780b72c1165d4d8620c2298749ebd9f1efd.
//
// Solidity: event ModelUpdated(uint32 indexed modelId, address indexed owner, bytes32 vkHash, uint64 feeGwei, bytes32 ownerPubkey, string uri)
func (_ModelRegistry *ModelRegistryFilterer) WatchModelUpdated(opts *bind.WatchOpts, sink chan<- *ModelRegistryModelUpdated, modelId []uint32, owner []common.Address) (event.Subscription, error) {

	var modelIdRule []interface{}
	for _, modelIdItem := range modelId {
		modelIdRule = append(modelIdRule, modelIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _ModelRegistry.contract.WatchLogs(opts, "ModelUpdated", modelIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ModelRegistryModelUpdated)
				if err := _ModelRegistry.contract.UnpackLog(event, "ModelUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseModelUpdated is a log parse operation binding the contract event 0x5e87fec7c90d13b10aa6042c7d0d0780b72c1165d4d8620c2298749ebd9f1efd.
//
// Solidity: event ModelUpdated(uint32 indexed modelId, address indexed owner, bytes32 vkHash, uint64 feeGwei, bytes32 ownerPubkey, string uri)
func (_ModelRegistry *ModelRegistryFilterer) ParseModelUpdated(log types.Log) (*ModelRegistryModelUpdated, error) {
	event := new(ModelRegistryModelUpdated)
	if err := _ModelRegistry.contract.UnpackLog(event, "ModelUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ModelRegistryOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the ModelRegistry contract.
type ModelRegistryOwnershipTransferStartedIterator struct {
	Event *ModelRegistryOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ModelRegistryOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ModelRegistryOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ModelRegistryOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ModelRegistryOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ModelRegistryOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ModelRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ModelRegistry contract.
type ModelRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ModelRegistry *ModelRegistryFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ModelRegistryOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ModelRegistry.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ModelRegistryOwnershipTransferStartedIterator{contract: _ModelRegistry.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ModelRegistry *ModelRegistryFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *ModelRegistryOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ModelRegistry.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ModelRegistryOwnershipTransferStarted)
				if err := _ModelRegistry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ModelRegistry *ModelRegistryFilterer) ParseOwnershipTransferStarted(log types.Log) (*ModelRegistryOwnershipTransferStarted, error) {
	event := new(ModelRegistryOwnershipTransferStarted)
	if err := _ModelRegistry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ModelRegistryOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the ModelRegistry contract.
type ModelRegistryOwnershipTransferredIterator struct {
	Event *ModelRegistryOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ModelRegistryOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ModelRegistryOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ModelRegistryOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ModelRegistryOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ModelRegistryOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ModelRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the ModelRegistry contract.
type ModelRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ModelRegistry *ModelRegistryFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ModelRegistryOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ModelRegistry.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ModelRegistryOwnershipTransferredIterator{contract: _ModelRegistry.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ModelRegistry *ModelRegistryFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *ModelRegistryOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ModelRegistry.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ModelRegistryOwnershipTransferred)
				if err := _ModelRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ModelRegistry *ModelRegistryFilterer) ParseOwnershipTransferred(log types.Log) (*ModelRegistryOwnershipTransferred, error) {
	event := new(ModelRegistryOwnershipTransferred)
	if err := _ModelRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ModelRegistryRollupSetIterator is returned from FilterRollupSet and is used to iterate over the raw logs and unpacked data for RollupSet events raised by the ModelRegistry contract.
type ModelRegistryRollupSetIterator struct {
	Event *ModelRegistryRollupSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ModelRegistryRollupSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ModelRegistryRollupSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ModelRegistryRollupSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ModelRegistryRollupSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ModelRegistryRollupSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ModelRegistryRollupSet represents a RollupSet event raised by the ModelRegistry contract.
type ModelRegistryRollupSet struct {
	Rollup common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterRollupSet is a free log retrieval operation binding the contract event 0x7e8ce0bde07da6b99aedf3acf71a4ab99699f774d164be03d69bfe6d5a6f5272.
//
// Solidity: event RollupSet(address indexed rollup)
func (_ModelRegistry *ModelRegistryFilterer) FilterRollupSet(opts *bind.FilterOpts, rollup []common.Address) (*ModelRegistryRollupSetIterator, error) {

	var rollupRule []interface{}
	for _, rollupItem := range rollup {
		rollupRule = append(rollupRule, rollupItem)
	}

	logs, sub, err := _ModelRegistry.contract.FilterLogs(opts, "RollupSet", rollupRule)
	if err != nil {
		return nil, err
	}
	return &ModelRegistryRollupSetIterator{contract: _ModelRegistry.contract, event: "RollupSet", logs: logs, sub: sub}, nil
}

// WatchRollupSet is a free log subscription operation binding the contract event 0x7e8ce0bde07da6b99aedf3acf71a4ab99699f774d164be03d69bfe6d5a6f5272.
//
// Solidity: event RollupSet(address indexed rollup)
func (_ModelRegistry *ModelRegistryFilterer) WatchRollupSet(opts *bind.WatchOpts, sink chan<- *ModelRegistryRollupSet, rollup []common.Address) (event.Subscription, error) {

	var rollupRule []interface{}
	for _, rollupItem := range rollup {
		rollupRule = append(rollupRule, rollupItem)
	}

	logs, sub, err := _ModelRegistry.contract.WatchLogs(opts, "RollupSet", rollupRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ModelRegistryRollupSet)
				if err := _ModelRegistry.contract.UnpackLog(event, "RollupSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRollupSet is a log parse operation binding the contract event 0x7e8ce0bde07da6b99aedf3acf71a4ab99699f774d164be03d69bfe6d5a6f5272.
//
// Solidity: event RollupSet(address indexed rollup)
func (_ModelRegistry *ModelRegistryFilterer) ParseRollupSet(log types.Log) (*ModelRegistryRollupSet, error) {
	event := new(ModelRegistryRollupSet)
	if err := _ModelRegistry.contract.UnpackLog(event, "RollupSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupMetaData contains all meta data concerning the NexusRollup contract.
var NexusRollupMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"contractIVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"contractProverRegistry\",\"name\":\"proverRegistry_\",\"type\":\"address\"},{\"internalType\":\"contractModelRegistry\",\"name\":\"modelRegistry_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"genesisStateRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"priorityDeadline_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"},{\"inputs\":[],\"name\":\"ETH_TOKEN\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TOKENS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activateExodus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"addToken\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"tokenId\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"}],\"name\":\"claimWithdrawal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"pubkey\",\"type\":\"bytes32\"}],\"name\":\"depositERC20\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubkey\",\"type\":\"bytes32\"}],\"name\":\"depositETH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"depositsEnabled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"enc\",\"type\":\"bytes\"}],\"name\":\"enqueueFromRegistry\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pubKeyX\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pubKeyY\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"l1Address\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"fulfilled\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expired\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"exiting\",\"type\":\"bool\"},{\"internalType\":\"uint256[]\",\"name\":\"tokenSiblings\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"accountSiblings\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"jobsRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"modelsRoot\",\"type\":\"uint256\"}],\"internalType\":\"structExitProof\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"exit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitRoot\",\"outputs\":[{\"internalType\":\"contractExitRoot\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"exited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exodusMode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"enc\",\"type\":\"bytes\"}],\"name\":\"exodusRefund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"exodusRefunded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"jobId\",\"type\":\"uint32\"}],\"name\":\"inferenceResult\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"fulfilled\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"outputCommit\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"jobId\",\"type\":\"uint32\"}],\"name\":\"l1Job\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"feeGwei\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"enumNexusRollup.L1JobStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structNexusRollup.L1Job\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1JobCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastBatchNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastBatchTimestamp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelRegistry\",\"outputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priorityDeadline\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"priorityHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"priorityOpDeadline\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priorityOpsConsumed\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priorityOpsTotal\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"proverOfAccount\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proverRegistry\",\"outputs\":[{\"internalType\":\"contractProverRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"}],\"name\":\"requestForcedExit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"inputCommit\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"deadline\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"requestInference\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"jobId\",\"type\":\"uint32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"tokenId\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setDepositsEnabled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"priorityOpsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"prevStateRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newStateRoot\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"priorityHashBefore\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"priorityHashAfter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"pubdataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"submitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"tokenAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCount\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"tokenIdOf\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newStateRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"priorityOpsConsumed\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pubdataHash\",\"type\":\"bytes32\"}],\"name\":\"BatchSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"priorityIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"depositor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pubkey\",\"type\":\"bytes32\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"l1Address\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Exit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"overdueIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ExodusActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"priorityIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ExodusRefund\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"priorityIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"}],\"name\":\"ForcedExitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"jobId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"feeGwei\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"deadline\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"inputCommit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"InferenceRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"jobId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"outputCommit\",\"type\":\"uint256\"}],\"name\":\"InferenceResult\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"jobId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"L1JobRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"encoding\",\"type\":\"bytes\"}],\"name\":\"PriorityOpQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"ProverAccountLinked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"jobId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toRequester\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"ProverSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"tokenId\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"tokenId\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"TokenDepositsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalClaimable\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalClaimed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Owned_NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Owned_NotPendingOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Owned_ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuard_Reentered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"token\",\"type\":\"uint16\"}],\"name\":\"Rollup_AlreadyExited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Rollup_AlreadyRefunded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Rollup_AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"Rollup_BadBatchNumber\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Rollup_BadExitProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"jobId\",\"type\":\"uint32\"}],\"name\":\"Rollup_BadL1Job\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"}],\"name\":\"Rollup_BadOpType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"Rollup_BadPrevStateRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Rollup_BadPriorityEncoding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"Rollup_BadPriorityHashAfter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"Rollup_BadPriorityHashBefore\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Rollup_BadPriorityIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"Rollup_BadPubdataHash\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"Rollup_BadPubdataLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"Rollup_BadTimestamp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"deadline\",\"type\":\"uint32\"}],\"name\":\"Rollup_DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"tokenId\",\"type\":\"uint16\"}],\"name\":\"Rollup_DepositsDisabled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Rollup_ExodusActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Rollup_ExodusNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"feeGwei\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"modelFeeGwei\",\"type\":\"uint64\"}],\"name\":\"Rollup_FeeBelowModelFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Rollup_FeeNotGwei\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"Rollup_InvalidCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"Rollup_InvalidGenesisRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubkey\",\"type\":\"bytes32\"}],\"name\":\"Rollup_InvalidPubkey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Rollup_L1JobLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Rollup_NoOverduePriorityOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"Rollup_NonCanonicalStateRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"Rollup_NotFromRegistry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Rollup_NotRefundable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Rollup_NotRegistry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Rollup_NothingToClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Rollup_NothingToExit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"opType\",\"type\":\"uint8\"}],\"name\":\"Rollup_OpTypeNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"inPubdata\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"inHeader\",\"type\":\"uint256\"}],\"name\":\"Rollup_PriorityOpCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubdataChain\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"queueChain\",\"type\":\"bytes32\"}],\"name\":\"Rollup_PriorityOpsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"Rollup_TokenAlreadyAdded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Rollup_TokenLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"Rollup_TooManyPriorityOps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"tokenId\",\"type\":\"uint16\"}],\"name\":\"Rollup_UnknownToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"Rollup_VerifierHasNoCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Rollup_ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Rollup_ZeroAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SafeTransfer_EthFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SafeTransfer_TokenFailed\",\"type\":\"error\"}]",
	Bin: "0x6101206040526004805462ffff001916610100179055348015610020575f5ffd5b5060405161720f38038061720f83398101604081905261003f9161026a565b856001600160a01b03811661006757604051635ac8f28f60e11b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b03831690811782556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3506001600160a01b03851615806100cc57506001600160a01b038416155b806100de57506001600160a01b038316155b156100fc576040516327ab146160e21b815260040160405180910390fd5b846001600160a01b03163b5f036101365760405163c93ef81360e01b81526001600160a01b03861660048201526024015b60405180910390fd5b61015f827f12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a118000000000011190565b61017f5760405163548fa49b60e01b81526004810183905260240161012d565b6001600160a01b03851660805260405161019890610246565b604051809103905ff0801580156101b1573d5f5f3e3d5ffd5b506001600160a01b0390811660a05293841660c0529190921660e0526002919091556001600160401b03908116610100525f8052600b6020527fdf7de25b7f1fd6d0b5205f0e18f1f35bd7b8d84cce336588d184533ce43a6f76805460ff1916600117905560038054429092166801000000000000000002600160401b600160801b0319909216919091179055506102ee9050565b6119e48061582b83390190565b6001600160a01b0381168114610267575f5ffd5b50565b5f5f5f5f5f5f60c0878903121561027f575f5ffd5b865161028a81610253565b602088015190965061029b81610253565b60408801519095506102ac81610253565b60608801519094506102bd81610253565b608088015160a089015191945092506001600160401b03811681146102e0575f5ffd5b809150509295509295509295565b60805160a05160c05160e051610100516154ac61037f5f395f8181610348015261348c01525f818161052a015281816117ec015261235601525f81816102d3015281816109760152818161176301528181613e05015281816140af015281816145d201528181614649015261474b01525f81816107d70152611b4201525f81816104be0152610f1201526154ac5ff3fe6080604052600436106102c3575f3560e01c806398c4e9a611610170578063ce4089bd116100d1578063e30c397811610087578063f2fde38b11610062578063f2fde38b14610998578063f47c84c5146109b7578063fec498ca146109cb575f5ffd5b8063e30c397814610910578063eb44f2b61461092f578063eda3150414610965575f5ffd5b8063d445d888116100b7578063d445d888146108a8578063d48bfca7146108de578063d68d9d4e146108fd575f5ffd5b8063ce4089bd14610845578063d3765d0414610873575f5ffd5b8063a8ea0bd511610126578063afd224ff1161010c578063afd224ff146107c6578063b7afe9be146107f9578063c017f7e514610825575f5ffd5b8063a8ea0bd514610788578063ab9fa08d146107b3575f5ffd5b80639f181b5e116101565780639f181b5e14610721578063a44653fb14610740578063a68f9f9314610774575f5ffd5b806398c4e9a6146106d45780639ddcda0a14610702575f5ffd5b80633222985b116102255780636d3673c7116101db57806379ba5097116101b657806379ba50971461068d5780638da5cb5b146106a15780639588eca2146106bf575f5ffd5b80636d3673c7146106205780637163c1d41461063f578063773c02d41461065e575f5ffd5b8063356ef4d61161020b578063356ef4d6146105bc57806358bc8337146105db578063603921b414610601575f5ffd5b80633222985b1461054c57806333a224d614610580575f5ffd5b80632461885a1161027a5780632b7ac3f3116102605780632b7ac3f3146104ad5780632b8c062a146104e05780632ba36f7814610519575f5ffd5b80632461885a14610457578063264c091214610484575f5ffd5b806319eec9c5116102aa57806319eec9c5146103a75780632067612b146103f3578063229944511461041f575f5ffd5b80628d72ea14610337578063075d8a8f14610388575f5ffd5b3661033357336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610331576040517fd9172ee10000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b005b5f5ffd5b348015610342575f5ffd5b5061036a7f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff90911681526020015b60405180910390f35b348015610393575f5ffd5b506103316103a2366004614ad0565b6109ea565b3480156103b2575f5ffd5b506103db6103c1366004614b73565b600f6020525f90815260409020546001600160a01b031681565b6040516001600160a01b03909116815260200161037f565b3480156103fe575f5ffd5b5061041261040d366004614b73565b6111e4565b60405161037f9190614bb9565b34801561042a575f5ffd5b50600454610442906301000000900463ffffffff1681565b60405163ffffffff909116815260200161037f565b348015610462575f5ffd5b50610476610471366004614c49565b6112c9565b60405190815260200161037f565b34801561048f575f5ffd5b5060045461049d9060ff1681565b604051901515815260200161037f565b3480156104b8575f5ffd5b506103db7f000000000000000000000000000000000000000000000000000000000000000081565b3480156104eb575f5ffd5b5061049d6104fa366004614c62565b600760209081525f928352604080842090915290825290205460ff1681565b348015610524575f5ffd5b506103db7f000000000000000000000000000000000000000000000000000000000000000081565b348015610557575f5ffd5b5060035461036a90700100000000000000000000000000000000900467ffffffffffffffff1681565b34801561058b575f5ffd5b5060035461036a907801000000000000000000000000000000000000000000000000900467ffffffffffffffff1681565b3480156105c7575f5ffd5b506103316105d6366004614ca2565b61145e565b3480156105e6575f5ffd5b506105ee5f81565b60405161ffff909116815260200161037f565b34801561060c575f5ffd5b5061047661061b366004614c62565b61154a565b34801561062b575f5ffd5b5061047661063a366004614cca565b6116ee565b34801561064a575f5ffd5b50610331610659366004614d09565b6118ce565b348015610669575f5ffd5b506105ee610678366004614d57565b600a6020525f908152604090205461ffff1681565b348015610698575f5ffd5b50610331611dd4565b3480156106ac575f5ffd5b505f546103db906001600160a01b031681565b3480156106ca575f5ffd5b5061047660025481565b3480156106df575f5ffd5b5061049d6106ee366004614c49565b600b6020525f908152604090205460ff1681565b34801561070d575f5ffd5b5061047661071c366004614d70565b611e93565b34801561072c575f5ffd5b506004546105ee90610100900461ffff1681565b34801561074b575f5ffd5b506103db61075a366004614c49565b60096020525f90815260409020546001600160a01b031681565b34801561077f575f5ffd5b506103316120f4565b348015610793575f5ffd5b506104766107a2366004614dc0565b60056020525f908152604090205481565b6104426107c1366004614dd7565b612245565b3480156107d1575f5ffd5b506103db7f000000000000000000000000000000000000000000000000000000000000000081565b348015610804575f5ffd5b5060035461036a9068010000000000000000900467ffffffffffffffff1681565b348015610830575f5ffd5b5060035461036a9067ffffffffffffffff1681565b348015610850575f5ffd5b5061049d61085f366004614dc0565b60086020525f908152604090205460ff1681565b34801561087e575f5ffd5b5061036a61088d366004614dc0565b60066020525f908152604090205467ffffffffffffffff1681565b3480156108b3575f5ffd5b506104766108c2366004614e24565b600c60209081525f928352604080842090915290825290205481565b3480156108e9575f5ffd5b506105ee6108f8366004614d57565b6127a7565b61047661090b366004614dc0565b6129fb565b34801561091b575f5ffd5b506001546103db906001600160a01b031681565b34801561093a575f5ffd5b5061094e610949366004614b73565b612ad0565b60408051921515835260208301919091520161037f565b348015610970575f5ffd5b506103db7f000000000000000000000000000000000000000000000000000000000000000081565b3480156109a3575f5ffd5b506103316109b2366004614d57565b612b1e565b3480156109c2575f5ffd5b506105ee601081565b3480156109d6575f5ffd5b506103316109e5366004614e3e565b612bcb565b7f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725c8015610a44576040517fae5a857900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60017f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725d60045460ff1615610aa5576040517f98cdf3ba00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600354610abd9067ffffffffffffffff166001614eb3565b67ffffffffffffffff16610ad46020880188614ef6565b67ffffffffffffffff1614610b4e57600354610afb9067ffffffffffffffff166001614eb3565b610b086020880188614ef6565b6040517f6b50287000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015291166024820152604401610328565b600254866060013514610b9e576002546040517fecd7c702000000000000000000000000000000000000000000000000000000008152600481019190915260608701356024820152604401610328565b60808601357f12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a1180000000000111610c01576040517f1c503e6900000000000000000000000000000000000000000000000000000000815260808701356004820152602401610328565b60035468010000000000000000900467ffffffffffffffff16610c2a6040880160208901614ef6565b67ffffffffffffffff161080610c58575042610c4c6040880160208901614ef6565b67ffffffffffffffff16115b15610cac57610c6d6040870160208801614ef6565b6040517fc2901a6d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610328565b6003547801000000000000000000000000000000000000000000000000900467ffffffffffffffff165f610ce66060890160408a01614ef6565b610cfa9067ffffffffffffffff1683614f11565b600354909150700100000000000000000000000000000000900467ffffffffffffffff16811115610da557610d356060890160408a01614ef6565b600354610d61908490700100000000000000000000000000000000900467ffffffffffffffff16614f24565b6040517f89f5c4a400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90921660048301526024820152604401610328565b5f8281526005602052604090205460a089013514610e0c575f82815260056020526040908190205490517f621a74ba000000000000000000000000000000000000000000000000000000008152600481019190915260a08901356024820152604401610328565b5f8181526005602052604090205460c089013514610e73575f81815260056020526040908190205490517f81f30698000000000000000000000000000000000000000000000000000000008152600481019190915260c08901356024820152604401610328565b5f60028888604051610e86929190614f37565b602060405180830381855afa158015610ea1573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610ec49190614f46565b90508860e001358114610f10576040517fc9df9fa90000000000000000000000000000000000000000000000000000000081526004810182905260e08a01356024820152604401610328565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e1ff50828787610f4a8d613047565b6040518463ffffffff1660e01b8152600401610f6893929190614fa4565b5f6040518083038186803b158015610f7e575f5ffd5b505afa158015610f90573d5f5f3e3d5ffd5b505050506080890135600255610fa960208a018a614ef6565b600380547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff92909216919091179055610ff260408a0160208b01614ef6565b6003805477ffffffffffffffff0000000000000000ffffffffffffffff166801000000000000000067ffffffffffffffff9384160277ffffffffffffffffffffffffffffffffffffffffffffffff161778010000000000000000000000000000000000000000000000009285169290920291909117905561107660208a018a614ef6565b67ffffffffffffffff167fd375af879a6698e4dfa78fe726ff100febd3fafb476673e0f9bb08478bcddfec60808b01356110b660608d0160408e01614ef6565b6040805192835267ffffffffffffffff9091166020830152810184905260600160405180910390a25f5f6110ef8a8a8d60a001356130ca565b909250905061110460608c0160408d01614ef6565b67ffffffffffffffff16821461116a578161112560608d0160408e01614ef6565b6040517f2661d4e2000000000000000000000000000000000000000000000000000000008152600481019290925267ffffffffffffffff166024820152604401610328565b8a60c0013581146111b4576040517fd1efb5c80000000000000000000000000000000000000000000000000000000081526004810182905260c08c01356024820152604401610328565b50505050505f7f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725d505050505050565b61120b604080516080810182525f8082526020820181905291810182905290606082015290565b63ffffffff8083165f908152600d6020908152604091829020825160808101845281546001600160a01b038116825267ffffffffffffffff74010000000000000000000000000000000000000000820416938201939093527c0100000000000000000000000000000000000000000000000000000000909204909316918101919091526001820154909190606083019060ff1660038111156112af576112af614b8c565b60038111156112c0576112c0614b8c565b90525092915050565b5f7f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725c8015611324576040517fae5a857900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60017f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725d335f908152600c6020908152604080832061ffff8716845290915281205492508290036113a1576040517f998775b100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f818152600c6020908152604080832061ffff881680855290835281842093909355518581529192917f1767e3b6a7fb64033c92deb9422af53c840ed16f7c7abc864664f661429fb194910160405180910390a361ffff831661140e5761140933836132d6565b611435565b61ffff83165f90815260096020526040902054611435906001600160a01b03163384613376565b5f7f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725d50919050565b5f546001600160a01b031633146114a3576040517f64e08491000000000000000000000000000000000000000000000000000000008152336004820152602401610328565b60045461ffff6101009091048116908316106114f1576040517ff8f127f900000000000000000000000000000000000000000000000000000000815261ffff83166004820152602401610328565b61ffff82165f818152600b6020908152604091829020805460ff191685151590811790915591519182527f96a05d341c1dad096005a481a666ec590a98387f1176d860ac1ca627ada194ed910160405180910390a25050565b6004545f9060ff1615611589576040517f98cdf3ba00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60045461ffff6101009091048116908316106115d7576040517ff8f127f900000000000000000000000000000000000000000000000000000000815261ffff83166004820152602401610328565b604080517f060000000000000000000000000000000000000000000000000000000000000060208201527fffffffff0000000000000000000000000000000000000000000000000000000060e086901b1660218201527fffff00000000000000000000000000000000000000000000000000000000000060f085901b1660258201527fffffffffffffffffffffffffffffffffffffffff0000000000000000000000003360601b1660278201528151601b818303018152603b90910190915261169f906133e7565b6040805163ffffffff8616815261ffff85166020820152919250339183917f2d9d5fc61263477941f0d7c4822a685956be62b59dcbd844da23c7193950a173910160405180910390a392915050565b6004545f9060ff161561172d576040517f98cdf3ba00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f82156117555783835f81811061174657611746614fea565b919091013560f81c9050611757565b5f5b90506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036117e25760ff81166003148015906117a1575060ff8116600414155b156117dd576040517ffa55f02000000000000000000000000000000000000000000000000000000000815260ff82166004820152602401610328565b611888565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036118545760ff81166002146117dd576040517ffa55f02000000000000000000000000000000000000000000000000000000000815260ff82166004820152602401610328565b6040517faf775930000000000000000000000000000000000000000000000000000000008152336004820152602401610328565b6118c684848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506133e792505050565b949350505050565b7f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725c8015611928576040517fae5a857900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60017f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725d60045460ff16611988576040517f1d8aa03f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60075f6119986020850185614b73565b63ffffffff1663ffffffff1681526020019081526020015f205f8360200160208101906119c59190614c49565b61ffff16815260208101919091526040015f205460ff1615611a42576119ee6020830183614b73565b6119fe6040840160208501614c49565b6040517f7b7ea60000000000000000000000000000000000000000000000000000000000815263ffffffff909216600483015261ffff166024820152604401610328565b60408201351580611a6a57505f611a5f60c0840160a08501614d57565b6001600160a01b0316145b15611aa1576040517ff0d83b8800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600454610100900461ffff16611abd6040840160208501614c49565b61ffff1610611b0f57611ad66040830160208401614c49565b6040517ff8f127f900000000000000000000000000000000000000000000000000000000815261ffff9091166004820152602401610328565b6002546040517fa90edefc0000000000000000000000000000000000000000000000000000000081526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a90edefc90611b779086906004016150c3565b602060405180830381865afa158015611b92573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bb69190614f46565b14611bed576040517f6b99569700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600160075f611bff6020860186614b73565b63ffffffff1663ffffffff1681526020019081526020015f205f846020016020810190611c2c9190614c49565b61ffff168152602081019190915260409081015f908120805460ff19169315159390931790925583013590600c90611c6a60c0860160a08701614d57565b6001600160a01b03166001600160a01b031681526020019081526020015f205f846020016020810190611c9d9190614c49565b61ffff1661ffff1681526020019081526020015f205f828254611cc09190614f11565b90915550611cd6905060c0830160a08401614d57565b6001600160a01b0316611cef6040840160208501614c49565b61ffff16611d006020850185614b73565b63ffffffff167f4cf02efd642e2ae11963c7d431db5687f668666e9809f47da06b71dbd1cd45798560400135604051611d3b91815260200190565b60405180910390a4611d536040830160208401614c49565b61ffff16611d6760c0840160a08501614d57565b6001600160a01b03167f6f49b13c1eb5e34afa816b060e68471a01c4c4e0154350f7123bb8ec2743c6ae8460400135604051611da591815260200190565b60405180910390a35f7f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725d5050565b6001546001600160a01b031633141580611dec575033155b15611e25576040517f72995388000000000000000000000000000000000000000000000000000000008152336004820152602401610328565b5f8054337fffffffffffffffffffffffff0000000000000000000000000000000000000000808316821784556001805490911690556040516001600160a01b0390921692909183917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a350565b5f7f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725c8015611eee576040517fae5a857900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60017f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725d60045460ff1615611f4f576040517f98cdf3ba00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0385165f908152600a602052604081205461ffff1690819003611fa7576040517ff8f127f90000000000000000000000000000000000000000000000000000000081525f6004820152602401610328565b846fffffffffffffffffffffffffffffffff165f03611ff2576040517fa9a3c56900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611ffc87613545565b905061201c873330896fffffffffffffffffffffffffffffffff1661367b565b5f8161202789613545565b6120319190614f24565b9050805f0361206c576040517fa9a3c56900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6fffffffffffffffffffffffffffffffff8111156120b9576040517f28b5388d00000000000000000000000000000000000000000000000000000000815260048101829052602401610328565b6120c48382886136b6565b94505050505f7f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725d509392505050565b60045460ff1615612131576040517f98cdf3ba00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003545f90612167907801000000000000000000000000000000000000000000000000900467ffffffffffffffff166001614f11565b600354909150700100000000000000000000000000000000900467ffffffffffffffff168111806121af57505f8181526006602052604090205467ffffffffffffffff164211155b156121e6576040517f8aba0c2a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6004805460ff191660011790555f8181526006602090815260409182902054915167ffffffffffffffff909216825282917fa84eed739d8941e5ec4e4f384ed569bd6fcc42af2c0c4bc82a000079163c16cc910160405180910390a250565b6004545f9060ff1615612284576040517f98cdf3ba00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612292633b9aca0034615287565b156122cb576040517fbda82f30000000000000000000000000000000000000000000000000000000008152346004820152602401610328565b5f6122da633b9aca003461529a565b905067ffffffffffffffff811115612320576040517f28b5388d000000000000000000000000000000000000000000000000000000008152346004820152602401610328565b6040517fea56569900000000000000000000000000000000000000000000000000000000815263ffffffff881660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ea56569990602401602060405180830381865afa1580156123a3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123c791906152ad565b90508067ffffffffffffffff16821015612421576040517ffacf0f1200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808416600483015282166024820152604401610328565b61244a877f12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a118000000000011190565b612483576040517f27c1fc7500000000000000000000000000000000000000000000000000000000815260048101889052602401610328565b428663ffffffff16116124ca576040517f723b3a9100000000000000000000000000000000000000000000000000000000815263ffffffff87166004820152602401610328565b6004546301000000900463ffffffff1663800000008110612517576040517f7b71bcc400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6125228160016152c8565b600480547fffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffff16630100000063ffffffff938416021790556040805160808101825233815267ffffffffffffffff861660208201528b8316918101919091529082166380000000179450606081016001905263ffffffff8086165f908152600d60209081526040918290208451815492860151938601519094167c0100000000000000000000000000000000000000000000000000000000027bffffffffffffffffffffffffffffffffffffffffffffffffffffffff67ffffffffffffffff90941674010000000000000000000000000000000000000000027fffffffff000000000000000000000000000000000000000000000000000000009093166001600160a01b03909516949094179190911791909116919091178155606082015160018083018054909160ff199091169083600381111561268257612682614b8c565b02179055509050508863ffffffff16336001600160a01b03168563ffffffff167f57aec93f6d4ceb477c46a6d04788f05930ef39578aeb829f62d575f960f65859868b8d8c8c6040516126d99594939291906152e4565b60405180910390a4604080517f050000000000000000000000000000000000000000000000000000000000000060208201527fffffffff0000000000000000000000000000000000000000000000000000000060e087811b821660218401528c811b821660258401527fffffffffffffffff00000000000000000000000000000000000000000000000060c088901b1660298401528a901b16603182015260358082018b905282518083039091018152605590910190915261279a906133e7565b5050505095945050505050565b5f80546001600160a01b031633146127ed576040517f64e08491000000000000000000000000000000000000000000000000000000008152336004820152602401610328565b6001600160a01b03821661282d576040517f9eac518400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0382165f908152600a602052604090205461ffff161561288b576040517f39edef440000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610328565b600454601061010090910461ffff16106128d1576040517f14bdd6a900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60048054610100900461ffff169060016128ea83615324565b82546101009290920a61ffff81810219909316918316021790915581165f81815260096020908152604080832080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038916908117909155808452600a835281842080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001686179055848452600b909252808320805460ff1916600117905551939450927f57720e43fb71b7440e0e8c833153eb4dc96110fbb8c1d46017456ab53c5c4c309190a36040516001815261ffff8216907f96a05d341c1dad096005a481a666ec590a98387f1176d860ac1ca627ada194ed9060200160405180910390a2919050565b6004545f9060ff1615612a3a576040517f98cdf3ba00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b345f03612a73576040517fa9a3c56900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6fffffffffffffffffffffffffffffffff341115612abf576040517f28b5388d000000000000000000000000000000000000000000000000000000008152346004820152602401610328565b612aca5f34846136b6565b92915050565b5f80600263ffffffff84165f908152600d602052604090206001015460ff166003811115612b0057612b00614b8c565b63ffffffff9094165f908152600e6020526040902054931493915050565b5f546001600160a01b03163314612b63576040517f64e08491000000000000000000000000000000000000000000000000000000008152336004820152602401610328565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038381169182179092555f8054604051929316917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b7f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725c8015612c25576040517fae5a857900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60017f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725d60045460ff16612c85576040517f1d8aa03f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1684111580612cdb5750600354700100000000000000000000000000000000900467ffffffffffffffff1684115b15612d15576040517fb4d27f0800000000000000000000000000000000000000000000000000000000815260048101859052602401610328565b5f8481526008602052604090205460ff1615612d60576040517f9085f55900000000000000000000000000000000000000000000000000000000815260048101859052602401610328565b5f84815260056020819052604082205491612dca9190612d81600189614f24565b81526020019081526020015f205485858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506138b992505050565b14612e04576040517fb693d53100000000000000000000000000000000000000000000000000000000815260048101859052602401610328565b5f83835f818110612e1757612e17614fea565b919091013560f81c91505f905080807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8401612e6d57505050603384013560601c600185013560f01c600386013560801c612f39565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffb60ff851601612f0457600187013560e01c5f818152600d6020526040902080546001600160a01b0381169550612eea9074010000000000000000000000000000000000000000900467ffffffffffffffff16633b9aca00615344565b600191909101805460ff191660031790559150612f399050565b6040517fcec75d8600000000000000000000000000000000000000000000000000000000815260048101899052602401610328565b5f888152600860209081526040808320805460ff191660011790556001600160a01b0386168352600c825280832061ffff8616845290915281208054839290612f83908490614f11565b90915550506040805161ffff84168152602081018390526001600160a01b038516918a917f67d8f0510d05a53962d3e8e1949c20fce9459cc20caea182314c8d0f3558f40c910160405180910390a38161ffff16836001600160a01b03167f6f49b13c1eb5e34afa816b060e68471a01c4c4e0154350f7123bb8ec2743c6ae8360405161301291815260200190565b60405180910390a3505050505f7f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725d50505050565b61304f614a10565b5f600261305b8461394c565b6040516130689190615372565b602060405180830381855afa158015613083573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906130a69190614f46565b608081901c83526fffffffffffffffffffffffffffffffff16602083015250919050565b5f818360208110806130f1575060096130e4602083614f24565b6130ee9190615287565b15155b1561312b576040517f3cdaf16000000000000000000000000000000000000000000000000000000000815260048101829052602401610328565b613133614a2e565b60205b5f5f6131488a8a858760600151613a0a565b91509150808460800181815161315e9190614f11565b9052508482106131b257848211156131ab576040517fee9a8fbd000000000000000000000000000000000000000000000000000000008152600481018690525f6024820152604401610328565b505061326f565b8982013560f81c5f6131c382613a78565b90506131d0600982615344565b6131da9085614f11565b94508015806131e857508685115b1561322b576040517fee9a8fbd0000000000000000000000000000000000000000000000000000000081526004810185905260ff83166024820152604401610328565b6010821015613259578861323e8161537d565b995050613256886132518e8e8887613ae7565b6138b9565b97505b6132668c8c86858a613c81565b50505050613136565b61327882613ef1565b5f5b82604001518110156132ca5782516132c290826010811061329d5761329d614fea565b6020020151846020015183601081106132b8576132b8614fea565b602002015161403d565b60010161327a565b50505050935093915050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f811461331f576040519150601f19603f3d011682016040523d82523d5f602084013e613324565b606091505b5050905080613371576040517f6d40e7680000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015260248101839052604401610328565b505050565b6040516001600160a01b03831660248201526044810182905261337190849063a9059cbb906064015b6040516020818303038152906040529060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050848461410b565b6003545f9061341590700100000000000000000000000000000000900467ffffffffffffffff166001614f11565b600380547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1670010000000000000000000000000000000067ffffffffffffffff84160217905590505f613484600582613470600186614f24565b81526020019081526020015f2054846138b9565b90505f6134b17f000000000000000000000000000000000000000000000000000000000000000042614eb3565b5f84815260056020908152604080832086905560069091529081902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff84161790555190915083907f10c4524f530b0b90dae072c3e7ab6b64476066627715409d21e1aba9a56d787890613536908590859089906153b4565b60405180910390a25050919050565b604080513060248083019190915282518083039091018152604490910182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f70a082310000000000000000000000000000000000000000000000000000000017905290515f91829182916001600160a01b038616916135c99190615372565b5f60405180830381855afa9150503d805f8114613601576040519150601f19603f3d011682016040523d82523d5f602084013e613606565b606091505b5091509150811580613619575060208151105b15613667576040517f4d1846a00000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201523060248201525f6044820152606401610328565b808060200190518101906118c69190614f46565b6040516001600160a01b03808516602483015283166044820152606481018290526136b09085906323b872dd9060840161339f565b50505050565b61ffff83165f908152600b602052604081205460ff16613708576040517fcd1e804000000000000000000000000000000000000000000000000000000000815261ffff85166004820152602401610328565b7f12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a118000000000017f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831610613786576040517f2ea2556200000000000000000000000000000000000000000000000000000000815260048101839052602401610328565b604080517f010000000000000000000000000000000000000000000000000000000000000060208201527fffff00000000000000000000000000000000000000000000000000000000000060f087901b1660218201527fffffffffffffffffffffffffffffffff00000000000000000000000000000000608086901b166023820152603381018490527fffffffffffffffffffffffffffffffffffffffff0000000000000000000000003360601b166053820152815160478183030181526067909101909152613855906133e7565b6040805161ffff871681526fffffffffffffffffffffffffffffffff86166020820152908101849052909150339082907f966dd53c83c70ebae99f8364581a147c1bb57c826cf17bbf3e107c8102352d229060600160405180910390a39392505050565b5f600283836040516020016138cf92919061541f565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529082905261390791615372565b602060405180830381855afa158015613922573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906139459190614f46565b9392505050565b606061395b6020830183614ef6565b61396b6040840160208501614ef6565b61397b6060850160408601614ef6565b6040517fffffffffffffffff00000000000000000000000000000000000000000000000060c094851b8116602083015292841b8316602882015290831b9091166030820152606084013560388201526080840135605882015260a0840135607882015290830135609882015260e083013560b882015260d8016040516020818303038152906040529050919050565b815f6f1b001b1200000900000000000000000085875b81851015613a6c5784810135838160f81c1a80613a61578763ffffffff8360b81c161460148360f81c1416613a56575050613a6c565b600186019550600990505b959095019450613a20565b50505094509492505050565b5f6020821060018114613abc576040831015613ab7577f0503000000000000000000000000000000000000000000000000000000000000602084031a91505b613ae1565b7e090c0907060500000000000000000003050302010501000000000000000000831a91505b50919050565b60605f80807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8501613b2357506001915060049050604b613c09565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe8501613b5a575060059150600490506065613c09565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd8501613b91575060019150600490506049613c09565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc8501613bc8575060019150600490506039613c09565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffb8501613bfd5750603591505f905081613c09565b506007915060109050602b5b878688613c168683614f11565b92613c2393929190615430565b898985613c30888c614f11565b613c3a9190614f11565b90613c45868c614f11565b92613c5293929190615430565b604051602001613c659493929190615457565b6040516020818303038152906040529350505050949350505050565b6014821480613c905750601582145b15613d2c575f613cb28686613ca6876005614f11565b9091013560e01c919050565b9050816060015163ffffffff168163ffffffff1614613ce157613cd482613ef1565b63ffffffff811660608301525b60808201805190613cf18261537d565b9052507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeb8301613d2657613d26868686614256565b50613eea565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd8201613d6357613d5e858585614358565b613eea565b6006821480613d725750601182145b15613da257613d5e8585613d87866017614f11565b613d92876005614f11565b613d9d886007614f11565b61441e565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08201613dd457613d5e85858561450c565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdf8201613eb8576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166319165587613e478787613e3a886005614f11565b919091013560601c919050565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b158015613e9d575f5ffd5b505af1158015613eaf573d5f5f3e3d5ffd5b50505050613eea565b600182148015613ed55750613ed38585613ca6866001614f11565b155b15613eea57613eea8585613d87866037614f11565b5050505050565b60808101515f819003613f02575050565b5f608083018190526060830151905b8360400151811015613f8b57835163ffffffff8316908260108110613f3857613f38614fea565b602002015163ffffffff1603613f83578284602001518260108110613f5f57613f5f614fea565b60200201818151613f709190614eb3565b67ffffffffffffffff1690525050505050565b600101613f11565b5060408301517ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff08101613fd2578351516020850151613fcb91905f6132b8565b505f613fe6565b60408401805190613fe28261537d565b9052505b835182908260108110613ffb57613ffb614fea565b63ffffffff909216602092830291909101528401518390826010811061402357614023614fea565b67ffffffffffffffff909216602092909202015250505050565b63ffffffff82165f908152600f60205260409020546001600160a01b03168015613371576040517f519f11b60000000000000000000000000000000000000000000000000000000081526001600160a01b03828116600483015267ffffffffffffffff841660248301525f60448301527f0000000000000000000000000000000000000000000000000000000000000000169063519f11b6906064015f604051808303815f87803b1580156140f0575f5ffd5b505af1158015614102573d5f5f3e3d5ffd5b50505050505050565b836001600160a01b03163b5f03614168576040517f4d1846a00000000000000000000000000000000000000000000000000000000081526001600160a01b0380861660048301528316602482015260448101829052606401610328565b5f5f856001600160a01b0316856040516141829190615372565b5f604051808303815f865af19150503d805f81146141bb576040519150601f19603f3d011682016040523d82523d5f602084013e6141c0565b606091505b50915091508115806141fd57508051158015906141fd5750805160201415806141fd5750808060200190518101906141f89190614f46565b600114155b1561424e576040517f4d1846a00000000000000000000000000000000000000000000000000000000081526001600160a01b0380881660048301528516602482015260448101849052606401610328565b505050505050565b5f6142678484613ca6856001614f11565b63ffffffff81165f908152600d6020526040902090915060018082015460ff16600381111561429857614298614b8c565b146142d7576040517fd4ceffd200000000000000000000000000000000000000000000000000000000815263ffffffff83166004820152602401610328565b5f6142f186866142e8876009614f11565b90910135919050565b60018301805460ff1916600217905563ffffffff84165f818152600e6020908152604091829020849055905183815292935090917f890d9fbc5e5bf5d077eafaf230d71496c46eae53c90c197004d764c0c616ace8910160405180910390a2505050505050565b5f6143698484613ca6856001614f11565b90505f61437c8585613e3a866035614f11565b63ffffffff83165f908152600f60205260409020549091506001600160a01b03808316911614613eea5763ffffffff82165f818152600f602052604080822080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03861690811790915590519092917ffe6569c23209062ff91082ce7e0802a8a5fb2cb0f39f6851e0ed602fa3e0bb0c91a35050505050565b8481013560801c5f8190036144335750613eea565b6004548684013560f01c90610100900461ffff168110614485576040517ff8f127f900000000000000000000000000000000000000000000000000000000815261ffff82166004820152602401610328565b8685013560601c5f818152600c6020908152604080832061ffff86168452909152812080548592906144b8908490614f11565b909155505060405183815261ffff8316906001600160a01b038316907f6f49b13c1eb5e34afa816b060e68471a01c4c4e0154350f7123bb8ec2743c6ae906020015b60405180910390a35050505050505050565b5f61451d8484613ca6856001614f11565b90505f61453c8585614530866009614f11565b9091013560c01c919050565b61454a90633b9aca00615344565b90506380000000821615158115614895575f61456c8787613e3a886011614f11565b90505f61271061457e61138886615344565b614588919061529a565b6040517fbfac59900000000000000000000000000000000000000000000000000000000081526001600160a01b038481166004830152602482018390523060448301529192505f917f0000000000000000000000000000000000000000000000000000000000000000169063bfac5990906064016020604051808303815f875af1158015614618573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061463c9190614f46565b90505f6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663bfac599085614679868a614f24565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b1681526001600160a01b03909216600483015260248201525f60448201526064016020604051808303815f875af11580156146df573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906147039190614f46565b6040517f519f11b60000000000000000000000000000000000000000000000000000000081526001600160a01b0386811660048301525f6024830152600160448301529192507f00000000000000000000000000000000000000000000000000000000000000009091169063519f11b6906064015f604051808303815f87803b15801561478e575f5ffd5b505af11580156147a0573d5f5f3e3d5ffd5b505060408051858152602081018590526001600160a01b038816935063ffffffff8b1692507f38f43b7dc8bfa48a059601a05b7223853a76820551f48b0d1dd837ccb03ec442910160405180910390a38480156147fc57508115155b1561488c5763ffffffff87165f908152600d60209081526040808320546001600160a01b0316808452600c83528184208480529092528220805491928592614845908490614f11565b90915550506040518381525f906001600160a01b038316907f6f49b13c1eb5e34afa816b060e68471a01c4c4e0154350f7123bb8ec2743c6ae9060200160405180910390a3505b5050505061424e565b801561424e5763ffffffff83165f908152600d6020526040902060018082015460ff1660038111156148c9576148c9614b8c565b14614908576040517fd4ceffd200000000000000000000000000000000000000000000000000000000815263ffffffff85166004820152602401610328565b60018101805460ff1916600317905580545f9061494c9067ffffffffffffffff7401000000000000000000000000000000000000000090910416633b9aca00615344565b82546001600160a01b03165f908152600c60209081526040808320838052909152812080549293508392909190614984908490614f11565b909155505081546040518281526001600160a01b039091169063ffffffff8716907fb4ad9d5ed2d47f5a513b7f828c27f3391d05f6346370601fc326721ffc47146e9060200160405180910390a381546040518281525f916001600160a01b0316907f6f49b13c1eb5e34afa816b060e68471a01c4c4e0154350f7123bb8ec2743c6ae906020016144fa565b60405180604001604052806002906020820280368337509192915050565b6040518060a00160405280614a41614a6c565b8152602001614a4e614a6c565b81526020015f81526020015f63ffffffff1681526020015f81525090565b6040518061020001604052806010906020820280368337509192915050565b5f5f83601f840112614a9b575f5ffd5b50813567ffffffffffffffff811115614ab2575f5ffd5b602083019150836020828501011115614ac9575f5ffd5b9250929050565b5f5f5f5f5f858703610140811215614ae6575f5ffd5b610100811215614af4575f5ffd5b5085945061010086013567ffffffffffffffff811115614b12575f5ffd5b614b1e88828901614a8b565b90955093505061012086013567ffffffffffffffff811115614b3e575f5ffd5b614b4a88828901614a8b565b969995985093965092949392505050565b803563ffffffff81168114614b6e575f5ffd5b919050565b5f60208284031215614b83575f5ffd5b61394582614b5b565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f6080820190506001600160a01b03835116825267ffffffffffffffff602084015116602083015263ffffffff6040840151166040830152606083015160048110614c2b577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b8060608401525092915050565b803561ffff81168114614b6e575f5ffd5b5f60208284031215614c59575f5ffd5b61394582614c38565b5f5f60408385031215614c73575f5ffd5b614c7c83614b5b565b9150614c8a60208401614c38565b90509250929050565b80358015158114614b6e575f5ffd5b5f5f60408385031215614cb3575f5ffd5b614cbc83614c38565b9150614c8a60208401614c93565b5f5f60208385031215614cdb575f5ffd5b823567ffffffffffffffff811115614cf1575f5ffd5b614cfd85828601614a8b565b90969095509350505050565b5f60208284031215614d19575f5ffd5b813567ffffffffffffffff811115614d2f575f5ffd5b82016102008185031215613945575f5ffd5b80356001600160a01b0381168114614b6e575f5ffd5b5f60208284031215614d67575f5ffd5b61394582614d41565b5f5f5f60608486031215614d82575f5ffd5b614d8b84614d41565b925060208401356fffffffffffffffffffffffffffffffff81168114614daf575f5ffd5b929592945050506040919091013590565b5f60208284031215614dd0575f5ffd5b5035919050565b5f5f5f5f5f60808688031215614deb575f5ffd5b614df486614b5b565b945060208601359350614e0960408701614b5b565b9250606086013567ffffffffffffffff811115614b3e575f5ffd5b5f5f60408385031215614e35575f5ffd5b614c7c83614d41565b5f5f5f60408486031215614e50575f5ffd5b83359250602084013567ffffffffffffffff811115614e6d575f5ffd5b614e7986828701614a8b565b9497909650939450505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff8181168382160190811115612aca57612aca614e86565b67ffffffffffffffff81168114614ee8575f5ffd5b50565b8035614b6e81614ed3565b5f60208284031215614f06575f5ffd5b813561394581614ed3565b80820180821115612aca57612aca614e86565b81810381811115612aca57612aca614e86565b818382375f9101908152919050565b5f60208284031215614f56575f5ffd5b5051919050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b606081525f614fb7606083018587614f5d565b905060208201835f5b6002811015614fdf578151835260209283019290910190600101614fc0565b505050949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261504a575f5ffd5b830160208101925035905067ffffffffffffffff811115615069575f5ffd5b8060051b3603821315614ac9575f5ffd5b8183525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8311156150aa575f5ffd5b8260051b80836020870137939093016020019392505050565b602081526150e1602082016150d784614b5b565b63ffffffff169052565b5f6150ee60208401614c38565b61ffff8116604084015250604083013560608381019190915283013560808084019190915283013560a08084019190915261512a908401614d41565b6001600160a01b03811660c08401525061514660c08401614eeb565b67ffffffffffffffff811660e08401525060e0830135610100838101919091528301356101208084019190915261517e908401614eeb565b67ffffffffffffffff81166101408401525061519d6101408401614eeb565b67ffffffffffffffff8116610160840152506151bc6101608401614c93565b801515610180840152506151d4610180840184615017565b6102006101a08501526151ec6102208501828461507a565b9150506151fd6101a0850185615017565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0858403016101c086015261523383828461507a565b6101c08701356101e087810191909152909601356102009095019490945250929392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826152955761529561525a565b500690565b5f826152a8576152a861525a565b500490565b5f602082840312156152bd575f5ffd5b815161394581614ed3565b63ffffffff8181168382160190811115612aca57612aca614e86565b67ffffffffffffffff8616815263ffffffff85166020820152836040820152608060608201525f615319608083018486614f5d565b979650505050505050565b5f61ffff821661ffff810361533b5761533b614e86565b60010192915050565b8082028115828204841417612aca57612aca614e86565b5f81518060208401855e5f93019283525090919050565b5f613945828461535b565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036153ad576153ad614e86565b5060010190565b83815267ffffffffffffffff83166020820152606060408201525f82518060608401528060208501608085015e5f6080828501015260807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f830116840101915050949350505050565b8281525f6118c6602083018461535b565b5f5f8585111561543e575f5ffd5b8386111561544a575f5ffd5b5050820193919092039150565b838582375f8482015f8152838582375f9301928352509094935050505056fea2646970667358221220104875065e6961a2e4ac57898d1b90ad1ebc8058a10e726c4e70f4dd18b5d0b164736f6c634300081e00336080604052348015600e575f5ffd5b506119c88061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c8063a90edefc14610043578063b1ed7d4914610068578063d5d29fca14610070575b5f5ffd5b6100566100513660046117b8565b610078565b60405190815260200160405180910390f35b610056600481565b610056601881565b5f60046100896101808401846117f7565b90501415806100a8575060186100a36101a08401846117f7565b905014155b1561010c576100bb6101808301836117f7565b90506100cb6101a08401846117f7565b6040517fce53c21a00000000000000000000000000000000000000000000000000000000815260048101939093526024830152506044015b60405180910390fd5b5f61013c610120604085016020860161185b565b61ffff1660408501356101376101808701876117f7565b61040e565b60408051600a80825261016082019092529192505f919060208201610140803683370190505090508360600135815f8151811061017b5761017b61187c565b60200260200101818152505083608001358160018151811061019f5761019f61187c565b60209081029190910101526101ba60c0850160a086016118a9565b73ffffffffffffffffffffffffffffffffffffffff16816002815181106101e3576101e361187c565b60209081029190910101526101fe60e0850160c086016118dc565b67ffffffffffffffff168160038151811061021b5761021b61187c565b602002602001018181525050818160048151811061023b5761023b61187c565b6020026020010181815250508360e001358160058151811061025f5761025f61187c565b602002602001018181525050836101000135816006815181106102845761028461187c565b60209081029190910101526102a1610140850161012086016118dc565b67ffffffffffffffff16816007815181106102be576102be61187c565b60209081029190910101526102db610160850161014086016118dc565b67ffffffffffffffff16816008815181106102f8576102f861187c565b602090810291909101015261031561018085016101608601611903565b61031f575f610322565b60015b60ff16816009815181106103385761033861187c565b6020908102919091010152604080516003808252608082019092525f918160200160208202803683370190505090506103946103776020870187611922565b63ffffffff1661038684610481565b6101376101a08901896117f7565b815f815181106103a6576103a661187c565b602002602001018181525050846101c00135816001815181106103cb576103cb61187c565b602002602001018181525050846101e00135816002815181106103f0576103f061187c565b60200260200101818152505061040581610481565b95945050505050565b5f5f5b8281101561047757600186821c161561044b576104468484838181106104395761043961187c565b90506020020135866104c0565b61046d565b61046d858585848181106104615761046161187c565b905060200201356104c0565b9450600101610411565b5092949350505050565b5f805b82518110156104ba576104b0828483815181106104a3576104a361187c565b60200260200101516104c0565b9150600101610484565b50919050565b5f5f5160206119735f395f51905f52831061050a576040517fde3b9fdd00000000000000000000000000000000000000000000000000000000815260048101849052602401610103565b5f5160206119735f395f51905f528210610553576040517fde3b9fdd00000000000000000000000000000000000000000000000000000000815260048101839052602401610103565b5f61055e8484610587565b9150505f5160206119735f395f51905f528061057c5761057c611945565b838208949350505050565b5f5f6105f1565b5f5f5160206119735f395f51905f528283095f5160206119735f395f51905f5281820990505f5160206119735f395f51905f5281820990505f5160206119735f395f51905f5281820990505f5160206119735f395f51905f528382099392505050565b5f5160206119735f395f51905f528385085f5160206119735f395f51905f5281860894505f5160206119735f395f51905f5281850893506106615f5160206119735f395f51905f527f01dcf9885dcd5e510f86effa9cb2799dc54103cc6e6a11e2a28bd6f06b41007e870861058e565b945061069c5f5160206119735f395f51905f527f0f51c58ed2888016addf5e31aef32129a2da008acb473cb35640390af364b3dc860861058e565b93505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f5281850893506107105f5160206119735f395f51905f527f086dc145aeef7702fcf6f39095bb0af6031e1ff49d07460888911f99152b7493870861058e565b945061074b5f5160206119735f395f51905f527f0f79b3b1aab7b75b8027c00612489efae6ea6bfe4561b24a125a0ed58c090d28860861058e565b93505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f5281850893506107be5f5160206119735f395f51905f527eddd955fe1b73653730ff0c49d0d69659e89ca3feea667f4b59dde8e74ca2dd870861058e565b94506107f95f5160206119735f395f51905f527f0bbababa75d454c9630297a04c6b1f451d4d7bb0767bfb8bf6cbd7abf73d38ed860861058e565b93505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52818508935061086d5f5160206119735f395f51905f527f1264a08795ded8e0bc0a6b94c0a7f0371406045fe1aed45ba73671c08959e867870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506108f15f5160206119735f395f51905f527f0f9453bbebf1c007cf85f39de13ee3a482306e1d20863d96cb51dd773d05fb51870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506109755f5160206119735f395f51905f527f1074fbf37d98d3baa5eb37259d1c7185f0188b9c7371c53678b467c8aad6611c870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506109f95f5160206119735f395f51905f527f0bdd4e4dad94b9cf97a500b7db9229fb43e3667b3a1fc904b99d2706c7f9653f870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610a7d5f5160206119735f395f51905f527f09a7ca1629f6d320eaf0d97ba1ed5a29726d38e196417601eee27e7f95d03537870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610b015f5160206119735f395f51905f527f10d41681eda1bcb3ae94f6a92901d9a1ec136ee4f3b4a38a71dca3b3bea303e2870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610b855f5160206119735f395f51905f527f0ef00e6e048aa24d70bf50171b7b3f6ce348d934486125870ea198ec22cabd9d870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610c095f5160206119735f395f51905f527f0a5e95bac47b9bb1a5c24c0583bccec4325195f087f76898d7ad01904d1458bb870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610c8d5f5160206119735f395f51905f527f033f403598ed585da7ca6935b4e8bc5ceeab79f954873a3b8dee38a11b2cddfd870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610d115f5160206119735f395f51905f527f0f346a56d0e8d1f441629287031a377561f09f2a88e8bfb0e8fb4ec4b02b4a7f870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610d955f5160206119735f395f51905f527f0c8dea57376c18349eb972989fa26302c045b82bc8ab5a0fc121e6f157182423870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610e195f5160206119735f395f51905f527f0ffdfad2222b094c32a0e49871318ad3cd93419ea0dcb177aaaf3fdb7f4f123e870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610e9d5f5160206119735f395f51905f527f0adfc5cd7b6e1bd5babde1a47a4b0cc216bed8dd539fb91dac2a665f26683e5b870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610f215f5160206119735f395f51905f527f122138a579fcb198c6b0a6c670cb0299618e5135d9f678e098b43203ff64ec54870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f52868708089350610fa55f5160206119735f395f51905f527f0449d8be0a447f08fa5b103a498db6222085eca933ee5261cf2f6057c446f10a870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506110295f5160206119735f395f51905f527f01e3c18da1e24d8a42e626a1482aff3953f8e8667088dd9138311f9eb73c6bb4870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506110ad5f5160206119735f395f51905f527f0fe6ed533affd331fe42724ca0e618dda248ead457f392419ec1fe22cdfe4e4d870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506111315f5160206119735f395f51905f527f016274b41900d1cdcb867b3ab40a52b1b660fa105b3fd039786b2daf31d02cc0870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506111b55f5160206119735f395f51905f527f0c779b40213c04a1eee657a848fe1a927b1449e3bb123fc62bd455e6cf43772c870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506112395f5160206119735f395f51905f527f03f329ca93f01e879449757f6396e3b7afe246e05ed8dc30a05f5e55ab9be00a870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506112bd5f5160206119735f395f51905f527f04d2806b11733b8f610c774b4d9fd20f5274764602f869950e71d38e9f0eb5ee870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506113415f5160206119735f395f51905f527f0c89ff2cca95943b33fe4ed7813daf7d3bc8c6b0ac297d961f8130e4a06e7e3d870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506113c55f5160206119735f395f51905f527f09e17dbe525a42bb5214f3faddfecbc8c456d3a2de0aea2c9da44c34f93c2522870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506114495f5160206119735f395f51905f527f04632b4110acb9696237f45c7f11be1acfd6c64f654c886a083d3b14c7651634870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506114cd5f5160206119735f395f51905f527f0ba1821f5fd73b35981170d52bf4069a7c2093de416e9b0100524e4823f5a5d2870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506115515f5160206119735f395f51905f527f0f9ce884749ae73d8b73d977a635111c5b5269308418aba0676a06221ca0ccd6870861058e565b94505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f52815f5160206119735f395f51905f528687080893506115d55f5160206119735f395f51905f527f0c16afcbd766fdf19910498c6e1a3d9ba16a2243f5d15d95a4b8c070942a5ff9870861058e565b94506116105f5160206119735f395f51905f527f0ec95328b7373e8176e9754f79897fe2357e91f1c0111e99981bf63e6d4fb93a860861058e565b93505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f5281850893506116845f5160206119735f395f51905f527f1050b8ff489b4773e80937b2b9f8e99773db79f2799a784b019ee5cbe5ef5202870861058e565b94506116bf5f5160206119735f395f51905f527f0b2208d8e05435ff859fa8906c7337ae6841501dc747f0d0837e26bbb61ee64c860861058e565b93505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f5281850893506117335f5160206119735f395f51905f527f032a6d074bc10af5aa2e46396e843144f9e1ea8e758d8db31458949bcb571502870861058e565b945061176e5f5160206119735f395f51905f527f078f4f0279591d5e96f78c6734fe35ef4bcdb5988ecf137f783e5210661498d5860861058e565b93505f5160206119735f395f51905f5284860890505f5160206119735f395f51905f5281860894505f5160206119735f395f51905f528185089350508383915091505b9250929050565b5f602082840312156117c8575f5ffd5b813567ffffffffffffffff8111156117de575f5ffd5b820161020081850312156117f0575f5ffd5b9392505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261182a575f5ffd5b83018035915067ffffffffffffffff821115611844575f5ffd5b6020019150600581901b36038213156117b1575f5ffd5b5f6020828403121561186b575f5ffd5b813561ffff811681146117f0575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f602082840312156118b9575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff811681146117f0575f5ffd5b5f602082840312156118ec575f5ffd5b813567ffffffffffffffff811681146117f0575f5ffd5b5f60208284031215611913575f5ffd5b813580151581146117f0575f5ffd5b5f60208284031215611932575f5ffd5b813563ffffffff811681146117f0575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffdfe12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a11800000000001a2646970667358221220f49c0b8ff4820ad33cf979365869dbaa636c30a6a12415f6a298477039afac4c64736f6c634300081e0033",
}

// NexusRollupABI is the input ABI used to generate the binding from.
// Deprecated: Use NexusRollupMetaData.ABI instead.
var NexusRollupABI = NexusRollupMetaData.ABI

// NexusRollupBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use NexusRollupMetaData.Bin instead.
var NexusRollupBin = NexusRollupMetaData.Bin

// DeployNexusRollup deploys a new Ethereum contract, binding an instance of NexusRollup to it.
func DeployNexusRollup(auth *bind.TransactOpts, backend bind.ContractBackend, initialOwner common.Address, verifier_ common.Address, proverRegistry_ common.Address, modelRegistry_ common.Address, genesisStateRoot *big.Int, priorityDeadline_ uint64) (common.Address, *types.Transaction, *NexusRollup, error) {
	parsed, err := NexusRollupMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(NexusRollupBin), backend, initialOwner, verifier_, proverRegistry_, modelRegistry_, genesisStateRoot, priorityDeadline_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &NexusRollup{NexusRollupCaller: NexusRollupCaller{contract: contract}, NexusRollupTransactor: NexusRollupTransactor{contract: contract}, NexusRollupFilterer: NexusRollupFilterer{contract: contract}}, nil
}

// NexusRollup is an auto generated Go binding around an Ethereum contract.
type NexusRollup struct {
	NexusRollupCaller     // Read-only binding to the contract
	NexusRollupTransactor // Write-only binding to the contract
	NexusRollupFilterer   // Log filterer for contract events
}

// NexusRollupCaller is an auto generated read-only Go binding around an Ethereum contract.
type NexusRollupCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// NexusRollupTransactor is an auto generated write-only Go binding around an Ethereum contract.
type NexusRollupTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// NexusRollupFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type NexusRollupFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// NexusRollupSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type NexusRollupSession struct {
	Contract     *NexusRollup      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// NexusRollupCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type NexusRollupCallerSession struct {
	Contract *NexusRollupCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// NexusRollupTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type NexusRollupTransactorSession struct {
	Contract     *NexusRollupTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// NexusRollupRaw is an auto generated low-level Go binding around an Ethereum contract.
type NexusRollupRaw struct {
	Contract *NexusRollup // Generic contract binding to access the raw methods on
}

// NexusRollupCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type NexusRollupCallerRaw struct {
	Contract *NexusRollupCaller // Generic read-only contract binding to access the raw methods on
}

// NexusRollupTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type NexusRollupTransactorRaw struct {
	Contract *NexusRollupTransactor // Generic write-only contract binding to access the raw methods on
}

// NewNexusRollup creates a new instance of NexusRollup, bound to a specific deployed contract.
func NewNexusRollup(address common.Address, backend bind.ContractBackend) (*NexusRollup, error) {
	contract, err := bindNexusRollup(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &NexusRollup{NexusRollupCaller: NexusRollupCaller{contract: contract}, NexusRollupTransactor: NexusRollupTransactor{contract: contract}, NexusRollupFilterer: NexusRollupFilterer{contract: contract}}, nil
}

// NewNexusRollupCaller creates a new read-only instance of NexusRollup, bound to a specific deployed contract.
func NewNexusRollupCaller(address common.Address, caller bind.ContractCaller) (*NexusRollupCaller, error) {
	contract, err := bindNexusRollup(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &NexusRollupCaller{contract: contract}, nil
}

// NewNexusRollupTransactor creates a new write-only instance of NexusRollup, bound to a specific deployed contract.
func NewNexusRollupTransactor(address common.Address, transactor bind.ContractTransactor) (*NexusRollupTransactor, error) {
	contract, err := bindNexusRollup(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &NexusRollupTransactor{contract: contract}, nil
}

// NewNexusRollupFilterer creates a new log filterer instance of NexusRollup, bound to a specific deployed contract.
func NewNexusRollupFilterer(address common.Address, filterer bind.ContractFilterer) (*NexusRollupFilterer, error) {
	contract, err := bindNexusRollup(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &NexusRollupFilterer{contract: contract}, nil
}

// bindNexusRollup binds a generic wrapper to an already deployed contract.
func bindNexusRollup(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := NexusRollupMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_NexusRollup *NexusRollupRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _NexusRollup.Contract.NexusRollupCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_NexusRollup *NexusRollupRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NexusRollup.Contract.NexusRollupTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_NexusRollup *NexusRollupRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _NexusRollup.Contract.NexusRollupTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_NexusRollup *NexusRollupCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _NexusRollup.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_NexusRollup *NexusRollupTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NexusRollup.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_NexusRollup *NexusRollupTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _NexusRollup.Contract.contract.Transact(opts, method, params...)
}

// ETHTOKEN is a free data retrieval call binding the contract method 0x58bc8337.
//
// Solidity: function ETH_TOKEN() view returns(uint16)
func (_NexusRollup *NexusRollupCaller) ETHTOKEN(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "ETH_TOKEN")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// ETHTOKEN is a free data retrieval call binding the contract method 0x58bc8337.
//
// Solidity: function ETH_TOKEN() view returns(uint16)
func (_NexusRollup *NexusRollupSession) ETHTOKEN() (uint16, error) {
	return _NexusRollup.Contract.ETHTOKEN(&_NexusRollup.CallOpts)
}

// ETHTOKEN is a free data retrieval call binding the contract method 0x58bc8337.
//
// Solidity: function ETH_TOKEN() view returns(uint16)
func (_NexusRollup *NexusRollupCallerSession) ETHTOKEN() (uint16, error) {
	return _NexusRollup.Contract.ETHTOKEN(&_NexusRollup.CallOpts)
}

// MAXTOKENS is a free data retrieval call binding the contract method 0xf47c84c5.
//
// Solidity: function MAX_TOKENS() view returns(uint16)
func (_NexusRollup *NexusRollupCaller) MAXTOKENS(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "MAX_TOKENS")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// MAXTOKENS is a free data retrieval call binding the contract method 0xf47c84c5.
//
// Solidity: function MAX_TOKENS() view returns(uint16)
func (_NexusRollup *NexusRollupSession) MAXTOKENS() (uint16, error) {
	return _NexusRollup.Contract.MAXTOKENS(&_NexusRollup.CallOpts)
}

// MAXTOKENS is a free data retrieval call binding the contract method 0xf47c84c5.
//
// Solidity: function MAX_TOKENS() view returns(uint16)
func (_NexusRollup *NexusRollupCallerSession) MAXTOKENS() (uint16, error) {
	return _NexusRollup.Contract.MAXTOKENS(&_NexusRollup.CallOpts)
}

// Claimable is a free data retrieval call binding the contract method 0xd445d888.
//
// Solidity: function claimable(address , uint16 ) view returns(uint256)
func (_NexusRollup *NexusRollupCaller) Claimable(opts *bind.CallOpts, arg0 common.Address, arg1 uint16) (*big.Int, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "claimable", arg0, arg1)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Claimable is a free data retrieval call binding the contract method 0xd445d888.
//
// Solidity: function claimable(address , uint16 ) view returns(uint256)
func (_NexusRollup *NexusRollupSession) Claimable(arg0 common.Address, arg1 uint16) (*big.Int, error) {
	return _NexusRollup.Contract.Claimable(&_NexusRollup.CallOpts, arg0, arg1)
}

// Claimable is a free data retrieval call binding the contract method 0xd445d888.
//
// Solidity: function claimable(address , uint16 ) view returns(uint256)
func (_NexusRollup *NexusRollupCallerSession) Claimable(arg0 common.Address, arg1 uint16) (*big.Int, error) {
	return _NexusRollup.Contract.Claimable(&_NexusRollup.CallOpts, arg0, arg1)
}

// DepositsEnabled is a free data retrieval call binding the contract method 0x98c4e9a6.
//
// Solidity: function depositsEnabled(uint16 ) view returns(bool)
func (_NexusRollup *NexusRollupCaller) DepositsEnabled(opts *bind.CallOpts, arg0 uint16) (bool, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "depositsEnabled", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// DepositsEnabled is a free data retrieval call binding the contract method 0x98c4e9a6.
//
// Solidity: function depositsEnabled(uint16 ) view returns(bool)
func (_NexusRollup *NexusRollupSession) DepositsEnabled(arg0 uint16) (bool, error) {
	return _NexusRollup.Contract.DepositsEnabled(&_NexusRollup.CallOpts, arg0)
}

// DepositsEnabled is a free data retrieval call binding the contract method 0x98c4e9a6.
//
// Solidity: function depositsEnabled(uint16 ) view returns(bool)
func (_NexusRollup *NexusRollupCallerSession) DepositsEnabled(arg0 uint16) (bool, error) {
	return _NexusRollup.Contract.DepositsEnabled(&_NexusRollup.CallOpts, arg0)
}

// ExitRoot is a free data retrieval call binding the contract method 0xafd224ff.
//
// Solidity: function exitRoot() view returns(address)
func (_NexusRollup *NexusRollupCaller) ExitRoot(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "exitRoot")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ExitRoot is a free data retrieval call binding the contract method 0xafd224ff.
//
// Solidity: function exitRoot() view returns(address)
func (_NexusRollup *NexusRollupSession) ExitRoot() (common.Address, error) {
	return _NexusRollup.Contract.ExitRoot(&_NexusRollup.CallOpts)
}

// ExitRoot is a free data retrieval call binding the contract method 0xafd224ff.
//
// Solidity: function exitRoot() view returns(address)
func (_NexusRollup *NexusRollupCallerSession) ExitRoot() (common.Address, error) {
	return _NexusRollup.Contract.ExitRoot(&_NexusRollup.CallOpts)
}

// Exited is a free data retrieval call binding the contract method 0x2b8c062a.
//
// Solidity: function exited(uint32 , uint16 ) view returns(bool)
func (_NexusRollup *NexusRollupCaller) Exited(opts *bind.CallOpts, arg0 uint32, arg1 uint16) (bool, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "exited", arg0, arg1)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Exited is a free data retrieval call binding the contract method 0x2b8c062a.
//
// Solidity: function exited(uint32 , uint16 ) view returns(bool)
func (_NexusRollup *NexusRollupSession) Exited(arg0 uint32, arg1 uint16) (bool, error) {
	return _NexusRollup.Contract.Exited(&_NexusRollup.CallOpts, arg0, arg1)
}

// Exited is a free data retrieval call binding the contract method 0x2b8c062a.
//
// Solidity: function exited(uint32 , uint16 ) view returns(bool)
func (_NexusRollup *NexusRollupCallerSession) Exited(arg0 uint32, arg1 uint16) (bool, error) {
	return _NexusRollup.Contract.Exited(&_NexusRollup.CallOpts, arg0, arg1)
}

// ExodusMode is a free data retrieval call binding the contract method 0x264c0912.
//
// Solidity: function exodusMode() view returns(bool)
func (_NexusRollup *NexusRollupCaller) ExodusMode(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "exodusMode")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// ExodusMode is a free data retrieval call binding the contract method 0x264c0912.
//
// Solidity: function exodusMode() view returns(bool)
func (_NexusRollup *NexusRollupSession) ExodusMode() (bool, error) {
	return _NexusRollup.Contract.ExodusMode(&_NexusRollup.CallOpts)
}

// ExodusMode is a free data retrieval call binding the contract method 0x264c0912.
//
// Solidity: function exodusMode() view returns(bool)
func (_NexusRollup *NexusRollupCallerSession) ExodusMode() (bool, error) {
	return _NexusRollup.Contract.ExodusMode(&_NexusRollup.CallOpts)
}

// ExodusRefunded is a free data retrieval call binding the contract method 0xce4089bd.
//
// Solidity: function exodusRefunded(uint256 ) view returns(bool)
func (_NexusRollup *NexusRollupCaller) ExodusRefunded(opts *bind.CallOpts, arg0 *big.Int) (bool, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "exodusRefunded", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// ExodusRefunded is a free data retrieval call binding the contract method 0xce4089bd.
//
// Solidity: function exodusRefunded(uint256 ) view returns(bool)
func (_NexusRollup *NexusRollupSession) ExodusRefunded(arg0 *big.Int) (bool, error) {
	return _NexusRollup.Contract.ExodusRefunded(&_NexusRollup.CallOpts, arg0)
}

// ExodusRefunded is a free data retrieval call binding the contract method 0xce4089bd.
//
// Solidity: function exodusRefunded(uint256 ) view returns(bool)
func (_NexusRollup *NexusRollupCallerSession) ExodusRefunded(arg0 *big.Int) (bool, error) {
	return _NexusRollup.Contract.ExodusRefunded(&_NexusRollup.CallOpts, arg0)
}

// InferenceResult is a free data retrieval call binding the contract method 0xeb44f2b6.
//
// Solidity: function inferenceResult(uint32 jobId) view returns(bool fulfilled, uint256 outputCommit)
func (_NexusRollup *NexusRollupCaller) InferenceResult(opts *bind.CallOpts, jobId uint32) (struct {
	Fulfilled    bool
	OutputCommit *big.Int
}, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "inferenceResult", jobId)

	outstruct := new(struct {
		Fulfilled    bool
		OutputCommit *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fulfilled = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.OutputCommit = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// InferenceResult is a free data retrieval call binding the contract method 0xeb44f2b6.
//
// Solidity: function inferenceResult(uint32 jobId) view returns(bool fulfilled, uint256 outputCommit)
func (_NexusRollup *NexusRollupSession) InferenceResult(jobId uint32) (struct {
	Fulfilled    bool
	OutputCommit *big.Int
}, error) {
	return _NexusRollup.Contract.InferenceResult(&_NexusRollup.CallOpts, jobId)
}

// InferenceResult is a free data retrieval call binding the contract method 0xeb44f2b6.
//
// Solidity: function inferenceResult(uint32 jobId) view returns(bool fulfilled, uint256 outputCommit)
func (_NexusRollup *NexusRollupCallerSession) InferenceResult(jobId uint32) (struct {
	Fulfilled    bool
	OutputCommit *big.Int
}, error) {
	return _NexusRollup.Contract.InferenceResult(&_NexusRollup.CallOpts, jobId)
}

// L1Job is a free data retrieval call binding the contract method 0x2067612b.
//
// Solidity: function l1Job(uint32 jobId) view returns((address,uint64,uint32,uint8))
func (_NexusRollup *NexusRollupCaller) L1Job(opts *bind.CallOpts, jobId uint32) (NexusRollupL1Job, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "l1Job", jobId)

	if err != nil {
		return *new(NexusRollupL1Job), err
	}

	out0 := *abi.ConvertType(out[0], new(NexusRollupL1Job)).(*NexusRollupL1Job)

	return out0, err

}

// L1Job is a free data retrieval call binding the contract method 0x2067612b.
//
// Solidity: function l1Job(uint32 jobId) view returns((address,uint64,uint32,uint8))
func (_NexusRollup *NexusRollupSession) L1Job(jobId uint32) (NexusRollupL1Job, error) {
	return _NexusRollup.Contract.L1Job(&_NexusRollup.CallOpts, jobId)
}

// L1Job is a free data retrieval call binding the contract method 0x2067612b.
//
// Solidity: function l1Job(uint32 jobId) view returns((address,uint64,uint32,uint8))
func (_NexusRollup *NexusRollupCallerSession) L1Job(jobId uint32) (NexusRollupL1Job, error) {
	return _NexusRollup.Contract.L1Job(&_NexusRollup.CallOpts, jobId)
}

// L1JobCount is a free data retrieval call binding the contract method 0x22994451.
//
// Solidity: function l1JobCount() view returns(uint32)
func (_NexusRollup *NexusRollupCaller) L1JobCount(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "l1JobCount")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// L1JobCount is a free data retrieval call binding the contract method 0x22994451.
//
// Solidity: function l1JobCount() view returns(uint32)
func (_NexusRollup *NexusRollupSession) L1JobCount() (uint32, error) {
	return _NexusRollup.Contract.L1JobCount(&_NexusRollup.CallOpts)
}

// L1JobCount is a free data retrieval call binding the contract method 0x22994451.
//
// Solidity: function l1JobCount() view returns(uint32)
func (_NexusRollup *NexusRollupCallerSession) L1JobCount() (uint32, error) {
	return _NexusRollup.Contract.L1JobCount(&_NexusRollup.CallOpts)
}

// LastBatchNumber is a free data retrieval call binding the contract method 0xc017f7e5.
//
// Solidity: function lastBatchNumber() view returns(uint64)
func (_NexusRollup *NexusRollupCaller) LastBatchNumber(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "lastBatchNumber")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LastBatchNumber is a free data retrieval call binding the contract method 0xc017f7e5.
//
// Solidity: function lastBatchNumber() view returns(uint64)
func (_NexusRollup *NexusRollupSession) LastBatchNumber() (uint64, error) {
	return _NexusRollup.Contract.LastBatchNumber(&_NexusRollup.CallOpts)
}

// LastBatchNumber is a free data retrieval call binding the contract method 0xc017f7e5.
//
// Solidity: function lastBatchNumber() view returns(uint64)
func (_NexusRollup *NexusRollupCallerSession) LastBatchNumber() (uint64, error) {
	return _NexusRollup.Contract.LastBatchNumber(&_NexusRollup.CallOpts)
}

// LastBatchTimestamp is a free data retrieval call binding the contract method 0xb7afe9be.
//
// Solidity: function lastBatchTimestamp() view returns(uint64)
func (_NexusRollup *NexusRollupCaller) LastBatchTimestamp(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "lastBatchTimestamp")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LastBatchTimestamp is a free data retrieval call binding the contract method 0xb7afe9be.
//
// Solidity: function lastBatchTimestamp() view returns(uint64)
func (_NexusRollup *NexusRollupSession) LastBatchTimestamp() (uint64, error) {
	return _NexusRollup.Contract.LastBatchTimestamp(&_NexusRollup.CallOpts)
}

// LastBatchTimestamp is a free data retrieval call binding the contract method 0xb7afe9be.
//
// Solidity: function lastBatchTimestamp() view returns(uint64)
func (_NexusRollup *NexusRollupCallerSession) LastBatchTimestamp() (uint64, error) {
	return _NexusRollup.Contract.LastBatchTimestamp(&_NexusRollup.CallOpts)
}

// ModelRegistry is a free data retrieval call binding the contract method 0x2ba36f78.
//
// Solidity: function modelRegistry() view returns(address)
func (_NexusRollup *NexusRollupCaller) ModelRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "modelRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ModelRegistry is a free data retrieval call binding the contract method 0x2ba36f78.
//
// Solidity: function modelRegistry() view returns(address)
func (_NexusRollup *NexusRollupSession) ModelRegistry() (common.Address, error) {
	return _NexusRollup.Contract.ModelRegistry(&_NexusRollup.CallOpts)
}

// ModelRegistry is a free data retrieval call binding the contract method 0x2ba36f78.
//
// Solidity: function modelRegistry() view returns(address)
func (_NexusRollup *NexusRollupCallerSession) ModelRegistry() (common.Address, error) {
	return _NexusRollup.Contract.ModelRegistry(&_NexusRollup.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_NexusRollup *NexusRollupCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_NexusRollup *NexusRollupSession) Owner() (common.Address, error) {
	return _NexusRollup.Contract.Owner(&_NexusRollup.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_NexusRollup *NexusRollupCallerSession) Owner() (common.Address, error) {
	return _NexusRollup.Contract.Owner(&_NexusRollup.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_NexusRollup *NexusRollupCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_NexusRollup *NexusRollupSession) PendingOwner() (common.Address, error) {
	return _NexusRollup.Contract.PendingOwner(&_NexusRollup.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_NexusRollup *NexusRollupCallerSession) PendingOwner() (common.Address, error) {
	return _NexusRollup.Contract.PendingOwner(&_NexusRollup.CallOpts)
}

// PriorityDeadline is a free data retrieval call binding the contract method 0x008d72ea.
//
// Solidity: function priorityDeadline() view returns(uint64)
func (_NexusRollup *NexusRollupCaller) PriorityDeadline(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "priorityDeadline")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// PriorityDeadline is a free data retrieval call binding the contract method 0x008d72ea.
//
// Solidity: function priorityDeadline() view returns(uint64)
func (_NexusRollup *NexusRollupSession) PriorityDeadline() (uint64, error) {
	return _NexusRollup.Contract.PriorityDeadline(&_NexusRollup.CallOpts)
}

// PriorityDeadline is a free data retrieval call binding the contract method 0x008d72ea.
//
// Solidity: function priorityDeadline() view returns(uint64)
func (_NexusRollup *NexusRollupCallerSession) PriorityDeadline() (uint64, error) {
	return _NexusRollup.Contract.PriorityDeadline(&_NexusRollup.CallOpts)
}

// PriorityHash is a free data retrieval call binding the contract method 0xa8ea0bd5.
//
// Solidity: function priorityHash(uint256 ) view returns(bytes32)
func (_NexusRollup *NexusRollupCaller) PriorityHash(opts *bind.CallOpts, arg0 *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "priorityHash", arg0)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PriorityHash is a free data retrieval call binding the contract method 0xa8ea0bd5.
//
// Solidity: function priorityHash(uint256 ) view returns(bytes32)
func (_NexusRollup *NexusRollupSession) PriorityHash(arg0 *big.Int) ([32]byte, error) {
	return _NexusRollup.Contract.PriorityHash(&_NexusRollup.CallOpts, arg0)
}

// PriorityHash is a free data retrieval call binding the contract method 0xa8ea0bd5.
//
// Solidity: function priorityHash(uint256 ) view returns(bytes32)
func (_NexusRollup *NexusRollupCallerSession) PriorityHash(arg0 *big.Int) ([32]byte, error) {
	return _NexusRollup.Contract.PriorityHash(&_NexusRollup.CallOpts, arg0)
}

// PriorityOpDeadline is a free data retrieval call binding the contract method 0xd3765d04.
//
// Solidity: function priorityOpDeadline(uint256 ) view returns(uint64)
func (_NexusRollup *NexusRollupCaller) PriorityOpDeadline(opts *bind.CallOpts, arg0 *big.Int) (uint64, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "priorityOpDeadline", arg0)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// PriorityOpDeadline is a free data retrieval call binding the contract method 0xd3765d04.
//
// Solidity: function priorityOpDeadline(uint256 ) view returns(uint64)
func (_NexusRollup *NexusRollupSession) PriorityOpDeadline(arg0 *big.Int) (uint64, error) {
	return _NexusRollup.Contract.PriorityOpDeadline(&_NexusRollup.CallOpts, arg0)
}

// PriorityOpDeadline is a free data retrieval call binding the contract method 0xd3765d04.
//
// Solidity: function priorityOpDeadline(uint256 ) view returns(uint64)
func (_NexusRollup *NexusRollupCallerSession) PriorityOpDeadline(arg0 *big.Int) (uint64, error) {
	return _NexusRollup.Contract.PriorityOpDeadline(&_NexusRollup.CallOpts, arg0)
}

// PriorityOpsConsumed is a free data retrieval call binding the contract method 0x33a224d6.
//
// Solidity: function priorityOpsConsumed() view returns(uint64)
func (_NexusRollup *NexusRollupCaller) PriorityOpsConsumed(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "priorityOpsConsumed")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// PriorityOpsConsumed is a free data retrieval call binding the contract method 0x33a224d6.
//
// Solidity: function priorityOpsConsumed() view returns(uint64)
func (_NexusRollup *NexusRollupSession) PriorityOpsConsumed() (uint64, error) {
	return _NexusRollup.Contract.PriorityOpsConsumed(&_NexusRollup.CallOpts)
}

// PriorityOpsConsumed is a free data retrieval call binding the contract method 0x33a224d6.
//
// Solidity: function priorityOpsConsumed() view returns(uint64)
func (_NexusRollup *NexusRollupCallerSession) PriorityOpsConsumed() (uint64, error) {
	return _NexusRollup.Contract.PriorityOpsConsumed(&_NexusRollup.CallOpts)
}

// PriorityOpsTotal is a free data retrieval call binding the contract method 0x3222985b.
//
// Solidity: function priorityOpsTotal() view returns(uint64)
func (_NexusRollup *NexusRollupCaller) PriorityOpsTotal(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "priorityOpsTotal")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// PriorityOpsTotal is a free data retrieval call binding the contract method 0x3222985b.
//
// Solidity: function priorityOpsTotal() view returns(uint64)
func (_NexusRollup *NexusRollupSession) PriorityOpsTotal() (uint64, error) {
	return _NexusRollup.Contract.PriorityOpsTotal(&_NexusRollup.CallOpts)
}

// PriorityOpsTotal is a free data retrieval call binding the contract method 0x3222985b.
//
// Solidity: function priorityOpsTotal() view returns(uint64)
func (_NexusRollup *NexusRollupCallerSession) PriorityOpsTotal() (uint64, error) {
	return _NexusRollup.Contract.PriorityOpsTotal(&_NexusRollup.CallOpts)
}

// ProverOfAccount is a free data retrieval call binding the contract method 0x19eec9c5.
//
// Solidity: function proverOfAccount(uint32 ) view returns(address)
func (_NexusRollup *NexusRollupCaller) ProverOfAccount(opts *bind.CallOpts, arg0 uint32) (common.Address, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "proverOfAccount", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ProverOfAccount is a free data retrieval call binding the contract method 0x19eec9c5.
//
// Solidity: function proverOfAccount(uint32 ) view returns(address)
func (_NexusRollup *NexusRollupSession) ProverOfAccount(arg0 uint32) (common.Address, error) {
	return _NexusRollup.Contract.ProverOfAccount(&_NexusRollup.CallOpts, arg0)
}

// ProverOfAccount is a free data retrieval call binding the contract method 0x19eec9c5.
//
// Solidity: function proverOfAccount(uint32 ) view returns(address)
func (_NexusRollup *NexusRollupCallerSession) ProverOfAccount(arg0 uint32) (common.Address, error) {
	return _NexusRollup.Contract.ProverOfAccount(&_NexusRollup.CallOpts, arg0)
}

// ProverRegistry is a free data retrieval call binding the contract method 0xeda31504.
//
// Solidity: function proverRegistry() view returns(address)
func (_NexusRollup *NexusRollupCaller) ProverRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "proverRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ProverRegistry is a free data retrieval call binding the contract method 0xeda31504.
//
// Solidity: function proverRegistry() view returns(address)
func (_NexusRollup *NexusRollupSession) ProverRegistry() (common.Address, error) {
	return _NexusRollup.Contract.ProverRegistry(&_NexusRollup.CallOpts)
}

// ProverRegistry is a free data retrieval call binding the contract method 0xeda31504.
//
// Solidity: function proverRegistry() view returns(address)
func (_NexusRollup *NexusRollupCallerSession) ProverRegistry() (common.Address, error) {
	return _NexusRollup.Contract.ProverRegistry(&_NexusRollup.CallOpts)
}

// StateRoot is a free data retrieval call binding the contract method 0x9588eca2.
//
// Solidity: function stateRoot() view returns(uint256)
func (_NexusRollup *NexusRollupCaller) StateRoot(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "stateRoot")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StateRoot is a free data retrieval call binding the contract method 0x9588eca2.
//
// Solidity: function stateRoot() view returns(uint256)
func (_NexusRollup *NexusRollupSession) StateRoot() (*big.Int, error) {
	return _NexusRollup.Contract.StateRoot(&_NexusRollup.CallOpts)
}

// StateRoot is a free data retrieval call binding the contract method 0x9588eca2.
//
// Solidity: function stateRoot() view returns(uint256)
func (_NexusRollup *NexusRollupCallerSession) StateRoot() (*big.Int, error) {
	return _NexusRollup.Contract.StateRoot(&_NexusRollup.CallOpts)
}

// TokenAddress is a free data retrieval call binding the contract method 0xa44653fb.
//
// Solidity: function tokenAddress(uint16 ) view returns(address)
func (_NexusRollup *NexusRollupCaller) TokenAddress(opts *bind.CallOpts, arg0 uint16) (common.Address, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "tokenAddress", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TokenAddress is a free data retrieval call binding the contract method 0xa44653fb.
//
// Solidity: function tokenAddress(uint16 ) view returns(address)
func (_NexusRollup *NexusRollupSession) TokenAddress(arg0 uint16) (common.Address, error) {
	return _NexusRollup.Contract.TokenAddress(&_NexusRollup.CallOpts, arg0)
}

// TokenAddress is a free data retrieval call binding the contract method 0xa44653fb.
//
// Solidity: function tokenAddress(uint16 ) view returns(address)
func (_NexusRollup *NexusRollupCallerSession) TokenAddress(arg0 uint16) (common.Address, error) {
	return _NexusRollup.Contract.TokenAddress(&_NexusRollup.CallOpts, arg0)
}

// TokenCount is a free data retrieval call binding the contract method 0x9f181b5e.
//
// Solidity: function tokenCount() view returns(uint16)
func (_NexusRollup *NexusRollupCaller) TokenCount(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "tokenCount")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// TokenCount is a free data retrieval call binding the contract method 0x9f181b5e.
//
// Solidity: function tokenCount() view returns(uint16)
func (_NexusRollup *NexusRollupSession) TokenCount() (uint16, error) {
	return _NexusRollup.Contract.TokenCount(&_NexusRollup.CallOpts)
}

// TokenCount is a free data retrieval call binding the contract method 0x9f181b5e.
//
// Solidity: function tokenCount() view returns(uint16)
func (_NexusRollup *NexusRollupCallerSession) TokenCount() (uint16, error) {
	return _NexusRollup.Contract.TokenCount(&_NexusRollup.CallOpts)
}

// TokenIdOf is a free data retrieval call binding the contract method 0x773c02d4.
//
// Solidity: function tokenIdOf(address ) view returns(uint16)
func (_NexusRollup *NexusRollupCaller) TokenIdOf(opts *bind.CallOpts, arg0 common.Address) (uint16, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "tokenIdOf", arg0)

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// TokenIdOf is a free data retrieval call binding the contract method 0x773c02d4.
//
// Solidity: function tokenIdOf(address ) view returns(uint16)
func (_NexusRollup *NexusRollupSession) TokenIdOf(arg0 common.Address) (uint16, error) {
	return _NexusRollup.Contract.TokenIdOf(&_NexusRollup.CallOpts, arg0)
}

// TokenIdOf is a free data retrieval call binding the contract method 0x773c02d4.
//
// Solidity: function tokenIdOf(address ) view returns(uint16)
func (_NexusRollup *NexusRollupCallerSession) TokenIdOf(arg0 common.Address) (uint16, error) {
	return _NexusRollup.Contract.TokenIdOf(&_NexusRollup.CallOpts, arg0)
}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_NexusRollup *NexusRollupCaller) Verifier(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _NexusRollup.contract.Call(opts, &out, "verifier")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_NexusRollup *NexusRollupSession) Verifier() (common.Address, error) {
	return _NexusRollup.Contract.Verifier(&_NexusRollup.CallOpts)
}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_NexusRollup *NexusRollupCallerSession) Verifier() (common.Address, error) {
	return _NexusRollup.Contract.Verifier(&_NexusRollup.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_NexusRollup *NexusRollupTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NexusRollup.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_NexusRollup *NexusRollupSession) AcceptOwnership() (*types.Transaction, error) {
	return _NexusRollup.Contract.AcceptOwnership(&_NexusRollup.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_NexusRollup *NexusRollupTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _NexusRollup.Contract.AcceptOwnership(&_NexusRollup.TransactOpts)
}

// ActivateExodus is a paid mutator transaction binding the contract method 0xa68f9f93.
//
// Solidity: function activateExodus() returns()
func (_NexusRollup *NexusRollupTransactor) ActivateExodus(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NexusRollup.contract.Transact(opts, "activateExodus")
}

// ActivateExodus is a paid mutator transaction binding the contract method 0xa68f9f93.
//
// Solidity: function activateExodus() returns()
func (_NexusRollup *NexusRollupSession) ActivateExodus() (*types.Transaction, error) {
	return _NexusRollup.Contract.ActivateExodus(&_NexusRollup.TransactOpts)
}

// ActivateExodus is a paid mutator transaction binding the contract method 0xa68f9f93.
//
// Solidity: function activateExodus() returns()
func (_NexusRollup *NexusRollupTransactorSession) ActivateExodus() (*types.Transaction, error) {
	return _NexusRollup.Contract.ActivateExodus(&_NexusRollup.TransactOpts)
}

// AddToken is a paid mutator transaction binding the contract method 0xd48bfca7.
//
// Solidity: function addToken(address token) returns(uint16 tokenId)
func (_NexusRollup *NexusRollupTransactor) AddToken(opts *bind.TransactOpts, token common.Address) (*types.Transaction, error) {
	return _NexusRollup.contract.Transact(opts, "addToken", token)
}

// AddToken is a paid mutator transaction binding the contract method 0xd48bfca7.
//
// Solidity: function addToken(address token) returns(uint16 tokenId)
func (_NexusRollup *NexusRollupSession) AddToken(token common.Address) (*types.Transaction, error) {
	return _NexusRollup.Contract.AddToken(&_NexusRollup.TransactOpts, token)
}

// AddToken is a paid mutator transaction binding the contract method 0xd48bfca7.
//
// Solidity: function addToken(address token) returns(uint16 tokenId)
func (_NexusRollup *NexusRollupTransactorSession) AddToken(token common.Address) (*types.Transaction, error) {
	return _NexusRollup.Contract.AddToken(&_NexusRollup.TransactOpts, token)
}

// ClaimWithdrawal is a paid mutator transaction binding the contract method 0x2461885a.
//
// Solidity: function claimWithdrawal(uint16 token) returns(uint256 amount)
func (_NexusRollup *NexusRollupTransactor) ClaimWithdrawal(opts *bind.TransactOpts, token uint16) (*types.Transaction, error) {
	return _NexusRollup.contract.Transact(opts, "claimWithdrawal", token)
}

// ClaimWithdrawal is a paid mutator transaction binding the contract method 0x2461885a.
//
// Solidity: function claimWithdrawal(uint16 token) returns(uint256 amount)
func (_NexusRollup *NexusRollupSession) ClaimWithdrawal(token uint16) (*types.Transaction, error) {
	return _NexusRollup.Contract.ClaimWithdrawal(&_NexusRollup.TransactOpts, token)
}

// ClaimWithdrawal is a paid mutator transaction binding the contract method 0x2461885a.
//
// Solidity: function claimWithdrawal(uint16 token) returns(uint256 amount)
func (_NexusRollup *NexusRollupTransactorSession) ClaimWithdrawal(token uint16) (*types.Transaction, error) {
	return _NexusRollup.Contract.ClaimWithdrawal(&_NexusRollup.TransactOpts, token)
}

// DepositERC20 is a paid mutator transaction binding the contract method 0x9ddcda0a.
//
// Solidity: function depositERC20(address token, uint128 amount, bytes32 pubkey) returns(uint256 index)
func (_NexusRollup *NexusRollupTransactor) DepositERC20(opts *bind.TransactOpts, token common.Address, amount *big.Int, pubkey [32]byte) (*types.Transaction, error) {
	return _NexusRollup.contract.Transact(opts, "depositERC20", token, amount, pubkey)
}

// DepositERC20 is a paid mutator transaction binding the contract method 0x9ddcda0a.
//
// Solidity: function depositERC20(address token, uint128 amount, bytes32 pubkey) returns(uint256 index)
func (_NexusRollup *NexusRollupSession) DepositERC20(token common.Address, amount *big.Int, pubkey [32]byte) (*types.Transaction, error) {
	return _NexusRollup.Contract.DepositERC20(&_NexusRollup.TransactOpts, token, amount, pubkey)
}

// DepositERC20 is a paid mutator transaction binding the contract method 0x9ddcda0a.
//
// Solidity: function depositERC20(address token, uint128 amount, bytes32 pubkey) returns(uint256 index)
func (_NexusRollup *NexusRollupTransactorSession) DepositERC20(token common.Address, amount *big.Int, pubkey [32]byte) (*types.Transaction, error) {
	return _NexusRollup.Contract.DepositERC20(&_NexusRollup.TransactOpts, token, amount, pubkey)
}

// DepositETH is a paid mutator transaction binding the contract method 0xd68d9d4e.
//
// Solidity: function depositETH(bytes32 pubkey) payable returns(uint256 index)
func (_NexusRollup *NexusRollupTransactor) DepositETH(opts *bind.TransactOpts, pubkey [32]byte) (*types.Transaction, error) {
	return _NexusRollup.contract.Transact(opts, "depositETH", pubkey)
}

// DepositETH is a paid mutator transaction binding the contract method 0xd68d9d4e.
//
// Solidity: function depositETH(bytes32 pubkey) payable returns(uint256 index)
func (_NexusRollup *NexusRollupSession) DepositETH(pubkey [32]byte) (*types.Transaction, error) {
	return _NexusRollup.Contract.DepositETH(&_NexusRollup.TransactOpts, pubkey)
}

// DepositETH is a paid mutator transaction binding the contract method 0xd68d9d4e.
//
// Solidity: function depositETH(bytes32 pubkey) payable returns(uint256 index)
func (_NexusRollup *NexusRollupTransactorSession) DepositETH(pubkey [32]byte) (*types.Transaction, error) {
	return _NexusRollup.Contract.DepositETH(&_NexusRollup.TransactOpts, pubkey)
}

// EnqueueFromRegistry is a paid mutator transaction binding the contract method 0x6d3673c7.
//
// Solidity: function enqueueFromRegistry(bytes enc) returns(uint256 index)
func (_NexusRollup *NexusRollupTransactor) EnqueueFromRegistry(opts *bind.TransactOpts, enc []byte) (*types.Transaction, error) {
	return _NexusRollup.contract.Transact(opts, "enqueueFromRegistry", enc)
}

// EnqueueFromRegistry is a paid mutator transaction binding the contract method 0x6d3673c7.
//
// Solidity: function enqueueFromRegistry(bytes enc) returns(uint256 index)
func (_NexusRollup *NexusRollupSession) EnqueueFromRegistry(enc []byte) (*types.Transaction, error) {
	return _NexusRollup.Contract.EnqueueFromRegistry(&_NexusRollup.TransactOpts, enc)
}

// EnqueueFromRegistry is a paid mutator transaction binding the contract method 0x6d3673c7.
//
// Solidity: function enqueueFromRegistry(bytes enc) returns(uint256 index)
func (_NexusRollup *NexusRollupTransactorSession) EnqueueFromRegistry(enc []byte) (*types.Transaction, error) {
	return _NexusRollup.Contract.EnqueueFromRegistry(&_NexusRollup.TransactOpts, enc)
}

// Exit is a paid mutator transaction binding the contract method 0x7163c1d4.
//
// Solidity: function exit((uint32,uint16,uint256,uint256,uint256,address,uint64,uint256,uint256,uint64,uint64,bool,uint256[],uint256[],uint256,uint256) p) returns()
func (_NexusRollup *NexusRollupTransactor) Exit(opts *bind.TransactOpts, p ExitProof) (*types.Transaction, error) {
	return _NexusRollup.contract.Transact(opts, "exit", p)
}

// Exit is a paid mutator transaction binding the contract method 0x7163c1d4.
//
// Solidity: function exit((uint32,uint16,uint256,uint256,uint256,address,uint64,uint256,uint256,uint64,uint64,bool,uint256[],uint256[],uint256,uint256) p) returns()
func (_NexusRollup *NexusRollupSession) Exit(p ExitProof) (*types.Transaction, error) {
	return _NexusRollup.Contract.Exit(&_NexusRollup.TransactOpts, p)
}

// Exit is a paid mutator transaction binding the contract method 0x7163c1d4.
//
// Solidity: function exit((uint32,uint16,uint256,uint256,uint256,address,uint64,uint256,uint256,uint64,uint64,bool,uint256[],uint256[],uint256,uint256) p) returns()
func (_NexusRollup *NexusRollupTransactorSession) Exit(p ExitProof) (*types.Transaction, error) {
	return _NexusRollup.Contract.Exit(&_NexusRollup.TransactOpts, p)
}

// ExodusRefund is a paid mutator transaction binding the contract method 0xfec498ca.
//
// Solidity: function exodusRefund(uint256 index, bytes enc) returns()
func (_NexusRollup *NexusRollupTransactor) ExodusRefund(opts *bind.TransactOpts, index *big.Int, enc []byte) (*types.Transaction, error) {
	return _NexusRollup.contract.Transact(opts, "exodusRefund", index, enc)
}

// ExodusRefund is a paid mutator transaction binding the contract method 0xfec498ca.
//
// Solidity: function exodusRefund(uint256 index, bytes enc) returns()
func (_NexusRollup *NexusRollupSession) ExodusRefund(index *big.Int, enc []byte) (*types.Transaction, error) {
	return _NexusRollup.Contract.ExodusRefund(&_NexusRollup.TransactOpts, index, enc)
}

// ExodusRefund is a paid mutator transaction binding the contract method 0xfec498ca.
//
// Solidity: function exodusRefund(uint256 index, bytes enc) returns()
func (_NexusRollup *NexusRollupTransactorSession) ExodusRefund(index *big.Int, enc []byte) (*types.Transaction, error) {
	return _NexusRollup.Contract.ExodusRefund(&_NexusRollup.TransactOpts, index, enc)
}

// RequestForcedExit is a paid mutator transaction binding the contract method 0x603921b4.
//
// Solidity: function requestForcedExit(uint32 accountId, uint16 token) returns(uint256 index)
func (_NexusRollup *NexusRollupTransactor) RequestForcedExit(opts *bind.TransactOpts, accountId uint32, token uint16) (*types.Transaction, error) {
	return _NexusRollup.contract.Transact(opts, "requestForcedExit", accountId, token)
}

// RequestForcedExit is a paid mutator transaction binding the contract method 0x603921b4.
//
// Solidity: function requestForcedExit(uint32 accountId, uint16 token) returns(uint256 index)
func (_NexusRollup *NexusRollupSession) RequestForcedExit(accountId uint32, token uint16) (*types.Transaction, error) {
	return _NexusRollup.Contract.RequestForcedExit(&_NexusRollup.TransactOpts, accountId, token)
}

// RequestForcedExit is a paid mutator transaction binding the contract method 0x603921b4.
//
// Solidity: function requestForcedExit(uint32 accountId, uint16 token) returns(uint256 index)
func (_NexusRollup *NexusRollupTransactorSession) RequestForcedExit(accountId uint32, token uint16) (*types.Transaction, error) {
	return _NexusRollup.Contract.RequestForcedExit(&_NexusRollup.TransactOpts, accountId, token)
}

// RequestInference is a paid mutator transaction binding the contract method 0xab9fa08d.
//
// Solidity: function requestInference(uint32 modelId, uint256 inputCommit, uint32 deadline, bytes input) payable returns(uint32 jobId)
func (_NexusRollup *NexusRollupTransactor) RequestInference(opts *bind.TransactOpts, modelId uint32, inputCommit *big.Int, deadline uint32, input []byte) (*types.Transaction, error) {
	return _NexusRollup.contract.Transact(opts, "requestInference", modelId, inputCommit, deadline, input)
}

// RequestInference is a paid mutator transaction binding the contract method 0xab9fa08d.
//
// Solidity: function requestInference(uint32 modelId, uint256 inputCommit, uint32 deadline, bytes input) payable returns(uint32 jobId)
func (_NexusRollup *NexusRollupSession) RequestInference(modelId uint32, inputCommit *big.Int, deadline uint32, input []byte) (*types.Transaction, error) {
	return _NexusRollup.Contract.RequestInference(&_NexusRollup.TransactOpts, modelId, inputCommit, deadline, input)
}

// RequestInference is a paid mutator transaction binding the contract method 0xab9fa08d.
//
// Solidity: function requestInference(uint32 modelId, uint256 inputCommit, uint32 deadline, bytes input) payable returns(uint32 jobId)
func (_NexusRollup *NexusRollupTransactorSession) RequestInference(modelId uint32, inputCommit *big.Int, deadline uint32, input []byte) (*types.Transaction, error) {
	return _NexusRollup.Contract.RequestInference(&_NexusRollup.TransactOpts, modelId, inputCommit, deadline, input)
}

// SetDepositsEnabled is a paid mutator transaction binding the contract method 0x356ef4d6.
//
// Solidity: function setDepositsEnabled(uint16 tokenId, bool enabled) returns()
func (_NexusRollup *NexusRollupTransactor) SetDepositsEnabled(opts *bind.TransactOpts, tokenId uint16, enabled bool) (*types.Transaction, error) {
	return _NexusRollup.contract.Transact(opts, "setDepositsEnabled", tokenId, enabled)
}

// SetDepositsEnabled is a paid mutator transaction binding the contract method 0x356ef4d6.
//
// Solidity: function setDepositsEnabled(uint16 tokenId, bool enabled) returns()
func (_NexusRollup *NexusRollupSession) SetDepositsEnabled(tokenId uint16, enabled bool) (*types.Transaction, error) {
	return _NexusRollup.Contract.SetDepositsEnabled(&_NexusRollup.TransactOpts, tokenId, enabled)
}

// SetDepositsEnabled is a paid mutator transaction binding the contract method 0x356ef4d6.
//
// Solidity: function setDepositsEnabled(uint16 tokenId, bool enabled) returns()
func (_NexusRollup *NexusRollupTransactorSession) SetDepositsEnabled(tokenId uint16, enabled bool) (*types.Transaction, error) {
	return _NexusRollup.Contract.SetDepositsEnabled(&_NexusRollup.TransactOpts, tokenId, enabled)
}

// SubmitBatch is a paid mutator transaction binding the contract method 0x075d8a8f.
//
// Solidity: function submitBatch((uint64,uint64,uint64,uint256,uint256,bytes32,bytes32,bytes32) h, bytes pubdata, bytes proof) returns()
func (_NexusRollup *NexusRollupTransactor) SubmitBatch(opts *bind.TransactOpts, h BatchHeader, pubdata []byte, proof []byte) (*types.Transaction, error) {
	return _NexusRollup.contract.Transact(opts, "submitBatch", h, pubdata, proof)
}

// SubmitBatch is a paid mutator transaction binding the contract method 0x075d8a8f.
//
// Solidity: function submitBatch((uint64,uint64,uint64,uint256,uint256,bytes32,bytes32,bytes32) h, bytes pubdata, bytes proof) returns()
func (_NexusRollup *NexusRollupSession) SubmitBatch(h BatchHeader, pubdata []byte, proof []byte) (*types.Transaction, error) {
	return _NexusRollup.Contract.SubmitBatch(&_NexusRollup.TransactOpts, h, pubdata, proof)
}

// SubmitBatch is a paid mutator transaction binding the contract method 0x075d8a8f.
//
// Solidity: function submitBatch((uint64,uint64,uint64,uint256,uint256,bytes32,bytes32,bytes32) h, bytes pubdata, bytes proof) returns()
func (_NexusRollup *NexusRollupTransactorSession) SubmitBatch(h BatchHeader, pubdata []byte, proof []byte) (*types.Transaction, error) {
	return _NexusRollup.Contract.SubmitBatch(&_NexusRollup.TransactOpts, h, pubdata, proof)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_NexusRollup *NexusRollupTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _NexusRollup.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_NexusRollup *NexusRollupSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _NexusRollup.Contract.TransferOwnership(&_NexusRollup.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_NexusRollup *NexusRollupTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _NexusRollup.Contract.TransferOwnership(&_NexusRollup.TransactOpts, newOwner)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_NexusRollup *NexusRollupTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NexusRollup.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_NexusRollup *NexusRollupSession) Receive() (*types.Transaction, error) {
	return _NexusRollup.Contract.Receive(&_NexusRollup.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_NexusRollup *NexusRollupTransactorSession) Receive() (*types.Transaction, error) {
	return _NexusRollup.Contract.Receive(&_NexusRollup.TransactOpts)
}

// NexusRollupBatchSettledIterator is returned from FilterBatchSettled and is used to iterate over the raw logs and unpacked data for BatchSettled events raised by the NexusRollup contract.
type NexusRollupBatchSettledIterator struct {
	Event *NexusRollupBatchSettled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupBatchSettledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupBatchSettled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupBatchSettled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupBatchSettledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupBatchSettledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupBatchSettled represents a BatchSettled event raised by the NexusRollup contract.
type NexusRollupBatchSettled struct {
	BatchNumber         uint64
	NewStateRoot        *big.Int
	PriorityOpsConsumed uint64
	PubdataHash         [32]byte
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterBatchSettled is a free log retrieval operation binding the contract event 0xd375af879a6698e4dfa78fe726ff100febd3fafb476673e0f9bb08478bcddfec.
//
// Solidity: event BatchSettled(uint64 indexed batchNumber, uint256 newStateRoot, uint64 priorityOpsConsumed, bytes32 pubdataHash)
func (_NexusRollup *NexusRollupFilterer) FilterBatchSettled(opts *bind.FilterOpts, batchNumber []uint64) (*NexusRollupBatchSettledIterator, error) {

	var batchNumberRule []interface{}
	for _, batchNumberItem := range batchNumber {
		batchNumberRule = append(batchNumberRule, batchNumberItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "BatchSettled", batchNumberRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupBatchSettledIterator{contract: _NexusRollup.contract, event: "BatchSettled", logs: logs, sub: sub}, nil
}

// WatchBatchSettled is a free log subscription operation binding the contract event 0xd375af879a6698e4dfa78fe726ff100febd3fafb476673e0f9bb08478bcddfec.
//
// Solidity: event BatchSettled(uint64 indexed batchNumber, uint256 newStateRoot, uint64 priorityOpsConsumed, bytes32 pubdataHash)
func (_NexusRollup *NexusRollupFilterer) WatchBatchSettled(opts *bind.WatchOpts, sink chan<- *NexusRollupBatchSettled, batchNumber []uint64) (event.Subscription, error) {

	var batchNumberRule []interface{}
	for _, batchNumberItem := range batchNumber {
		batchNumberRule = append(batchNumberRule, batchNumberItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "BatchSettled", batchNumberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupBatchSettled)
				if err := _NexusRollup.contract.UnpackLog(event, "BatchSettled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBatchSettled is a log parse operation binding the contract event 0xd375af879a6698e4dfa78fe726ff100febd3fafb476673e0f9bb08478bcddfec.
//
// Solidity: event BatchSettled(uint64 indexed batchNumber, uint256 newStateRoot, uint64 priorityOpsConsumed, bytes32 pubdataHash)
func (_NexusRollup *NexusRollupFilterer) ParseBatchSettled(log types.Log) (*NexusRollupBatchSettled, error) {
	event := new(NexusRollupBatchSettled)
	if err := _NexusRollup.contract.UnpackLog(event, "BatchSettled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupDepositIterator is returned from FilterDeposit and is used to iterate over the raw logs and unpacked data for Deposit events raised by the NexusRollup contract.
type NexusRollupDepositIterator struct {
	Event *NexusRollupDeposit // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupDepositIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupDeposit)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupDeposit)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupDepositIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupDepositIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupDeposit represents a Deposit event raised by the NexusRollup contract.
type NexusRollupDeposit struct {
	PriorityIndex *big.Int
	Depositor     common.Address
	Token         uint16
	Amount        *big.Int
	Pubkey        [32]byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterDeposit is a free log retrieval operation binding the contract event 0x966dd53c83c70ebae99f8364581a147c1bb57c826cf17bbf3e107c8102352d22.
//
// Solidity: event Deposit(uint256 indexed priorityIndex, address indexed depositor, uint16 token, uint128 amount, bytes32 pubkey)
func (_NexusRollup *NexusRollupFilterer) FilterDeposit(opts *bind.FilterOpts, priorityIndex []*big.Int, depositor []common.Address) (*NexusRollupDepositIterator, error) {

	var priorityIndexRule []interface{}
	for _, priorityIndexItem := range priorityIndex {
		priorityIndexRule = append(priorityIndexRule, priorityIndexItem)
	}
	var depositorRule []interface{}
	for _, depositorItem := range depositor {
		depositorRule = append(depositorRule, depositorItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "Deposit", priorityIndexRule, depositorRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupDepositIterator{contract: _NexusRollup.contract, event: "Deposit", logs: logs, sub: sub}, nil
}

// WatchDeposit is a free log subscription operation binding the contract event 0x966dd53c83c70ebae99f8364581a147c1bb57c826cf17bbf3e107c8102352d22.
//
// Solidity: event Deposit(uint256 indexed priorityIndex, address indexed depositor, uint16 token, uint128 amount, bytes32 pubkey)
func (_NexusRollup *NexusRollupFilterer) WatchDeposit(opts *bind.WatchOpts, sink chan<- *NexusRollupDeposit, priorityIndex []*big.Int, depositor []common.Address) (event.Subscription, error) {

	var priorityIndexRule []interface{}
	for _, priorityIndexItem := range priorityIndex {
		priorityIndexRule = append(priorityIndexRule, priorityIndexItem)
	}
	var depositorRule []interface{}
	for _, depositorItem := range depositor {
		depositorRule = append(depositorRule, depositorItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "Deposit", priorityIndexRule, depositorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupDeposit)
				if err := _NexusRollup.contract.UnpackLog(event, "Deposit", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDeposit is a log parse operation binding the contract event 0x966dd53c83c70ebae99f8364581a147c1bb57c826cf17bbf3e107c8102352d22.
//
// Solidity: event Deposit(uint256 indexed priorityIndex, address indexed depositor, uint16 token, uint128 amount, bytes32 pubkey)
func (_NexusRollup *NexusRollupFilterer) ParseDeposit(log types.Log) (*NexusRollupDeposit, error) {
	event := new(NexusRollupDeposit)
	if err := _NexusRollup.contract.UnpackLog(event, "Deposit", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupExitIterator is returned from FilterExit and is used to iterate over the raw logs and unpacked data for Exit events raised by the NexusRollup contract.
type NexusRollupExitIterator struct {
	Event *NexusRollupExit // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupExitIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupExit)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupExit)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupExitIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupExitIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupExit represents a Exit event raised by the NexusRollup contract.
type NexusRollupExit struct {
	AccountId uint32
	Token     uint16
	L1Address common.Address
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterExit is a free log retrieval operation binding the contract event 0x4cf02efd642e2ae11963c7d431db5687f668666e9809f47da06b71dbd1cd4579.
//
// Solidity: event Exit(uint32 indexed accountId, uint16 indexed token, address indexed l1Address, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) FilterExit(opts *bind.FilterOpts, accountId []uint32, token []uint16, l1Address []common.Address) (*NexusRollupExitIterator, error) {

	var accountIdRule []interface{}
	for _, accountIdItem := range accountId {
		accountIdRule = append(accountIdRule, accountIdItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var l1AddressRule []interface{}
	for _, l1AddressItem := range l1Address {
		l1AddressRule = append(l1AddressRule, l1AddressItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "Exit", accountIdRule, tokenRule, l1AddressRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupExitIterator{contract: _NexusRollup.contract, event: "Exit", logs: logs, sub: sub}, nil
}

// WatchExit is a free log subscription operation binding the contract event 0x4cf02efd642e2ae11963c7d431db5687f668666e9809f47da06b71dbd1cd4579.
//
// Solidity: event Exit(uint32 indexed accountId, uint16 indexed token, address indexed l1Address, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) WatchExit(opts *bind.WatchOpts, sink chan<- *NexusRollupExit, accountId []uint32, token []uint16, l1Address []common.Address) (event.Subscription, error) {

	var accountIdRule []interface{}
	for _, accountIdItem := range accountId {
		accountIdRule = append(accountIdRule, accountIdItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var l1AddressRule []interface{}
	for _, l1AddressItem := range l1Address {
		l1AddressRule = append(l1AddressRule, l1AddressItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "Exit", accountIdRule, tokenRule, l1AddressRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupExit)
				if err := _NexusRollup.contract.UnpackLog(event, "Exit", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExit is a log parse operation binding the contract event 0x4cf02efd642e2ae11963c7d431db5687f668666e9809f47da06b71dbd1cd4579.
//
// Solidity: event Exit(uint32 indexed accountId, uint16 indexed token, address indexed l1Address, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) ParseExit(log types.Log) (*NexusRollupExit, error) {
	event := new(NexusRollupExit)
	if err := _NexusRollup.contract.UnpackLog(event, "Exit", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupExodusActivatedIterator is returned from FilterExodusActivated and is used to iterate over the raw logs and unpacked data for ExodusActivated events raised by the NexusRollup contract.
type NexusRollupExodusActivatedIterator struct {
	Event *NexusRollupExodusActivated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupExodusActivatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupExodusActivated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupExodusActivated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupExodusActivatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupExodusActivatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupExodusActivated represents a ExodusActivated event raised by the NexusRollup contract.
type NexusRollupExodusActivated struct {
	OverdueIndex *big.Int
	Deadline     uint64
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterExodusActivated is a free log retrieval operation binding the contract event 0xa84eed739d8941e5ec4e4f384ed569bd6fcc42af2c0c4bc82a000079163c16cc.
//
// Solidity: event ExodusActivated(uint256 indexed overdueIndex, uint64 deadline)
func (_NexusRollup *NexusRollupFilterer) FilterExodusActivated(opts *bind.FilterOpts, overdueIndex []*big.Int) (*NexusRollupExodusActivatedIterator, error) {

	var overdueIndexRule []interface{}
	for _, overdueIndexItem := range overdueIndex {
		overdueIndexRule = append(overdueIndexRule, overdueIndexItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "ExodusActivated", overdueIndexRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupExodusActivatedIterator{contract: _NexusRollup.contract, event: "ExodusActivated", logs: logs, sub: sub}, nil
}

// WatchExodusActivated is a free log subscription operation binding the contract event 0xa84eed739d8941e5ec4e4f384ed569bd6fcc42af2c0c4bc82a000079163c16cc.
//
// Solidity: event ExodusActivated(uint256 indexed overdueIndex, uint64 deadline)
func (_NexusRollup *NexusRollupFilterer) WatchExodusActivated(opts *bind.WatchOpts, sink chan<- *NexusRollupExodusActivated, overdueIndex []*big.Int) (event.Subscription, error) {

	var overdueIndexRule []interface{}
	for _, overdueIndexItem := range overdueIndex {
		overdueIndexRule = append(overdueIndexRule, overdueIndexItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "ExodusActivated", overdueIndexRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupExodusActivated)
				if err := _NexusRollup.contract.UnpackLog(event, "ExodusActivated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExodusActivated is a log parse operation binding the contract event 0xa84eed739d8941e5ec4e4f384ed569bd6fcc42af2c0c4bc82a000079163c16cc.
//
// Solidity: event ExodusActivated(uint256 indexed overdueIndex, uint64 deadline)
func (_NexusRollup *NexusRollupFilterer) ParseExodusActivated(log types.Log) (*NexusRollupExodusActivated, error) {
	event := new(NexusRollupExodusActivated)
	if err := _NexusRollup.contract.UnpackLog(event, "ExodusActivated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupExodusRefundIterator is returned from FilterExodusRefund and is used to iterate over the raw logs and unpacked data for ExodusRefund events raised by the NexusRollup contract.
type NexusRollupExodusRefundIterator struct {
	Event *NexusRollupExodusRefund // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupExodusRefundIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupExodusRefund)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupExodusRefund)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupExodusRefundIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupExodusRefundIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupExodusRefund represents a ExodusRefund event raised by the NexusRollup contract.
type NexusRollupExodusRefund struct {
	PriorityIndex *big.Int
	Recipient     common.Address
	Token         uint16
	Amount        *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterExodusRefund is a free log retrieval operation binding the contract event 0x67d8f0510d05a53962d3e8e1949c20fce9459cc20caea182314c8d0f3558f40c.
//
// Solidity: event ExodusRefund(uint256 indexed priorityIndex, address indexed recipient, uint16 token, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) FilterExodusRefund(opts *bind.FilterOpts, priorityIndex []*big.Int, recipient []common.Address) (*NexusRollupExodusRefundIterator, error) {

	var priorityIndexRule []interface{}
	for _, priorityIndexItem := range priorityIndex {
		priorityIndexRule = append(priorityIndexRule, priorityIndexItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "ExodusRefund", priorityIndexRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupExodusRefundIterator{contract: _NexusRollup.contract, event: "ExodusRefund", logs: logs, sub: sub}, nil
}

// WatchExodusRefund is a free log subscription operation binding the contract event 0x67d8f0510d05a53962d3e8e1949c20fce9459cc20caea182314c8d0f3558f40c.
//
// Solidity: event ExodusRefund(uint256 indexed priorityIndex, address indexed recipient, uint16 token, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) WatchExodusRefund(opts *bind.WatchOpts, sink chan<- *NexusRollupExodusRefund, priorityIndex []*big.Int, recipient []common.Address) (event.Subscription, error) {

	var priorityIndexRule []interface{}
	for _, priorityIndexItem := range priorityIndex {
		priorityIndexRule = append(priorityIndexRule, priorityIndexItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "ExodusRefund", priorityIndexRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupExodusRefund)
				if err := _NexusRollup.contract.UnpackLog(event, "ExodusRefund", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExodusRefund is a log parse operation binding the contract event 0x67d8f0510d05a53962d3e8e1949c20fce9459cc20caea182314c8d0f3558f40c.
//
// Solidity: event ExodusRefund(uint256 indexed priorityIndex, address indexed recipient, uint16 token, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) ParseExodusRefund(log types.Log) (*NexusRollupExodusRefund, error) {
	event := new(NexusRollupExodusRefund)
	if err := _NexusRollup.contract.UnpackLog(event, "ExodusRefund", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupForcedExitRequestedIterator is returned from FilterForcedExitRequested and is used to iterate over the raw logs and unpacked data for ForcedExitRequested events raised by the NexusRollup contract.
type NexusRollupForcedExitRequestedIterator struct {
	Event *NexusRollupForcedExitRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupForcedExitRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupForcedExitRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupForcedExitRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupForcedExitRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupForcedExitRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupForcedExitRequested represents a ForcedExitRequested event raised by the NexusRollup contract.
type NexusRollupForcedExitRequested struct {
	PriorityIndex *big.Int
	Requester     common.Address
	AccountId     uint32
	Token         uint16
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterForcedExitRequested is a free log retrieval operation binding the contract event 0x2d9d5fc61263477941f0d7c4822a685956be62b59dcbd844da23c7193950a173.
//
// Solidity: event ForcedExitRequested(uint256 indexed priorityIndex, address indexed requester, uint32 accountId, uint16 token)
func (_NexusRollup *NexusRollupFilterer) FilterForcedExitRequested(opts *bind.FilterOpts, priorityIndex []*big.Int, requester []common.Address) (*NexusRollupForcedExitRequestedIterator, error) {

	var priorityIndexRule []interface{}
	for _, priorityIndexItem := range priorityIndex {
		priorityIndexRule = append(priorityIndexRule, priorityIndexItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "ForcedExitRequested", priorityIndexRule, requesterRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupForcedExitRequestedIterator{contract: _NexusRollup.contract, event: "ForcedExitRequested", logs: logs, sub: sub}, nil
}

// WatchForcedExitRequested is a free log subscription operation binding the contract event 0x2d9d5fc61263477941f0d7c4822a685956be62b59dcbd844da23c7193950a173.
//
// Solidity: event ForcedExitRequested(uint256 indexed priorityIndex, address indexed requester, uint32 accountId, uint16 token)
func (_NexusRollup *NexusRollupFilterer) WatchForcedExitRequested(opts *bind.WatchOpts, sink chan<- *NexusRollupForcedExitRequested, priorityIndex []*big.Int, requester []common.Address) (event.Subscription, error) {

	var priorityIndexRule []interface{}
	for _, priorityIndexItem := range priorityIndex {
		priorityIndexRule = append(priorityIndexRule, priorityIndexItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "ForcedExitRequested", priorityIndexRule, requesterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupForcedExitRequested)
				if err := _NexusRollup.contract.UnpackLog(event, "ForcedExitRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseForcedExitRequested is a log parse operation binding the contract event 0x2d9d5fc61263477941f0d7c4822a685956be62b59dcbd844da23c7193950a173.
//
// Solidity: event ForcedExitRequested(uint256 indexed priorityIndex, address indexed requester, uint32 accountId, uint16 token)
func (_NexusRollup *NexusRollupFilterer) ParseForcedExitRequested(log types.Log) (*NexusRollupForcedExitRequested, error) {
	event := new(NexusRollupForcedExitRequested)
	if err := _NexusRollup.contract.UnpackLog(event, "ForcedExitRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupInferenceRequestedIterator is returned from FilterInferenceRequested and is used to iterate over the raw logs and unpacked data for InferenceRequested events raised by the NexusRollup contract.
type NexusRollupInferenceRequestedIterator struct {
	Event *NexusRollupInferenceRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupInferenceRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupInferenceRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupInferenceRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupInferenceRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupInferenceRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupInferenceRequested represents a InferenceRequested event raised by the NexusRollup contract.
type NexusRollupInferenceRequested struct {
	JobId       uint32
	Requester   common.Address
	ModelId     uint32
	FeeGwei     uint64
	Deadline    uint32
	InputCommit *big.Int
	Input       []byte
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterInferenceRequested is a free log retrieval operation binding the contract event 0x57aec93f6d4ceb477c46a6d04788f05930ef39578aeb829f62d575f960f65859.
//
// Solidity: event InferenceRequested(uint32 indexed jobId, address indexed requester, uint32 indexed modelId, uint64 feeGwei, uint32 deadline, uint256 inputCommit, bytes input)
func (_NexusRollup *NexusRollupFilterer) FilterInferenceRequested(opts *bind.FilterOpts, jobId []uint32, requester []common.Address, modelId []uint32) (*NexusRollupInferenceRequestedIterator, error) {

	var jobIdRule []interface{}
	for _, jobIdItem := range jobId {
		jobIdRule = append(jobIdRule, jobIdItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}
	var modelIdRule []interface{}
	for _, modelIdItem := range modelId {
		modelIdRule = append(modelIdRule, modelIdItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "InferenceRequested", jobIdRule, requesterRule, modelIdRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupInferenceRequestedIterator{contract: _NexusRollup.contract, event: "InferenceRequested", logs: logs, sub: sub}, nil
}

// WatchInferenceRequested is a free log subscription operation binding the contract event 0x57aec93f6d4ceb477c46a6d04788f05930ef39578aeb829f62d575f960f65859.
//
// Solidity: event InferenceRequested(uint32 indexed jobId, address indexed requester, uint32 indexed modelId, uint64 feeGwei, uint32 deadline, uint256 inputCommit, bytes input)
func (_NexusRollup *NexusRollupFilterer) WatchInferenceRequested(opts *bind.WatchOpts, sink chan<- *NexusRollupInferenceRequested, jobId []uint32, requester []common.Address, modelId []uint32) (event.Subscription, error) {

	var jobIdRule []interface{}
	for _, jobIdItem := range jobId {
		jobIdRule = append(jobIdRule, jobIdItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}
	var modelIdRule []interface{}
	for _, modelIdItem := range modelId {
		modelIdRule = append(modelIdRule, modelIdItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "InferenceRequested", jobIdRule, requesterRule, modelIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupInferenceRequested)
				if err := _NexusRollup.contract.UnpackLog(event, "InferenceRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInferenceRequested is a log parse operation binding the contract event 0x57aec93f6d4ceb477c46a6d04788f05930ef39578aeb829f62d575f960f65859.
//
// Solidity: event InferenceRequested(uint32 indexed jobId, address indexed requester, uint32 indexed modelId, uint64 feeGwei, uint32 deadline, uint256 inputCommit, bytes input)
func (_NexusRollup *NexusRollupFilterer) ParseInferenceRequested(log types.Log) (*NexusRollupInferenceRequested, error) {
	event := new(NexusRollupInferenceRequested)
	if err := _NexusRollup.contract.UnpackLog(event, "InferenceRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupInferenceResultIterator is returned from FilterInferenceResult and is used to iterate over the raw logs and unpacked data for InferenceResult events raised by the NexusRollup contract.
type NexusRollupInferenceResultIterator struct {
	Event *NexusRollupInferenceResult // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupInferenceResultIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupInferenceResult)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupInferenceResult)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupInferenceResultIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupInferenceResultIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupInferenceResult represents a InferenceResult event raised by the NexusRollup contract.
type NexusRollupInferenceResult struct {
	JobId        uint32
	OutputCommit *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterInferenceResult is a free log retrieval operation binding the contract event 0x890d9fbc5e5bf5d077eafaf230d71496c46eae53c90c197004d764c0c616ace8.
//
// Solidity: event InferenceResult(uint32 indexed jobId, uint256 outputCommit)
func (_NexusRollup *NexusRollupFilterer) FilterInferenceResult(opts *bind.FilterOpts, jobId []uint32) (*NexusRollupInferenceResultIterator, error) {

	var jobIdRule []interface{}
	for _, jobIdItem := range jobId {
		jobIdRule = append(jobIdRule, jobIdItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "InferenceResult", jobIdRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupInferenceResultIterator{contract: _NexusRollup.contract, event: "InferenceResult", logs: logs, sub: sub}, nil
}

// WatchInferenceResult is a free log subscription operation binding the contract event 0x890d9fbc5e5bf5d077eafaf230d71496c46eae53c90c197004d764c0c616ace8.
//
// Solidity: event InferenceResult(uint32 indexed jobId, uint256 outputCommit)
func (_NexusRollup *NexusRollupFilterer) WatchInferenceResult(opts *bind.WatchOpts, sink chan<- *NexusRollupInferenceResult, jobId []uint32) (event.Subscription, error) {

	var jobIdRule []interface{}
	for _, jobIdItem := range jobId {
		jobIdRule = append(jobIdRule, jobIdItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "InferenceResult", jobIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupInferenceResult)
				if err := _NexusRollup.contract.UnpackLog(event, "InferenceResult", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInferenceResult is a log parse operation binding the contract event 0x890d9fbc5e5bf5d077eafaf230d71496c46eae53c90c197004d764c0c616ace8.
//
// Solidity: event InferenceResult(uint32 indexed jobId, uint256 outputCommit)
func (_NexusRollup *NexusRollupFilterer) ParseInferenceResult(log types.Log) (*NexusRollupInferenceResult, error) {
	event := new(NexusRollupInferenceResult)
	if err := _NexusRollup.contract.UnpackLog(event, "InferenceResult", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupL1JobRefundedIterator is returned from FilterL1JobRefunded and is used to iterate over the raw logs and unpacked data for L1JobRefunded events raised by the NexusRollup contract.
type NexusRollupL1JobRefundedIterator struct {
	Event *NexusRollupL1JobRefunded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupL1JobRefundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupL1JobRefunded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupL1JobRefunded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupL1JobRefundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupL1JobRefundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupL1JobRefunded represents a L1JobRefunded event raised by the NexusRollup contract.
type NexusRollupL1JobRefunded struct {
	JobId     uint32
	Requester common.Address
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterL1JobRefunded is a free log retrieval operation binding the contract event 0xb4ad9d5ed2d47f5a513b7f828c27f3391d05f6346370601fc326721ffc47146e.
//
// Solidity: event L1JobRefunded(uint32 indexed jobId, address indexed requester, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) FilterL1JobRefunded(opts *bind.FilterOpts, jobId []uint32, requester []common.Address) (*NexusRollupL1JobRefundedIterator, error) {

	var jobIdRule []interface{}
	for _, jobIdItem := range jobId {
		jobIdRule = append(jobIdRule, jobIdItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "L1JobRefunded", jobIdRule, requesterRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupL1JobRefundedIterator{contract: _NexusRollup.contract, event: "L1JobRefunded", logs: logs, sub: sub}, nil
}

// WatchL1JobRefunded is a free log subscription operation binding the contract event 0xb4ad9d5ed2d47f5a513b7f828c27f3391d05f6346370601fc326721ffc47146e.
//
// Solidity: event L1JobRefunded(uint32 indexed jobId, address indexed requester, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) WatchL1JobRefunded(opts *bind.WatchOpts, sink chan<- *NexusRollupL1JobRefunded, jobId []uint32, requester []common.Address) (event.Subscription, error) {

	var jobIdRule []interface{}
	for _, jobIdItem := range jobId {
		jobIdRule = append(jobIdRule, jobIdItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "L1JobRefunded", jobIdRule, requesterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupL1JobRefunded)
				if err := _NexusRollup.contract.UnpackLog(event, "L1JobRefunded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseL1JobRefunded is a log parse operation binding the contract event 0xb4ad9d5ed2d47f5a513b7f828c27f3391d05f6346370601fc326721ffc47146e.
//
// Solidity: event L1JobRefunded(uint32 indexed jobId, address indexed requester, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) ParseL1JobRefunded(log types.Log) (*NexusRollupL1JobRefunded, error) {
	event := new(NexusRollupL1JobRefunded)
	if err := _NexusRollup.contract.UnpackLog(event, "L1JobRefunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the NexusRollup contract.
type NexusRollupOwnershipTransferStartedIterator struct {
	Event *NexusRollupOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the NexusRollup contract.
type NexusRollupOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_NexusRollup *NexusRollupFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*NexusRollupOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupOwnershipTransferStartedIterator{contract: _NexusRollup.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_NexusRollup *NexusRollupFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *NexusRollupOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupOwnershipTransferStarted)
				if err := _NexusRollup.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_NexusRollup *NexusRollupFilterer) ParseOwnershipTransferStarted(log types.Log) (*NexusRollupOwnershipTransferStarted, error) {
	event := new(NexusRollupOwnershipTransferStarted)
	if err := _NexusRollup.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the NexusRollup contract.
type NexusRollupOwnershipTransferredIterator struct {
	Event *NexusRollupOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupOwnershipTransferred represents a OwnershipTransferred event raised by the NexusRollup contract.
type NexusRollupOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_NexusRollup *NexusRollupFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*NexusRollupOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupOwnershipTransferredIterator{contract: _NexusRollup.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_NexusRollup *NexusRollupFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *NexusRollupOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupOwnershipTransferred)
				if err := _NexusRollup.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_NexusRollup *NexusRollupFilterer) ParseOwnershipTransferred(log types.Log) (*NexusRollupOwnershipTransferred, error) {
	event := new(NexusRollupOwnershipTransferred)
	if err := _NexusRollup.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupPriorityOpQueuedIterator is returned from FilterPriorityOpQueued and is used to iterate over the raw logs and unpacked data for PriorityOpQueued events raised by the NexusRollup contract.
type NexusRollupPriorityOpQueuedIterator struct {
	Event *NexusRollupPriorityOpQueued // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupPriorityOpQueuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupPriorityOpQueued)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupPriorityOpQueued)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupPriorityOpQueuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupPriorityOpQueuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupPriorityOpQueued represents a PriorityOpQueued event raised by the NexusRollup contract.
type NexusRollupPriorityOpQueued struct {
	Index    *big.Int
	Hash     [32]byte
	Deadline uint64
	Encoding []byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterPriorityOpQueued is a free log retrieval operation binding the contract event 0x10c4524f530b0b90dae072c3e7ab6b64476066627715409d21e1aba9a56d7878.
//
// Solidity: event PriorityOpQueued(uint256 indexed index, bytes32 hash, uint64 deadline, bytes encoding)
func (_NexusRollup *NexusRollupFilterer) FilterPriorityOpQueued(opts *bind.FilterOpts, index []*big.Int) (*NexusRollupPriorityOpQueuedIterator, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "PriorityOpQueued", indexRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupPriorityOpQueuedIterator{contract: _NexusRollup.contract, event: "PriorityOpQueued", logs: logs, sub: sub}, nil
}

// WatchPriorityOpQueued is a free log subscription operation binding the contract event 0x10c4524f530b0b90dae072c3e7ab6b64476066627715409d21e1aba9a56d7878.
//
// Solidity: event PriorityOpQueued(uint256 indexed index, bytes32 hash, uint64 deadline, bytes encoding)
func (_NexusRollup *NexusRollupFilterer) WatchPriorityOpQueued(opts *bind.WatchOpts, sink chan<- *NexusRollupPriorityOpQueued, index []*big.Int) (event.Subscription, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "PriorityOpQueued", indexRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupPriorityOpQueued)
				if err := _NexusRollup.contract.UnpackLog(event, "PriorityOpQueued", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePriorityOpQueued is a log parse operation binding the contract event 0x10c4524f530b0b90dae072c3e7ab6b64476066627715409d21e1aba9a56d7878.
//
// Solidity: event PriorityOpQueued(uint256 indexed index, bytes32 hash, uint64 deadline, bytes encoding)
func (_NexusRollup *NexusRollupFilterer) ParsePriorityOpQueued(log types.Log) (*NexusRollupPriorityOpQueued, error) {
	event := new(NexusRollupPriorityOpQueued)
	if err := _NexusRollup.contract.UnpackLog(event, "PriorityOpQueued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupProverAccountLinkedIterator is returned from FilterProverAccountLinked and is used to iterate over the raw logs and unpacked data for ProverAccountLinked events raised by the NexusRollup contract.
type NexusRollupProverAccountLinkedIterator struct {
	Event *NexusRollupProverAccountLinked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupProverAccountLinkedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupProverAccountLinked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupProverAccountLinked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupProverAccountLinkedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupProverAccountLinkedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupProverAccountLinked represents a ProverAccountLinked event raised by the NexusRollup contract.
type NexusRollupProverAccountLinked struct {
	AccountId uint32
	Prover    common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterProverAccountLinked is a free log retrieval operation binding the contract event 0xfe6569c23209062ff91082ce7e0802a8a5fb2cb0f39f6851e0ed602fa3e0bb0c.
//
// Solidity: event ProverAccountLinked(uint32 indexed accountId, address indexed prover)
func (_NexusRollup *NexusRollupFilterer) FilterProverAccountLinked(opts *bind.FilterOpts, accountId []uint32, prover []common.Address) (*NexusRollupProverAccountLinkedIterator, error) {

	var accountIdRule []interface{}
	for _, accountIdItem := range accountId {
		accountIdRule = append(accountIdRule, accountIdItem)
	}
	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "ProverAccountLinked", accountIdRule, proverRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupProverAccountLinkedIterator{contract: _NexusRollup.contract, event: "ProverAccountLinked", logs: logs, sub: sub}, nil
}

// WatchProverAccountLinked is a free log subscription operation binding the contract event 0xfe6569c23209062ff91082ce7e0802a8a5fb2cb0f39f6851e0ed602fa3e0bb0c.
//
// Solidity: event ProverAccountLinked(uint32 indexed accountId, address indexed prover)
func (_NexusRollup *NexusRollupFilterer) WatchProverAccountLinked(opts *bind.WatchOpts, sink chan<- *NexusRollupProverAccountLinked, accountId []uint32, prover []common.Address) (event.Subscription, error) {

	var accountIdRule []interface{}
	for _, accountIdItem := range accountId {
		accountIdRule = append(accountIdRule, accountIdItem)
	}
	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "ProverAccountLinked", accountIdRule, proverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupProverAccountLinked)
				if err := _NexusRollup.contract.UnpackLog(event, "ProverAccountLinked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProverAccountLinked is a log parse operation binding the contract event 0xfe6569c23209062ff91082ce7e0802a8a5fb2cb0f39f6851e0ed602fa3e0bb0c.
//
// Solidity: event ProverAccountLinked(uint32 indexed accountId, address indexed prover)
func (_NexusRollup *NexusRollupFilterer) ParseProverAccountLinked(log types.Log) (*NexusRollupProverAccountLinked, error) {
	event := new(NexusRollupProverAccountLinked)
	if err := _NexusRollup.contract.UnpackLog(event, "ProverAccountLinked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupProverSlashedIterator is returned from FilterProverSlashed and is used to iterate over the raw logs and unpacked data for ProverSlashed events raised by the NexusRollup contract.
type NexusRollupProverSlashedIterator struct {
	Event *NexusRollupProverSlashed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupProverSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupProverSlashed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupProverSlashed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupProverSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupProverSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupProverSlashed represents a ProverSlashed event raised by the NexusRollup contract.
type NexusRollupProverSlashed struct {
	JobId       uint32
	Prover      common.Address
	ToRequester *big.Int
	Burned      *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterProverSlashed is a free log retrieval operation binding the contract event 0x38f43b7dc8bfa48a059601a05b7223853a76820551f48b0d1dd837ccb03ec442.
//
// Solidity: event ProverSlashed(uint32 indexed jobId, address indexed prover, uint256 toRequester, uint256 burned)
func (_NexusRollup *NexusRollupFilterer) FilterProverSlashed(opts *bind.FilterOpts, jobId []uint32, prover []common.Address) (*NexusRollupProverSlashedIterator, error) {

	var jobIdRule []interface{}
	for _, jobIdItem := range jobId {
		jobIdRule = append(jobIdRule, jobIdItem)
	}
	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "ProverSlashed", jobIdRule, proverRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupProverSlashedIterator{contract: _NexusRollup.contract, event: "ProverSlashed", logs: logs, sub: sub}, nil
}

// WatchProverSlashed is a free log subscription operation binding the contract event 0x38f43b7dc8bfa48a059601a05b7223853a76820551f48b0d1dd837ccb03ec442.
//
// Solidity: event ProverSlashed(uint32 indexed jobId, address indexed prover, uint256 toRequester, uint256 burned)
func (_NexusRollup *NexusRollupFilterer) WatchProverSlashed(opts *bind.WatchOpts, sink chan<- *NexusRollupProverSlashed, jobId []uint32, prover []common.Address) (event.Subscription, error) {

	var jobIdRule []interface{}
	for _, jobIdItem := range jobId {
		jobIdRule = append(jobIdRule, jobIdItem)
	}
	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "ProverSlashed", jobIdRule, proverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupProverSlashed)
				if err := _NexusRollup.contract.UnpackLog(event, "ProverSlashed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProverSlashed is a log parse operation binding the contract event 0x38f43b7dc8bfa48a059601a05b7223853a76820551f48b0d1dd837ccb03ec442.
//
// Solidity: event ProverSlashed(uint32 indexed jobId, address indexed prover, uint256 toRequester, uint256 burned)
func (_NexusRollup *NexusRollupFilterer) ParseProverSlashed(log types.Log) (*NexusRollupProverSlashed, error) {
	event := new(NexusRollupProverSlashed)
	if err := _NexusRollup.contract.UnpackLog(event, "ProverSlashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupTokenAddedIterator is returned from FilterTokenAdded and is used to iterate over the raw logs and unpacked data for TokenAdded events raised by the NexusRollup contract.
type NexusRollupTokenAddedIterator struct {
	Event *NexusRollupTokenAdded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupTokenAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupTokenAdded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupTokenAdded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupTokenAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupTokenAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupTokenAdded represents a TokenAdded event raised by the NexusRollup contract.
type NexusRollupTokenAdded struct {
	TokenId uint16
	Token   common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterTokenAdded is a free log retrieval operation binding the contract event 0x57720e43fb71b7440e0e8c833153eb4dc96110fbb8c1d46017456ab53c5c4c30.
//
// Solidity: event TokenAdded(uint16 indexed tokenId, address indexed token)
func (_NexusRollup *NexusRollupFilterer) FilterTokenAdded(opts *bind.FilterOpts, tokenId []uint16, token []common.Address) (*NexusRollupTokenAddedIterator, error) {

	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "TokenAdded", tokenIdRule, tokenRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupTokenAddedIterator{contract: _NexusRollup.contract, event: "TokenAdded", logs: logs, sub: sub}, nil
}

// WatchTokenAdded is a free log subscription operation binding the contract event 0x57720e43fb71b7440e0e8c833153eb4dc96110fbb8c1d46017456ab53c5c4c30.
//
// Solidity: event TokenAdded(uint16 indexed tokenId, address indexed token)
func (_NexusRollup *NexusRollupFilterer) WatchTokenAdded(opts *bind.WatchOpts, sink chan<- *NexusRollupTokenAdded, tokenId []uint16, token []common.Address) (event.Subscription, error) {

	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "TokenAdded", tokenIdRule, tokenRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupTokenAdded)
				if err := _NexusRollup.contract.UnpackLog(event, "TokenAdded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTokenAdded is a log parse operation binding the contract event 0x57720e43fb71b7440e0e8c833153eb4dc96110fbb8c1d46017456ab53c5c4c30.
//
// Solidity: event TokenAdded(uint16 indexed tokenId, address indexed token)
func (_NexusRollup *NexusRollupFilterer) ParseTokenAdded(log types.Log) (*NexusRollupTokenAdded, error) {
	event := new(NexusRollupTokenAdded)
	if err := _NexusRollup.contract.UnpackLog(event, "TokenAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupTokenDepositsSetIterator is returned from FilterTokenDepositsSet and is used to iterate over the raw logs and unpacked data for TokenDepositsSet events raised by the NexusRollup contract.
type NexusRollupTokenDepositsSetIterator struct {
	Event *NexusRollupTokenDepositsSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupTokenDepositsSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupTokenDepositsSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupTokenDepositsSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupTokenDepositsSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupTokenDepositsSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupTokenDepositsSet represents a TokenDepositsSet event raised by the NexusRollup contract.
type NexusRollupTokenDepositsSet struct {
	TokenId uint16
	Enabled bool
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterTokenDepositsSet is a free log retrieval operation binding the contract event 0x96a05d341c1dad096005a481a666ec590a98387f1176d860ac1ca627ada194ed.
//
// Solidity: event TokenDepositsSet(uint16 indexed tokenId, bool enabled)
func (_NexusRollup *NexusRollupFilterer) FilterTokenDepositsSet(opts *bind.FilterOpts, tokenId []uint16) (*NexusRollupTokenDepositsSetIterator, error) {

	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "TokenDepositsSet", tokenIdRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupTokenDepositsSetIterator{contract: _NexusRollup.contract, event: "TokenDepositsSet", logs: logs, sub: sub}, nil
}

// WatchTokenDepositsSet is a free log subscription operation binding the contract event 0x96a05d341c1dad096005a481a666ec590a98387f1176d860ac1ca627ada194ed.
//
// Solidity: event TokenDepositsSet(uint16 indexed tokenId, bool enabled)
func (_NexusRollup *NexusRollupFilterer) WatchTokenDepositsSet(opts *bind.WatchOpts, sink chan<- *NexusRollupTokenDepositsSet, tokenId []uint16) (event.Subscription, error) {

	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "TokenDepositsSet", tokenIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupTokenDepositsSet)
				if err := _NexusRollup.contract.UnpackLog(event, "TokenDepositsSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTokenDepositsSet is a log parse operation binding the contract event 0x96a05d341c1dad096005a481a666ec590a98387f1176d860ac1ca627ada194ed.
//
// Solidity: event TokenDepositsSet(uint16 indexed tokenId, bool enabled)
func (_NexusRollup *NexusRollupFilterer) ParseTokenDepositsSet(log types.Log) (*NexusRollupTokenDepositsSet, error) {
	event := new(NexusRollupTokenDepositsSet)
	if err := _NexusRollup.contract.UnpackLog(event, "TokenDepositsSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupWithdrawalClaimableIterator is returned from FilterWithdrawalClaimable and is used to iterate over the raw logs and unpacked data for WithdrawalClaimable events raised by the NexusRollup contract.
type NexusRollupWithdrawalClaimableIterator struct {
	Event *NexusRollupWithdrawalClaimable // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupWithdrawalClaimableIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupWithdrawalClaimable)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupWithdrawalClaimable)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupWithdrawalClaimableIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupWithdrawalClaimableIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupWithdrawalClaimable represents a WithdrawalClaimable event raised by the NexusRollup contract.
type NexusRollupWithdrawalClaimable struct {
	Recipient common.Address
	Token     uint16
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterWithdrawalClaimable is a free log retrieval operation binding the contract event 0x6f49b13c1eb5e34afa816b060e68471a01c4c4e0154350f7123bb8ec2743c6ae.
//
// Solidity: event WithdrawalClaimable(address indexed recipient, uint16 indexed token, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) FilterWithdrawalClaimable(opts *bind.FilterOpts, recipient []common.Address, token []uint16) (*NexusRollupWithdrawalClaimableIterator, error) {

	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "WithdrawalClaimable", recipientRule, tokenRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupWithdrawalClaimableIterator{contract: _NexusRollup.contract, event: "WithdrawalClaimable", logs: logs, sub: sub}, nil
}

// WatchWithdrawalClaimable is a free log subscription operation binding the contract event 0x6f49b13c1eb5e34afa816b060e68471a01c4c4e0154350f7123bb8ec2743c6ae.
//
// Solidity: event WithdrawalClaimable(address indexed recipient, uint16 indexed token, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) WatchWithdrawalClaimable(opts *bind.WatchOpts, sink chan<- *NexusRollupWithdrawalClaimable, recipient []common.Address, token []uint16) (event.Subscription, error) {

	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "WithdrawalClaimable", recipientRule, tokenRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupWithdrawalClaimable)
				if err := _NexusRollup.contract.UnpackLog(event, "WithdrawalClaimable", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawalClaimable is a log parse operation binding the contract event 0x6f49b13c1eb5e34afa816b060e68471a01c4c4e0154350f7123bb8ec2743c6ae.
//
// Solidity: event WithdrawalClaimable(address indexed recipient, uint16 indexed token, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) ParseWithdrawalClaimable(log types.Log) (*NexusRollupWithdrawalClaimable, error) {
	event := new(NexusRollupWithdrawalClaimable)
	if err := _NexusRollup.contract.UnpackLog(event, "WithdrawalClaimable", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NexusRollupWithdrawalClaimedIterator is returned from FilterWithdrawalClaimed and is used to iterate over the raw logs and unpacked data for WithdrawalClaimed events raised by the NexusRollup contract.
type NexusRollupWithdrawalClaimedIterator struct {
	Event *NexusRollupWithdrawalClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NexusRollupWithdrawalClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NexusRollupWithdrawalClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NexusRollupWithdrawalClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NexusRollupWithdrawalClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NexusRollupWithdrawalClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NexusRollupWithdrawalClaimed represents a WithdrawalClaimed event raised by the NexusRollup contract.
type NexusRollupWithdrawalClaimed struct {
	Recipient common.Address
	Token     uint16
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterWithdrawalClaimed is a free log retrieval operation binding the contract event 0x1767e3b6a7fb64033c92deb9422af53c840ed16f7c7abc864664f661429fb194.
//
// Solidity: event WithdrawalClaimed(address indexed recipient, uint16 indexed token, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) FilterWithdrawalClaimed(opts *bind.FilterOpts, recipient []common.Address, token []uint16) (*NexusRollupWithdrawalClaimedIterator, error) {

	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}

	logs, sub, err := _NexusRollup.contract.FilterLogs(opts, "WithdrawalClaimed", recipientRule, tokenRule)
	if err != nil {
		return nil, err
	}
	return &NexusRollupWithdrawalClaimedIterator{contract: _NexusRollup.contract, event: "WithdrawalClaimed", logs: logs, sub: sub}, nil
}

// WatchWithdrawalClaimed is a free log subscription operation binding the contract event 0x1767e3b6a7fb64033c92deb9422af53c840ed16f7c7abc864664f661429fb194.
//
// Solidity: event WithdrawalClaimed(address indexed recipient, uint16 indexed token, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) WatchWithdrawalClaimed(opts *bind.WatchOpts, sink chan<- *NexusRollupWithdrawalClaimed, recipient []common.Address, token []uint16) (event.Subscription, error) {

	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}

	logs, sub, err := _NexusRollup.contract.WatchLogs(opts, "WithdrawalClaimed", recipientRule, tokenRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NexusRollupWithdrawalClaimed)
				if err := _NexusRollup.contract.UnpackLog(event, "WithdrawalClaimed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawalClaimed is a log parse operation binding the contract event 0x1767e3b6a7fb64033c92deb9422af53c840ed16f7c7abc864664f661429fb194.
//
// Solidity: event WithdrawalClaimed(address indexed recipient, uint16 indexed token, uint256 amount)
func (_NexusRollup *NexusRollupFilterer) ParseWithdrawalClaimed(log types.Log) (*NexusRollupWithdrawalClaimed, error) {
	event := new(NexusRollupWithdrawalClaimed)
	if err := _NexusRollup.contract.UnpackLog(event, "WithdrawalClaimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OwnedMetaData contains all meta data concerning the Owned contract.
var OwnedMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Owned_NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Owned_NotPendingOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Owned_ZeroAddress\",\"type\":\"error\"}]",
}

// OwnedABI is the input ABI used to generate the binding from.
// Deprecated: Use OwnedMetaData.ABI instead.
var OwnedABI = OwnedMetaData.ABI

// Owned is an auto generated Go binding around an Ethereum contract.
type Owned struct {
	OwnedCaller     // Read-only binding to the contract
	OwnedTransactor // Write-only binding to the contract
	OwnedFilterer   // Log filterer for contract events
}

// OwnedCaller is an auto generated read-only Go binding around an Ethereum contract.
type OwnedCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OwnedTransactor is an auto generated write-only Go binding around an Ethereum contract.
type OwnedTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OwnedFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type OwnedFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OwnedSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type OwnedSession struct {
	Contract     *Owned            // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// OwnedCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type OwnedCallerSession struct {
	Contract *OwnedCaller  // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// OwnedTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type OwnedTransactorSession struct {
	Contract     *OwnedTransactor  // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// OwnedRaw is an auto generated low-level Go binding around an Ethereum contract.
type OwnedRaw struct {
	Contract *Owned // Generic contract binding to access the raw methods on
}

// OwnedCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type OwnedCallerRaw struct {
	Contract *OwnedCaller // Generic read-only contract binding to access the raw methods on
}

// OwnedTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type OwnedTransactorRaw struct {
	Contract *OwnedTransactor // Generic write-only contract binding to access the raw methods on
}

// NewOwned creates a new instance of Owned, bound to a specific deployed contract.
func NewOwned(address common.Address, backend bind.ContractBackend) (*Owned, error) {
	contract, err := bindOwned(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Owned{OwnedCaller: OwnedCaller{contract: contract}, OwnedTransactor: OwnedTransactor{contract: contract}, OwnedFilterer: OwnedFilterer{contract: contract}}, nil
}

// NewOwnedCaller creates a new read-only instance of Owned, bound to a specific deployed contract.
func NewOwnedCaller(address common.Address, caller bind.ContractCaller) (*OwnedCaller, error) {
	contract, err := bindOwned(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &OwnedCaller{contract: contract}, nil
}

// NewOwnedTransactor creates a new write-only instance of Owned, bound to a specific deployed contract.
func NewOwnedTransactor(address common.Address, transactor bind.ContractTransactor) (*OwnedTransactor, error) {
	contract, err := bindOwned(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &OwnedTransactor{contract: contract}, nil
}

// NewOwnedFilterer creates a new log filterer instance of Owned, bound to a specific deployed contract.
func NewOwnedFilterer(address common.Address, filterer bind.ContractFilterer) (*OwnedFilterer, error) {
	contract, err := bindOwned(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &OwnedFilterer{contract: contract}, nil
}

// bindOwned binds a generic wrapper to an already deployed contract.
func bindOwned(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := OwnedMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Owned *OwnedRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Owned.Contract.OwnedCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Owned *OwnedRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Owned.Contract.OwnedTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Owned *OwnedRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Owned.Contract.OwnedTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Owned *OwnedCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Owned.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Owned *OwnedTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Owned.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Owned *OwnedTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Owned.Contract.contract.Transact(opts, method, params...)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Owned *OwnedCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Owned.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Owned *OwnedSession) Owner() (common.Address, error) {
	return _Owned.Contract.Owner(&_Owned.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Owned *OwnedCallerSession) Owner() (common.Address, error) {
	return _Owned.Contract.Owner(&_Owned.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_Owned *OwnedCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Owned.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_Owned *OwnedSession) PendingOwner() (common.Address, error) {
	return _Owned.Contract.PendingOwner(&_Owned.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_Owned *OwnedCallerSession) PendingOwner() (common.Address, error) {
	return _Owned.Contract.PendingOwner(&_Owned.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_Owned *OwnedTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Owned.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_Owned *OwnedSession) AcceptOwnership() (*types.Transaction, error) {
	return _Owned.Contract.AcceptOwnership(&_Owned.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_Owned *OwnedTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _Owned.Contract.AcceptOwnership(&_Owned.TransactOpts)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_Owned *OwnedTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _Owned.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_Owned *OwnedSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _Owned.Contract.TransferOwnership(&_Owned.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_Owned *OwnedTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _Owned.Contract.TransferOwnership(&_Owned.TransactOpts, newOwner)
}

// OwnedOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the Owned contract.
type OwnedOwnershipTransferStartedIterator struct {
	Event *OwnedOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OwnedOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OwnedOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OwnedOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OwnedOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OwnedOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OwnedOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Owned contract.
type OwnedOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_Owned *OwnedFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*OwnedOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Owned.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &OwnedOwnershipTransferStartedIterator{contract: _Owned.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_Owned *OwnedFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *OwnedOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Owned.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OwnedOwnershipTransferStarted)
				if err := _Owned.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_Owned *OwnedFilterer) ParseOwnershipTransferStarted(log types.Log) (*OwnedOwnershipTransferStarted, error) {
	event := new(OwnedOwnershipTransferStarted)
	if err := _Owned.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OwnedOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the Owned contract.
type OwnedOwnershipTransferredIterator struct {
	Event *OwnedOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OwnedOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OwnedOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OwnedOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OwnedOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OwnedOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OwnedOwnershipTransferred represents a OwnershipTransferred event raised by the Owned contract.
type OwnedOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_Owned *OwnedFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*OwnedOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Owned.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &OwnedOwnershipTransferredIterator{contract: _Owned.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_Owned *OwnedFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *OwnedOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Owned.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OwnedOwnershipTransferred)
				if err := _Owned.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_Owned *OwnedFilterer) ParseOwnershipTransferred(log types.Log) (*OwnedOwnershipTransferred, error) {
	event := new(OwnedOwnershipTransferred)
	if err := _Owned.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PendingVerifierMetaData contains all meta data concerning the PendingVerifier contract.
var PendingVerifierMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"},{\"internalType\":\"uint256[2]\",\"name\":\"\",\"type\":\"uint256[2]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PendingVerifier_NoVerifier\",\"type\":\"error\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506101238061001c5f395ff3fe6080604052348015600e575f5ffd5b50600436106026575f3560e01c8063e1ff508214602a575b5f5ffd5b60396035366004606d565b603b565b005b6040517f91e1bce000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f60608486031215607e575f5ffd5b833567ffffffffffffffff8111156093575f5ffd5b8401601f8101861360a2575f5ffd5b803567ffffffffffffffff81111560b7575f5ffd5b86602082840101111560c7575f5ffd5b60208201945080935050508460608501111560e0575f5ffd5b602084019050925092509256fea264697066735822122039264f48d05379e36bf334fa1ffee43d0725524be18ab3ed64994a42e13e734664736f6c634300081e0033",
}

// PendingVerifierABI is the input ABI used to generate the binding from.
// Deprecated: Use PendingVerifierMetaData.ABI instead.
var PendingVerifierABI = PendingVerifierMetaData.ABI

// PendingVerifierBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PendingVerifierMetaData.Bin instead.
var PendingVerifierBin = PendingVerifierMetaData.Bin

// DeployPendingVerifier deploys a new Ethereum contract, binding an instance of PendingVerifier to it.
func DeployPendingVerifier(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *PendingVerifier, error) {
	parsed, err := PendingVerifierMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PendingVerifierBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &PendingVerifier{PendingVerifierCaller: PendingVerifierCaller{contract: contract}, PendingVerifierTransactor: PendingVerifierTransactor{contract: contract}, PendingVerifierFilterer: PendingVerifierFilterer{contract: contract}}, nil
}

// PendingVerifier is an auto generated Go binding around an Ethereum contract.
type PendingVerifier struct {
	PendingVerifierCaller     // Read-only binding to the contract
	PendingVerifierTransactor // Write-only binding to the contract
	PendingVerifierFilterer   // Log filterer for contract events
}

// PendingVerifierCaller is an auto generated read-only Go binding around an Ethereum contract.
type PendingVerifierCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PendingVerifierTransactor is an auto generated write-only Go binding around an Ethereum contract.
type PendingVerifierTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PendingVerifierFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PendingVerifierFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PendingVerifierSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PendingVerifierSession struct {
	Contract     *PendingVerifier  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// PendingVerifierCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PendingVerifierCallerSession struct {
	Contract *PendingVerifierCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// PendingVerifierTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PendingVerifierTransactorSession struct {
	Contract     *PendingVerifierTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// PendingVerifierRaw is an auto generated low-level Go binding around an Ethereum contract.
type PendingVerifierRaw struct {
	Contract *PendingVerifier // Generic contract binding to access the raw methods on
}

// PendingVerifierCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PendingVerifierCallerRaw struct {
	Contract *PendingVerifierCaller // Generic read-only contract binding to access the raw methods on
}

// PendingVerifierTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PendingVerifierTransactorRaw struct {
	Contract *PendingVerifierTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPendingVerifier creates a new instance of PendingVerifier, bound to a specific deployed contract.
func NewPendingVerifier(address common.Address, backend bind.ContractBackend) (*PendingVerifier, error) {
	contract, err := bindPendingVerifier(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &PendingVerifier{PendingVerifierCaller: PendingVerifierCaller{contract: contract}, PendingVerifierTransactor: PendingVerifierTransactor{contract: contract}, PendingVerifierFilterer: PendingVerifierFilterer{contract: contract}}, nil
}

// NewPendingVerifierCaller creates a new read-only instance of PendingVerifier, bound to a specific deployed contract.
func NewPendingVerifierCaller(address common.Address, caller bind.ContractCaller) (*PendingVerifierCaller, error) {
	contract, err := bindPendingVerifier(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PendingVerifierCaller{contract: contract}, nil
}

// NewPendingVerifierTransactor creates a new write-only instance of PendingVerifier, bound to a specific deployed contract.
func NewPendingVerifierTransactor(address common.Address, transactor bind.ContractTransactor) (*PendingVerifierTransactor, error) {
	contract, err := bindPendingVerifier(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PendingVerifierTransactor{contract: contract}, nil
}

// NewPendingVerifierFilterer creates a new log filterer instance of PendingVerifier, bound to a specific deployed contract.
func NewPendingVerifierFilterer(address common.Address, filterer bind.ContractFilterer) (*PendingVerifierFilterer, error) {
	contract, err := bindPendingVerifier(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PendingVerifierFilterer{contract: contract}, nil
}

// bindPendingVerifier binds a generic wrapper to an already deployed contract.
func bindPendingVerifier(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PendingVerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PendingVerifier *PendingVerifierRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PendingVerifier.Contract.PendingVerifierCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PendingVerifier *PendingVerifierRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PendingVerifier.Contract.PendingVerifierTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PendingVerifier *PendingVerifierRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PendingVerifier.Contract.PendingVerifierTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PendingVerifier *PendingVerifierCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PendingVerifier.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PendingVerifier *PendingVerifierTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PendingVerifier.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PendingVerifier *PendingVerifierTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PendingVerifier.Contract.contract.Transact(opts, method, params...)
}

// VerifyProof is a free data retrieval call binding the contract method 0xe1ff5082.
//
// Solidity: function verifyProof(bytes , uint256[2] ) pure returns()
func (_PendingVerifier *PendingVerifierCaller) VerifyProof(opts *bind.CallOpts, arg0 []byte, arg1 [2]*big.Int) error {
	var out []interface{}
	err := _PendingVerifier.contract.Call(opts, &out, "verifyProof", arg0, arg1)

	if err != nil {
		return err
	}

	return err

}

// VerifyProof is a free data retrieval call binding the contract method 0xe1ff5082.
//
// Solidity: function verifyProof(bytes , uint256[2] ) pure returns()
func (_PendingVerifier *PendingVerifierSession) VerifyProof(arg0 []byte, arg1 [2]*big.Int) error {
	return _PendingVerifier.Contract.VerifyProof(&_PendingVerifier.CallOpts, arg0, arg1)
}

// VerifyProof is a free data retrieval call binding the contract method 0xe1ff5082.
//
// Solidity: function verifyProof(bytes , uint256[2] ) pure returns()
func (_PendingVerifier *PendingVerifierCallerSession) VerifyProof(arg0 []byte, arg1 [2]*big.Int) error {
	return _PendingVerifier.Contract.VerifyProof(&_PendingVerifier.CallOpts, arg0, arg1)
}

// Poseidon2MetaData contains all meta data concerning the Poseidon2 contract.
var Poseidon2MetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Poseidon2_NotInField\",\"type\":\"error\"}]",
	Bin: "0x60556032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffdfea2646970667358221220a2308857d6ebacf0be62ef6edad70761226e16692250f85c362d89daf0b3396e64736f6c634300081e0033",
}

// Poseidon2ABI is the input ABI used to generate the binding from.
// Deprecated: Use Poseidon2MetaData.ABI instead.
var Poseidon2ABI = Poseidon2MetaData.ABI

// Poseidon2Bin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use Poseidon2MetaData.Bin instead.
var Poseidon2Bin = Poseidon2MetaData.Bin

// DeployPoseidon2 deploys a new Ethereum contract, binding an instance of Poseidon2 to it.
func DeployPoseidon2(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *Poseidon2, error) {
	parsed, err := Poseidon2MetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(Poseidon2Bin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Poseidon2{Poseidon2Caller: Poseidon2Caller{contract: contract}, Poseidon2Transactor: Poseidon2Transactor{contract: contract}, Poseidon2Filterer: Poseidon2Filterer{contract: contract}}, nil
}

// Poseidon2 is an auto generated Go binding around an Ethereum contract.
type Poseidon2 struct {
	Poseidon2Caller     // Read-only binding to the contract
	Poseidon2Transactor // Write-only binding to the contract
	Poseidon2Filterer   // Log filterer for contract events
}

// Poseidon2Caller is an auto generated read-only Go binding around an Ethereum contract.
type Poseidon2Caller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Poseidon2Transactor is an auto generated write-only Go binding around an Ethereum contract.
type Poseidon2Transactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Poseidon2Filterer is an auto generated log filtering Go binding around an Ethereum contract events.
type Poseidon2Filterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Poseidon2Session is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type Poseidon2Session struct {
	Contract     *Poseidon2        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// Poseidon2CallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type Poseidon2CallerSession struct {
	Contract *Poseidon2Caller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// Poseidon2TransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type Poseidon2TransactorSession struct {
	Contract     *Poseidon2Transactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// Poseidon2Raw is an auto generated low-level Go binding around an Ethereum contract.
type Poseidon2Raw struct {
	Contract *Poseidon2 // Generic contract binding to access the raw methods on
}

// Poseidon2CallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type Poseidon2CallerRaw struct {
	Contract *Poseidon2Caller // Generic read-only contract binding to access the raw methods on
}

// Poseidon2TransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type Poseidon2TransactorRaw struct {
	Contract *Poseidon2Transactor // Generic write-only contract binding to access the raw methods on
}

// NewPoseidon2 creates a new instance of Poseidon2, bound to a specific deployed contract.
func NewPoseidon2(address common.Address, backend bind.ContractBackend) (*Poseidon2, error) {
	contract, err := bindPoseidon2(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Poseidon2{Poseidon2Caller: Poseidon2Caller{contract: contract}, Poseidon2Transactor: Poseidon2Transactor{contract: contract}, Poseidon2Filterer: Poseidon2Filterer{contract: contract}}, nil
}

// NewPoseidon2Caller creates a new read-only instance of Poseidon2, bound to a specific deployed contract.
func NewPoseidon2Caller(address common.Address, caller bind.ContractCaller) (*Poseidon2Caller, error) {
	contract, err := bindPoseidon2(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &Poseidon2Caller{contract: contract}, nil
}

// NewPoseidon2Transactor creates a new write-only instance of Poseidon2, bound to a specific deployed contract.
func NewPoseidon2Transactor(address common.Address, transactor bind.ContractTransactor) (*Poseidon2Transactor, error) {
	contract, err := bindPoseidon2(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &Poseidon2Transactor{contract: contract}, nil
}

// NewPoseidon2Filterer creates a new log filterer instance of Poseidon2, bound to a specific deployed contract.
func NewPoseidon2Filterer(address common.Address, filterer bind.ContractFilterer) (*Poseidon2Filterer, error) {
	contract, err := bindPoseidon2(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &Poseidon2Filterer{contract: contract}, nil
}

// bindPoseidon2 binds a generic wrapper to an already deployed contract.
func bindPoseidon2(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := Poseidon2MetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Poseidon2 *Poseidon2Raw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Poseidon2.Contract.Poseidon2Caller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Poseidon2 *Poseidon2Raw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Poseidon2.Contract.Poseidon2Transactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Poseidon2 *Poseidon2Raw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Poseidon2.Contract.Poseidon2Transactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Poseidon2 *Poseidon2CallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Poseidon2.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Poseidon2 *Poseidon2TransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Poseidon2.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Poseidon2 *Poseidon2TransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Poseidon2.Contract.contract.Transact(opts, method, params...)
}

// ProverRegistryMetaData contains all meta data concerning the ProverRegistry contract.
var ProverRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"minStake_\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxLockDuration_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxLockDuration\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"proverInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"stake\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"unstakeRequestedAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"released\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"pubkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"fulfilled\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expired\",\"type\":\"uint64\"}],\"internalType\":\"structProverRegistry.Prover\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"fulfilled\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expired\",\"type\":\"uint64\"}],\"name\":\"recordReputation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubkey\",\"type\":\"bytes32\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"reputation\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"fulfilled\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expired\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractINexusRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"minStake_\",\"type\":\"uint128\"}],\"name\":\"setMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rollup_\",\"type\":\"address\"}],\"name\":\"setRollup\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBurned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"}],\"name\":\"MinStakeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pubkey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"stake\",\"type\":\"uint128\"}],\"name\":\"ProverRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fulfilled\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expired\",\"type\":\"uint64\"}],\"name\":\"ReputationUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"rollup\",\"type\":\"address\"}],\"name\":\"RollupSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"stake\",\"type\":\"uint128\"}],\"name\":\"StakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"StakeReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"UnstakeRequested\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Owned_NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Owned_NotPendingOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Owned_ZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"ProverRegistry_AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxLockDuration\",\"type\":\"uint64\"}],\"name\":\"ProverRegistry_DelayNotLongerThanLock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubkey\",\"type\":\"bytes32\"}],\"name\":\"ProverRegistry_InvalidPubkey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"ProverRegistry_NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"ProverRegistry_NotReleased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ProverRegistry_NotRollup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProverRegistry_RollupAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProverRegistry_RollupNotSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProverRegistry_StakeOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"ProverRegistry_StakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"ProverRegistry_UnbondingNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"ProverRegistry_UnstakeAlreadyRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"ProverRegistry_UnstakeNotRequested\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProverRegistry_ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProverRegistry_ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuard_Reentered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SafeTransfer_EthFailed\",\"type\":\"error\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516122f83803806122f883398101604081905261002e91610198565b836001600160a01b03811661005657604051635ac8f28f60e11b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b03831690811782556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a350806001600160401b0316826001600160401b0316116100e75760405163d39f30d360e01b81526001600160401b0380841660048301528216602482015260440160405180910390fd5b826001600160801b03165f036101105760405163e55ec78360e01b815260040160405180910390fd5b600280546001600160801b0319166001600160801b0385169081179091556001600160401b0383811660a05282166080526040519081527fefb16fcfeaa097bf2c3332109d71188dd650616acb9ef2c453fe70ba970eb8d99060200160405180910390a150505050610204565b80516001600160401b0381168114610193575f5ffd5b919050565b5f5f5f5f608085870312156101ab575f5ffd5b84516001600160a01b03811681146101c1575f5ffd5b60208601519094506001600160801b03811681146101dd575f5ffd5b92506101eb6040860161017d565b91506101f96060860161017d565b905092959194509250565b60805160a0516120c56102335f395f8181610470015281816111ea0152611b0f01525f61033001526120c55ff3fe60806040526004361061016d575f3560e01c8063b9f79451116100c6578063db7dd35a1161007c578063e30c397811610057578063e30c3978146105ec578063f2fde38b14610618578063fc63958e14610637575f5ffd5b8063db7dd35a1461045f578063df7ddef414610492578063e1fa8e84146105d9575f5ffd5b8063bfac5990116100ac578063bfac5990146103ff578063cb23bcb51461041e578063d89135cd1461044a575f5ffd5b8063b9f794511461036b578063bed9d861146103eb575f5ffd5b80635a627dbc116101265780638b0e9f3f116101015780638b0e9f3f146102ba5780638da5cb5b146102cf578063a16cdbb11461031f575f5ffd5b80635a627dbc1461027f578063763131a01461028757806379ba5097146102a6575f5ffd5b8063375b3c0a11610156578063375b3c0a146101b157806342623360146101ff578063519f11b614610260575f5ffd5b806319165587146101715780632d782e7614610192575b5f5ffd5b34801561017c575f5ffd5b5061019061018b366004611df5565b61064b565b005b34801561019d575f5ffd5b506101906101ac366004611e15565b6107c0565b3480156101bc575f5ffd5b506002546101d9906fffffffffffffffffffffffffffffffff1681565b6040516fffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b34801561020a575f5ffd5b50610252610219366004611df5565b73ffffffffffffffffffffffffffffffffffffffff165f908152600660205260409020546fffffffffffffffffffffffffffffffff1690565b6040519081526020016101f6565b34801561026b575f5ffd5b5061019061027a366004611e5b565b6108d2565b610190610a43565b348015610292575f5ffd5b506101906102a1366004611df5565b610d89565b3480156102b1575f5ffd5b50610190610ee6565b3480156102c5575f5ffd5b5061025260045481565b3480156102da575f5ffd5b505f546102fa9073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101f6565b34801561032a575f5ffd5b506103527f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff90911681526020016101f6565b348015610376575f5ffd5b506103ca610385366004611df5565b73ffffffffffffffffffffffffffffffffffffffff165f9081526006602052604090206002015467ffffffffffffffff80821692680100000000000000009092041690565b6040805167ffffffffffffffff9384168152929091166020830152016101f6565b3480156103f6575f5ffd5b50610190610fbf565b34801561040a575f5ffd5b50610252610419366004611e9b565b611346565b348015610429575f5ffd5b506003546102fa9073ffffffffffffffffffffffffffffffffffffffff1681565b348015610455575f5ffd5b5061025260055481565b34801561046a575f5ffd5b506103527f000000000000000000000000000000000000000000000000000000000000000081565b34801561049d575f5ffd5b506105cc6104ac366004611df5565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091525073ffffffffffffffffffffffffffffffffffffffff165f90815260066020908152604091829020825160e08101845281546fffffffffffffffffffffffffffffffff8116825267ffffffffffffffff700100000000000000000000000000000000820481169483019490945260ff780100000000000000000000000000000000000000000000000082048116151595830195909552790100000000000000000000000000000000000000000000000000900490931615156060840152600181015460808401526002015480821660a08401526801000000000000000090041660c082015290565b6040516101f69190611ecb565b6101906105e7366004611f54565b611545565b3480156105f7575f5ffd5b506001546102fa9073ffffffffffffffffffffffffffffffffffffffff1681565b348015610623575f5ffd5b50610190610632366004611df5565b611906565b348015610642575f5ffd5b506101906119cd565b60035473ffffffffffffffffffffffffffffffffffffffff1633146106a3576040517f4cb73dc50000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff81165f9081526006602052604081208054909170010000000000000000000000000000000090910467ffffffffffffffff16900361073a576040517fc720807000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161069a565b80547fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff1679010000000000000000000000000000000000000000000000000017815560405173ffffffffffffffffffffffffffffffffffffffff8316907fa7d6210c9833dde3c63d63b9766c130ff4f88dfe1a7da24af1b433716b20685f905f90a25050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610812576040517f64e0849100000000000000000000000000000000000000000000000000000000815233600482015260240161069a565b806fffffffffffffffffffffffffffffffff165f0361085d576040517fe55ec78300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff83169081179091556040519081527fefb16fcfeaa097bf2c3332109d71188dd650616acb9ef2c453fe70ba970eb8d99060200160405180910390a150565b60035473ffffffffffffffffffffffffffffffffffffffff163314610925576040517f4cb73dc500000000000000000000000000000000000000000000000000000000815233600482015260240161069a565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526006602052604081206002810180549192859261096890849067ffffffffffffffff16611f98565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550818160020160088282829054906101000a900467ffffffffffffffff166109b59190611f98565b82546101009290920a67ffffffffffffffff818102199093169183160217909155600283015460408051828416815268010000000000000000909204909216602082015273ffffffffffffffffffffffffffffffffffffffff871692507ff68a30079d4352ebef70c16a1778b7a3e89f9e91552f332157ecaf2ec5a6adc2910160405180910390a250505050565b335f90815260066020526040902080547801000000000000000000000000000000000000000000000000900460ff16610aaa576040517f337bf23f00000000000000000000000000000000000000000000000000000000815233600482015260240161069a565b8054700100000000000000000000000000000000900467ffffffffffffffff1615610b03576040517f82b2aa5c00000000000000000000000000000000000000000000000000000000815233600482015260240161069a565b345f03610b3c576040517fe55ec78300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80545f90610b5d9034906fffffffffffffffffffffffffffffffff16611fb8565b90506fffffffffffffffffffffffffffffffff811115610ba9576040517f035a262f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610bb2611c4d565b83547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff84161784556004805491925034915f90610c02908490611fb8565b9091555050604080516fffffffffffffffffffffffffffffffff34811682528416602082015233917fd2d5e4639448558e702a8026a598a29197bc8b377e27d6b3c17e2d96bf36b35b910160405180910390a26001830154604080517f03000000000000000000000000000000000000000000000000000000000000006020820152608085901b7fffffffffffffffffffffffffffffffff0000000000000000000000000000000016602182015260318101929092523360601b7fffffffffffffffffffffffffffffffffffffffff0000000000000000000000001660518301528051808303604501815260658301918290527f6d3673c70000000000000000000000000000000000000000000000000000000090915273ffffffffffffffffffffffffffffffffffffffff831691636d3673c791610d4391606901611fcb565b6020604051808303815f875af1158015610d5f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d83919061201e565b50505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610ddb576040517f64e0849100000000000000000000000000000000000000000000000000000000815233600482015260240161069a565b60035473ffffffffffffffffffffffffffffffffffffffff1615610e2b576040517ff92e1a4100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff8116610e78576040517fadb60e6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600380547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040517f7e8ce0bde07da6b99aedf3acf71a4ab99699f774d164be03d69bfe6d5a6f5272905f90a250565b60015473ffffffffffffffffffffffffffffffffffffffff1633141580610f0b575033155b15610f44576040517f7299538800000000000000000000000000000000000000000000000000000000815233600482015260240161069a565b5f8054337fffffffffffffffffffffffff00000000000000000000000000000000000000008083168217845560018054909116905560405173ffffffffffffffffffffffffffffffffffffffff90921692909183917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a350565b7f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725c8015611019576040517fae5a857900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60017f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725d335f90815260066020526040902080547801000000000000000000000000000000000000000000000000900460ff166110a4576040517f337bf23f00000000000000000000000000000000000000000000000000000000815233600482015260240161069a565b8054700100000000000000000000000000000000900467ffffffffffffffff165f036110fe576040517fc720807000000000000000000000000000000000000000000000000000000000815233600482015260240161069a565b8054790100000000000000000000000000000000000000000000000000900460ff1615801561119e5750611130611c4d565b73ffffffffffffffffffffffffffffffffffffffff1663264c09126040518163ffffffff1660e01b8152600401602060405180830381865afa158015611178573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061119c9190612035565b155b156111d7576040517f2dc6585c00000000000000000000000000000000000000000000000000000000815233600482015260240161069a565b80545f906112269067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691700100000000000000000000000000000000900416611fb8565b905080421015611265576040517fbbee60a30000000000000000000000000000000000000000000000000000000081526004810182905260240161069a565b81547fffffffffffff000000000000000000000000000000000000000000000000000081168355600480546fffffffffffffffffffffffffffffffff909216918291905f906112b5908490612054565b90915550506040516fffffffffffffffffffffffffffffffff8216815233907f3d67ee64384c0db5bc8e45f280fc926384971c9473181e40ae0ae5d31e9118cd9060200160405180910390a261131d33826fffffffffffffffffffffffffffffffff16611ca0565b5050505f7f39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d725d50565b6003545f9073ffffffffffffffffffffffffffffffffffffffff16331461139b576040517f4cb73dc500000000000000000000000000000000000000000000000000000000815233600482015260240161069a565b73ffffffffffffffffffffffffffffffffffffffff84165f90815260066020526040902080546fffffffffffffffffffffffffffffffff1684106113f25780546fffffffffffffffffffffffffffffffff166113f4565b835b8154909250829082905f9061141c9084906fffffffffffffffffffffffffffffffff16612067565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055508160045f8282546114639190612054565b909155505073ffffffffffffffffffffffffffffffffffffffff831661149a578160055f8282546114949190611fb8565b90915550505b8273ffffffffffffffffffffffffffffffffffffffff168573ffffffffffffffffffffffffffffffffffffffff167f10cc080888f97c96419786385100283aa8ae09efd09b75964b955212f42847d48685604051611502929190918252602082015260400190565b60405180910390a373ffffffffffffffffffffffffffffffffffffffff83161580159061152e57508115155b1561153d5761153d8383611ca0565b509392505050565b335f90815260066020526040902080547801000000000000000000000000000000000000000000000000900460ff16156115ad576040517f3562636900000000000000000000000000000000000000000000000000000000815233600482015260240161069a565b6002546fffffffffffffffffffffffffffffffff16341015611619576002546040517f3025de450000000000000000000000000000000000000000000000000000000081523460048201526fffffffffffffffffffffffffffffffff909116602482015260440161069a565b6fffffffffffffffffffffffffffffffff341115611663576040517f035a262f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a118000000000017f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8316106116e1576040517ff27b71690000000000000000000000000000000000000000000000000000000081526004810183905260240161069a565b5f6116ea611c4d565b82547801000000000000000000000000000000000000000000000000346fffffffffffffffffffffffffffffffff81167fffffffffffffff00ffffffffffffffff000000000000000000000000000000009093168317919091177fffffffffffff00ff0000000000000000ffffffffffffffffffffffffffffffff168555600185018690556004805493945090925f90611785908490611fb8565b9091555050604080518581526fffffffffffffffffffffffffffffffff8316602082015233917f1d923bc3c67378f61043d238c97ae148a142d9f8f0e1e8b74d62514700acfcf5910160405180910390a2604080517f03000000000000000000000000000000000000000000000000000000000000006020820152608083901b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000166021820152603181018690523360601b7fffffffffffffffffffffffffffffffffffffffff0000000000000000000000001660518201528151808203604501815260658201928390527f6d3673c70000000000000000000000000000000000000000000000000000000090925273ffffffffffffffffffffffffffffffffffffffff841691636d3673c7916118bf9190606901611fcb565b6020604051808303815f875af11580156118db573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118ff919061201e565b5050505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314611958576040517f64e0849100000000000000000000000000000000000000000000000000000000815233600482015260240161069a565b600180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8381169182179092555f8054604051929316917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b335f90815260066020526040902080547801000000000000000000000000000000000000000000000000900460ff16611a34576040517f337bf23f00000000000000000000000000000000000000000000000000000000815233600482015260240161069a565b8054700100000000000000000000000000000000900467ffffffffffffffff1615611a8d576040517f82b2aa5c00000000000000000000000000000000000000000000000000000000815233600482015260240161069a565b5f611a96611c4d565b825467ffffffffffffffff42908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff90921691909117845590915033907f55967058ada2e84c293d7ec1d74e184d71f4dbe816e7be7a00e254be2376e25190611b34907f000000000000000000000000000000000000000000000000000000000000000090611f98565b60405167ffffffffffffffff909116815260200160405180910390a28073ffffffffffffffffffffffffffffffffffffffff1663264c09126040518163ffffffff1660e01b8152600401602060405180830381865afa158015611b99573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bbd9190612035565b611c49578073ffffffffffffffffffffffffffffffffffffffff16636d3673c7611beb846001015433611d55565b6040518263ffffffff1660e01b8152600401611c079190611fcb565b6020604051808303815f875af1158015611c23573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c47919061201e565b505b5050565b60035473ffffffffffffffffffffffffffffffffffffffff1680611c9d576040517fa14fa3b900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b90565b5f8273ffffffffffffffffffffffffffffffffffffffff16826040515f6040518083038185875af1925050503d805f8114611cf6576040519150601f19603f3d011682016040523d82523d5f602084013e611cfb565b606091505b5050905080611c47576040517f6d40e76800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024810183905260440161069a565b6040517f0400000000000000000000000000000000000000000000000000000000000000602082015260218101839052606082811b7fffffffffffffffffffffffffffffffffffffffff0000000000000000000000001660418301529060550160405160208183030381529060405290505b92915050565b803573ffffffffffffffffffffffffffffffffffffffff81168114611df0575f5ffd5b919050565b5f60208284031215611e05575f5ffd5b611e0e82611dcd565b9392505050565b5f60208284031215611e25575f5ffd5b81356fffffffffffffffffffffffffffffffff81168114611e0e575f5ffd5b803567ffffffffffffffff81168114611df0575f5ffd5b5f5f5f60608486031215611e6d575f5ffd5b611e7684611dcd565b9250611e8460208501611e44565b9150611e9260408501611e44565b90509250925092565b5f5f5f60608486031215611ead575f5ffd5b611eb684611dcd565b925060208401359150611e9260408501611dcd565b5f60e0820190506fffffffffffffffffffffffffffffffff835116825267ffffffffffffffff60208401511660208301526040830151151560408301526060830151151560608301526080830151608083015267ffffffffffffffff60a08401511660a083015260c0830151611f4d60c084018267ffffffffffffffff169052565b5092915050565b5f60208284031215611f64575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff8181168382160190811115611dc757611dc7611f6b565b80820180821115611dc757611dc7611f6b565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f6020828403121561202e575f5ffd5b5051919050565b5f60208284031215612045575f5ffd5b81518015158114611e0e575f5ffd5b81810381811115611dc757611dc7611f6b565b6fffffffffffffffffffffffffffffffff8281168282160390811115611dc757611dc7611f6b56fea264697066735822122048788ccd87be84558446e1bd00210e0d73f82fa826e328cd0d91e7bcbed5513764736f6c634300081e0033",
}

// ProverRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use ProverRegistryMetaData.ABI instead.
var ProverRegistryABI = ProverRegistryMetaData.ABI

// ProverRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ProverRegistryMetaData.Bin instead.
var ProverRegistryBin = ProverRegistryMetaData.Bin

// DeployProverRegistry deploys a new Ethereum contract, binding an instance of ProverRegistry to it.
func DeployProverRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, initialOwner common.Address, minStake_ *big.Int, unbondingDelay_ uint64, maxLockDuration_ uint64) (common.Address, *types.Transaction, *ProverRegistry, error) {
	parsed, err := ProverRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ProverRegistryBin), backend, initialOwner, minStake_, unbondingDelay_, maxLockDuration_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ProverRegistry{ProverRegistryCaller: ProverRegistryCaller{contract: contract}, ProverRegistryTransactor: ProverRegistryTransactor{contract: contract}, ProverRegistryFilterer: ProverRegistryFilterer{contract: contract}}, nil
}

// ProverRegistry is an auto generated Go binding around an Ethereum contract.
type ProverRegistry struct {
	ProverRegistryCaller     // Read-only binding to the contract
	ProverRegistryTransactor // Write-only binding to the contract
	ProverRegistryFilterer   // Log filterer for contract events
}

// ProverRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type ProverRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProverRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ProverRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProverRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ProverRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProverRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ProverRegistrySession struct {
	Contract     *ProverRegistry   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ProverRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ProverRegistryCallerSession struct {
	Contract *ProverRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ProverRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ProverRegistryTransactorSession struct {
	Contract     *ProverRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ProverRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type ProverRegistryRaw struct {
	Contract *ProverRegistry // Generic contract binding to access the raw methods on
}

// ProverRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ProverRegistryCallerRaw struct {
	Contract *ProverRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// ProverRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ProverRegistryTransactorRaw struct {
	Contract *ProverRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewProverRegistry creates a new instance of ProverRegistry, bound to a specific deployed contract.
func NewProverRegistry(address common.Address, backend bind.ContractBackend) (*ProverRegistry, error) {
	contract, err := bindProverRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ProverRegistry{ProverRegistryCaller: ProverRegistryCaller{contract: contract}, ProverRegistryTransactor: ProverRegistryTransactor{contract: contract}, ProverRegistryFilterer: ProverRegistryFilterer{contract: contract}}, nil
}

// NewProverRegistryCaller creates a new read-only instance of ProverRegistry, bound to a specific deployed contract.
func NewProverRegistryCaller(address common.Address, caller bind.ContractCaller) (*ProverRegistryCaller, error) {
	contract, err := bindProverRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ProverRegistryCaller{contract: contract}, nil
}

// NewProverRegistryTransactor creates a new write-only instance of ProverRegistry, bound to a specific deployed contract.
func NewProverRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*ProverRegistryTransactor, error) {
	contract, err := bindProverRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ProverRegistryTransactor{contract: contract}, nil
}

// NewProverRegistryFilterer creates a new log filterer instance of ProverRegistry, bound to a specific deployed contract.
func NewProverRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*ProverRegistryFilterer, error) {
	contract, err := bindProverRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ProverRegistryFilterer{contract: contract}, nil
}

// bindProverRegistry binds a generic wrapper to an already deployed contract.
func bindProverRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ProverRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ProverRegistry *ProverRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ProverRegistry.Contract.ProverRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ProverRegistry *ProverRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProverRegistry.Contract.ProverRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ProverRegistry *ProverRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ProverRegistry.Contract.ProverRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ProverRegistry *ProverRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ProverRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ProverRegistry *ProverRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProverRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ProverRegistry *ProverRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ProverRegistry.Contract.contract.Transact(opts, method, params...)
}

// MaxLockDuration is a free data retrieval call binding the contract method 0xa16cdbb1.
//
// Solidity: function maxLockDuration() view returns(uint64)
func (_ProverRegistry *ProverRegistryCaller) MaxLockDuration(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _ProverRegistry.contract.Call(opts, &out, "maxLockDuration")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MaxLockDuration is a free data retrieval call binding the contract method 0xa16cdbb1.
//
// Solidity: function maxLockDuration() view returns(uint64)
func (_ProverRegistry *ProverRegistrySession) MaxLockDuration() (uint64, error) {
	return _ProverRegistry.Contract.MaxLockDuration(&_ProverRegistry.CallOpts)
}

// MaxLockDuration is a free data retrieval call binding the contract method 0xa16cdbb1.
//
// Solidity: function maxLockDuration() view returns(uint64)
func (_ProverRegistry *ProverRegistryCallerSession) MaxLockDuration() (uint64, error) {
	return _ProverRegistry.Contract.MaxLockDuration(&_ProverRegistry.CallOpts)
}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint128)
func (_ProverRegistry *ProverRegistryCaller) MinStake(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ProverRegistry.contract.Call(opts, &out, "minStake")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint128)
func (_ProverRegistry *ProverRegistrySession) MinStake() (*big.Int, error) {
	return _ProverRegistry.Contract.MinStake(&_ProverRegistry.CallOpts)
}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint128)
func (_ProverRegistry *ProverRegistryCallerSession) MinStake() (*big.Int, error) {
	return _ProverRegistry.Contract.MinStake(&_ProverRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ProverRegistry *ProverRegistryCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ProverRegistry.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ProverRegistry *ProverRegistrySession) Owner() (common.Address, error) {
	return _ProverRegistry.Contract.Owner(&_ProverRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ProverRegistry *ProverRegistryCallerSession) Owner() (common.Address, error) {
	return _ProverRegistry.Contract.Owner(&_ProverRegistry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ProverRegistry *ProverRegistryCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ProverRegistry.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ProverRegistry *ProverRegistrySession) PendingOwner() (common.Address, error) {
	return _ProverRegistry.Contract.PendingOwner(&_ProverRegistry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ProverRegistry *ProverRegistryCallerSession) PendingOwner() (common.Address, error) {
	return _ProverRegistry.Contract.PendingOwner(&_ProverRegistry.CallOpts)
}

// ProverInfo is a free data retrieval call binding the contract method 0xdf7ddef4.
//
// Solidity: function proverInfo(address prover) view returns((uint128,uint64,bool,bool,bytes32,uint64,uint64))
func (_ProverRegistry *ProverRegistryCaller) ProverInfo(opts *bind.CallOpts, prover common.Address) (ProverRegistryProver, error) {
	var out []interface{}
	err := _ProverRegistry.contract.Call(opts, &out, "proverInfo", prover)

	if err != nil {
		return *new(ProverRegistryProver), err
	}

	out0 := *abi.ConvertType(out[0], new(ProverRegistryProver)).(*ProverRegistryProver)

	return out0, err

}

// ProverInfo is a free data retrieval call binding the contract method 0xdf7ddef4.
//
// Solidity: function proverInfo(address prover) view returns((uint128,uint64,bool,bool,bytes32,uint64,uint64))
func (_ProverRegistry *ProverRegistrySession) ProverInfo(prover common.Address) (ProverRegistryProver, error) {
	return _ProverRegistry.Contract.ProverInfo(&_ProverRegistry.CallOpts, prover)
}

// ProverInfo is a free data retrieval call binding the contract method 0xdf7ddef4.
//
// Solidity: function proverInfo(address prover) view returns((uint128,uint64,bool,bool,bytes32,uint64,uint64))
func (_ProverRegistry *ProverRegistryCallerSession) ProverInfo(prover common.Address) (ProverRegistryProver, error) {
	return _ProverRegistry.Contract.ProverInfo(&_ProverRegistry.CallOpts, prover)
}

// Reputation is a free data retrieval call binding the contract method 0xb9f79451.
//
// Solidity: function reputation(address prover) view returns(uint64 fulfilled, uint64 expired)
func (_ProverRegistry *ProverRegistryCaller) Reputation(opts *bind.CallOpts, prover common.Address) (struct {
	Fulfilled uint64
	Expired   uint64
}, error) {
	var out []interface{}
	err := _ProverRegistry.contract.Call(opts, &out, "reputation", prover)

	outstruct := new(struct {
		Fulfilled uint64
		Expired   uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fulfilled = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Expired = *abi.ConvertType(out[1], new(uint64)).(*uint64)

	return *outstruct, err

}

// Reputation is a free data retrieval call binding the contract method 0xb9f79451.
//
// Solidity: function reputation(address prover) view returns(uint64 fulfilled, uint64 expired)
func (_ProverRegistry *ProverRegistrySession) Reputation(prover common.Address) (struct {
	Fulfilled uint64
	Expired   uint64
}, error) {
	return _ProverRegistry.Contract.Reputation(&_ProverRegistry.CallOpts, prover)
}

// Reputation is a free data retrieval call binding the contract method 0xb9f79451.
//
// Solidity: function reputation(address prover) view returns(uint64 fulfilled, uint64 expired)
func (_ProverRegistry *ProverRegistryCallerSession) Reputation(prover common.Address) (struct {
	Fulfilled uint64
	Expired   uint64
}, error) {
	return _ProverRegistry.Contract.Reputation(&_ProverRegistry.CallOpts, prover)
}

// Rollup is a free data retrieval call binding the contract method 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (_ProverRegistry *ProverRegistryCaller) Rollup(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ProverRegistry.contract.Call(opts, &out, "rollup")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Rollup is a free data retrieval call binding the contract method 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (_ProverRegistry *ProverRegistrySession) Rollup() (common.Address, error) {
	return _ProverRegistry.Contract.Rollup(&_ProverRegistry.CallOpts)
}

// Rollup is a free data retrieval call binding the contract method 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (_ProverRegistry *ProverRegistryCallerSession) Rollup() (common.Address, error) {
	return _ProverRegistry.Contract.Rollup(&_ProverRegistry.CallOpts)
}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address prover) view returns(uint256)
func (_ProverRegistry *ProverRegistryCaller) StakeOf(opts *bind.CallOpts, prover common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ProverRegistry.contract.Call(opts, &out, "stakeOf", prover)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address prover) view returns(uint256)
func (_ProverRegistry *ProverRegistrySession) StakeOf(prover common.Address) (*big.Int, error) {
	return _ProverRegistry.Contract.StakeOf(&_ProverRegistry.CallOpts, prover)
}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address prover) view returns(uint256)
func (_ProverRegistry *ProverRegistryCallerSession) StakeOf(prover common.Address) (*big.Int, error) {
	return _ProverRegistry.Contract.StakeOf(&_ProverRegistry.CallOpts, prover)
}

// TotalBurned is a free data retrieval call binding the contract method 0xd89135cd.
//
// Solidity: function totalBurned() view returns(uint256)
func (_ProverRegistry *ProverRegistryCaller) TotalBurned(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ProverRegistry.contract.Call(opts, &out, "totalBurned")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalBurned is a free data retrieval call binding the contract method 0xd89135cd.
//
// Solidity: function totalBurned() view returns(uint256)
func (_ProverRegistry *ProverRegistrySession) TotalBurned() (*big.Int, error) {
	return _ProverRegistry.Contract.TotalBurned(&_ProverRegistry.CallOpts)
}

// TotalBurned is a free data retrieval call binding the contract method 0xd89135cd.
//
// Solidity: function totalBurned() view returns(uint256)
func (_ProverRegistry *ProverRegistryCallerSession) TotalBurned() (*big.Int, error) {
	return _ProverRegistry.Contract.TotalBurned(&_ProverRegistry.CallOpts)
}

// TotalStake is a free data retrieval call binding the contract method 0x8b0e9f3f.
//
// Solidity: function totalStake() view returns(uint256)
func (_ProverRegistry *ProverRegistryCaller) TotalStake(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ProverRegistry.contract.Call(opts, &out, "totalStake")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalStake is a free data retrieval call binding the contract method 0x8b0e9f3f.
//
// Solidity: function totalStake() view returns(uint256)
func (_ProverRegistry *ProverRegistrySession) TotalStake() (*big.Int, error) {
	return _ProverRegistry.Contract.TotalStake(&_ProverRegistry.CallOpts)
}

// TotalStake is a free data retrieval call binding the contract method 0x8b0e9f3f.
//
// Solidity: function totalStake() view returns(uint256)
func (_ProverRegistry *ProverRegistryCallerSession) TotalStake() (*big.Int, error) {
	return _ProverRegistry.Contract.TotalStake(&_ProverRegistry.CallOpts)
}

// UnbondingDelay is a free data retrieval call binding the contract method 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (_ProverRegistry *ProverRegistryCaller) UnbondingDelay(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _ProverRegistry.contract.Call(opts, &out, "unbondingDelay")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// UnbondingDelay is a free data retrieval call binding the contract method 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (_ProverRegistry *ProverRegistrySession) UnbondingDelay() (uint64, error) {
	return _ProverRegistry.Contract.UnbondingDelay(&_ProverRegistry.CallOpts)
}

// UnbondingDelay is a free data retrieval call binding the contract method 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (_ProverRegistry *ProverRegistryCallerSession) UnbondingDelay() (uint64, error) {
	return _ProverRegistry.Contract.UnbondingDelay(&_ProverRegistry.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ProverRegistry *ProverRegistryTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProverRegistry.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ProverRegistry *ProverRegistrySession) AcceptOwnership() (*types.Transaction, error) {
	return _ProverRegistry.Contract.AcceptOwnership(&_ProverRegistry.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ProverRegistry *ProverRegistryTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _ProverRegistry.Contract.AcceptOwnership(&_ProverRegistry.TransactOpts)
}

// AddStake is a paid mutator transaction binding the contract method 0x5a627dbc.
//
// Solidity: function addStake() payable returns()
func (_ProverRegistry *ProverRegistryTransactor) AddStake(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProverRegistry.contract.Transact(opts, "addStake")
}

// AddStake is a paid mutator transaction binding the contract method 0x5a627dbc.
//
// Solidity: function addStake() payable returns()
func (_ProverRegistry *ProverRegistrySession) AddStake() (*types.Transaction, error) {
	return _ProverRegistry.Contract.AddStake(&_ProverRegistry.TransactOpts)
}

// AddStake is a paid mutator transaction binding the contract method 0x5a627dbc.
//
// Solidity: function addStake() payable returns()
func (_ProverRegistry *ProverRegistryTransactorSession) AddStake() (*types.Transaction, error) {
	return _ProverRegistry.Contract.AddStake(&_ProverRegistry.TransactOpts)
}

// RecordReputation is a paid mutator transaction binding the contract method 0x519f11b6.
//
// Solidity: function recordReputation(address prover, uint64 fulfilled, uint64 expired) returns()
func (_ProverRegistry *ProverRegistryTransactor) RecordReputation(opts *bind.TransactOpts, prover common.Address, fulfilled uint64, expired uint64) (*types.Transaction, error) {
	return _ProverRegistry.contract.Transact(opts, "recordReputation", prover, fulfilled, expired)
}

// RecordReputation is a paid mutator transaction binding the contract method 0x519f11b6.
//
// Solidity: function recordReputation(address prover, uint64 fulfilled, uint64 expired) returns()
func (_ProverRegistry *ProverRegistrySession) RecordReputation(prover common.Address, fulfilled uint64, expired uint64) (*types.Transaction, error) {
	return _ProverRegistry.Contract.RecordReputation(&_ProverRegistry.TransactOpts, prover, fulfilled, expired)
}

// RecordReputation is a paid mutator transaction binding the contract method 0x519f11b6.
//
// Solidity: function recordReputation(address prover, uint64 fulfilled, uint64 expired) returns()
func (_ProverRegistry *ProverRegistryTransactorSession) RecordReputation(prover common.Address, fulfilled uint64, expired uint64) (*types.Transaction, error) {
	return _ProverRegistry.Contract.RecordReputation(&_ProverRegistry.TransactOpts, prover, fulfilled, expired)
}

// Register is a paid mutator transaction binding the contract method 0xe1fa8e84.
//
// Solidity: function register(bytes32 pubkey) payable returns()
func (_ProverRegistry *ProverRegistryTransactor) Register(opts *bind.TransactOpts, pubkey [32]byte) (*types.Transaction, error) {
	return _ProverRegistry.contract.Transact(opts, "register", pubkey)
}

// Register is a paid mutator transaction binding the contract method 0xe1fa8e84.
//
// Solidity: function register(bytes32 pubkey) payable returns()
func (_ProverRegistry *ProverRegistrySession) Register(pubkey [32]byte) (*types.Transaction, error) {
	return _ProverRegistry.Contract.Register(&_ProverRegistry.TransactOpts, pubkey)
}

// Register is a paid mutator transaction binding the contract method 0xe1fa8e84.
//
// Solidity: function register(bytes32 pubkey) payable returns()
func (_ProverRegistry *ProverRegistryTransactorSession) Register(pubkey [32]byte) (*types.Transaction, error) {
	return _ProverRegistry.Contract.Register(&_ProverRegistry.TransactOpts, pubkey)
}

// Release is a paid mutator transaction binding the contract method 0x19165587.
//
// Solidity: function release(address prover) returns()
func (_ProverRegistry *ProverRegistryTransactor) Release(opts *bind.TransactOpts, prover common.Address) (*types.Transaction, error) {
	return _ProverRegistry.contract.Transact(opts, "release", prover)
}

// Release is a paid mutator transaction binding the contract method 0x19165587.
//
// Solidity: function release(address prover) returns()
func (_ProverRegistry *ProverRegistrySession) Release(prover common.Address) (*types.Transaction, error) {
	return _ProverRegistry.Contract.Release(&_ProverRegistry.TransactOpts, prover)
}

// Release is a paid mutator transaction binding the contract method 0x19165587.
//
// Solidity: function release(address prover) returns()
func (_ProverRegistry *ProverRegistryTransactorSession) Release(prover common.Address) (*types.Transaction, error) {
	return _ProverRegistry.Contract.Release(&_ProverRegistry.TransactOpts, prover)
}

// RequestUnstake is a paid mutator transaction binding the contract method 0xfc63958e.
//
// Solidity: function requestUnstake() returns()
func (_ProverRegistry *ProverRegistryTransactor) RequestUnstake(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProverRegistry.contract.Transact(opts, "requestUnstake")
}

// RequestUnstake is a paid mutator transaction binding the contract method 0xfc63958e.
//
// Solidity: function requestUnstake() returns()
func (_ProverRegistry *ProverRegistrySession) RequestUnstake() (*types.Transaction, error) {
	return _ProverRegistry.Contract.RequestUnstake(&_ProverRegistry.TransactOpts)
}

// RequestUnstake is a paid mutator transaction binding the contract method 0xfc63958e.
//
// Solidity: function requestUnstake() returns()
func (_ProverRegistry *ProverRegistryTransactorSession) RequestUnstake() (*types.Transaction, error) {
	return _ProverRegistry.Contract.RequestUnstake(&_ProverRegistry.TransactOpts)
}

// SetMinStake is a paid mutator transaction binding the contract method 0x2d782e76.
//
// Solidity: function setMinStake(uint128 minStake_) returns()
func (_ProverRegistry *ProverRegistryTransactor) SetMinStake(opts *bind.TransactOpts, minStake_ *big.Int) (*types.Transaction, error) {
	return _ProverRegistry.contract.Transact(opts, "setMinStake", minStake_)
}

// SetMinStake is a paid mutator transaction binding the contract method 0x2d782e76.
//
// Solidity: function setMinStake(uint128 minStake_) returns()
func (_ProverRegistry *ProverRegistrySession) SetMinStake(minStake_ *big.Int) (*types.Transaction, error) {
	return _ProverRegistry.Contract.SetMinStake(&_ProverRegistry.TransactOpts, minStake_)
}

// SetMinStake is a paid mutator transaction binding the contract method 0x2d782e76.
//
// Solidity: function setMinStake(uint128 minStake_) returns()
func (_ProverRegistry *ProverRegistryTransactorSession) SetMinStake(minStake_ *big.Int) (*types.Transaction, error) {
	return _ProverRegistry.Contract.SetMinStake(&_ProverRegistry.TransactOpts, minStake_)
}

// SetRollup is a paid mutator transaction binding the contract method 0x763131a0.
//
// Solidity: function setRollup(address rollup_) returns()
func (_ProverRegistry *ProverRegistryTransactor) SetRollup(opts *bind.TransactOpts, rollup_ common.Address) (*types.Transaction, error) {
	return _ProverRegistry.contract.Transact(opts, "setRollup", rollup_)
}

// SetRollup is a paid mutator transaction binding the contract method 0x763131a0.
//
// Solidity: function setRollup(address rollup_) returns()
func (_ProverRegistry *ProverRegistrySession) SetRollup(rollup_ common.Address) (*types.Transaction, error) {
	return _ProverRegistry.Contract.SetRollup(&_ProverRegistry.TransactOpts, rollup_)
}

// SetRollup is a paid mutator transaction binding the contract method 0x763131a0.
//
// Solidity: function setRollup(address rollup_) returns()
func (_ProverRegistry *ProverRegistryTransactorSession) SetRollup(rollup_ common.Address) (*types.Transaction, error) {
	return _ProverRegistry.Contract.SetRollup(&_ProverRegistry.TransactOpts, rollup_)
}

// Slash is a paid mutator transaction binding the contract method 0xbfac5990.
//
// Solidity: function slash(address prover, uint256 amount, address beneficiary) returns(uint256 slashed)
func (_ProverRegistry *ProverRegistryTransactor) Slash(opts *bind.TransactOpts, prover common.Address, amount *big.Int, beneficiary common.Address) (*types.Transaction, error) {
	return _ProverRegistry.contract.Transact(opts, "slash", prover, amount, beneficiary)
}

// Slash is a paid mutator transaction binding the contract method 0xbfac5990.
//
// Solidity: function slash(address prover, uint256 amount, address beneficiary) returns(uint256 slashed)
func (_ProverRegistry *ProverRegistrySession) Slash(prover common.Address, amount *big.Int, beneficiary common.Address) (*types.Transaction, error) {
	return _ProverRegistry.Contract.Slash(&_ProverRegistry.TransactOpts, prover, amount, beneficiary)
}

// Slash is a paid mutator transaction binding the contract method 0xbfac5990.
//
// Solidity: function slash(address prover, uint256 amount, address beneficiary) returns(uint256 slashed)
func (_ProverRegistry *ProverRegistryTransactorSession) Slash(prover common.Address, amount *big.Int, beneficiary common.Address) (*types.Transaction, error) {
	return _ProverRegistry.Contract.Slash(&_ProverRegistry.TransactOpts, prover, amount, beneficiary)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ProverRegistry *ProverRegistryTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _ProverRegistry.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ProverRegistry *ProverRegistrySession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ProverRegistry.Contract.TransferOwnership(&_ProverRegistry.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ProverRegistry *ProverRegistryTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ProverRegistry.Contract.TransferOwnership(&_ProverRegistry.TransactOpts, newOwner)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xbed9d861.
//
// Solidity: function withdrawStake() returns()
func (_ProverRegistry *ProverRegistryTransactor) WithdrawStake(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProverRegistry.contract.Transact(opts, "withdrawStake")
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xbed9d861.
//
// Solidity: function withdrawStake() returns()
func (_ProverRegistry *ProverRegistrySession) WithdrawStake() (*types.Transaction, error) {
	return _ProverRegistry.Contract.WithdrawStake(&_ProverRegistry.TransactOpts)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xbed9d861.
//
// Solidity: function withdrawStake() returns()
func (_ProverRegistry *ProverRegistryTransactorSession) WithdrawStake() (*types.Transaction, error) {
	return _ProverRegistry.Contract.WithdrawStake(&_ProverRegistry.TransactOpts)
}

// ProverRegistryMinStakeSetIterator is returned from FilterMinStakeSet and is used to iterate over the raw logs and unpacked data for MinStakeSet events raised by the ProverRegistry contract.
type ProverRegistryMinStakeSetIterator struct {
	Event *ProverRegistryMinStakeSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProverRegistryMinStakeSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProverRegistryMinStakeSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProverRegistryMinStakeSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProverRegistryMinStakeSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProverRegistryMinStakeSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProverRegistryMinStakeSet represents a MinStakeSet event raised by the ProverRegistry contract.
type ProverRegistryMinStakeSet struct {
	MinStake *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterMinStakeSet is a free log retrieval operation binding the contract event 0xefb16fcfeaa097bf2c3332109d71188dd650616acb9ef2c453fe70ba970eb8d9.
//
// Solidity: event MinStakeSet(uint128 minStake)
func (_ProverRegistry *ProverRegistryFilterer) FilterMinStakeSet(opts *bind.FilterOpts) (*ProverRegistryMinStakeSetIterator, error) {

	logs, sub, err := _ProverRegistry.contract.FilterLogs(opts, "MinStakeSet")
	if err != nil {
		return nil, err
	}
	return &ProverRegistryMinStakeSetIterator{contract: _ProverRegistry.contract, event: "MinStakeSet", logs: logs, sub: sub}, nil
}

// WatchMinStakeSet is a free log subscription operation binding the contract event 0xefb16fcfeaa097bf2c3332109d71188dd650616acb9ef2c453fe70ba970eb8d9.
//
// Solidity: event MinStakeSet(uint128 minStake)
func (_ProverRegistry *ProverRegistryFilterer) WatchMinStakeSet(opts *bind.WatchOpts, sink chan<- *ProverRegistryMinStakeSet) (event.Subscription, error) {

	logs, sub, err := _ProverRegistry.contract.WatchLogs(opts, "MinStakeSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProverRegistryMinStakeSet)
				if err := _ProverRegistry.contract.UnpackLog(event, "MinStakeSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMinStakeSet is a log parse operation binding the contract event 0xefb16fcfeaa097bf2c3332109d71188dd650616acb9ef2c453fe70ba970eb8d9.
//
// Solidity: event MinStakeSet(uint128 minStake)
func (_ProverRegistry *ProverRegistryFilterer) ParseMinStakeSet(log types.Log) (*ProverRegistryMinStakeSet, error) {
	event := new(ProverRegistryMinStakeSet)
	if err := _ProverRegistry.contract.UnpackLog(event, "MinStakeSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProverRegistryOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the ProverRegistry contract.
type ProverRegistryOwnershipTransferStartedIterator struct {
	Event *ProverRegistryOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProverRegistryOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProverRegistryOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProverRegistryOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProverRegistryOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProverRegistryOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProverRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ProverRegistry contract.
type ProverRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ProverRegistry *ProverRegistryFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ProverRegistryOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ProverRegistry.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ProverRegistryOwnershipTransferStartedIterator{contract: _ProverRegistry.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ProverRegistry *ProverRegistryFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *ProverRegistryOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ProverRegistry.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProverRegistryOwnershipTransferStarted)
				if err := _ProverRegistry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ProverRegistry *ProverRegistryFilterer) ParseOwnershipTransferStarted(log types.Log) (*ProverRegistryOwnershipTransferStarted, error) {
	event := new(ProverRegistryOwnershipTransferStarted)
	if err := _ProverRegistry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProverRegistryOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the ProverRegistry contract.
type ProverRegistryOwnershipTransferredIterator struct {
	Event *ProverRegistryOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProverRegistryOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProverRegistryOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProverRegistryOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProverRegistryOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProverRegistryOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProverRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the ProverRegistry contract.
type ProverRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ProverRegistry *ProverRegistryFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ProverRegistryOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ProverRegistry.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ProverRegistryOwnershipTransferredIterator{contract: _ProverRegistry.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ProverRegistry *ProverRegistryFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *ProverRegistryOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ProverRegistry.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProverRegistryOwnershipTransferred)
				if err := _ProverRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ProverRegistry *ProverRegistryFilterer) ParseOwnershipTransferred(log types.Log) (*ProverRegistryOwnershipTransferred, error) {
	event := new(ProverRegistryOwnershipTransferred)
	if err := _ProverRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProverRegistryProverRegisteredIterator is returned from FilterProverRegistered and is used to iterate over the raw logs and unpacked data for ProverRegistered events raised by the ProverRegistry contract.
type ProverRegistryProverRegisteredIterator struct {
	Event *ProverRegistryProverRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProverRegistryProverRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProverRegistryProverRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProverRegistryProverRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProverRegistryProverRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProverRegistryProverRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProverRegistryProverRegistered represents a ProverRegistered event raised by the ProverRegistry contract.
type ProverRegistryProverRegistered struct {
	Prover common.Address
	Pubkey [32]byte
	Stake  *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterProverRegistered is a free log retrieval operation binding the contract event 0x1d923bc3c67378f61043d238c97ae148a142d9f8f0e1e8b74d62514700acfcf5.
//
// Solidity: event ProverRegistered(address indexed prover, bytes32 pubkey, uint128 stake)
func (_ProverRegistry *ProverRegistryFilterer) FilterProverRegistered(opts *bind.FilterOpts, prover []common.Address) (*ProverRegistryProverRegisteredIterator, error) {

	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _ProverRegistry.contract.FilterLogs(opts, "ProverRegistered", proverRule)
	if err != nil {
		return nil, err
	}
	return &ProverRegistryProverRegisteredIterator{contract: _ProverRegistry.contract, event: "ProverRegistered", logs: logs, sub: sub}, nil
}

// WatchProverRegistered is a free log subscription operation binding the contract event 0x1d923bc3c67378f61043d238c97ae148a142d9f8f0e1e8b74d62514700acfcf5.
//
// Solidity: event ProverRegistered(address indexed prover, bytes32 pubkey, uint128 stake)
func (_ProverRegistry *ProverRegistryFilterer) WatchProverRegistered(opts *bind.WatchOpts, sink chan<- *ProverRegistryProverRegistered, prover []common.Address) (event.Subscription, error) {

	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _ProverRegistry.contract.WatchLogs(opts, "ProverRegistered", proverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProverRegistryProverRegistered)
				if err := _ProverRegistry.contract.UnpackLog(event, "ProverRegistered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProverRegistered is a log parse operation binding the contract event 0x1d923bc3c67378f61043d238c97ae148a142d9f8f0e1e8b74d62514700acfcf5.
//
// Solidity: event ProverRegistered(address indexed prover, bytes32 pubkey, uint128 stake)
func (_ProverRegistry *ProverRegistryFilterer) ParseProverRegistered(log types.Log) (*ProverRegistryProverRegistered, error) {
	event := new(ProverRegistryProverRegistered)
	if err := _ProverRegistry.contract.UnpackLog(event, "ProverRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProverRegistryReputationUpdatedIterator is returned from FilterReputationUpdated and is used to iterate over the raw logs and unpacked data for ReputationUpdated events raised by the ProverRegistry contract.
type ProverRegistryReputationUpdatedIterator struct {
	Event *ProverRegistryReputationUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProverRegistryReputationUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProverRegistryReputationUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProverRegistryReputationUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProverRegistryReputationUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProverRegistryReputationUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProverRegistryReputationUpdated represents a ReputationUpdated event raised by the ProverRegistry contract.
type ProverRegistryReputationUpdated struct {
	Prover    common.Address
	Fulfilled uint64
	Expired   uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterReputationUpdated is a free log retrieval operation binding the contract event 0xf68a30079d4352ebef70c16a1778b7a3e89f9e91552f332157ecaf2ec5a6adc2.
//
// Solidity: event ReputationUpdated(address indexed prover, uint64 fulfilled, uint64 expired)
func (_ProverRegistry *ProverRegistryFilterer) FilterReputationUpdated(opts *bind.FilterOpts, prover []common.Address) (*ProverRegistryReputationUpdatedIterator, error) {

	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _ProverRegistry.contract.FilterLogs(opts, "ReputationUpdated", proverRule)
	if err != nil {
		return nil, err
	}
	return &ProverRegistryReputationUpdatedIterator{contract: _ProverRegistry.contract, event: "ReputationUpdated", logs: logs, sub: sub}, nil
}

// WatchReputationUpdated is a free log subscription operation binding the contract event 0xf68a30079d4352ebef70c16a1778b7a3e89f9e91552f332157ecaf2ec5a6adc2.
//
// Solidity: event ReputationUpdated(address indexed prover, uint64 fulfilled, uint64 expired)
func (_ProverRegistry *ProverRegistryFilterer) WatchReputationUpdated(opts *bind.WatchOpts, sink chan<- *ProverRegistryReputationUpdated, prover []common.Address) (event.Subscription, error) {

	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _ProverRegistry.contract.WatchLogs(opts, "ReputationUpdated", proverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProverRegistryReputationUpdated)
				if err := _ProverRegistry.contract.UnpackLog(event, "ReputationUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseReputationUpdated is a log parse operation binding the contract event 0xf68a30079d4352ebef70c16a1778b7a3e89f9e91552f332157ecaf2ec5a6adc2.
//
// Solidity: event ReputationUpdated(address indexed prover, uint64 fulfilled, uint64 expired)
func (_ProverRegistry *ProverRegistryFilterer) ParseReputationUpdated(log types.Log) (*ProverRegistryReputationUpdated, error) {
	event := new(ProverRegistryReputationUpdated)
	if err := _ProverRegistry.contract.UnpackLog(event, "ReputationUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProverRegistryRollupSetIterator is returned from FilterRollupSet and is used to iterate over the raw logs and unpacked data for RollupSet events raised by the ProverRegistry contract.
type ProverRegistryRollupSetIterator struct {
	Event *ProverRegistryRollupSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProverRegistryRollupSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProverRegistryRollupSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProverRegistryRollupSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProverRegistryRollupSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProverRegistryRollupSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProverRegistryRollupSet represents a RollupSet event raised by the ProverRegistry contract.
type ProverRegistryRollupSet struct {
	Rollup common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterRollupSet is a free log retrieval operation binding the contract event 0x7e8ce0bde07da6b99aedf3acf71a4ab99699f774d164be03d69bfe6d5a6f5272.
//
// Solidity: event RollupSet(address indexed rollup)
func (_ProverRegistry *ProverRegistryFilterer) FilterRollupSet(opts *bind.FilterOpts, rollup []common.Address) (*ProverRegistryRollupSetIterator, error) {

	var rollupRule []interface{}
	for _, rollupItem := range rollup {
		rollupRule = append(rollupRule, rollupItem)
	}

	logs, sub, err := _ProverRegistry.contract.FilterLogs(opts, "RollupSet", rollupRule)
	if err != nil {
		return nil, err
	}
	return &ProverRegistryRollupSetIterator{contract: _ProverRegistry.contract, event: "RollupSet", logs: logs, sub: sub}, nil
}

// WatchRollupSet is a free log subscription operation binding the contract event 0x7e8ce0bde07da6b99aedf3acf71a4ab99699f774d164be03d69bfe6d5a6f5272.
//
// Solidity: event RollupSet(address indexed rollup)
func (_ProverRegistry *ProverRegistryFilterer) WatchRollupSet(opts *bind.WatchOpts, sink chan<- *ProverRegistryRollupSet, rollup []common.Address) (event.Subscription, error) {

	var rollupRule []interface{}
	for _, rollupItem := range rollup {
		rollupRule = append(rollupRule, rollupItem)
	}

	logs, sub, err := _ProverRegistry.contract.WatchLogs(opts, "RollupSet", rollupRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProverRegistryRollupSet)
				if err := _ProverRegistry.contract.UnpackLog(event, "RollupSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRollupSet is a log parse operation binding the contract event 0x7e8ce0bde07da6b99aedf3acf71a4ab99699f774d164be03d69bfe6d5a6f5272.
//
// Solidity: event RollupSet(address indexed rollup)
func (_ProverRegistry *ProverRegistryFilterer) ParseRollupSet(log types.Log) (*ProverRegistryRollupSet, error) {
	event := new(ProverRegistryRollupSet)
	if err := _ProverRegistry.contract.UnpackLog(event, "RollupSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProverRegistrySlashedIterator is returned from FilterSlashed and is used to iterate over the raw logs and unpacked data for Slashed events raised by the ProverRegistry contract.
type ProverRegistrySlashedIterator struct {
	Event *ProverRegistrySlashed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProverRegistrySlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProverRegistrySlashed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProverRegistrySlashed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProverRegistrySlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProverRegistrySlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProverRegistrySlashed represents a Slashed event raised by the ProverRegistry contract.
type ProverRegistrySlashed struct {
	Prover      common.Address
	Requested   *big.Int
	Slashed     *big.Int
	Beneficiary common.Address
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterSlashed is a free log retrieval operation binding the contract event 0x10cc080888f97c96419786385100283aa8ae09efd09b75964b955212f42847d4.
//
// Solidity: event Slashed(address indexed prover, uint256 requested, uint256 slashed, address indexed beneficiary)
func (_ProverRegistry *ProverRegistryFilterer) FilterSlashed(opts *bind.FilterOpts, prover []common.Address, beneficiary []common.Address) (*ProverRegistrySlashedIterator, error) {

	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	var beneficiaryRule []interface{}
	for _, beneficiaryItem := range beneficiary {
		beneficiaryRule = append(beneficiaryRule, beneficiaryItem)
	}

	logs, sub, err := _ProverRegistry.contract.FilterLogs(opts, "Slashed", proverRule, beneficiaryRule)
	if err != nil {
		return nil, err
	}
	return &ProverRegistrySlashedIterator{contract: _ProverRegistry.contract, event: "Slashed", logs: logs, sub: sub}, nil
}

// WatchSlashed is a free log subscription operation binding the contract event 0x10cc080888f97c96419786385100283aa8ae09efd09b75964b955212f42847d4.
//
// Solidity: event Slashed(address indexed prover, uint256 requested, uint256 slashed, address indexed beneficiary)
func (_ProverRegistry *ProverRegistryFilterer) WatchSlashed(opts *bind.WatchOpts, sink chan<- *ProverRegistrySlashed, prover []common.Address, beneficiary []common.Address) (event.Subscription, error) {

	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	var beneficiaryRule []interface{}
	for _, beneficiaryItem := range beneficiary {
		beneficiaryRule = append(beneficiaryRule, beneficiaryItem)
	}

	logs, sub, err := _ProverRegistry.contract.WatchLogs(opts, "Slashed", proverRule, beneficiaryRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProverRegistrySlashed)
				if err := _ProverRegistry.contract.UnpackLog(event, "Slashed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSlashed is a log parse operation binding the contract event 0x10cc080888f97c96419786385100283aa8ae09efd09b75964b955212f42847d4.
//
// Solidity: event Slashed(address indexed prover, uint256 requested, uint256 slashed, address indexed beneficiary)
func (_ProverRegistry *ProverRegistryFilterer) ParseSlashed(log types.Log) (*ProverRegistrySlashed, error) {
	event := new(ProverRegistrySlashed)
	if err := _ProverRegistry.contract.UnpackLog(event, "Slashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProverRegistryStakeAddedIterator is returned from FilterStakeAdded and is used to iterate over the raw logs and unpacked data for StakeAdded events raised by the ProverRegistry contract.
type ProverRegistryStakeAddedIterator struct {
	Event *ProverRegistryStakeAdded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProverRegistryStakeAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProverRegistryStakeAdded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProverRegistryStakeAdded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProverRegistryStakeAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProverRegistryStakeAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProverRegistryStakeAdded represents a StakeAdded event raised by the ProverRegistry contract.
type ProverRegistryStakeAdded struct {
	Prover common.Address
	Amount *big.Int
	Stake  *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterStakeAdded is a free log retrieval operation binding the contract event 0xd2d5e4639448558e702a8026a598a29197bc8b377e27d6b3c17e2d96bf36b35b.
//
// Solidity: event StakeAdded(address indexed prover, uint128 amount, uint128 stake)
func (_ProverRegistry *ProverRegistryFilterer) FilterStakeAdded(opts *bind.FilterOpts, prover []common.Address) (*ProverRegistryStakeAddedIterator, error) {

	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _ProverRegistry.contract.FilterLogs(opts, "StakeAdded", proverRule)
	if err != nil {
		return nil, err
	}
	return &ProverRegistryStakeAddedIterator{contract: _ProverRegistry.contract, event: "StakeAdded", logs: logs, sub: sub}, nil
}

// WatchStakeAdded is a free log subscription operation binding the contract event 0xd2d5e4639448558e702a8026a598a29197bc8b377e27d6b3c17e2d96bf36b35b.
//
// Solidity: event StakeAdded(address indexed prover, uint128 amount, uint128 stake)
func (_ProverRegistry *ProverRegistryFilterer) WatchStakeAdded(opts *bind.WatchOpts, sink chan<- *ProverRegistryStakeAdded, prover []common.Address) (event.Subscription, error) {

	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _ProverRegistry.contract.WatchLogs(opts, "StakeAdded", proverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProverRegistryStakeAdded)
				if err := _ProverRegistry.contract.UnpackLog(event, "StakeAdded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStakeAdded is a log parse operation binding the contract event 0xd2d5e4639448558e702a8026a598a29197bc8b377e27d6b3c17e2d96bf36b35b.
//
// Solidity: event StakeAdded(address indexed prover, uint128 amount, uint128 stake)
func (_ProverRegistry *ProverRegistryFilterer) ParseStakeAdded(log types.Log) (*ProverRegistryStakeAdded, error) {
	event := new(ProverRegistryStakeAdded)
	if err := _ProverRegistry.contract.UnpackLog(event, "StakeAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProverRegistryStakeReleasedIterator is returned from FilterStakeReleased and is used to iterate over the raw logs and unpacked data for StakeReleased events raised by the ProverRegistry contract.
type ProverRegistryStakeReleasedIterator struct {
	Event *ProverRegistryStakeReleased // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProverRegistryStakeReleasedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProverRegistryStakeReleased)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProverRegistryStakeReleased)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProverRegistryStakeReleasedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProverRegistryStakeReleasedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProverRegistryStakeReleased represents a StakeReleased event raised by the ProverRegistry contract.
type ProverRegistryStakeReleased struct {
	Prover common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterStakeReleased is a free log retrieval operation binding the contract event 0xa7d6210c9833dde3c63d63b9766c130ff4f88dfe1a7da24af1b433716b20685f.
//
// Solidity: event StakeReleased(address indexed prover)
func (_ProverRegistry *ProverRegistryFilterer) FilterStakeReleased(opts *bind.FilterOpts, prover []common.Address) (*ProverRegistryStakeReleasedIterator, error) {

	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _ProverRegistry.contract.FilterLogs(opts, "StakeReleased", proverRule)
	if err != nil {
		return nil, err
	}
	return &ProverRegistryStakeReleasedIterator{contract: _ProverRegistry.contract, event: "StakeReleased", logs: logs, sub: sub}, nil
}

// WatchStakeReleased is a free log subscription operation binding the contract event 0xa7d6210c9833dde3c63d63b9766c130ff4f88dfe1a7da24af1b433716b20685f.
//
// Solidity: event StakeReleased(address indexed prover)
func (_ProverRegistry *ProverRegistryFilterer) WatchStakeReleased(opts *bind.WatchOpts, sink chan<- *ProverRegistryStakeReleased, prover []common.Address) (event.Subscription, error) {

	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _ProverRegistry.contract.WatchLogs(opts, "StakeReleased", proverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProverRegistryStakeReleased)
				if err := _ProverRegistry.contract.UnpackLog(event, "StakeReleased", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStakeReleased is a log parse operation binding the contract event 0xa7d6210c9833dde3c63d63b9766c130ff4f88dfe1a7da24af1b433716b20685f.
//
// Solidity: event StakeReleased(address indexed prover)
func (_ProverRegistry *ProverRegistryFilterer) ParseStakeReleased(log types.Log) (*ProverRegistryStakeReleased, error) {
	event := new(ProverRegistryStakeReleased)
	if err := _ProverRegistry.contract.UnpackLog(event, "StakeReleased", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProverRegistryStakeWithdrawnIterator is returned from FilterStakeWithdrawn and is used to iterate over the raw logs and unpacked data for StakeWithdrawn events raised by the ProverRegistry contract.
type ProverRegistryStakeWithdrawnIterator struct {
	Event *ProverRegistryStakeWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProverRegistryStakeWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProverRegistryStakeWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProverRegistryStakeWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProverRegistryStakeWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProverRegistryStakeWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProverRegistryStakeWithdrawn represents a StakeWithdrawn event raised by the ProverRegistry contract.
type ProverRegistryStakeWithdrawn struct {
	Prover common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterStakeWithdrawn is a free log retrieval operation binding the contract event 0x3d67ee64384c0db5bc8e45f280fc926384971c9473181e40ae0ae5d31e9118cd.
//
// Solidity: event StakeWithdrawn(address indexed prover, uint128 amount)
func (_ProverRegistry *ProverRegistryFilterer) FilterStakeWithdrawn(opts *bind.FilterOpts, prover []common.Address) (*ProverRegistryStakeWithdrawnIterator, error) {

	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _ProverRegistry.contract.FilterLogs(opts, "StakeWithdrawn", proverRule)
	if err != nil {
		return nil, err
	}
	return &ProverRegistryStakeWithdrawnIterator{contract: _ProverRegistry.contract, event: "StakeWithdrawn", logs: logs, sub: sub}, nil
}

// WatchStakeWithdrawn is a free log subscription operation binding the contract event 0x3d67ee64384c0db5bc8e45f280fc926384971c9473181e40ae0ae5d31e9118cd.
//
// Solidity: event StakeWithdrawn(address indexed prover, uint128 amount)
func (_ProverRegistry *ProverRegistryFilterer) WatchStakeWithdrawn(opts *bind.WatchOpts, sink chan<- *ProverRegistryStakeWithdrawn, prover []common.Address) (event.Subscription, error) {

	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _ProverRegistry.contract.WatchLogs(opts, "StakeWithdrawn", proverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProverRegistryStakeWithdrawn)
				if err := _ProverRegistry.contract.UnpackLog(event, "StakeWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStakeWithdrawn is a log parse operation binding the contract event 0x3d67ee64384c0db5bc8e45f280fc926384971c9473181e40ae0ae5d31e9118cd.
//
// Solidity: event StakeWithdrawn(address indexed prover, uint128 amount)
func (_ProverRegistry *ProverRegistryFilterer) ParseStakeWithdrawn(log types.Log) (*ProverRegistryStakeWithdrawn, error) {
	event := new(ProverRegistryStakeWithdrawn)
	if err := _ProverRegistry.contract.UnpackLog(event, "StakeWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProverRegistryUnstakeRequestedIterator is returned from FilterUnstakeRequested and is used to iterate over the raw logs and unpacked data for UnstakeRequested events raised by the ProverRegistry contract.
type ProverRegistryUnstakeRequestedIterator struct {
	Event *ProverRegistryUnstakeRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProverRegistryUnstakeRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProverRegistryUnstakeRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProverRegistryUnstakeRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProverRegistryUnstakeRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProverRegistryUnstakeRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProverRegistryUnstakeRequested represents a UnstakeRequested event raised by the ProverRegistry contract.
type ProverRegistryUnstakeRequested struct {
	Prover         common.Address
	WithdrawableAt uint64
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUnstakeRequested is a free log retrieval operation binding the contract event 0x55967058ada2e84c293d7ec1d74e184d71f4dbe816e7be7a00e254be2376e251.
//
// Solidity: event UnstakeRequested(address indexed prover, uint64 withdrawableAt)
func (_ProverRegistry *ProverRegistryFilterer) FilterUnstakeRequested(opts *bind.FilterOpts, prover []common.Address) (*ProverRegistryUnstakeRequestedIterator, error) {

	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _ProverRegistry.contract.FilterLogs(opts, "UnstakeRequested", proverRule)
	if err != nil {
		return nil, err
	}
	return &ProverRegistryUnstakeRequestedIterator{contract: _ProverRegistry.contract, event: "UnstakeRequested", logs: logs, sub: sub}, nil
}

// WatchUnstakeRequested is a free log subscription operation binding the contract event 0x55967058ada2e84c293d7ec1d74e184d71f4dbe816e7be7a00e254be2376e251.
//
// Solidity: event UnstakeRequested(address indexed prover, uint64 withdrawableAt)
func (_ProverRegistry *ProverRegistryFilterer) WatchUnstakeRequested(opts *bind.WatchOpts, sink chan<- *ProverRegistryUnstakeRequested, prover []common.Address) (event.Subscription, error) {

	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _ProverRegistry.contract.WatchLogs(opts, "UnstakeRequested", proverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProverRegistryUnstakeRequested)
				if err := _ProverRegistry.contract.UnpackLog(event, "UnstakeRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnstakeRequested is a log parse operation binding the contract event 0x55967058ada2e84c293d7ec1d74e184d71f4dbe816e7be7a00e254be2376e251.
//
// Solidity: event UnstakeRequested(address indexed prover, uint64 withdrawableAt)
func (_ProverRegistry *ProverRegistryFilterer) ParseUnstakeRequested(log types.Log) (*ProverRegistryUnstakeRequested, error) {
	event := new(ProverRegistryUnstakeRequested)
	if err := _ProverRegistry.contract.UnpackLog(event, "UnstakeRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PubdataMetaData contains all meta data concerning the Pubdata contract.
var PubdataMetaData = &bind.MetaData{
	ABI: "[]",
	Bin: "0x60556032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffdfea2646970667358221220555d590de574d1040540948885952810184ca595ed6c480902ee1605dcc2215664736f6c634300081e0033",
}

// PubdataABI is the input ABI used to generate the binding from.
// Deprecated: Use PubdataMetaData.ABI instead.
var PubdataABI = PubdataMetaData.ABI

// PubdataBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PubdataMetaData.Bin instead.
var PubdataBin = PubdataMetaData.Bin

// DeployPubdata deploys a new Ethereum contract, binding an instance of Pubdata to it.
func DeployPubdata(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *Pubdata, error) {
	parsed, err := PubdataMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PubdataBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Pubdata{PubdataCaller: PubdataCaller{contract: contract}, PubdataTransactor: PubdataTransactor{contract: contract}, PubdataFilterer: PubdataFilterer{contract: contract}}, nil
}

// Pubdata is an auto generated Go binding around an Ethereum contract.
type Pubdata struct {
	PubdataCaller     // Read-only binding to the contract
	PubdataTransactor // Write-only binding to the contract
	PubdataFilterer   // Log filterer for contract events
}

// PubdataCaller is an auto generated read-only Go binding around an Ethereum contract.
type PubdataCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PubdataTransactor is an auto generated write-only Go binding around an Ethereum contract.
type PubdataTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PubdataFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PubdataFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PubdataSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PubdataSession struct {
	Contract     *Pubdata          // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// PubdataCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PubdataCallerSession struct {
	Contract *PubdataCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts  // Call options to use throughout this session
}

// PubdataTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PubdataTransactorSession struct {
	Contract     *PubdataTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// PubdataRaw is an auto generated low-level Go binding around an Ethereum contract.
type PubdataRaw struct {
	Contract *Pubdata // Generic contract binding to access the raw methods on
}

// PubdataCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PubdataCallerRaw struct {
	Contract *PubdataCaller // Generic read-only contract binding to access the raw methods on
}

// PubdataTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PubdataTransactorRaw struct {
	Contract *PubdataTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPubdata creates a new instance of Pubdata, bound to a specific deployed contract.
func NewPubdata(address common.Address, backend bind.ContractBackend) (*Pubdata, error) {
	contract, err := bindPubdata(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Pubdata{PubdataCaller: PubdataCaller{contract: contract}, PubdataTransactor: PubdataTransactor{contract: contract}, PubdataFilterer: PubdataFilterer{contract: contract}}, nil
}

// NewPubdataCaller creates a new read-only instance of Pubdata, bound to a specific deployed contract.
func NewPubdataCaller(address common.Address, caller bind.ContractCaller) (*PubdataCaller, error) {
	contract, err := bindPubdata(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PubdataCaller{contract: contract}, nil
}

// NewPubdataTransactor creates a new write-only instance of Pubdata, bound to a specific deployed contract.
func NewPubdataTransactor(address common.Address, transactor bind.ContractTransactor) (*PubdataTransactor, error) {
	contract, err := bindPubdata(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PubdataTransactor{contract: contract}, nil
}

// NewPubdataFilterer creates a new log filterer instance of Pubdata, bound to a specific deployed contract.
func NewPubdataFilterer(address common.Address, filterer bind.ContractFilterer) (*PubdataFilterer, error) {
	contract, err := bindPubdata(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PubdataFilterer{contract: contract}, nil
}

// bindPubdata binds a generic wrapper to an already deployed contract.
func bindPubdata(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PubdataMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Pubdata *PubdataRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Pubdata.Contract.PubdataCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Pubdata *PubdataRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Pubdata.Contract.PubdataTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Pubdata *PubdataRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Pubdata.Contract.PubdataTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Pubdata *PubdataCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Pubdata.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Pubdata *PubdataTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Pubdata.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Pubdata *PubdataTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Pubdata.Contract.contract.Transact(opts, method, params...)
}

// ReentrancyGuardMetaData contains all meta data concerning the ReentrancyGuard contract.
var ReentrancyGuardMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ReentrancyGuard_Reentered\",\"type\":\"error\"}]",
}

// ReentrancyGuardABI is the input ABI used to generate the binding from.
// Deprecated: Use ReentrancyGuardMetaData.ABI instead.
var ReentrancyGuardABI = ReentrancyGuardMetaData.ABI

// ReentrancyGuard is an auto generated Go binding around an Ethereum contract.
type ReentrancyGuard struct {
	ReentrancyGuardCaller     // Read-only binding to the contract
	ReentrancyGuardTransactor // Write-only binding to the contract
	ReentrancyGuardFilterer   // Log filterer for contract events
}

// ReentrancyGuardCaller is an auto generated read-only Go binding around an Ethereum contract.
type ReentrancyGuardCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrancyGuardTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ReentrancyGuardTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrancyGuardFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ReentrancyGuardFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrancyGuardSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ReentrancyGuardSession struct {
	Contract     *ReentrancyGuard  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ReentrancyGuardCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ReentrancyGuardCallerSession struct {
	Contract *ReentrancyGuardCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// ReentrancyGuardTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ReentrancyGuardTransactorSession struct {
	Contract     *ReentrancyGuardTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// ReentrancyGuardRaw is an auto generated low-level Go binding around an Ethereum contract.
type ReentrancyGuardRaw struct {
	Contract *ReentrancyGuard // Generic contract binding to access the raw methods on
}

// ReentrancyGuardCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ReentrancyGuardCallerRaw struct {
	Contract *ReentrancyGuardCaller // Generic read-only contract binding to access the raw methods on
}

// ReentrancyGuardTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ReentrancyGuardTransactorRaw struct {
	Contract *ReentrancyGuardTransactor // Generic write-only contract binding to access the raw methods on
}

// NewReentrancyGuard creates a new instance of ReentrancyGuard, bound to a specific deployed contract.
func NewReentrancyGuard(address common.Address, backend bind.ContractBackend) (*ReentrancyGuard, error) {
	contract, err := bindReentrancyGuard(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ReentrancyGuard{ReentrancyGuardCaller: ReentrancyGuardCaller{contract: contract}, ReentrancyGuardTransactor: ReentrancyGuardTransactor{contract: contract}, ReentrancyGuardFilterer: ReentrancyGuardFilterer{contract: contract}}, nil
}

// NewReentrancyGuardCaller creates a new read-only instance of ReentrancyGuard, bound to a specific deployed contract.
func NewReentrancyGuardCaller(address common.Address, caller bind.ContractCaller) (*ReentrancyGuardCaller, error) {
	contract, err := bindReentrancyGuard(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrancyGuardCaller{contract: contract}, nil
}

// NewReentrancyGuardTransactor creates a new write-only instance of ReentrancyGuard, bound to a specific deployed contract.
func NewReentrancyGuardTransactor(address common.Address, transactor bind.ContractTransactor) (*ReentrancyGuardTransactor, error) {
	contract, err := bindReentrancyGuard(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrancyGuardTransactor{contract: contract}, nil
}

// NewReentrancyGuardFilterer creates a new log filterer instance of ReentrancyGuard, bound to a specific deployed contract.
func NewReentrancyGuardFilterer(address common.Address, filterer bind.ContractFilterer) (*ReentrancyGuardFilterer, error) {
	contract, err := bindReentrancyGuard(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ReentrancyGuardFilterer{contract: contract}, nil
}

// bindReentrancyGuard binds a generic wrapper to an already deployed contract.
func bindReentrancyGuard(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ReentrancyGuardMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrancyGuard *ReentrancyGuardRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrancyGuard.Contract.ReentrancyGuardCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrancyGuard *ReentrancyGuardRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrancyGuard.Contract.ReentrancyGuardTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrancyGuard *ReentrancyGuardRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrancyGuard.Contract.ReentrancyGuardTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrancyGuard *ReentrancyGuardCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrancyGuard.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrancyGuard *ReentrancyGuardTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrancyGuard.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrancyGuard *ReentrancyGuardTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrancyGuard.Contract.contract.Transact(opts, method, params...)
}

// SafeTransferMetaData contains all meta data concerning the SafeTransfer contract.
var SafeTransferMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SafeTransfer_EthFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SafeTransfer_TokenFailed\",\"type\":\"error\"}]",
	Bin: "0x60556032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffdfea26469706673582212200e392d1e54f4fd0a425cecb902c641012b919c4013b6d974f69527311fe1d62b64736f6c634300081e0033",
}

// SafeTransferABI is the input ABI used to generate the binding from.
// Deprecated: Use SafeTransferMetaData.ABI instead.
var SafeTransferABI = SafeTransferMetaData.ABI

// SafeTransferBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SafeTransferMetaData.Bin instead.
var SafeTransferBin = SafeTransferMetaData.Bin

// DeploySafeTransfer deploys a new Ethereum contract, binding an instance of SafeTransfer to it.
func DeploySafeTransfer(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *SafeTransfer, error) {
	parsed, err := SafeTransferMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SafeTransferBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SafeTransfer{SafeTransferCaller: SafeTransferCaller{contract: contract}, SafeTransferTransactor: SafeTransferTransactor{contract: contract}, SafeTransferFilterer: SafeTransferFilterer{contract: contract}}, nil
}

// SafeTransfer is an auto generated Go binding around an Ethereum contract.
type SafeTransfer struct {
	SafeTransferCaller     // Read-only binding to the contract
	SafeTransferTransactor // Write-only binding to the contract
	SafeTransferFilterer   // Log filterer for contract events
}

// SafeTransferCaller is an auto generated read-only Go binding around an Ethereum contract.
type SafeTransferCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SafeTransferTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SafeTransferTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SafeTransferFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SafeTransferFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SafeTransferSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SafeTransferSession struct {
	Contract     *SafeTransfer     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SafeTransferCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SafeTransferCallerSession struct {
	Contract *SafeTransferCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// SafeTransferTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SafeTransferTransactorSession struct {
	Contract     *SafeTransferTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// SafeTransferRaw is an auto generated low-level Go binding around an Ethereum contract.
type SafeTransferRaw struct {
	Contract *SafeTransfer // Generic contract binding to access the raw methods on
}

// SafeTransferCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SafeTransferCallerRaw struct {
	Contract *SafeTransferCaller // Generic read-only contract binding to access the raw methods on
}

// SafeTransferTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SafeTransferTransactorRaw struct {
	Contract *SafeTransferTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSafeTransfer creates a new instance of SafeTransfer, bound to a specific deployed contract.
func NewSafeTransfer(address common.Address, backend bind.ContractBackend) (*SafeTransfer, error) {
	contract, err := bindSafeTransfer(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SafeTransfer{SafeTransferCaller: SafeTransferCaller{contract: contract}, SafeTransferTransactor: SafeTransferTransactor{contract: contract}, SafeTransferFilterer: SafeTransferFilterer{contract: contract}}, nil
}

// NewSafeTransferCaller creates a new read-only instance of SafeTransfer, bound to a specific deployed contract.
func NewSafeTransferCaller(address common.Address, caller bind.ContractCaller) (*SafeTransferCaller, error) {
	contract, err := bindSafeTransfer(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SafeTransferCaller{contract: contract}, nil
}

// NewSafeTransferTransactor creates a new write-only instance of SafeTransfer, bound to a specific deployed contract.
func NewSafeTransferTransactor(address common.Address, transactor bind.ContractTransactor) (*SafeTransferTransactor, error) {
	contract, err := bindSafeTransfer(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SafeTransferTransactor{contract: contract}, nil
}

// NewSafeTransferFilterer creates a new log filterer instance of SafeTransfer, bound to a specific deployed contract.
func NewSafeTransferFilterer(address common.Address, filterer bind.ContractFilterer) (*SafeTransferFilterer, error) {
	contract, err := bindSafeTransfer(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SafeTransferFilterer{contract: contract}, nil
}

// bindSafeTransfer binds a generic wrapper to an already deployed contract.
func bindSafeTransfer(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SafeTransferMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SafeTransfer *SafeTransferRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SafeTransfer.Contract.SafeTransferCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SafeTransfer *SafeTransferRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SafeTransfer.Contract.SafeTransferTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SafeTransfer *SafeTransferRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SafeTransfer.Contract.SafeTransferTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SafeTransfer *SafeTransferCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SafeTransfer.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SafeTransfer *SafeTransferTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SafeTransfer.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SafeTransfer *SafeTransferTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SafeTransfer.Contract.contract.Transact(opts, method, params...)
}

// VerifierMetaData contains all meta data concerning the Verifier contract.
var VerifierMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"compressedCommitments\",\"type\":\"uint256[1]\"},{\"internalType\":\"uint256\",\"name\":\"compressedCommitmentPok\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"compressedCommitments\",\"type\":\"uint256[1]\"},{\"internalType\":\"uint256\",\"name\":\"compressedCommitmentPok\",\"type\":\"uint256\"},{\"internalType\":\"uint256[2]\",\"name\":\"input\",\"type\":\"uint256[2]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[2]\",\"name\":\"input\",\"type\":\"uint256[2]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CommitmentInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506121c18061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80630ea14a39146100435780639cbe6cd91461006e578063e1ff508214610083575b5f5ffd5b610056610051366004611ed4565b610096565b60405161006593929190611f13565b60405180910390f35b61008161007c366004611f84565b6101b6565b005b610081610091366004611fd9565b61072f565b61009e611e16565b6100a6611e34565b5f6101808414610117576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601460248201527f696e76616c69642070726f6f66206c656e67746800000000000000000000000060448201526064015b60405180910390fd5b843560208601356101288282610c6f565b855250506060850135604086013560a0870135608088013561014c84848484610e0b565b6020890152604088015260c0890135935060e0890135925061016e8484610c6f565b60608801526101008901359350610120890135925061018d8484610c6f565b8652610140890135935061016089013592506101a98484610c6f565b9450505050509250925092565b6101be611e34565b6101c6611e52565b6101ce611e70565b6101de865f5b60200201356112db565b602084015282525f806101f0876112db565b85516020808801516040519496509294506060937f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019361023593929091869101612088565b604051602081830303815290604052805190602001205f1c61025791906120d5565b865284518452602085810151858201527f2f222ee4a62fab09bd0149c326b82c3f149718f0e683d3839c4e9a9f6e0393ac6040808701919091527f24710ea4701f08639524ca27c8cce22de76d8d0948d36662c40a555558f5f64f60608701527f124f10eede34ca3977d544de1d936314db43a23e7849ae3295237dcfe113848e60808701527f2006447b185c07a39c454f94d9b9a09859fcecfe3a7a927f294f0b9800d8924360a087015260c0860185905260e086018490527f0f7eb4543afcbdff32feb24cbdf253954bf64efe05c688d863389a6e5fabd9f56101008701527f1a5c35e9f6ec58f921d60801adefbc2918d33104bc2c3a2b7a1784f5b0742aff6101208701527f20751195df51cd26333f294d723225c270b64ea0aee55164932645ba912d30c76101408701527f0d5c94dbf30fbe06aa1deed6ec7371f0c3e7d2a355b4cb2acbcf4e536d4d1e4b610160870152515f91816101808860085afa9051169050806103f5576040517fa3a93fee00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050505f5f610410895f600481106101d4576101d461202a565b90925090505f80808061042b60408e013560208f01356113fd565b929650909450925090505f806104428f60036101d4565b915091505f5f6104538e8e8e611743565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f050885faa4a913fa463769a5ffcf628b43463745a59f719bb12bafda39b1a7fc6101008e01527f0928e51ace66856f91b4b65e311a86aa0ed3684d7b7a5bc886cae518f553588c6101208e01527f2706f37321ff534d6db5cccee878735a8b56c8754f3bd7d8533fd28f64ac2a9d6101408e01527f1e75b8f0f6191aacb2e5c2e7cafe3fe8133c7294b6262595eb91968037bddbe86101608e01527f1a8562bbf992749ee2e4b9babaadcc2d1bf12dceb8b847241faf612bc7468d1a6101808e01527f16e03f101f83fba20069e480d6741f7e6415faf4aec5398be406ec9ec71252eb6101a08e01527f03b6ddfb86dad02aff4ce48d49e46c56ace7ef2eed417cd16e017a0236d9e58f6101c08e01527f119efb244faad174ab7972096792c6499a8f3bcb317925444de9701f615149616101e08e01527f1d2b49abc5e53f1170365e956bb9330c3b0d0ac7fabf83ac0a1f21f1fcb46bd36102008e01527f1d8457398b1732eb4149632b4edb1491cd436ec3dc33a768485678bbca1a6b356102208e01526102408d018290526102608d018190527f22833c5421493dbbc7dc6048d9d7ea5d743bada14b3d3668a87bf0e14819271b6102808e01527f2595d15573c6235acb599b01c808110d70240d58ad98934f058459a139e9eb566102a08e01527f17d35d00998c8f0bcf3b1b40b64509867cda23cd68fe5aaf7d7a2e66445a819f6102c08e01527f1c0e7435eaf81462c81fe56ccc996193b9a6a755749cbf51028711c311b8ab246102e08e015290925090505f6106c7611e34565b6020816103008f60085afa91508115806106e357508051600114155b1561071a576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50505050505050505050505050505050505050565b610180821461079a576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601460248201527f696e76616c69642070726f6f66206c656e677468000000000000000000000000604482015260640161010e565b6107a2611e52565b6040610100850182376107b3611e34565b60605f6107c6610140610100888a61210d565b836040516020016107d993929190612134565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529190528051602082012090915061083c907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001906120d5565b835250604080515f91610100890182377f2f222ee4a62fab09bd0149c326b82c3f149718f0e683d3839c4e9a9f6e0393ac60408201527f24710ea4701f08639524ca27c8cce22de76d8d0948d36662c40a555558f5f64f60608201527f124f10eede34ca3977d544de1d936314db43a23e7849ae3295237dcfe113848e60808201527f2006447b185c07a39c454f94d9b9a09859fcecfe3a7a927f294f0b9800d8924360a08201526040610140890160c08301377f0f7eb4543afcbdff32feb24cbdf253954bf64efe05c688d863389a6e5fabd9f56101008201527f1a5c35e9f6ec58f921d60801adefbc2918d33104bc2c3a2b7a1784f5b0742aff6101208201527f20751195df51cd26333f294d723225c270b64ea0aee55164932645ba912d30c76101408201527f0d5c94dbf30fbe06aa1deed6ec7371f0c3e7d2a355b4cb2acbcf4e536d4d1e4b6101608201526020816101808360085afa9051169050806109d3576040517fa3a93fee00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f6109e0878688611743565b915091506040516101008a82377f050885faa4a913fa463769a5ffcf628b43463745a59f719bb12bafda39b1a7fc6101008201527f0928e51ace66856f91b4b65e311a86aa0ed3684d7b7a5bc886cae518f553588c6101208201527f2706f37321ff534d6db5cccee878735a8b56c8754f3bd7d8533fd28f64ac2a9d6101408201527f1e75b8f0f6191aacb2e5c2e7cafe3fe8133c7294b6262595eb91968037bddbe86101608201527f1a8562bbf992749ee2e4b9babaadcc2d1bf12dceb8b847241faf612bc7468d1a6101808201527f16e03f101f83fba20069e480d6741f7e6415faf4aec5398be406ec9ec71252eb6101a08201527f03b6ddfb86dad02aff4ce48d49e46c56ace7ef2eed417cd16e017a0236d9e58f6101c08201527f119efb244faad174ab7972096792c6499a8f3bcb317925444de9701f615149616101e08201527f1d2b49abc5e53f1170365e956bb9330c3b0d0ac7fabf83ac0a1f21f1fcb46bd36102008201527f1d8457398b1732eb4149632b4edb1491cd436ec3dc33a768485678bbca1a6b3561022082015282610240820152816102608201527f22833c5421493dbbc7dc6048d9d7ea5d743bada14b3d3668a87bf0e14819271b6102808201527f2595d15573c6235acb599b01c808110d70240d58ad98934f058459a139e9eb566102a08201527f17d35d00998c8f0bcf3b1b40b64509867cda23cd68fe5aaf7d7a2e66445a819f6102c08201527f1c0e7435eaf81462c81fe56ccc996193b9a6a755749cbf51028711c311b8ab246102e08201526020816103008360085afa905116925082610c64576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050505050505050565b5f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4783101580610cbf57507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478210155b15610cf6576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b82158015610d02575081155b15610d0e57505f610e05565b5f610d827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47877f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47898a0909086119c7565b9050808303610d97575050600182901b610e05565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478082068103068303610dd1575050600182811b17610e05565b6040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505b92915050565b5f5f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4786101580610e5c57507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478510155b80610e8757507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478410155b80610eb257507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478310155b15610ee9576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b828486881717175f03610f0057505f9050806112d2565b5f80807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47610f4f60037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47612153565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a8c090990505f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c8d090990505f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c8d090990507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e508945061110e7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e775087f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd479081900681030690565b93505050505f5f6111947f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780611146576111466120a8565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478586097f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47878809086119c7565b90506112057f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd477f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea47f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4784880809611a55565b15915050611214838383611ab0565b9093509150868314801561122757508186145b1561124f5780611237575f61123a565b60025b60ff1660028a901b175f1794508793506112ce565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47808406810306871480156112a957507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780830681030686145b15610dd157806112b9575f6112bc565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f825f036112ee57505f928392509050565b600183811c9250808416147f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478310611352576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6113c57f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47867f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4788890909086119c7565b915080156113f7577f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780830681030691505b50915091565b5f8080808515801561140d575084155b1561142257505f92508291508190508061173a565b600286811c945085935060018088161490808816147f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478610158061148657507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478510155b156114bd576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4761150a60037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47612153565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47888a090990505f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47887f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a8b090990505f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47887f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a8b090990507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50896506116c97f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e775087f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd479081900681030690565b95506116d6878786611ab0565b90975095508415611734577f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780880681030696507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780870681030695505b50505050505b92959194509250565b5f5f5f60019050604051604081015f7f05a030d20e572102a00fa2fdaef7295a3057cad19c65b8ea7f22aee36dc3a35083527f12b5aa24f2c29426c2685b7f56646f72e5375d584b1e582b37a6d259ea5b7bf66020840152865182526020870151602083015260408360808560065afa841693507f1f73be0dbece3f88e5cf802ffea010690653187469341be7aec0f94e8b34f9a982527f2b6abf062c559f32f849d48a0bdd9908e46a15309829ce97af06f67b50316cd56020830152883590508060408301527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181108416935060408260608460075afa8416935060408360808560065afa841693507f01ca4ee23cb49e6197cfcd42e03c9ff2a6eca5365153ea72e36779af63645f8c82527f0d79a063d03ac7540db9ec211c72b6a3f14d25d7dc4bf0d3f99e6f47c6ecf47b6020830152602089013590508060408301527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181108416935060408260608460075afa8416935060408360808560065afa7f1b28d7b073cc06fbcae097fda77f5deffdd948fb80bb183198b10905436f768583527f2a02e33eeb21b07cbf5a1d8a3226f50c33b85d9600fc6308aeee333d6691ce4c6020840152885160408085018290527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000190911091909516169390508160608160075afa831692505060408160808360065afa815160209092015191945090925016806119be576040517fa54f8e2700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50935093915050565b5f6119f2827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611cfd565b9050817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4782830914611a50576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b919050565b5f5f611a81837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611cfd565b9050827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47828309149392505050565b5f8080611b057f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47808788097f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47898a09086119c7565b90508315611b36577f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47908190068103065b611ba57f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd477f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea47f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47848a08096119c7565b92507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47611bf57f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760028609611d8c565b860991507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47611c6c7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478485097f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd479081900681030690565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478586090886141580611cc657507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47808385096002098514155b156119be576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f60405160208152602080820152602060408201528460608201528360808201527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760a082015260208160c08360055afa90519250905080610e03576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611db7827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45611cfd565b90507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47818309600114611a50576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b5f5f83601f840112611e9f575f5ffd5b50813567ffffffffffffffff811115611eb6575f5ffd5b602083019150836020828501011115611ecd575f5ffd5b9250929050565b5f5f60208385031215611ee5575f5ffd5b823567ffffffffffffffff811115611efb575f5ffd5b611f0785828601611e8f565b90969095509350505050565b60c0810181855f5b6004811015611f3a578151835260209283019290910190600101611f1b565b50505060808201845f5b6001811015611f63578151835260209283019290910190600101611f44565b5050508260a0830152949350505050565b8060408101831015610e05575f5ffd5b5f5f5f5f6101008587031215611f98575f5ffd5b6080850186811115611fa8575f5ffd5b85945060a0860187811115611fbb575f5ffd5b909350359150611fce8660c08701611f74565b905092959194509250565b5f5f5f60608486031215611feb575f5ffd5b833567ffffffffffffffff811115612001575f5ffd5b61200d86828701611e8f565b909450925061202190508560208601611f74565b90509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f8151602083015f5b8281101561207e578151865260209586019590910190600101612060565b5093949350505050565b8381528260208201525f61209f6040830184612057565b95945050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82612108577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500690565b5f5f8585111561211b575f5ffd5b83861115612127575f5ffd5b5050820193919092039150565b828482375f8382015f81526121498185612057565b9695505050505050565b81810381811115610e05577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffdfea2646970667358221220d7be11812fe64a3c5bfb864734d7af5b1fa9ffdff110d575064149f5ed024cd464736f6c634300081e0033",
}

// VerifierABI is the input ABI used to generate the binding from.
// Deprecated: Use VerifierMetaData.ABI instead.
var VerifierABI = VerifierMetaData.ABI

// VerifierBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use VerifierMetaData.Bin instead.
var VerifierBin = VerifierMetaData.Bin

// DeployVerifier deploys a new Ethereum contract, binding an instance of Verifier to it.
func DeployVerifier(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *Verifier, error) {
	parsed, err := VerifierMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(VerifierBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Verifier{VerifierCaller: VerifierCaller{contract: contract}, VerifierTransactor: VerifierTransactor{contract: contract}, VerifierFilterer: VerifierFilterer{contract: contract}}, nil
}

// Verifier is an auto generated Go binding around an Ethereum contract.
type Verifier struct {
	VerifierCaller     // Read-only binding to the contract
	VerifierTransactor // Write-only binding to the contract
	VerifierFilterer   // Log filterer for contract events
}

// VerifierCaller is an auto generated read-only Go binding around an Ethereum contract.
type VerifierCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VerifierTransactor is an auto generated write-only Go binding around an Ethereum contract.
type VerifierTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VerifierFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type VerifierFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VerifierSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type VerifierSession struct {
	Contract     *Verifier         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// VerifierCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type VerifierCallerSession struct {
	Contract *VerifierCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// VerifierTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type VerifierTransactorSession struct {
	Contract     *VerifierTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// VerifierRaw is an auto generated low-level Go binding around an Ethereum contract.
type VerifierRaw struct {
	Contract *Verifier // Generic contract binding to access the raw methods on
}

// VerifierCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type VerifierCallerRaw struct {
	Contract *VerifierCaller // Generic read-only contract binding to access the raw methods on
}

// VerifierTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type VerifierTransactorRaw struct {
	Contract *VerifierTransactor // Generic write-only contract binding to access the raw methods on
}

// NewVerifier creates a new instance of Verifier, bound to a specific deployed contract.
func NewVerifier(address common.Address, backend bind.ContractBackend) (*Verifier, error) {
	contract, err := bindVerifier(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Verifier{VerifierCaller: VerifierCaller{contract: contract}, VerifierTransactor: VerifierTransactor{contract: contract}, VerifierFilterer: VerifierFilterer{contract: contract}}, nil
}

// NewVerifierCaller creates a new read-only instance of Verifier, bound to a specific deployed contract.
func NewVerifierCaller(address common.Address, caller bind.ContractCaller) (*VerifierCaller, error) {
	contract, err := bindVerifier(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &VerifierCaller{contract: contract}, nil
}

// NewVerifierTransactor creates a new write-only instance of Verifier, bound to a specific deployed contract.
func NewVerifierTransactor(address common.Address, transactor bind.ContractTransactor) (*VerifierTransactor, error) {
	contract, err := bindVerifier(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &VerifierTransactor{contract: contract}, nil
}

// NewVerifierFilterer creates a new log filterer instance of Verifier, bound to a specific deployed contract.
func NewVerifierFilterer(address common.Address, filterer bind.ContractFilterer) (*VerifierFilterer, error) {
	contract, err := bindVerifier(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &VerifierFilterer{contract: contract}, nil
}

// bindVerifier binds a generic wrapper to an already deployed contract.
func bindVerifier(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := VerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Verifier *VerifierRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Verifier.Contract.VerifierCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Verifier *VerifierRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Verifier.Contract.VerifierTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Verifier *VerifierRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Verifier.Contract.VerifierTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Verifier *VerifierCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Verifier.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Verifier *VerifierTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Verifier.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Verifier *VerifierTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Verifier.Contract.contract.Transact(opts, method, params...)
}

// CompressProof is a free data retrieval call binding the contract method 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (_Verifier *VerifierCaller) CompressProof(opts *bind.CallOpts, proof []byte) (struct {
	Compressed              [4]*big.Int
	CompressedCommitments   [1]*big.Int
	CompressedCommitmentPok *big.Int
}, error) {
	var out []interface{}
	err := _Verifier.contract.Call(opts, &out, "compressProof", proof)

	outstruct := new(struct {
		Compressed              [4]*big.Int
		CompressedCommitments   [1]*big.Int
		CompressedCommitmentPok *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Compressed = *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	outstruct.CompressedCommitments = *abi.ConvertType(out[1], new([1]*big.Int)).(*[1]*big.Int)
	outstruct.CompressedCommitmentPok = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// CompressProof is a free data retrieval call binding the contract method 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (_Verifier *VerifierSession) CompressProof(proof []byte) (struct {
	Compressed              [4]*big.Int
	CompressedCommitments   [1]*big.Int
	CompressedCommitmentPok *big.Int
}, error) {
	return _Verifier.Contract.CompressProof(&_Verifier.CallOpts, proof)
}

// CompressProof is a free data retrieval call binding the contract method 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (_Verifier *VerifierCallerSession) CompressProof(proof []byte) (struct {
	Compressed              [4]*big.Int
	CompressedCommitments   [1]*big.Int
	CompressedCommitmentPok *big.Int
}, error) {
	return _Verifier.Contract.CompressProof(&_Verifier.CallOpts, proof)
}

// VerifyCompressedProof is a free data retrieval call binding the contract method 0x9cbe6cd9.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[2] input) view returns()
func (_Verifier *VerifierCaller) VerifyCompressedProof(opts *bind.CallOpts, compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [2]*big.Int) error {
	var out []interface{}
	err := _Verifier.contract.Call(opts, &out, "verifyCompressedProof", compressedProof, compressedCommitments, compressedCommitmentPok, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyCompressedProof is a free data retrieval call binding the contract method 0x9cbe6cd9.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[2] input) view returns()
func (_Verifier *VerifierSession) VerifyCompressedProof(compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [2]*big.Int) error {
	return _Verifier.Contract.VerifyCompressedProof(&_Verifier.CallOpts, compressedProof, compressedCommitments, compressedCommitmentPok, input)
}

// VerifyCompressedProof is a free data retrieval call binding the contract method 0x9cbe6cd9.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[2] input) view returns()
func (_Verifier *VerifierCallerSession) VerifyCompressedProof(compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [2]*big.Int) error {
	return _Verifier.Contract.VerifyCompressedProof(&_Verifier.CallOpts, compressedProof, compressedCommitments, compressedCommitmentPok, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0xe1ff5082.
//
// Solidity: function verifyProof(bytes proof, uint256[2] input) view returns()
func (_Verifier *VerifierCaller) VerifyProof(opts *bind.CallOpts, proof []byte, input [2]*big.Int) error {
	var out []interface{}
	err := _Verifier.contract.Call(opts, &out, "verifyProof", proof, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyProof is a free data retrieval call binding the contract method 0xe1ff5082.
//
// Solidity: function verifyProof(bytes proof, uint256[2] input) view returns()
func (_Verifier *VerifierSession) VerifyProof(proof []byte, input [2]*big.Int) error {
	return _Verifier.Contract.VerifyProof(&_Verifier.CallOpts, proof, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0xe1ff5082.
//
// Solidity: function verifyProof(bytes proof, uint256[2] input) view returns()
func (_Verifier *VerifierCallerSession) VerifyProof(proof []byte, input [2]*big.Int) error {
	return _Verifier.Contract.VerifyProof(&_Verifier.CallOpts, proof, input)
}
