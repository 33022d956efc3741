// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {Classifier} from "../models/Classifier.sol";
import {IClassifier} from "../models/IClassifier.sol";

/// @title OracleModel
/// @notice A model trained off-chain by a committee of operators (the oracle) from the contributions its trainer
/// logs, and evaluated on-chain. The committee commits numbered versions; a version becomes active when a
/// threshold of operators has proposed the same one and all it refers to is on-chain: its quantised parameters
/// (content-addressed pages, see `stagePage`) and its full float weights (chunks under a Merkle root, see
/// `publishWeights`). `predict` evaluates the active version's quantised parameters; `update` does not train.
/// @dev Samples are sparse: int64 feature indices, each a present feature (an index listed twice counts twice).
/// Parameters live in the code of data contracts (a STOP byte, then the data), read with EXTCODECOPY: a row of
/// the first layer costs one copy instead of a storage read per weight. See README.md for the byte format, the
/// committee rules and the gas figures.
contract OracleModel is Classifier {
    /// @notice One committed version of the model. Its digest is `keccak256(abi.encode(version))`.
    /// @param number Versions count up from 0, the owner's initial version.
    /// @param parent The version this one was trained from: the active one when it was proposed.
    /// @param cursorBlock Block of the last contribution (trainer AddData event) the training read.
    /// @param cursorLogIndex Log index, within `cursorBlock`, of that contribution.
    /// @param trainedCount How many contributions the training used.
    /// @param accuracyPpm Accuracy on the held-out set, in parts per million.
    /// @param heldOutSize The size of the held-out set.
    /// @param weightChunks How many chunks the full weights are published in.
    /// @param configHash The training configuration's hash.
    /// @param weightsRoot Merkle root of the full weights' chunks.
    /// @param paramsHash `keccak256(abi.encode(params))` of the quantised on-chain parameters.
    struct Version {
        uint64 number;
        uint64 parent;
        uint64 cursorBlock;
        uint64 cursorLogIndex;
        uint64 trainedCount;
        uint32 accuracyPpm;
        uint32 heldOutSize;
        uint32 weightChunks;
        bytes32 configHash;
        bytes32 weightsRoot;
        bytes32 paramsHash;
    }

    /// @notice The quantised on-chain parameters of a version, by content hash.
    /// @param kind LINEAR or MLP.
    /// @param hidden Hidden units of an MLP (1 to MAX_HIDDEN); 0 for LINEAR.
    /// @param tailHash keccak256 of the tail: biases and, for an MLP, the second layer.
    /// @param pageHashes keccak256 of each page of first-layer rows, in order.
    struct Params {
        uint8 kind;
        uint8 hidden;
        bytes32 tailHash;
        bytes32[] pageHashes;
    }

    /// @dev A staged data contract and the length of its data (its code is one byte longer).
    struct Page {
        address pointer;
        uint32 length;
    }

    /// @dev What `predict` reads, in one word: where the rows are (the only page, or a directory of page
    /// addresses when there are several) and the model's shape.
    struct Pointers {
        address rows;
        bool directory;
        uint8 kind;
        uint8 hidden;
    }

    /// @dev The committee in one word; `epoch` 0 means none was ever set.
    struct Committee {
        uint64 epoch;
        uint8 size;
        uint8 threshold;
    }

    /// @dev A committee change that reached the current committee's quorum, and when it may take effect.
    struct PendingCommittee {
        bytes32 digest;
        uint64 executableAt;
    }

    /// @dev Chunks published under one weights root.
    struct ChunkSet {
        uint32 numChunks;
        uint32 published;
    }

    /// @notice Model kind: one row of logits per feature, argmax (or sign, with two classes).
    uint8 public constant LINEAR = 1;
    /// @notice Model kind: one hidden layer of ReLU units, then a linear layer.
    uint8 public constant MLP = 2;
    /// @notice The most classes a model may have.
    uint256 public constant MAX_CLASSES = 16;
    /// @notice The most hidden units of an MLP.
    uint256 public constant MAX_HIDDEN = 16;
    /// @notice The size of every page of rows but the last. A power of two and a multiple of every row size, so
    /// that no row straddles two pages.
    uint256 public constant PAGE_SIZE = 16_384;
    /// @notice The most bytes a data contract holds: EIP-170's code size limit less the STOP prefix.
    uint256 public constant MAX_DATA_SIZE = 24_575;
    /// @notice The most pages a version may have; this bounds every loop over a version's pages. Their
    /// addresses fit one directory contract (1024 * 20 bytes).
    uint256 public constant MAX_PAGES = 1024;
    /// @notice The most operators a committee may have.
    uint256 public constant MAX_OPERATORS = 32;
    /// @notice The least time between a committee change reaching quorum and taking effect, past the trainer's
    /// refund wait: a contribution added before the change was scheduled keeps at least this long to be refunded
    /// under the committee it was added under.
    uint256 public constant COMMITTEE_NOTICE = 1 days;
    /// @notice The longest a scheduled committee change waits, and the wait when the trainer does not tell its
    /// refund wait. At least every Trainer's MAX_REFUND_WAIT plus COMMITTEE_NOTICE (a test checks it), so the
    /// cap never cuts the notice short.
    uint256 public constant MAX_COMMITTEE_DELAY = 31 days;
    /// @notice The gas the model lends its trainer's `refundWait()`; a trainer that needs more counts as silent.
    uint256 public constant TRAINER_CALL_GAS = 20_000;

    /// @dev log2 of PAGE_SIZE.
    uint256 private constant PAGE_SHIFT = 14;

    Pointers private _pointers;
    address private _tail;
    Committee private _committee;
    PendingCommittee private _pendingCommittee;
    bytes32 private _activeDigest;
    Version private _active;
    address[] private _operators;

    mapping(address operator => uint64 epoch) private _memberEpoch;
    mapping(uint64 epoch => mapping(uint64 number => mapping(address operator => bytes32 digest))) private _proposals;
    mapping(uint64 epoch => mapping(bytes32 digest => uint256 votes)) private _votes;
    mapping(uint64 epoch => mapping(address operator => bytes32 digest)) private _committeeVoteOf;
    mapping(uint64 epoch => mapping(bytes32 digest => uint256 votes)) private _committeeVotes;
    mapping(bytes32 hash => Page) private _pages;
    mapping(bytes32 root => ChunkSet) private _chunkSets;
    mapping(bytes32 root => mapping(uint256 word => uint256 bits)) private _chunkBits;

    /// @notice A new committee starts `epoch`: the owner's initial one, or a change the previous committee
    /// voted for; votes of earlier epochs no longer count.
    event CommitteeSet(uint64 indexed epoch, address[] operators, uint8 threshold);
    /// @notice `operator` of `epoch` voted for the committee change with digest `digest`, which now has `votes`.
    event CommitteeVote(uint64 indexed epoch, bytes32 indexed digest, address indexed operator, uint256 votes);
    /// @notice `operator` of `epoch` withdrew its vote for the committee change with digest `digest`.
    event CommitteeVoteWithdrawn(uint64 indexed epoch, bytes32 indexed digest, address indexed operator);
    /// @notice The committee change with digest `digest` reached the quorum of `epoch`; anyone may execute it
    /// from `executableAt` on while it keeps that quorum.
    event CommitteeChangeScheduled(uint64 indexed epoch, bytes32 indexed digest, uint64 executableAt);
    /// @notice `length` bytes with hash `hash` are now the code of `pointer` (after a STOP byte).
    event PageStaged(bytes32 indexed hash, address pointer, uint256 length);
    /// @notice Chunk `index` of `numChunks` of the weights under `root`. Clients rebuild the weights from these.
    event WeightsChunk(bytes32 indexed root, uint256 index, uint256 numChunks, bytes chunk);
    /// @notice `operator` proposed version `number` with digest `digest`, which now has `votes` votes.
    event Proposed(uint64 indexed number, bytes32 indexed digest, address indexed operator, uint256 votes);
    /// @notice Version `number` with digest `digest` is now the one `predict` evaluates.
    event VersionActivated(uint64 indexed number, bytes32 indexed digest);

    /// @notice A model needs at least two class names; pass two or more.
    error TooFewClasses(uint256 count);
    /// @notice No version is active yet: the owner sets version 0 (`setInitialVersion`) or the committee proposes it.
    error NoActiveVersion();
    /// @notice Version 0 is already set; later versions come from the committee (`propose`).
    error InitialVersionSet();
    /// @notice The initial version must have number and parent 0.
    error InvalidInitialVersion(uint64 number, uint64 parent);
    /// @notice A committee needs 1 to MAX_OPERATORS operators and a threshold above half of them, at most all.
    error InvalidCommittee(uint256 size, uint8 threshold);
    /// @notice An operator is the zero address or listed twice; list each operator once.
    error InvalidOperator(address operator);
    /// @notice Only the current committee's operators may vote; use an operator's account, or have the
    /// committee vote the account in (`proposeCommittee`).
    error NotOperator(address caller);
    /// @notice The caller already votes for this committee change.
    error AlreadyVotedCommittee(address operator, bytes32 digest);
    /// @notice The caller has no committee vote in this epoch to withdraw.
    error NoCommitteeVote(address operator);
    /// @notice This committee change is not the scheduled one (`pending`): have the committee vote for it, with
    /// exactly the operators and threshold it voted for, in the current epoch.
    error CommitteeChangeNotScheduled(bytes32 digest, bytes32 pending);
    /// @notice The committee change may take effect only from `executableAt` on; call again then.
    error CommitteeChangeTooEarly(bytes32 digest, uint256 executableAt);
    /// @dev Version `number` is not after the active one: it was accepted already, or lost to another.
    error StaleVersion(uint64 number, uint64 active);
    /// @notice Version `number` skips ahead; propose version `expected`, one past the active one.
    error VersionGap(uint64 number, uint64 expected);
    /// @notice The version must be trained from the active one: set `parent` to `active`.
    error StaleParent(uint64 parent, uint64 active);
    /// @notice The version's cursor is behind the active version's; train on at least the data it was trained on.
    error CursorBehind(uint64 cursorBlock, uint64 cursorLogIndex);
    /// @notice The params do not hash to the version's `paramsHash`; pass the params the version commits to.
    error ParamsMismatch(bytes32 paramsHash, bytes32 expected);
    /// @notice Kind must be LINEAR (1) or MLP (2).
    error InvalidKind(uint8 kind);
    /// @notice Hidden units must be 0 for LINEAR and 1 to MAX_HIDDEN for MLP.
    error InvalidHidden(uint8 kind, uint8 hidden);
    /// @notice This shape needs more than MAX_PAGES pages for the model's features; use fewer values a row.
    error TooManyPages(uint256 count, uint256 max);
    /// @notice List exactly `expected` page hashes for this shape (`paramsLayout`).
    error WrongPageCount(uint256 count, uint256 expected);
    /// @notice A version must publish its full weights in at least one chunk.
    error NoWeightChunks();
    /// @notice The operator already voted for this version; nothing to do.
    error AlreadyProposed(address operator, uint64 number);
    /// @notice The operator already voted for another version with this number in this epoch; it votes once.
    error ConflictingProposal(address operator, uint64 number, bytes32 proposed);
    /// @notice Fewer than `threshold` operators of the current epoch vote for it; more operators must vote first.
    error NoQuorum(bytes32 digest, uint256 votes, uint256 threshold);
    /// @notice Stage the page (`stagePage`) before activating.
    error PageNotStaged(bytes32 hash);
    /// @notice The staged page has the wrong length for this shape; stage the right bytes.
    error WrongPageLength(bytes32 hash, uint256 length, uint256 expected);
    /// @notice Publish every chunk of the weights (`publishWeights`) before activating.
    error WeightsNotPublished(bytes32 root, uint256 published, uint256 numChunks);
    /// @notice A page holds at least one byte.
    error EmptyPage();
    /// @notice A page holds at most MAX_DATA_SIZE bytes; split the data.
    error PageTooLarge(uint256 length, uint256 max);
    /// @notice A page's data contract could not be deployed; retry with more gas.
    error DeploymentFailed();
    /// @notice The index must be below `numChunks`, itself at most 2^32 - 1.
    error ChunkIndexOutOfRange(uint256 index, uint256 numChunks);
    /// @notice Chunks under this root were published with another count; use `recorded`.
    error ChunkCountMismatch(bytes32 root, uint256 numChunks, uint256 recorded);
    /// @notice The proof does not lead from this chunk to the root; pass the chunk and its proof as built.
    error InvalidChunkProof(bytes32 root, uint256 index);

    /// @param trainer_ The address the trainer will be deployed at (see Classifier).
    /// @param names The class names: 2 to MAX_CLASSES.
    /// @param numFeatures_ One more than the largest feature index; a two-class linear version must fit
    /// MAX_PAGES pages.
    /// @param maxFeatures_ The most indices a sample may list.
    constructor(address trainer_, string[] memory names, uint64 numFeatures_, uint64 maxFeatures_)
        Classifier(trainer_, names, numFeatures_, maxFeatures_, MAX_CLASSES)
    {
        if (names.length < 2) revert TooFewClasses(names.length);
        uint256 most = MAX_PAGES * PAGE_SIZE / 2;
        if (numFeatures_ > most) revert TooManyFeatureIndices(numFeatures_, most);
    }

    // ---------------------------------------------------------------- IClassifier

    /// @inheritdoc IClassifier
    /// @dev Evaluates the active version's quantised parameters with integer arithmetic (see README.md).
    function predict(int64[] calldata data) external view override returns (uint64) {
        _checkSparseLength(data.length);
        Pointers memory ptr = _pointers;
        if (ptr.rows == address(0)) revert NoActiveVersion();
        uint256 rows = _rows(ptr.kind, ptr.hidden);
        bytes memory tail = _readTail(_tail, rows, ptr.kind);
        int256[] memory acc = _firstLayer(data, ptr, rows, tail);
        if (ptr.kind == LINEAR) {
            if (rows == 1) return acc[0] > 0 ? 1 : 0;
            return _argmax(acc);
        }
        return _argmax(_secondLayer(acc, tail, rows));
    }

    /// @inheritdoc IClassifier
    /// @dev Does not train: the oracle trains from the trainer's AddData events. It checks the sample and label
    /// as `predict` would, so that the trainer refuses contributions the oracle could not use.
    function update(int64[] calldata data, uint64 label) external view override onlyTrainer {
        _checkLabel(label);
        _checkSparseLength(data.length);
        for (uint256 i; i < data.length; ++i) {
            _indexAt(data, i);
        }
    }

    // ---------------------------------------------------------------- parameters and weights

    /// @notice Stores `data` as the code of a data contract at a CREATE2 address salted with its hash, so that a
    /// version's Params can refer to it. Anyone may stage; staging the same bytes again returns the same address.
    /// @param data A page of rows or a tail: 1 to MAX_DATA_SIZE bytes.
    /// @return pointer The data contract.
    function stagePage(bytes calldata data) external returns (address pointer) {
        uint256 length = data.length;
        if (length == 0) revert EmptyPage();
        if (length > MAX_DATA_SIZE) revert PageTooLarge(length, MAX_DATA_SIZE);
        bytes32 hash = keccak256(data);
        Page storage page = _pages[hash];
        pointer = page.pointer;
        if (pointer != address(0)) return pointer;
        pointer = _deployData(data, hash);
        (page.pointer, page.length) = (pointer, uint32(length));
        emit PageStaged(hash, pointer, length);
    }

    /// @notice Publishes chunk `index` of the full weights under `root` as a WeightsChunk event, after checking
    /// it against the root. Anyone may publish; a chunk already published is skipped without an event.
    /// @param root The Merkle root a version names as `weightsRoot`.
    /// @param numChunks How many chunks the weights have.
    /// @param index This chunk's position, below `numChunks`.
    /// @param chunk The chunk's bytes.
    /// @param proof The sibling hashes from the chunk's leaf up to the root (sorted-pair keccak).
    function publishWeights(
        bytes32 root,
        uint256 numChunks,
        uint256 index,
        bytes calldata chunk,
        bytes32[] calldata proof
    ) external {
        if (index >= numChunks || numChunks > type(uint32).max) {
            revert ChunkIndexOutOfRange(index, numChunks);
        }
        ChunkSet storage set = _chunkSets[root];
        uint256 recorded = set.numChunks;
        if (recorded != 0 && recorded != numChunks) revert ChunkCountMismatch(root, numChunks, recorded);
        uint256 bit = 1 << (index & 255);
        uint256 bits = _chunkBits[root][index >> 8];
        if (bits & bit != 0) return;
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(index, numChunks, keccak256(chunk)))));
        if (!MerkleProof.verifyCalldata(proof, root, leaf)) revert InvalidChunkProof(root, index);
        _chunkBits[root][index >> 8] = bits | bit;
        (set.numChunks, set.published) = (uint32(numChunks), set.published + 1);
        emit WeightsChunk(root, index, numChunks, chunk);
    }

    // ---------------------------------------------------------------- committee and versions

    /// @notice Sets the initial committee while the model is being initialised, starting a new epoch. After
    /// sealing, the committee changes only by its own quorum and after a delay (`proposeCommittee`).
    /// @param operators 1 to MAX_OPERATORS distinct nonzero addresses.
    /// @param threshold Votes a version needs: more than half the operators, at most all of them, so that two
    /// versions with one number can never both reach it.
    function setCommittee(address[] calldata operators, uint8 threshold) external onlyInitialising {
        _setCommittee(operators, threshold);
    }

    /// @notice Votes, as an operator of the current committee, to replace it with `operators` and `threshold`.
    /// An operator votes for one change at a time: voting for another moves its vote. The vote that reaches the
    /// current threshold schedules the change `committeeDelay()` seconds ahead (see `executeCommittee`).
    /// @param operators The next committee, as `setCommittee` takes it; the order is part of the digest.
    /// @param threshold The next committee's threshold.
    function proposeCommittee(address[] calldata operators, uint8 threshold) external {
        Committee memory c = _committee;
        if (c.epoch == 0 || _memberEpoch[msg.sender] != c.epoch) revert NotOperator(msg.sender);
        _checkCommittee(operators, threshold);
        bytes32 d = committeeDigest(operators, threshold);
        bytes32 prior = _committeeVoteOf[c.epoch][msg.sender];
        if (prior == d) revert AlreadyVotedCommittee(msg.sender, d);
        mapping(bytes32 => uint256) storage tally = _committeeVotes[c.epoch];
        if (prior != 0) {
            tally[prior] -= 1;
            emit CommitteeVoteWithdrawn(c.epoch, prior, msg.sender);
        }
        _committeeVoteOf[c.epoch][msg.sender] = d;
        uint256 votes_ = tally[d] + 1;
        tally[d] = votes_;
        emit CommitteeVote(c.epoch, d, msg.sender, votes_);
        // Two changes cannot both hold a quorum above half; one that lost it and regained it keeps its time.
        if (votes_ >= c.threshold && _pendingCommittee.digest != d) _scheduleCommittee(c.epoch, d);
    }

    /// @notice Withdraws the caller's committee vote of the current epoch. A scheduled change that falls below
    /// the threshold cannot be executed until it regains it.
    function withdrawCommitteeVote() external {
        uint64 epoch = _committee.epoch;
        bytes32 prior = _committeeVoteOf[epoch][msg.sender];
        if (prior == 0) revert NoCommitteeVote(msg.sender);
        delete _committeeVoteOf[epoch][msg.sender];
        _committeeVotes[epoch][prior] -= 1;
        emit CommitteeVoteWithdrawn(epoch, prior, msg.sender);
    }

    /// @notice Puts the scheduled committee change into effect, starting a new epoch. Anyone may call, once
    /// its time has come and while it keeps the current committee's quorum.
    /// @param operators The operators the committee voted for, in the same order.
    /// @param threshold The threshold the committee voted for.
    function executeCommittee(address[] calldata operators, uint8 threshold) external {
        Committee memory c = _committee;
        bytes32 d = committeeDigest(operators, threshold);
        PendingCommittee memory pending = _pendingCommittee;
        if (pending.digest != d) revert CommitteeChangeNotScheduled(d, pending.digest);
        uint256 votes_ = _committeeVotes[c.epoch][d];
        if (votes_ < c.threshold) revert NoQuorum(d, votes_, c.threshold);
        if (block.timestamp < pending.executableAt) revert CommitteeChangeTooEarly(d, pending.executableAt);
        _setCommittee(operators, threshold);
    }

    /// @notice Sets and activates version 0 while the model is being initialised. Its pages and tail must be
    /// staged and its weights published.
    /// @param version Number and parent 0.
    /// @param params The parameters `version.paramsHash` commits to.
    function setInitialVersion(Version calldata version, Params calldata params) external onlyInitialising {
        if (_pointers.rows != address(0)) revert InitialVersionSet();
        if (version.number != 0 || version.parent != 0) {
            revert InvalidInitialVersion(version.number, version.parent);
        }
        _checkParams(version, params);
        _activate(version, params, digest(version), true);
    }

    /// @notice Votes for `version` as the successor of the active one (or as version 0 while none is active).
    /// Operators of the current epoch only, once per version number. The vote that reaches the threshold also
    /// activates the version if its pages are staged and its weights published; otherwise `activate` does it later.
    /// @param version Number one past the active one, parent the active one, cursor not behind the active one's.
    /// @param params The parameters `version.paramsHash` commits to.
    function propose(Version calldata version, Params calldata params) external {
        Committee memory c = _committee;
        if (c.epoch == 0 || _memberEpoch[msg.sender] != c.epoch) revert NotOperator(msg.sender);
        _checkSuccessor(version);
        _checkParams(version, params);
        bytes32 d = digest(version);
        mapping(address => bytes32) storage proposals = _proposals[c.epoch][version.number];
        bytes32 prior = proposals[msg.sender];
        if (prior == d) revert AlreadyProposed(msg.sender, version.number);
        if (prior != 0) revert ConflictingProposal(msg.sender, version.number, prior);
        proposals[msg.sender] = d;
        uint256 votes_ = _votes[c.epoch][d] + 1;
        _votes[c.epoch][d] = votes_;
        emit Proposed(version.number, d, msg.sender, votes_);
        if (votes_ >= c.threshold) _activate(version, params, d, false);
    }

    /// @notice Activates a version that has the current committee's quorum once its pages are staged and its
    /// weights published. Anyone may call.
    /// @param version The version as proposed.
    /// @param params The parameters `version.paramsHash` commits to.
    function activate(Version calldata version, Params calldata params) external {
        _checkSuccessor(version);
        _checkParams(version, params);
        bytes32 d = digest(version);
        Committee memory c = _committee;
        uint256 votes_ = _votes[c.epoch][d];
        if (c.epoch == 0 || votes_ < c.threshold) revert NoQuorum(d, votes_, c.threshold);
        _activate(version, params, d, true);
    }

    // ---------------------------------------------------------------- views

    /// @notice The digest a version is voted on by: `keccak256(abi.encode(version))`.
    function digest(Version calldata version) public pure returns (bytes32) {
        return keccak256(abi.encode(version));
    }

    /// @notice The hash a version's `paramsHash` must equal: `keccak256(abi.encode(params))`.
    function hashParams(Params calldata params) public pure returns (bytes32) {
        return keccak256(abi.encode(params));
    }

    /// @notice The active version and its digest; a zero digest means none is active yet.
    function activeVersion() external view returns (Version memory version, bytes32 versionDigest) {
        return (_active, _activeDigest);
    }

    /// @notice Where the active version's parameters are: `rows` is the only page, or with `directory` a data
    /// contract listing the pages' addresses (20 bytes each); `tail` holds biases and the second layer.
    function activeParams()
        external
        view
        returns (address rows, bool directory, address tail, uint8 kind, uint8 hidden)
    {
        Pointers memory ptr = _pointers;
        return (ptr.rows, ptr.directory, _tail, ptr.kind, ptr.hidden);
    }

    /// @notice The digest operators vote on to make `operators` with `threshold` the next committee:
    /// `keccak256(abi.encode(epoch, operators, threshold))` with the current epoch.
    function committeeDigest(address[] calldata operators, uint8 threshold) public view returns (bytes32) {
        return keccak256(abi.encode(_committee.epoch, operators, threshold));
    }

    /// @notice Seconds from a committee change reaching quorum to its taking effect: the trainer's
    /// `refundWait()` plus COMMITTEE_NOTICE, at most MAX_COMMITTEE_DELAY, which also applies while the trainer
    /// is not deployed or does not answer. A contribution pending when a change is scheduled can thus be
    /// refunded under the committee it was added under, for at least COMMITTEE_NOTICE.
    function committeeDelay() public view returns (uint256) {
        address target = trainer;
        bytes4 selector = bytes4(keccak256("refundWait()"));
        uint256 gasLimit = TRAINER_CALL_GAS;
        bool ok;
        uint256 wait;
        assembly ("memory-safe") {
            mstore(0, selector)
            // Only the first word of the answer is copied: a trainer cannot make the model pay for more.
            ok := staticcall(gasLimit, target, 0, 4, 0, 0x20)
            ok := and(ok, eq(returndatasize(), 0x20))
            wait := mload(0)
        }
        if (!ok || wait > MAX_COMMITTEE_DELAY - COMMITTEE_NOTICE) return MAX_COMMITTEE_DELAY;
        return wait + COMMITTEE_NOTICE;
    }

    /// @notice The scheduled committee change (zero digest if none), when it may be executed, and its votes in
    /// the current epoch.
    function pendingCommittee() external view returns (bytes32 changeDigest, uint64 executableAt, uint256 votes_) {
        PendingCommittee memory pending = _pendingCommittee;
        return (pending.digest, pending.executableAt, _committeeVotes[_committee.epoch][pending.digest]);
    }

    /// @notice The committee change `operator` votes for in the current epoch; zero if none.
    function committeeVoteOf(address operator) external view returns (bytes32) {
        return _committeeVoteOf[_committee.epoch][operator];
    }

    /// @notice Votes the current committee has cast for the committee change with digest `changeDigest`.
    function committeeVotes(bytes32 changeDigest) external view returns (uint256) {
        return _committeeVotes[_committee.epoch][changeDigest];
    }

    /// @notice The current committee, the votes a version needs, and the epoch it started.
    function committee() external view returns (address[] memory operators, uint8 threshold, uint64 epoch) {
        return (_operators, _committee.threshold, _committee.epoch);
    }

    /// @notice Whether `account` is an operator of the current committee.
    function isOperator(address account) external view returns (bool) {
        uint64 epoch = _committee.epoch;
        return epoch != 0 && _memberEpoch[account] == epoch;
    }

    /// @notice Votes the current committee has cast for the version with digest `versionDigest`.
    function votes(bytes32 versionDigest) external view returns (uint256) {
        return _votes[_committee.epoch][versionDigest];
    }

    /// @notice The digest `operator` proposed for version `number` in the current epoch; zero if none.
    function proposalOf(address operator, uint64 number) external view returns (bytes32) {
        return _proposals[_committee.epoch][number][operator];
    }

    /// @notice The data contract staged for `hash` and its data length; the zero address if not staged.
    function pageOf(bytes32 hash) external view returns (address pointer, uint32 length) {
        Page memory page = _pages[hash];
        return (page.pointer, page.length);
    }

    /// @notice How many chunks the weights under `root` have and how many are published.
    function chunksPublished(bytes32 root) external view returns (uint32 numChunks, uint32 published) {
        ChunkSet memory set = _chunkSets[root];
        return (set.numChunks, set.published);
    }

    /// @notice Whether chunk `index` of the weights under `root` is published.
    function isChunkPublished(bytes32 root, uint256 index) external view returns (bool) {
        return _chunkBits[root][index >> 8] & (1 << (index & 255)) != 0;
    }

    /// @notice The layout of parameters of shape (`kind`, `hidden`) for this model: bytes per row, pages of rows,
    /// and the tail's length. Reverts on a shape the model cannot take.
    function paramsLayout(uint8 kind, uint8 hidden)
        public
        view
        returns (uint256 rowBytes, uint256 numPages, uint256 tailLength)
    {
        if (kind != LINEAR && kind != MLP) revert InvalidKind(kind);
        if (kind == LINEAR ? hidden != 0 : hidden == 0 || hidden > MAX_HIDDEN) revert InvalidHidden(kind, hidden);
        uint256 rows = _rows(kind, hidden);
        rowBytes = 1 << _rowShift(rows);
        numPages = (uint256(numFeatures) * rowBytes + PAGE_SIZE - 1) >> PAGE_SHIFT;
        tailLength = 4 * rows;
        if (kind == MLP) tailLength += 2 * rows * numClasses + 8 * numClasses;
    }

    // ---------------------------------------------------------------- private

    /// @dev 1 to MAX_OPERATORS operators, a threshold above half of them and at most all, each operator nonzero
    /// and listed once (a pairwise check, at most 496 comparisons).
    function _checkCommittee(address[] calldata operators, uint8 threshold) private pure {
        uint256 size = operators.length;
        if (size == 0 || size > MAX_OPERATORS || threshold > size || 2 * uint256(threshold) <= size) {
            revert InvalidCommittee(size, threshold);
        }
        for (uint256 i; i < size; ++i) {
            address operator = operators[i];
            if (operator == address(0)) revert InvalidOperator(operator);
            for (uint256 j; j < i; ++j) {
                if (operators[j] == operator) revert InvalidOperator(operator);
            }
        }
    }

    /// @dev Starts a new epoch with `operators`: the one way a committee is set, whether by the owner before
    /// sealing or by the previous committee's scheduled change. Any scheduled change is dropped with the epoch.
    function _setCommittee(address[] calldata operators, uint8 threshold) private {
        _checkCommittee(operators, threshold);
        uint256 size = operators.length;
        uint64 epoch = _committee.epoch + 1;
        delete _operators;
        for (uint256 i; i < size; ++i) {
            address operator = operators[i];
            _memberEpoch[operator] = epoch;
            _operators.push(operator);
        }
        _committee = Committee(epoch, uint8(size), threshold);
        delete _pendingCommittee;
        emit CommitteeSet(epoch, operators, threshold);
    }

    /// @dev Schedules the change with digest `d` of `epoch` to take effect after `committeeDelay()`. The seam
    /// for governance (a later issue): anything else that may change the committee schedules through here, so
    /// that the delay holds for it too.
    function _scheduleCommittee(uint64 epoch, bytes32 d) private {
        uint64 executableAt = uint64(block.timestamp + committeeDelay());
        _pendingCommittee = PendingCommittee(d, executableAt);
        emit CommitteeChangeScheduled(epoch, d, executableAt);
    }

    /// @dev The version must follow the active one. With none active (the owner sealed the model before setting
    /// version 0), the committee may commit version 0 itself, so that the model is never stuck without one.
    function _checkSuccessor(Version calldata version) private view {
        if (_pointers.rows == address(0)) {
            if (version.number != 0) revert VersionGap(version.number, 0);
            if (version.parent != 0) revert StaleParent(version.parent, 0);
            return;
        }
        Version storage active = _active;
        uint64 number = active.number;
        if (version.number <= number) revert StaleVersion(version.number, number);
        if (version.number != number + 1) revert VersionGap(version.number, number + 1);
        if (version.parent != number) revert StaleParent(version.parent, number);
        (uint64 cursorBlock, uint64 cursorLogIndex) = (active.cursorBlock, active.cursorLogIndex);
        if (
            version.cursorBlock < cursorBlock
                || (version.cursorBlock == cursorBlock && version.cursorLogIndex < cursorLogIndex)
        ) revert CursorBehind(version.cursorBlock, version.cursorLogIndex);
    }

    function _checkParams(Version calldata version, Params calldata params) private view {
        bytes32 h = hashParams(params);
        if (h != version.paramsHash) revert ParamsMismatch(h, version.paramsHash);
        if (version.weightChunks == 0) revert NoWeightChunks();
        (, uint256 numPages,) = paramsLayout(params.kind, params.hidden);
        if (numPages > MAX_PAGES) revert TooManyPages(numPages, MAX_PAGES);
        if (params.pageHashes.length != numPages) revert WrongPageCount(params.pageHashes.length, numPages);
    }

    /// @dev Makes `version` active if all it refers to is on-chain. If not, reverts when `strict`, else returns
    /// and leaves the active version as it is.
    function _activate(Version calldata version, Params calldata params, bytes32 d, bool strict) private {
        (uint256 rowBytes, uint256 numPages, uint256 tailLength) = paramsLayout(params.kind, params.hidden);
        uint256 lastLength = uint256(numFeatures) * rowBytes - (numPages - 1) * PAGE_SIZE;
        bytes memory dir = new bytes(20 * numPages);
        address first;
        for (uint256 i; i < numPages; ++i) {
            bytes32 h = params.pageHashes[i];
            (address pointer, bytes memory failure) = _staged(h, i + 1 == numPages ? lastLength : PAGE_SIZE);
            if (failure.length != 0) {
                _fail(failure, strict);
                return;
            }
            if (i == 0) first = pointer;
            assembly ("memory-safe") {
                mstore(add(add(dir, 32), mul(i, 20)), shl(96, pointer))
            }
        }
        (address tail, bytes memory tailFailure) = _staged(params.tailHash, tailLength);
        if (tailFailure.length != 0) {
            _fail(tailFailure, strict);
            return;
        }
        ChunkSet memory set = _chunkSets[version.weightsRoot];
        if (set.numChunks != version.weightChunks || set.published != set.numChunks) {
            _fail(
                abi.encodeWithSelector(
                    WeightsNotPublished.selector, version.weightsRoot, set.published, version.weightChunks
                ),
                strict
            );
            return;
        }
        _active = version;
        _activeDigest = d;
        _tail = tail;
        // One page is read directly; several through a directory of their addresses. CREATE, not CREATE2: a
        // directory's bytes could be staged as a page by anyone, and a CREATE2 collision would block activation.
        bool directory = numPages > 1;
        address rows = directory ? _deployData(dir, bytes32(0)) : first;
        _pointers = Pointers(rows, directory, params.kind, params.hidden);
        emit VersionActivated(version.number, d);
    }

    /// @dev The data contract staged for `hash`, or the error that says why it cannot be used.
    function _staged(bytes32 hash, uint256 length) private view returns (address, bytes memory failure) {
        Page memory page = _pages[hash];
        if (page.pointer == address(0)) return (address(0), abi.encodeWithSelector(PageNotStaged.selector, hash));
        if (page.length != length) {
            return (address(0), abi.encodeWithSelector(WrongPageLength.selector, hash, page.length, length));
        }
        return (page.pointer, "");
    }

    function _fail(bytes memory failure, bool strict) private pure {
        if (!strict) return;
        assembly ("memory-safe") {
            revert(add(failure, 32), mload(failure))
        }
    }

    /// @dev Deploys a contract whose code is a STOP byte then `data`, with CREATE2 and `salt`, or with CREATE
    /// when `salt` is zero.
    function _deployData(bytes memory data, bytes32 salt) private returns (address pointer) {
        // Init code: PUSH2 size, DUP1, PUSH1 10, PUSH0, CODECOPY, PUSH0, RETURN; then the code itself.
        bytes memory init = abi.encodePacked(hex"61", uint16(data.length + 1), hex"80600a5f395ff300", data);
        assembly ("memory-safe") {
            switch salt
            case 0 { pointer := create(0, add(init, 32), mload(init)) }
            default { pointer := create2(0, add(init, 32), mload(init), salt) }
        }
        if (pointer == address(0)) revert DeploymentFailed();
    }

    /// @dev The row width R: hidden units of an MLP; 1 for a two-class linear model; else one per class.
    function _rows(uint8 kind, uint8 hidden) private view returns (uint256) {
        if (kind == MLP) return hidden;
        return numClasses == 2 ? 1 : numClasses;
    }

    /// @dev log2 of a row's bytes: R int16 values, R rounded up to a power of two.
    function _rowShift(uint256 rows) private pure returns (uint256 shift) {
        shift = 1;
        while ((1 << (shift - 1)) < rows) ++shift;
    }

    /// @dev The first layer: `acc[r] = B1q[r] + sum over the sample of W1q[f][r]`, one EXTCODECOPY per entry.
    /// A row's int16 values are summed four at a time: each group of four, shifted to offset binary (v + 32768,
    /// so never negative), is spread into four 64-bit lanes of a word and the words are added. A lane gains at
    /// most 65535 per entry, so no lane carries into the next before 2^48 entries, far past any gas limit.
    function _firstLayer(int64[] calldata data, Pointers memory ptr, uint256 rows, bytes memory tail)
        private
        view
        returns (int256[] memory acc)
    {
        uint256 n = numFeatures;
        uint256 shift = _rowShift(rows);
        uint256[] memory lanes = new uint256[]((rows + 3) >> 2);
        (address source, bool directory) = (ptr.rows, ptr.directory);
        uint256 bad;
        bool found;
        // A two-class linear model has one value a row: it is summed directly.
        bool single = rows == 1;
        int256 sum;
        // The hot loop: calldata and code are read directly. An entry that is negative or malformed, read as a
        // uint256, is never below numFeatures.
        assembly ("memory-safe") {
            let groups := mload(lanes)
            let laneStart := add(lanes, 0x20)
            let rowBytes := shl(shift, 1)
            let page := source
            let lastPage := not(0)
            let end := shl(5, data.length)
            for { let i := 0 } lt(i, end) { i := add(i, 0x20) } {
                let f := calldataload(add(data.offset, i))
                if iszero(lt(f, n)) {
                    bad := f
                    found := 1
                    break
                }
                let offset := shl(shift, f)
                if directory {
                    let index := shr(PAGE_SHIFT, offset)
                    if iszero(eq(index, lastPage)) {
                        extcodecopy(source, 12, add(1, mul(index, 20)), 20)
                        page := and(mload(0), 0xffffffffffffffffffffffffffffffffffffffff)
                        lastPage := index
                    }
                    offset := and(offset, sub(PAGE_SIZE, 1))
                }
                // Bytes past the row are left over from earlier copies; they only reach lanes past `rows`.
                extcodecopy(page, 0, add(1, offset), rowBytes)
                let row := mload(0)
                if single {
                    sum := add(sum, signextend(1, shr(240, row)))
                    continue
                }
                for { let g := 0 } lt(g, groups) { g := add(g, 1) } {
                    let x := xor(and(shr(sub(192, shl(6, g)), row), 0xffffffffffffffff), 0x8000800080008000)
                    let spread :=
                        or(
                            or(shl(192, shr(48, x)), shl(128, and(shr(32, x), 0xffff))),
                            or(shl(64, and(shr(16, x), 0xffff)), and(x, 0xffff))
                        )
                    let p := add(laneStart, shl(5, g))
                    mstore(p, add(mload(p), spread))
                }
            }
        }
        if (found) revert FeatureOutOfRange(int64(int256(bad)), n);
        acc = new int256[](rows);
        if (single) {
            acc[0] = sum + _int32At(tail, 0);
            return acc;
        }
        assembly ("memory-safe") {
            let offsetSum := shl(15, data.length)
            for { let r := 0 } lt(r, rows) { r := add(r, 1) } {
                let lane :=
                    and(
                        shr(sub(192, shl(6, and(r, 3))), mload(add(add(lanes, 0x20), shl(5, shr(2, r))))),
                        0xffffffffffffffff
                    )
                let bias := signextend(3, shr(224, mload(add(add(tail, 0x20), shl(2, r)))))
                mstore(add(add(acc, 0x20), shl(5, r)), add(sub(lane, offsetSum), bias))
            }
        }
    }

    /// @dev The tail's bytes: B1q (int32), then for an MLP W2q (int16, unit-major) and B2q (int64).
    function _readTail(address tail, uint256 rows, uint8 kind) private view returns (bytes memory data) {
        uint256 length = 4 * rows;
        if (kind == MLP) length += 2 * rows * numClasses + 8 * numClasses;
        data = new bytes(length);
        assembly ("memory-safe") {
            extcodecopy(tail, add(data, 32), 1, length)
        }
    }

    /// @dev logit_c = B2q_c + sum over j of W2q[j][c] * max(0, h_j). Terms stay far inside int256 (an int16 times
    /// a sum of at most 2^64 int16 values), so wrapping arithmetic is exact.
    function _secondLayer(int256[] memory hiddenSums, bytes memory tail, uint256 hidden)
        private
        view
        returns (int256[] memory logits)
    {
        uint256 classes = numClasses;
        logits = new int256[](classes);
        assembly ("memory-safe") {
            let w2 := add(add(tail, 0x20), shl(2, hidden))
            let b2 := add(w2, shl(1, mul(hidden, classes)))
            let out := add(logits, 0x20)
            for { let c := 0 } lt(c, classes) { c := add(c, 1) } {
                mstore(add(out, shl(5, c)), signextend(7, shr(192, mload(add(b2, shl(3, c))))))
            }
            for { let j := 0 } lt(j, hidden) { j := add(j, 1) } {
                let h := mload(add(add(hiddenSums, 0x20), shl(5, j)))
                if sgt(h, 0) {
                    let row := add(w2, shl(1, mul(j, classes)))
                    for { let c := 0 } lt(c, classes) { c := add(c, 1) } {
                        let p := add(out, shl(5, c))
                        mstore(p, add(mload(p), mul(signextend(1, shr(240, mload(add(row, shl(1, c))))), h)))
                    }
                }
            }
        }
    }

    /// @dev The first highest entry's index: ties go to the lowest class.
    function _argmax(int256[] memory logits) private pure returns (uint64 best) {
        int256 top = logits[0];
        for (uint256 c = 1; c < logits.length; ++c) {
            if (logits[c] > top) (top, best) = (logits[c], uint64(c));
        }
    }

    function _int32At(bytes memory b, uint256 offset) private pure returns (int256 v) {
        assembly ("memory-safe") {
            v := signextend(3, shr(224, mload(add(add(b, 32), offset))))
        }
    }
}
