// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Create2} from "@openzeppelin/contracts/utils/Create2.sol";
import {IClassifier} from "../models/IClassifier.sol";
import {MarketData} from "./MarketData.sol";
import {ModelUpdater} from "./ModelUpdater.sol";
import {IPredictionMarket} from "./IPredictionMarket.sol";
import {RewardEngine} from "./RewardEngine.sol";

/// @title PredictionMarket
/// @notice A prediction market for data (0xDeCA10B's third incentive mechanism, on-chain): a bounty provider
/// deposits a bounty and commits to a hidden test set cut into pieces; one piece, drawn at random after the
/// commitment, is revealed; contributors add labelled samples with a stake; the provider reveals the rest; a model
/// copy starting from the market's initial model is trained on the contributions in order and its accuracy on the
/// revealed test set measured after each; contributions are paid by the accuracy they added, in rounds funded by
/// the bounty and by the stakes of contributions that made the model worse. Then the market can start again.
/// @dev Phases: Idle -> Committed (first piece drawn and revealed) -> Participation -> Revealing -> Rewarding
/// (walk, then rounds) -> Collecting -> Idle. Every phase has a way out that anyone can take, and every window is
/// bounded, so no run holds the market longer than MAX_RUN_TIME: a provider who never reveals the first piece gets
/// the bounty back (nobody has staked yet); one who never reveals the rest, or whose model changes during the run,
/// forfeits: half the bounty is burnt and the other half goes to the contributors; the reward phase is advanced by
/// anyone in bounded steps, and abandoned (everyone refunded) if not final by its deadline; the sweep closes the run
/// and credits the provider only its own, while contributors' claims outlive the run. In a rewarded run all amounts
/// are integers; contributors' amounts round down and the provider receives exactly the pool (bounty plus stakes)
/// minus what contributors are owed, so every remainder goes to the provider. See README.md beside this file.
contract PredictionMarket is IPredictionMarket, ReentrancyGuardTransient {
    using SafeCast for uint256;

    /// @notice A labelled sample, as the model reads it.
    struct Sample {
        int64[] data;
        uint64 label;
    }

    /// @notice The current market run, in six words. `deadline` is the current phase's: the first reveal's
    /// (Committed), the remaining reveals' (Revealing), the rewards' (Rewarding). `forfeited`: the provider did not
    /// reveal in time or its model changed; `refunded`: the rewards were not final in time (see `abandon`).
    struct State {
        address provider;
        uint96 bounty;
        IClassifier model;
        Phase phase;
        bool drawn;
        bool forfeited;
        bool providerClaimed;
        uint64 numClasses;
        bytes32 piecesRoot;
        uint64 drawBlock;
        uint40 deadline;
        uint40 earliestEnd;
        uint32 numPieces;
        uint32 revealIndex;
        uint32 nextReveal;
        bool refunded;
        uint32 numEvalSamples;
        uint32 numContributions;
        uint32 numContributors;
        uint96 totalStaked;
        uint128 claimedTotal;
    }

    /// @notice The reward phase's progress, in three words.
    /// @param cursor Walk: contributions applied so far. Scans and Apply: items visited this pass.
    /// @param evalPos Walk: the next test piece (by evaluation position) to evaluate the model on.
    /// @param correct Walk: correct predictions so far on the current model.
    /// @param prevAcc The accuracy before the next contribution a pass visits.
    /// @param acc0 The initial model's accuracy.
    /// @param iteration The rounds iteration, from 1.
    /// @param aliveUnits Contributions (or contributors, grouped) still in the market.
    /// @param remainingRounds Rounds the bounty still funds.
    /// @param minRounds Scans: the fewest rounds a negative unit can pay for.
    /// @param rounds Apply: the rounds being applied.
    /// @param owedTotal Wei owed to contributors so far (dropped units, and every unit once final).
    struct Reward {
        Stage stage;
        bool isFinal;
        bool hasNegative;
        uint32 cursor;
        uint32 evalPos;
        uint32 correct;
        uint32 prevAcc;
        uint32 acc0;
        uint32 iteration;
        uint32 aliveUnits;
        uint128 remainingRounds;
        uint128 minRounds;
        uint128 rounds;
        uint128 owedTotal;
    }

    /// @notice One contributor in one run.
    /// @param staked Total stakes.
    /// @param balance Grouped: the running balance, final once dropped or the rewards are final. Otherwise: what
    /// its contributions have been credited (dropped ones, and all once final).
    /// @param count Its contributions.
    /// @param dropped Grouped: it left the rounds because its balance fell too low.
    /// @param claimed It has claimed.
    /// @param score Grouped: its score in iteration `scoreIteration`.
    struct Account {
        uint96 staked;
        uint96 balance;
        uint32 count;
        bool dropped;
        bool claimed;
        int128 score;
        uint32 scoreIteration;
    }

    /// @notice One contribution. `body` is the sample's leaf until the walk reaches it, then its balance (bits
    /// 0-95), its accuracy (96-127) and whether it was dropped (bit 128). The balance is the one after the last
    /// iteration that dropped or moved it: the final iteration credits the contributor's account without
    /// writing it back (a store per contribution saved), so `accountOf` holds what is paid.
    struct Contribution {
        address contributor;
        uint96 stake;
        bytes32 body;
    }

    /// @notice How a run ended: what its contributors may claim, for as long as they like.
    enum Ending {
        None,
        Rewarded,
        Forfeited,
        Refunded
    }

    /// @notice A run's ending, recorded when it reaches Collecting, so that contributors claim after it closes.
    /// @param ending How it ended.
    /// @param share Forfeited: the part of the bounty shared among contributors by stake.
    /// @param totalStaked Every stake of the run.
    struct Outcome {
        Ending ending;
        uint96 share;
        uint96 totalStaked;
    }

    /// @notice Blocks between the commitment and the block whose hash draws the first piece.
    uint256 public constant DRAW_DELAY = 5;
    /// @notice The most pieces a test set may be cut into.
    uint256 public constant MAX_PIECES = 1 << 16;
    /// @notice The least bounty, in wei: a run that holds the market costs its provider at least this much
    /// capital, and a forfeit at least half of it (FORFEIT_BURN_BPS).
    uint256 public constant MIN_BOUNTY = 100_000;
    /// @notice The most bounty, in wei; with MAX_STAKE and MAX_CONTRIBUTIONS every pool fits 96 bits.
    uint256 public constant MAX_BOUNTY = 1e27;
    /// @notice The least minimum stake, in wei.
    uint256 public constant MIN_STAKE = 1;
    /// @notice The most any one stake may be, in wei (and so the most `minStake`).
    uint256 public constant MAX_STAKE = 1e24;
    /// @notice The most contributions a run may accept: bounds the reward phase (walk and settle, about 863k gas
    /// per contribution with 100 test samples) that walkers pay for.
    uint256 public constant MAX_CONTRIBUTIONS = 1000;
    /// @notice The shortest windows and participation, in seconds: time for honest parties to act.
    uint256 public constant MIN_WINDOW = 1 hours;
    /// @notice The longest first-reveal window: the provider holds its pieces when it commits and only waits
    /// DRAW_DELAY blocks; nobody has staked yet.
    uint256 public constant MAX_FIRST_REVEAL_WINDOW = 1 days;
    /// @notice The longest `minDuration`: participation may always be ended after it.
    uint256 public constant MAX_DURATION = 14 days;
    /// @notice The longest reveal window: revealing is calldata the provider already holds, while contributors'
    /// stakes wait on it.
    uint256 public constant MAX_REVEAL_WINDOW = 7 days;
    /// @notice The shortest and longest reward windows: walking MAX_CONTRIBUTIONS takes about a hundred
    /// transactions anyone may send; after the window the run is abandoned and everyone is refunded.
    uint256 public constant MIN_REWARD_WINDOW = 1 days;
    uint256 public constant MAX_REWARD_WINDOW = 7 days;
    /// @notice The longest a run can keep the market from starting another (29 days): this long after
    /// `initialise`, anyone can bring it to Collecting (cancel, endMarket, forfeit or abandon) and close it
    /// (sweep); every party's funds are then claimable or credited.
    uint256 public constant MAX_RUN_TIME =
        MAX_FIRST_REVEAL_WINDOW + MAX_DURATION + MAX_REVEAL_WINDOW + MAX_REWARD_WINDOW;
    /// @notice The most samples a test piece may hold, and the most entries a sample may have (the step gas
    /// budget usually binds first).
    uint256 public constant MAX_PIECE_SAMPLES = 512;
    uint256 public constant MAX_SAMPLE_LENGTH = 4096;
    /// @notice The least and most gas a model call may be given.
    uint256 public constant MIN_MODEL_GAS = 10_000;
    uint256 public constant MAX_MODEL_GAS = 4_000_000;
    /// @notice The share of the bounty, in basis points, that a forfeiting provider loses for good (it stays in
    /// the market, counted in `burnt`): contributors, sybils included, share only the rest.
    uint256 public constant FORFEIT_BURN_BPS = 5_000;
    /// @notice The gas the model's version is read with (see `modelPin`).
    uint256 public constant PIN_GAS = MarketData.PIN_GAS;
    /// @notice The most contributions or contributors one `settle` visits.
    uint256 public constant MAX_SETTLE_ITEMS = RewardEngine.MAX_SETTLE_ITEMS;
    /// @notice The gas the smallest walk step (apply one contribution, evaluate one piece) may need, calldata
    /// included, estimated conservatively from the configuration; the rest of 10M is headroom.
    uint256 public constant STEP_GAS_BUDGET = 9_000_000;
    /// @notice Per-sample and per-entry gas of a step besides the model call (calldata, hashing, copying).
    uint256 public constant SAMPLE_GAS = 8_000;
    uint256 public constant ENTRY_GAS = 1_300;
    /// @notice A step's fixed gas (transaction, dispatch, state).
    uint256 public constant STEP_BASE_GAS = 150_000;
    /// @notice The current run's number, from 0; the next run's once the current one is Idle.
    uint256 public run;

    State internal _m;
    Config internal _cfg;
    Reward internal _r;

    mapping(uint256 runId => mapping(uint256 id => Contribution)) internal _contributions;
    mapping(uint256 runId => mapping(address who => Account)) internal _accounts;
    mapping(uint256 runId => mapping(uint256 index => address)) internal _contributorAt;
    mapping(uint256 runId => mapping(uint256 position => bytes32)) internal _pieceHashes;

    /// @notice Ether credited to providers (cancelled runs, sweeps) for them to withdraw.
    mapping(address account => uint256) public owed;

    /// @notice How many runs each provider has started; its next run's updater is `updaterFor(provider)`.
    mapping(address provider => uint256) public runsOf;

    mapping(uint256 runId => Outcome) internal _outcomes;

    /// @dev The current run's model pin, recorded at `initialise`.
    bytes32 internal _pin;

    /// @notice Wei that forfeiting providers lost for good; it stays in the market.
    uint256 public burnt;

    // ------------------------------------------------------------------------------------------------ initialise

    /// @notice Starts a market run: deposits the bounty (`msg.value`, MIN_BOUNTY to MAX_BOUNTY), commits to the
    /// test pieces, seals `model` by deploying its updater, and pins the model (see `modelPin`). The first piece
    /// is drawn from the hash of block `block.number + DRAW_DELAY`.
    /// @dev Deploy `model` for `updaterFor(msg.sender)` and fill it before calling: the updater's deployment seals
    /// it. That address depends on the caller, so nobody else can start a run with the model.
    /// @param model The market's initial model, built for trainer `updaterFor(msg.sender)`; the walk trains it.
    /// @param piecesRoot The root of the positional Merkle tree over the pieces' hashes (see MarketData).
    /// @param numPieces How many pieces the test set is cut into, at least 2.
    /// @param cfg The run's parameters.
    function initialise(IClassifier model, bytes32 piecesRoot, uint256 numPieces, Config calldata cfg)
        external
        payable
        nonReentrant
    {
        State storage m = _m;
        if (m.phase != Phase.Idle) revert WrongPhase(Phase.Idle, m.phase);
        if (msg.value < MIN_BOUNTY || msg.value > MAX_BOUNTY) {
            revert OutOfRange(Param.Bounty, msg.value, MIN_BOUNTY, MAX_BOUNTY);
        }
        if (numPieces < 2 || numPieces > MAX_PIECES) revert BadNumPieces(numPieces);
        _checkConfig(cfg);
        uint256 maxEval = (numPieces - 1) * cfg.maxPieceSamples;
        if (msg.value < maxEval) revert BountyBelowOneRound(msg.value, maxEval);
        uint256 runId = run;
        uint256 nonce = runsOf[msg.sender];
        address updater = _updaterAt(msg.sender, nonce);
        address bound = model.trainer();
        if (bound != updater) revert ModelBoundElsewhere(bound, updater);
        uint64 numClasses = model.numClasses();
        uint256 drawBlock = block.number + DRAW_DELAY;
        _m = State({
            provider: msg.sender,
            bounty: msg.value.toUint96(),
            model: model,
            phase: Phase.Committed,
            drawn: false,
            forfeited: false,
            providerClaimed: false,
            numClasses: numClasses,
            piecesRoot: piecesRoot,
            drawBlock: uint64(drawBlock),
            deadline: uint40(block.timestamp + cfg.firstRevealWindow),
            earliestEnd: 0,
            numPieces: uint32(numPieces),
            revealIndex: 0,
            nextReveal: 0,
            refunded: false,
            numEvalSamples: 0,
            numContributions: 0,
            numContributors: 0,
            totalStaked: 0,
            claimedTotal: 0
        });
        _cfg = cfg;
        runsOf[msg.sender] = nonce + 1;
        new ModelUpdater{salt: _salt(msg.sender, nonce)}();
        _pin = _pinOf(address(model));
        emit MarketInitialised(runId, msg.sender, model, updater, msg.value, piecesRoot, numPieces, drawBlock, cfg);
    }

    /// @notice Draws the piece to reveal first from the hash of the draw block, once that block is past. If the
    /// hash is no longer available (more than 256 blocks later), moves the draw to `DRAW_DELAY` blocks from now.
    /// Anyone may call it; `revealFirstPiece` draws by itself when it can.
    function draw() external nonReentrant {
        State storage m = _m;
        _requirePhase(Phase.Committed);
        if (m.drawn) revert AlreadyDrawn(m.revealIndex);
        if (block.number <= m.drawBlock) revert DrawNotReady(m.drawBlock);
        if (!_draw(m)) {
            m.drawBlock = uint64(block.number + DRAW_DELAY);
            emit DrawRetargeted(run, m.drawBlock);
        }
    }

    /// @notice Reveals the drawn piece, which opens participation. Anyone holding the piece may reveal it.
    /// @param samples The piece's samples, in committed order.
    /// @param proof The piece hash's Merkle proof at the drawn index.
    function revealFirstPiece(Sample[] calldata samples, bytes32[] calldata proof) external nonReentrant {
        State storage m = _m;
        _requirePhase(Phase.Committed);
        _requireBefore(m.deadline);
        if (!m.drawn) {
            if (block.number <= m.drawBlock) revert DrawNotReady(m.drawBlock);
            if (!_draw(m)) revert DrawExpired(m.drawBlock);
        }
        uint256 index = m.revealIndex;
        bytes32 h = _checkRevealed(samples);
        if (!MarketData.verify(m.piecesRoot, m.numPieces, index, h, proof)) revert InvalidProof(index);
        uint256 earliestEnd = block.timestamp + _cfg.minDuration;
        m.phase = Phase.Participation;
        m.earliestEnd = uint40(earliestEnd);
        m.deadline = 0;
        emit PieceRevealed(run, index, h, samples.length, _pack(samples));
        emit ParticipationOpened(run, earliestEnd);
    }

    /// @notice Cancels a run whose first piece was not revealed in time; the bounty is credited back to the
    /// provider (nobody has staked). Anyone may call it.
    function cancel() external nonReentrant {
        State storage m = _m;
        _requirePhase(Phase.Committed);
        _requireAfter(m.deadline);
        emit Cancelled(run);
        _close(m, m.bounty);
    }

    // --------------------------------------------------------------------------------------------- participation

    /// @notice Adds `data` labelled `label` to the market with a stake of `msg.value`: exactly the minimum
    /// stake, or at least it when the run allows greater stakes. The model is not updated now.
    /// @param data The sample, as the model reads it.
    /// @param label Its class.
    function contribute(int64[] calldata data, uint64 label) external payable nonReentrant {
        State storage m = _m;
        _requirePhase(Phase.Participation);
        Config storage cfg = _cfg;
        if (label >= m.numClasses) revert UnknownLabel(label, m.numClasses);
        _checkSample(data, cfg.maxSampleLength);
        uint256 minStake = cfg.minStake;
        if (msg.value < minStake) revert StakeTooLow(minStake, msg.value);
        if (msg.value != minStake && !cfg.allowGreaterStake) revert StakeNotExact(minStake, msg.value);
        if (msg.value > MAX_STAKE) revert StakeTooHigh(MAX_STAKE, msg.value);
        uint96 stake = uint96(msg.value);
        uint256 runId = run;
        uint256 id = uint256(m.numContributions) + 1;
        if (id > cfg.maxContributions) revert RunFull(cfg.maxContributions);
        m.numContributions = id.toUint32();
        m.totalStaked += stake;
        _contributions[runId][id] = Contribution(msg.sender, stake, MarketData.sampleLeaf(data, label));
        Account storage a = _accounts[runId][msg.sender];
        if (a.count == 0) {
            if (cfg.groupByContributor) _contributorAt[runId][m.numContributors] = msg.sender;
            m.numContributors += 1;
        }
        if (cfg.groupByContributor) a.balance += stake;
        a.staked += stake;
        a.count += 1;
        emit Contributed(runId, id, msg.sender, stake, _packOne(data, label));
    }

    /// @notice Ends participation once it has lasted `minDuration` or has `minContributions` contributions.
    /// With no contributions the run closes and the bounty is credited back to the provider. Anyone may call it.
    function endMarket() external nonReentrant {
        State storage m = _m;
        _requirePhase(Phase.Participation);
        uint256 n = m.numContributions;
        uint256 minContributions = _cfg.minContributions;
        if (n < minContributions && block.timestamp < m.earliestEnd) {
            revert EndCriteriaNotMet(n, minContributions, m.earliestEnd);
        }
        if (n == 0) {
            emit MarketEnded(run, 0, 0);
            _close(m, m.bounty);
            return;
        }
        uint256 deadline = block.timestamp + _cfg.revealWindow;
        m.phase = Phase.Revealing;
        m.deadline = uint40(deadline);
        emit MarketEnded(run, n, deadline);
    }

    // ------------------------------------------------------------------------------------------------- reveal

    /// @notice Reveals the next test pieces, in index order, skipping the one revealed first. Revealing the last
    /// one starts the reward phase. Anyone holding the pieces may reveal them.
    /// @param pieces The pieces' samples, in committed order.
    /// @param proofs Each piece hash's Merkle proof.
    function revealPieces(Sample[][] calldata pieces, bytes32[][] calldata proofs) external nonReentrant {
        State storage m = _m;
        _requirePhase(Phase.Revealing);
        _requireBefore(m.deadline);
        if (proofs.length != pieces.length) revert LengthMismatch(pieces.length, proofs.length);
        uint256 pos = m.nextReveal;
        uint256 numEval = uint256(m.numPieces) - 1;
        if (pieces.length == 0 || pieces.length > numEval - pos) revert TooManyPieces(pieces.length, numEval - pos);
        uint256 runId = run;
        uint256 total = m.numEvalSamples;
        for (uint256 j; j < pieces.length; ++j) {
            uint256 index = _pieceIndex(m, pos);
            bytes32 h = _checkRevealed(pieces[j]);
            if (!MarketData.verify(m.piecesRoot, m.numPieces, index, h, proofs[j])) revert InvalidProof(index);
            _pieceHashes[runId][pos] = h;
            total += pieces[j].length;
            ++pos;
            emit PieceRevealed(runId, index, h, pieces[j].length, _pack(pieces[j]));
        }
        m.nextReveal = uint32(pos);
        m.numEvalSamples = total.toUint32();
        if (pos == numEval) _startReward(m);
    }

    /// @notice The provider forfeits when pieces are still hidden after the reveal deadline, or when the model's
    /// pin changed before the walk ended (participation, reveal or walk): every contributor may claim its stakes
    /// plus its share, by stake, of the bounty less FORFEIT_BURN_BPS; the rest of the bounty is lost for good, so
    /// stakes the provider placed through other accounts cannot win it back. Anyone may call it.
    function forfeit() external nonReentrant {
        State storage m = _m;
        Phase phase = m.phase;
        bool changed =
            (phase == Phase.Participation
                    || phase == Phase.Revealing
                    || (phase == Phase.Rewarding && _r.stage == Stage.Walk)) && _pinOf(address(m.model)) != _pin;
        if (!changed) {
            _requirePhase(Phase.Revealing);
            if (block.timestamp <= m.deadline) revert ModelUnchanged();
        }
        uint256 burned = uint256(m.bounty) * FORFEIT_BURN_BPS / 10_000;
        uint256 share = m.totalStaked == 0 ? 0 : m.bounty - burned;
        if (m.totalStaked == 0) burned = m.bounty;
        burnt += burned;
        m.forfeited = true;
        _collect(m, Ending.Forfeited, share);
        emit Forfeited(run, m.nextReveal, changed, share, burned);
    }

    /// @notice After the reward deadline with the rewards not final, the run is abandoned: every contributor may
    /// claim its stakes back and the provider its bounty, whatever the walk or the rounds had reached. Nobody is
    /// at fault when nobody walked, or when the model always runs out of gas (`ModelOutOfGas`). Anyone may call it.
    function abandon() external nonReentrant {
        State storage m = _m;
        _requirePhase(Phase.Rewarding);
        _requireAfter(m.deadline);
        m.refunded = true;
        _collect(m, Ending.Refunded, 0);
        emit Abandoned(run);
    }

    // ------------------------------------------------------------------------------------------------- reward

    /// @notice Advances the walk: applies contributions to the model copy in order and evaluates it on the test
    /// pieces, piece by piece, as far as the given data reaches. Anyone may call it.
    /// @dev The walk needs the evaluation piece at position `evalPos` next, or, once the model is evaluated on
    /// all of them, the next contribution. Pass the pieces at positions `firstPosition ..` (all of them to let
    /// one call go through several contributions) and the contributions from the next one on.
    /// @param firstPosition The evaluation position of `pieces[0]` (positions skip the piece revealed first).
    /// @param pieces Revealed test pieces, as revealed.
    /// @param samples The next contributions' samples, as contributed.
    function walk(uint256 firstPosition, Sample[][] calldata pieces, Sample[] calldata samples) external nonReentrant {
        _requirePhase(Phase.Rewarding);
        // The engine reads the arguments from msg.data, where this function's decoder has checked them.
        (firstPosition, pieces, samples);
        uint256 runId = run;
        address provider = _m.provider;
        _r = RewardEngine.walk(
            _r,
            _m,
            _cfg,
            _contributions[runId],
            _accounts[runId],
            _pieceHashes[runId],
            runId,
            _pin,
            _updaterAt(provider, runsOf[provider] - 1),
            msg.data[4:]
        );
    }

    /// @notice Advances the rounds after the walk by up to `maxItems` contributions or contributors (at most
    /// `MAX_SETTLE_ITEMS`); the call that completes the last pass makes the rewards final. Anyone may call it.
    /// @param maxItems The most items to visit.
    function settle(uint256 maxItems) external nonReentrant {
        _requirePhase(Phase.Rewarding);
        uint256 runId = run;
        (Reward memory r, bool finished) = RewardEngine.settle(
            _r, _m, _cfg, _contributions[runId], _accounts[runId], _contributorAt[runId], runId, maxItems
        );
        _r = r;
        if (finished) {
            State storage m = _m;
            _collect(m, Ending.Rewarded, 0);
            emit RewardsFinal(runId, r.owedTotal, uint256(m.bounty) + m.totalStaked - r.owedTotal);
        }
    }

    // ------------------------------------------------------------------------------------------------ collect

    /// @notice Pays the caller what the current run owes it, once: a contributor what its ending gives it (see
    /// `claimRun`), the provider the pool minus what contributors are owed (rewarded), its bounty (abandoned) or
    /// nothing (forfeited).
    /// @param to Where to send it.
    function claim(address payable to) external nonReentrant {
        State storage m = _m;
        _requirePhase(Phase.Collecting);
        uint256 runId = run;
        uint256 amount = _takeContributor(runId, msg.sender);
        if (msg.sender == m.provider && !m.providerClaimed) {
            m.providerClaimed = true;
            amount += _providerDue(m);
        }
        if (amount == 0) revert NothingOwed(msg.sender);
        m.claimedTotal += uint128(amount);
        emit Claimed(runId, msg.sender, to, amount);
        _send(to, amount);
    }

    /// @notice Pays the caller what run `runId` owes it as a contributor, once, at any time after the run reached
    /// Collecting, before or after it closed: its final balance (rewarded), its stakes (abandoned), or its stakes
    /// plus its share of the forfeited bounty by stake (forfeited).
    /// @param runId The run.
    /// @param to Where to send it.
    function claimRun(uint256 runId, address payable to) external nonReentrant {
        uint256 amount = _takeContributor(runId, msg.sender);
        if (amount == 0) revert NothingOwed(msg.sender);
        if (runId == run) _m.claimedTotal += uint128(amount);
        emit Claimed(runId, msg.sender, to, amount);
        _send(to, amount);
    }

    /// @notice Closes the run so that a new one can start, crediting the provider what it has not claimed of its
    /// own. Contributors' unclaimed amounts stay theirs: they claim them with `claimRun`. Anyone may call it.
    function sweep() external nonReentrant {
        State storage m = _m;
        _requirePhase(Phase.Collecting);
        uint256 unclaimed;
        if (!m.providerClaimed) {
            m.providerClaimed = true;
            unclaimed = _providerDue(m);
        }
        emit Swept(run, unclaimed);
        _close(m, unclaimed);
    }

    /// @notice Sends the caller's credited ether (cancelled runs, sweeps) to `to`.
    /// @param to Where to send it.
    function withdraw(address payable to) external nonReentrant {
        uint256 amount = owed[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        owed[msg.sender] = 0;
        emit Withdrawal(msg.sender, to, amount);
        _send(to, amount);
    }

    // -------------------------------------------------------------------------------------------------- views

    /// @notice The address of `provider`'s next run's model updater: the trainer its model must be built for.
    /// It depends on the provider, so a model built for it can start a run only from `provider`.
    /// @param provider The account that will call `initialise`.
    function updaterFor(address provider) external view returns (address) {
        return _updaterAt(provider, runsOf[provider]);
    }

    /// @notice The current run's model pin, and what the model gives now. The pin hashes the model's code hash and
    /// the answer to `activeVersion()` (OracleModel's active version; a model without it answers with a revert,
    /// which is pinned as such). A model may change during the run only through the run's updater: a classifier
    /// sealed to it changes only so, and a model whose versions change otherwise (OracleModel) changes its pin,
    /// which stops the walk and lets anyone `forfeit`.
    function modelPin() external view returns (bytes32 pinned, bytes32 current) {
        return (_pin, _pinOf(address(_m.model)));
    }

    /// @notice How run `runId` ended (None until it reaches Collecting).
    function outcomeOf(uint256 runId) external view returns (Outcome memory) {
        return _outcomes[runId];
    }

    /// @notice The current run.
    function state() external view returns (State memory) {
        return _m;
    }

    /// @notice The current run's parameters.
    function config() external view returns (Config memory) {
        return _cfg;
    }

    /// @notice The current run's reward progress.
    function rewardState() external view returns (Reward memory) {
        return _r;
    }

    /// @notice Contributor `who` in run `runId`.
    function accountOf(uint256 runId, address who) external view returns (Account memory) {
        return _accounts[runId][who];
    }

    /// @notice Contribution `id` (from 1) of run `runId`.
    function contributionOf(uint256 runId, uint256 id) external view returns (Contribution memory) {
        return _contributions[runId][id];
    }

    /// @notice The `index`-th distinct contributor of run `runId` (grouped runs only).
    function contributorAt(uint256 runId, uint256 index) external view returns (address) {
        return _contributorAt[runId][index];
    }

    /// @notice The hash of the piece revealed at evaluation position `position` of run `runId`.
    function pieceHashAt(uint256 runId, uint256 position) external view returns (bytes32) {
        return _pieceHashes[runId][position];
    }

    /// @notice The committed index of the piece at evaluation position `position` of the current run.
    function pieceIndexAt(uint256 position) external view returns (uint256) {
        return _pieceIndex(_m, position);
    }

    /// @notice The pool: the bounty plus every stake of the current run.
    function pool() external view returns (uint256) {
        return uint256(_m.bounty) + _m.totalStaked;
    }

    /// @notice What `claim` would pay `who` now.
    function claimable(address who) external view returns (uint256 amount) {
        State storage m = _m;
        if (m.phase != Phase.Collecting) return 0;
        amount = _contributorDue(run, who);
        if (who == m.provider && !m.providerClaimed) amount += _providerDue(m);
    }

    /// @notice What `claimRun(runId, ...)` would pay `who` now.
    function claimableIn(uint256 runId, address who) external view returns (uint256) {
        return _contributorDue(runId, who);
    }

    // ------------------------------------------------------------------------------------------------ private

    function _checkConfig(Config calldata cfg) private pure {
        _bound(Param.MinStake, cfg.minStake, MIN_STAKE, MAX_STAKE);
        _bound(Param.MaxContributions, cfg.maxContributions, 1, MAX_CONTRIBUTIONS);
        _bound(Param.MinContributions, cfg.minContributions, 0, cfg.maxContributions);
        _bound(Param.MinDuration, cfg.minDuration, MIN_WINDOW, MAX_DURATION);
        _bound(Param.FirstRevealWindow, cfg.firstRevealWindow, MIN_WINDOW, MAX_FIRST_REVEAL_WINDOW);
        _bound(Param.RevealWindow, cfg.revealWindow, MIN_WINDOW, MAX_REVEAL_WINDOW);
        _bound(Param.RewardWindow, cfg.rewardWindow, MIN_REWARD_WINDOW, MAX_REWARD_WINDOW);
        _bound(Param.MaxPieceSamples, cfg.maxPieceSamples, 1, MAX_PIECE_SAMPLES);
        _bound(Param.MaxSampleLength, cfg.maxSampleLength, 1, MAX_SAMPLE_LENGTH);
        _bound(Param.ModelGasLimit, cfg.modelGasLimit, MIN_MODEL_GAS, MAX_MODEL_GAS);
        uint256 perSample = uint256(cfg.modelGasLimit) + SAMPLE_GAS + ENTRY_GAS * cfg.maxSampleLength;
        uint256 unit = (uint256(cfg.maxPieceSamples) + 1) * perSample + STEP_BASE_GAS;
        if (unit > STEP_GAS_BUDGET) revert StepTooHeavy(unit, STEP_GAS_BUDGET);
    }

    function _bound(Param param, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert OutOfRange(param, value, min, max);
    }

    function _salt(address provider, uint256 nonce) private pure returns (bytes32) {
        return keccak256(abi.encode(provider, nonce));
    }

    function _updaterAt(address provider, uint256 nonce) private view returns (address) {
        return Create2.computeAddress(_salt(provider, nonce), keccak256(type(ModelUpdater).creationCode));
    }

    /// @dev See `modelPin`. The version is read with PIN_GAS so that a model cannot make the pin cost unbounded.
    function _pinOf(address model) private view returns (bytes32) {
        return MarketData.modelPin(model);
    }

    /// @dev Records how the run ended and opens the claims.
    function _collect(State storage m, Ending ending, uint256 share) private {
        m.phase = Phase.Collecting;
        m.deadline = 0;
        _outcomes[run] = Outcome(ending, uint96(share), m.totalStaked);
    }

    /// @dev What the provider is owed of its own in the current run, Collecting and unclaimed.
    function _providerDue(State storage m) private view returns (uint256) {
        if (m.forfeited) return 0;
        if (m.refunded) return m.bounty;
        return uint256(m.bounty) + m.totalStaked - _r.owedTotal;
    }

    function _contributorDue(uint256 runId, address who) private view returns (uint256) {
        Account storage a = _accounts[runId][who];
        if (a.count == 0 || a.claimed) return 0;
        Outcome memory o = _outcomes[runId];
        if (o.ending == Ending.Rewarded) return a.balance;
        if (o.ending == Ending.Refunded) return a.staked;
        if (o.ending == Ending.Forfeited) return uint256(a.staked) + uint256(o.share) * a.staked / o.totalStaked;
        return 0;
    }

    /// @dev Marks `who`'s contributor claim in run `runId` taken and returns its amount (0 if none).
    function _takeContributor(uint256 runId, address who) private returns (uint256 amount) {
        amount = _contributorDue(runId, who);
        if (amount != 0) _accounts[runId][who].claimed = true;
    }

    /// @dev Draws the first piece from the draw block's hash; false if that hash is no longer available.
    function _draw(State storage m) private returns (bool) {
        bytes32 h = blockhash(m.drawBlock);
        if (h == bytes32(0)) return false;
        uint256 index = uint256(keccak256(abi.encode(h, m.piecesRoot, run, address(this)))) % m.numPieces;
        m.revealIndex = uint32(index);
        m.drawn = true;
        emit RevealIndexDrawn(run, index);
        return true;
    }

    function _close(State storage m, uint256 credit) private {
        uint256 runId = run;
        address provider = m.provider;
        if (credit != 0) owed[provider] += credit;
        m.phase = Phase.Idle;
        run = runId + 1;
        emit Closed(runId, provider, credit);
    }

    function _startReward(State storage m) private {
        uint256 rounds = uint256(m.bounty) / m.numEvalSamples;
        m.phase = Phase.Rewarding;
        m.deadline = uint40(block.timestamp + _cfg.rewardWindow);
        _r = Reward({
            stage: Stage.Walk,
            isFinal: false,
            hasNegative: false,
            cursor: 0,
            evalPos: 0,
            correct: 0,
            prevAcc: 0,
            acc0: 0,
            iteration: 1,
            aliveUnits: _cfg.groupByContributor ? m.numContributors : m.numContributions,
            remainingRounds: uint128(rounds),
            minRounds: type(uint128).max,
            rounds: 0,
            owedTotal: 0
        });
        emit RewardStarted(run, m.numEvalSamples, rounds);
    }

    /// @dev The committed index of the piece at evaluation position `position`: positions skip the first piece.
    function _pieceIndex(State storage m, uint256 position) private view returns (uint256) {
        return position < m.revealIndex ? position : position + 1;
    }

    /// @dev Checks a revealed piece's size and samples and returns its hash.
    function _checkRevealed(Sample[] calldata samples) private view returns (bytes32) {
        uint256 n = samples.length;
        uint256 maxSamples = _cfg.maxPieceSamples;
        uint256 maxLength = _cfg.maxSampleLength;
        if (n == 0 || n > maxSamples) revert PieceSize(n, maxSamples);
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 j; j < n; ++j) {
            Sample calldata s = samples[j];
            _checkSample(s.data, maxLength);
            leaves[j] = MarketData.sampleLeaf(s.data, s.label);
        }
        return MarketData.hashWords(leaves);
    }

    function _checkSample(int64[] calldata data, uint256 maxLength) private pure {
        if (data.length > maxLength) revert SampleTooLong(data.length, maxLength);
        if (!MarketData.isClean(data)) revert MalformedSample();
    }

    function _pack(Sample[] calldata samples) private pure returns (bytes memory packed) {
        uint256 size;
        for (uint256 j; j < samples.length; ++j) {
            size += MarketData.packedSize(samples[j].data.length);
        }
        packed = new bytes(size);
        uint256 out;
        assembly ("memory-safe") {
            out := add(packed, 0x20)
        }
        for (uint256 j; j < samples.length; ++j) {
            out = MarketData.writePacked(out, samples[j].data, samples[j].label);
        }
    }

    function _packOne(int64[] calldata data, uint64 label) private pure returns (bytes memory packed) {
        packed = new bytes(MarketData.packedSize(data.length));
        uint256 out;
        assembly ("memory-safe") {
            out := add(packed, 0x20)
        }
        MarketData.writePacked(out, data, label);
    }

    function _requirePhase(Phase expected) private view {
        Phase current = _m.phase;
        if (current != expected) revert WrongPhase(expected, current);
    }

    function _requireBefore(uint256 deadline) private view {
        if (block.timestamp > deadline) revert DeadlinePassed(deadline);
    }

    function _requireAfter(uint256 deadline) private view {
        if (block.timestamp <= deadline) revert DeadlineNotPassed(deadline);
    }

    function _send(address to, uint256 amount) private {
        bool ok;
        assembly ("memory-safe") {
            ok := call(gas(), to, amount, 0, 0, 0, 0)
        }
        if (!ok) revert TransferFailed(to, amount);
    }
}
