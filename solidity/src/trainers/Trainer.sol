// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IClassifier} from "../models/IClassifier.sol";

/// @title Trainer
/// @notice The one address users talk to: anyone adds labelled data to a shared model, asks it for predictions
/// for free, and later settles the contribution through the incentive mechanism a concrete trainer implements.
/// @dev The data handler lives here rather than in a contract of its own: it saves an external call on every
/// operation and a deployment per model. A contribution is a single storage word keyed by
/// `keccak256(abi.encodePacked(data, label, addedTime, author))`; the key itself vouches for data, label, time
/// and author, so none of them is stored. The author's refund settles a contribution for good (it takes all that
/// is left and the author can never claim again), so it clears the record, and the gas refund for clearing a
/// word pays for part of the operation; the Refund event is the lasting trace. Ether leaves only after all
/// state is written, under a transient reentrancy guard, and a payment the recipient refuses is kept for it to
/// withdraw: nothing is ever stuck.
abstract contract Trainer is Ownable, ReentrancyGuardTransient {
    /// @notice What is stored of one contribution.
    /// @param deposit The deposit taken when it was added, in wei.
    /// @param claimable What is left of the deposit to refund or take, in wei.
    /// @param id Its number, counted from 1; 0 means no such contribution.
    /// @param numClaims How many reports have been paid on it, counting no further than 65535.
    struct Contribution {
        uint96 deposit;
        uint96 claimable;
        uint40 id;
        uint16 numClaims;
    }

    /// @notice What is remembered of one address, in one word.
    /// @param numGood How many of its contributions were validated by a refund.
    /// @param reportWindow Which window of 184 contribution ids `reportBits` covers.
    /// @param reportBits Which contributions in that window it has reported.
    /// @dev Reporters mostly report recent contributions, so the window of reports lives in the word that a
    /// report reads anyway (for `numGood`); a report outside it moves the old window to `_reportSpill`.
    struct Account {
        uint32 numGood;
        uint40 reportWindow;
        uint184 reportBits;
    }

    /// @notice The shortest refund wait: adding and settling can never share a block, so a contribution's deposit
    /// always stands for a while against the data others add (with no wait, a contract adds and refunds in one
    /// transaction and collects good contributions for free).
    /// @dev Internal, like every trainer bound but MAX_REFUND_WAIT: each public getter would add to the dispatch
    /// of every addData. The errors that enforce the bounds carry them.
    uint32 internal constant MIN_REFUND_WAIT = 1 minutes;
    /// @notice The longest refund wait: no contribution's deposit is locked for longer before its author can
    /// claim it. An OracleModel's committee changes only after its trainer's refund wait (see its
    /// MAX_COMMITTEE_DELAY), so this also bounds how long a committee change takes.
    uint32 public constant MAX_REFUND_WAIT = 30 days;

    /// @notice The most samples one `addDataBatch` may carry. Each sample pays at least its new contribution
    /// word and its event (about 25,000 gas) and an IMDB sentence on a 1000-feature model about 30,000 to 60,000
    /// gas in all, so 100 of them stay under a third of the 16,777,216 gas a transaction may use since Osaka;
    /// more would save nothing worth having (the shared part is already spread over 100) and would let one batch
    /// of long samples outgrow a transaction.
    /// @dev This name and `nextAddDataCostOfBatch`'s are picked so that their selectors sort after addData's: the
    /// dispatcher tries the selectors in order, and each one before addData's would cost every addData 22 gas.
    uint256 public constant MAX_BATCH_SIZE = 100;
    /// @dev The `index` of a sample added by `addData`: its errors go out as they are, not wrapped.
    uint256 private constant NOT_BATCHED = type(uint256).max;

    /// @notice The model this trainer teaches.
    IClassifier public immutable model;

    /// @dev The counters every operation touches, in one word of their own (a struct starts a new slot, away
    /// from Ownable's). `lastAddTime` is set at construction so the word is never written from zero.
    struct Counters {
        uint40 lastAddTime;
        uint40 numContributions;
        uint64 totalGood;
    }

    Counters private _counters;

    /// @notice A human-readable name for the model.
    string public name;
    /// @notice What the model does and what data it wants.
    string public description;
    /// @notice How raw input becomes `int64` features (for example a vocabulary name), for clients.
    string public encoder;

    mapping(bytes32 key => Contribution) private _contributions;
    mapping(address account => Account) internal _accounts;
    mapping(address account => mapping(uint256 window => uint184)) private _reportSpill;

    /// @notice Ether owed to accounts that did not accept a payment; see `withdraw`.
    mapping(address account => uint256) public pendingWithdrawals;

    /// @notice `sender` added a sample labelled `label` at `time`, leaving `deposit` wei.
    /// @dev `data` is the sample packed: each entry as 8 big-endian bytes (two's complement), in order. A log
    /// costs 8 gas a byte, and packing cuts an entry from 32 bytes to 8, the biggest part of the event's cost.
    event AddData(address indexed sender, uint64 label, uint256 time, uint256 deposit, bytes data);
    /// @notice `author` was refunded `amount` wei for contribution `key`, which now counts as good.
    event Refund(address indexed author, bytes32 key, uint256 amount);
    /// @notice `reporter` took `amount` wei of contribution `key` by `author`.
    event Report(bytes32 indexed key, address indexed reporter, address indexed author, uint256 amount);
    /// @notice A payment of `amount` wei to `account` failed; it is kept for `account` to withdraw.
    event WithdrawalPending(address indexed account, uint256 amount);
    /// @notice `account` withdrew `amount` wei of pending payments to `to`.
    event Withdrawal(address indexed account, address indexed to, uint256 amount);

    /// @notice A batch holds 1 to MAX_BATCH_SIZE samples: send at least one, and split a longer list into batches of
    /// at most `max`.
    error BatchSizeOutOfRange(uint256 size, uint256 min, uint256 max);
    /// @notice Give exactly one label per sample: `data` has `samples` entries, `labels` has `labels`.
    error BatchLengthMismatch(uint256 samples, uint256 labels);
    /// @notice Sample `index` (counted from 0) of the batch was refused with `reason`, the error `addData` gives
    /// for that sample alone (for example DuplicateContribution, or the model's FeatureOutOfRange); fix or drop
    /// that sample and send the batch again. Nothing of the batch was added.
    error BatchSampleRejected(uint256 index, bytes reason);
    /// @notice Pass the address of the model this trainer is built for.
    error ZeroModel();
    /// @notice The model was built for `trainer`, not for this one at `expected`; deploy the trainer from the
    /// account and nonce the model expects.
    /// @dev The arguments match PredictionMarket's error of the same name and meaning, so one decoder reads both.
    error ModelBoundElsewhere(address trainer, address expected);
    /// @notice Send at least `required` wei (`nextAddDataCost`, or `nextAddDataCostOfBatch` for a batch).
    error DepositTooLow(uint256 required, uint256 sent);
    /// @notice The same sample, label and author in the same second is already stored; wait a block.
    error DuplicateContribution(bytes32 key);
    /// @dev No record under `key`: the contribution was never added (check data, label, time and author), or its
    /// author's refund has settled it and cleared the record.
    error UnknownContribution(bytes32 key);
    /// @notice Nothing is pending for this account.
    error NothingToWithdraw(address account);
    /// @notice `to` refused the ether; withdraw to an address that accepts it.
    error TransferFailed(address to, uint256 amount);
    /// @notice This reporter already took its share of this contribution.
    error AlreadyReported(bytes32 key, address reporter);
    /// @notice The refund wait is outside MIN_REFUND_WAIT..MAX_REFUND_WAIT; pick one inside it.
    error RefundWaitOutOfRange(uint256 refundWait, uint256 min, uint256 max);
    // The refusals every mechanism shares, declared once here rather than in each, so that their arguments and
    // advice cannot drift apart between Points and DepositRefundTake.
    /// @notice Too early for this contribution; call again at `availableAt`.
    error TooEarly(bytes32 key, uint256 availableAt);
    /// @notice The model disagrees with the label, so the author cannot claim it; it may be reported.
    error ModelDisagrees(bytes32 key);
    /// @notice The model agrees with the label, so it cannot be reported.
    error ModelAgrees(bytes32 key);
    /// @notice Authors claim their own contributions with `refund`, not `report`.
    error CannotReportOwnContribution(bytes32 key);
    /// @notice Only accounts with validated contributions of their own may report; refund a good one first.
    error NoGoodContributions(address reporter);

    /// @param model_ The model, built for a trainer at this contract's address; deploying the trainer seals it.
    /// @param name_ The model's name.
    /// @param description_ What the model does.
    /// @param encoder_ How clients turn input into features.
    constructor(IClassifier model_, string memory name_, string memory description_, string memory encoder_)
        Ownable(msg.sender)
    {
        if (address(model_) == address(0)) revert ZeroModel();
        // The model was built for a trainer at this address; anywhere else it would refuse every update.
        if (model_.trainer() != address(this)) revert ModelBoundElsewhere(model_.trainer(), address(this));
        model = model_;
        name = name_;
        description = description_;
        encoder = encoder_;
        _counters.lastAddTime = uint40(block.timestamp);
    }

    /// @notice Adds `data` labelled `label` to the model. Send at least `nextAddDataCost()` wei; the excess
    /// comes back.
    /// @param data The sample, as the model reads it (feature values or feature indices).
    /// @param label Its class.
    function addData(int64[] calldata data, uint64 label) external payable nonReentrant {
        Counters storage counters = _counters;
        uint256 deposit = _requiredDeposit(block.timestamp - counters.lastAddTime);
        if (msg.value < deposit) revert DepositTooLow(deposit, msg.value);
        uint40 id = counters.numContributions + 1;
        (counters.lastAddTime, counters.numContributions) = (uint40(block.timestamp), id);
        _addSample(data, label, deposit, id, NOT_BATCHED);
        if (msg.value > deposit) _pay(msg.sender, msg.value - deposit);
    }

    /// @notice Adds `data[i]` labelled `labels[i]` for every i, in order, in one transaction: the same as
    /// calling `addData` for each in turn within one block (the same records, events, model updates and
    /// deposits), for less gas, since the transaction's base cost and the shared reads are paid once. Send at
    /// least `nextAddDataCostOfBatch(data.length)` wei; the excess comes back once, at the end. Any sample that
    /// `addData` would refuse reverts the whole batch with `BatchSampleRejected`, naming it.
    /// @param data The samples, as the model reads them: 1 to MAX_BATCH_SIZE of them.
    /// @param labels Their classes, one per sample.
    function addDataBatch(int64[][] calldata data, uint64[] calldata labels) external payable nonReentrant {
        uint256 size = data.length;
        if (labels.length != size) revert BatchLengthMismatch(size, labels.length);
        Counters storage counters = _counters;
        (uint256 first, uint256 rest, uint256 total) = _batchDeposits(size, counters.lastAddTime);
        if (msg.value < total) revert DepositTooLow(total, msg.value);
        // One write of the counters for the whole batch: every sample is added at this block's time, so the
        // last one leaves lastAddTime where each single add would have, and ids run on from numContributions.
        uint40 id = counters.numContributions;
        (counters.lastAddTime, counters.numContributions) = (uint40(block.timestamp), id + uint40(size));
        uint256 deposit = first;
        for (uint256 i; i < size; ++i) {
            _addSample(data[i], labels[i], deposit, ++id, i);
            deposit = rest;
        }
        if (msg.value > total) _pay(msg.sender, msg.value - total);
    }

    /// @notice Claims back what is left of the deposit of your own contribution once the model agrees with it,
    /// which also counts it as good data. This settles the contribution: its record is cleared.
    /// @param data The sample as added.
    /// @param label The label as added.
    /// @param addedTime The `time` of its `AddData` event.
    function refund(int64[] calldata data, uint64 label, uint256 addedTime) external nonReentrant {
        bytes32 key = contributionKey(data, label, addedTime, msg.sender);
        Contribution memory c = _contribution(key);
        uint256 amount = _refund(key, c, addedTime, _modelAgrees(data, label));
        delete _contributions[key];
        Account storage a = _accounts[msg.sender];
        a.numGood += 1;
        _counters.totalGood += 1;
        emit Refund(msg.sender, key, amount);
        if (amount > 0) _pay(msg.sender, amount);
    }

    /// @notice Reports someone else's contribution that the model disagrees with, taking part of its deposit.
    /// After the mechanism's longer waits, the owner and then anyone may take what is left.
    /// @param data The sample as added.
    /// @param label The label as added.
    /// @param addedTime The `time` of its `AddData` event.
    /// @param author The address that added it.
    function report(int64[] calldata data, uint64 label, uint256 addedTime, address author) external nonReentrant {
        bytes32 key = contributionKey(data, label, addedTime, author);
        Contribution memory c = _contribution(key);
        uint256 amount = _report(key, c, data, label, addedTime, author);
        c.claimable -= uint96(amount);
        c.numClaims = _countClaim(c.numClaims);
        _contributions[key] = c;
        emit Report(key, msg.sender, author, amount);
        if (amount > 0) _pay(msg.sender, amount);
    }

    /// @notice Sends the caller's pending payments to `to`.
    /// @param to Where to send them; any address that accepts ether.
    function withdraw(address payable to) external nonReentrant {
        uint256 amount = pendingWithdrawals[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        pendingWithdrawals[msg.sender] = 0;
        emit Withdrawal(msg.sender, to, amount);
        if (!_send(to, amount)) revert TransferFailed(to, amount);
    }

    /// @notice The model's prediction for `data`. Free: a view.
    /// @param data A sample as the model reads it.
    function predict(int64[] calldata data) external view returns (uint64) {
        return _predict(data);
    }

    /// @notice The deposit `addData` requires now, in wei.
    function nextAddDataCost() external view returns (uint256) {
        return _requiredDeposit(block.timestamp - _counters.lastAddTime);
    }

    /// @notice The deposit `addDataBatch` requires now for `size` samples, in wei: the first pays what
    /// `addData` would, each later one what an addition in the same second costs.
    /// @param size The number of samples: 1 to MAX_BATCH_SIZE.
    function nextAddDataCostOfBatch(uint256 size) external view returns (uint256 total) {
        (,, total) = _batchDeposits(size, _counters.lastAddTime);
    }

    /// @notice The time data was last added (the deployment time before any), in seconds.
    function lastAddTime() external view returns (uint256) {
        return _counters.lastAddTime;
    }

    /// @notice How many contributions have been added.
    function numContributions() external view returns (uint256) {
        return _counters.numContributions;
    }

    /// @notice How many contributions have been validated by a refund, over all addresses.
    function totalGood() public view returns (uint256) {
        return _counters.totalGood;
    }

    /// @notice The stored record of contribution `key`; `id` is 0 when there is none (never added, or refunded).
    function contribution(bytes32 key) external view returns (Contribution memory) {
        return _contributions[key];
    }

    /// @notice How many contributions of `account` were validated by a refund.
    function numGood(address account) external view returns (uint256) {
        return _accounts[account].numGood;
    }

    /// @notice Whether `reporter` has reported contribution `key` for a share of its deposit. Takes by the owner
    /// or by anyone after the long waits are not recorded per reporter: they take everything left, so nothing is
    /// left to take twice. False once the record is cleared by its author's refund.
    function hasReported(bytes32 key, address reporter) external view returns (bool) {
        uint256 id = _contributions[key].id;
        return id != 0 && _hasReported(reporter, id);
    }

    /// @notice The key under which a contribution is stored.
    function contributionKey(int64[] calldata data, uint64 label, uint256 addedTime, address author)
        public
        pure
        returns (bytes32 key)
    {
        // keccak256(abi.encodePacked(data, label, addedTime, author)), hashing the array's calldata words as
        // they are: the model rejects any entry that is not a clean int64, so only clean words reach storage.
        assembly ("memory-safe") {
            let p := mload(0x40)
            let n := shl(5, data.length)
            calldatacopy(p, data.offset, n)
            mstore(add(p, n), shl(192, label))
            mstore(add(p, add(n, 8)), addedTime)
            mstore(add(p, add(n, 40)), shl(96, author))
            key := keccak256(p, add(n, 60))
        }
    }

    /// @dev The deposits of a batch of `size` samples when data was last added at `lastAdded`: the first sample's,
    /// each later one's (they follow in the same second), and their sum. Reverts unless 1 <= size <= MAX_BATCH_SIZE.
    function _batchDeposits(uint256 size, uint256 lastAdded)
        private
        view
        returns (uint256 first, uint256 rest, uint256 total)
    {
        if (size == 0 || size > MAX_BATCH_SIZE) revert BatchSizeOutOfRange(size, 1, MAX_BATCH_SIZE);
        first = _requiredDeposit(block.timestamp - lastAdded);
        total = first;
        if (size > 1) {
            rest = _requiredDeposit(0);
            // Each deposit fits in 96 bits (a contribution stores it) and size <= MAX_BATCH_SIZE: no overflow.
            unchecked {
                total += rest * (size - 1);
            }
        }
    }

    /// @dev Stores, teaches and announces one sample numbered `id` with deposit `deposit`; the caller has
    /// checked and moved the counters. `index` is its place in a batch, or NOT_BATCHED, for its errors.
    function _addSample(int64[] calldata data, uint64 label, uint256 deposit, uint40 id, uint256 index) private {
        bytes32 key = contributionKey(data, label, block.timestamp, msg.sender);
        if (_contributions[key].id != 0) {
            _rejectSample(index, abi.encodeWithSelector(DuplicateContribution.selector, key));
        }
        _contributions[key] = Contribution(uint96(deposit), uint96(deposit), id, 0);
        _updateModel(data, label, index);
        _emitAddData(data, label, deposit);
    }

    /// @dev Reverts with `reason`, wrapped in BatchSampleRejected with the sample's place unless it came alone.
    function _rejectSample(uint256 index, bytes memory reason) private pure {
        if (index != NOT_BATCHED) revert BatchSampleRejected(index, reason);
        assembly ("memory-safe") {
            revert(add(reason, 0x20), mload(reason))
        }
    }

    /// @dev Reverts unless `refundWait_` is within MIN_REFUND_WAIT..MAX_REFUND_WAIT.
    function _checkRefundWait(uint256 refundWait_) internal pure {
        if (refundWait_ < MIN_REFUND_WAIT || refundWait_ > MAX_REFUND_WAIT) {
            revert RefundWaitOutOfRange(refundWait_, MIN_REFUND_WAIT, MAX_REFUND_WAIT);
        }
    }

    /// @dev The deposit for adding data `elapsed` seconds after the last addition.
    function _requiredDeposit(uint256 elapsed) internal view virtual returns (uint256);

    /// @dev Checks a refund of `c` and returns the amount; the caller clears the record and counts it good.
    function _refund(bytes32 key, Contribution memory c, uint256 addedTime, bool modelAgrees)
        internal
        view
        virtual
        returns (uint256);

    /// @dev Checks a report of `c` by `msg.sender`, records what the mechanism needs, returns the amount.
    function _report(
        bytes32 key,
        Contribution memory c,
        int64[] calldata data,
        uint64 label,
        uint256 addedTime,
        address author
    ) internal virtual returns (uint256);

    /// @dev Whether `reporter` has reported contribution number `id`.
    function _hasReported(address reporter, uint256 id) private view returns (bool) {
        Account memory a = _accounts[reporter];
        uint256 window = id / 184;
        uint256 bits = a.reportWindow == window ? a.reportBits : _reportSpill[reporter][window];
        return bits & (1 << (id % 184)) != 0;
    }

    /// @dev Records that `msg.sender`, whose account is `a`, reports contribution `key` numbered `id`; reverts if
    /// it already has. Writes the account back.
    function _markReported(Account memory a, bytes32 key, uint256 id) internal {
        uint256 window = id / 184;
        uint184 bit = uint184(1 << (id % 184));
        if (a.reportWindow != window) {
            if (a.reportBits != 0) _reportSpill[msg.sender][a.reportWindow] = a.reportBits;
            a.reportWindow = uint40(window);
            a.reportBits = _reportSpill[msg.sender][window];
        }
        if (a.reportBits & bit != 0) revert AlreadyReported(key, msg.sender);
        a.reportBits |= bit;
        _accounts[msg.sender] = a;
    }

    function _modelAgrees(int64[] calldata data, uint64 label) internal view returns (bool) {
        return _predict(data) == label;
    }

    /// @dev Asks the model for data's class. Like _updateModel, it passes `data`'s calldata words as they are:
    /// the model validates every entry, so the ABI encoder's per-entry checks would be paid for twice.
    function _predict(int64[] calldata data) private view returns (uint64) {
        address target = address(model);
        bytes4 selector = IClassifier.predict.selector;
        bool ok;
        uint256 prediction;
        assembly ("memory-safe") {
            let p := mload(0x40)
            let n := shl(5, data.length)
            mstore(p, selector)
            mstore(add(p, 0x04), 0x20)
            mstore(add(p, 0x24), data.length)
            calldatacopy(add(p, 0x44), data.offset, n)
            ok := staticcall(gas(), target, p, add(0x44, n), 0, 0x20)
            prediction := mload(0)
        }
        if (!ok) _bubbleRevert();
        return uint64(prediction);
    }

    /// @dev Teaches the model `data` labelled `label`, as `update(int64[], uint64)`; a refusal goes out through
    /// _rejectSample with the sample's `index`.
    function _updateModel(int64[] calldata data, uint64 label, uint256 index) private {
        address target = address(model);
        bytes4 selector = IClassifier.update.selector;
        bool ok;
        assembly ("memory-safe") {
            let p := mload(0x40)
            let n := shl(5, data.length)
            mstore(p, selector)
            mstore(add(p, 0x04), 0x40)
            mstore(add(p, 0x24), label)
            mstore(add(p, 0x44), data.length)
            calldatacopy(add(p, 0x64), data.offset, n)
            ok := call(gas(), target, 0, p, add(0x64, n), 0, 0)
        }
        if (!ok) _rejectSample(index, _returnData());
    }

    /// @dev Emits AddData with the sample packed to 8 bytes an entry (the model has checked every entry).
    function _emitAddData(int64[] calldata data, uint64 label, uint256 deposit) private {
        bytes32 topic = AddData.selector;
        assembly ("memory-safe") {
            let p := mload(0x40)
            let size := shl(3, data.length)
            mstore(p, label)
            mstore(add(p, 0x20), timestamp())
            mstore(add(p, 0x40), deposit)
            mstore(add(p, 0x60), 0x80)
            mstore(add(p, 0x80), size)
            let out := add(p, 0xa0)
            // Each entry's low 8 bytes, written left to right; the next write overwrites the previous word's
            // tail, and the padding after the last entry is zeroed.
            let end := add(data.offset, shl(5, data.length))
            for { let src := data.offset } lt(src, end) {
                src := add(src, 0x20)
                out := add(out, 8)
            } { mstore(out, shl(192, calldataload(src))) }
            out := add(p, 0xa0)
            let padded := and(add(size, 31), not(31))
            mstore(add(out, size), 0)
            log2(p, add(0xa0, padded), topic, caller())
        }
    }

    /// @dev The last call's return data, which after a failed call is its revert data.
    function _returnData() private pure returns (bytes memory data) {
        assembly ("memory-safe") {
            data := mload(0x40)
            mstore(data, returndatasize())
            returndatacopy(add(data, 0x20), 0, returndatasize())
            mstore(0x40, add(add(data, 0x20), and(add(returndatasize(), 31), not(31))))
        }
    }

    /// @dev Re-raises the revert data of the last call, so the model's custom errors reach the caller.
    function _bubbleRevert() private pure {
        assembly ("memory-safe") {
            let p := mload(0x40)
            returndatacopy(p, 0, returndatasize())
            revert(p, returndatasize())
        }
    }

    /// @dev One more claim, saturating: any number of reporters may each take a share, and a counter that
    /// reverted on overflow would lock the rest of the deposit in forever.
    function _countClaim(uint16 numClaims) private pure returns (uint16) {
        return numClaims == type(uint16).max ? numClaims : numClaims + 1;
    }

    function _contribution(bytes32 key) private view returns (Contribution memory c) {
        c = _contributions[key];
        if (c.id == 0) revert UnknownContribution(key);
    }

    /// @dev Pushes `amount` to `to`; if `to` refuses it, keeps it for `to` to withdraw instead of reverting, so
    /// a contract that cannot receive ether neither blocks its own refund nor loses it.
    function _pay(address to, uint256 amount) private {
        if (!_send(to, amount)) {
            pendingWithdrawals[to] += amount;
            emit WithdrawalPending(to, amount);
        }
    }

    function _send(address to, uint256 amount) private returns (bool ok) {
        // No return data is copied: a recipient cannot make the caller pay for a large one.
        assembly ("memory-safe") {
            ok := call(gas(), to, amount, 0, 0, 0, 0)
        }
    }
}
