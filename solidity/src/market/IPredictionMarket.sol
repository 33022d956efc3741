// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IClassifier} from "../models/IClassifier.sol";

/// @title IPredictionMarket
/// @notice What a client of PredictionMarket decodes: its events and errors, and the types they carry. The
/// contract implements it; read PredictionMarket for what each call does.
interface IPredictionMarket {
    /// @notice Where the current market run stands.
    enum Phase {
        Idle,
        Committed,
        Participation,
        Revealing,
        Rewarding,
        Collecting
    }

    /// @notice Where the reward phase stands: the walk (train and evaluate), then per iteration a scan over the
    /// contributions, for grouped markets a scan over the contributors, and the application of the rounds.
    enum Stage {
        Walk,
        Scan,
        ScanAccounts,
        Apply
    }

    /// @notice A bounded market parameter, for `OutOfRange`: the `Config` fields in order, then the bounty.
    enum Param {
        MinStake,
        MinContributions,
        MinDuration,
        FirstRevealWindow,
        RevealWindow,
        RewardWindow,
        MaxPieceSamples,
        MaxSampleLength,
        ModelGasLimit,
        MaxContributions,
        Bounty
    }

    /// @notice A market run's parameters, chosen by its bounty provider.
    /// Each is bounded above and below by the constants beside it (see `_checkConfig` and README.md).
    /// @param minStake The least stake a contribution takes, in wei: MIN_STAKE to MAX_STAKE.
    /// @param minContributions The market may end early once it has this many contributions: 0 to
    /// `maxContributions`.
    /// @param minDuration The market may end once participation has been open this long, in seconds: MIN_WINDOW
    /// to MAX_DURATION.
    /// @param firstRevealWindow Seconds after the commitment within which the drawn piece must be revealed:
    /// MIN_WINDOW to MAX_FIRST_REVEAL_WINDOW.
    /// @param revealWindow Seconds after the end within which the remaining pieces must be revealed: MIN_WINDOW to
    /// MAX_REVEAL_WINDOW.
    /// @param rewardWindow Seconds after the last reveal within which the rewards must be final; after it the run
    /// is abandoned and everyone gets back what it put in: MIN_REWARD_WINDOW to MAX_REWARD_WINDOW.
    /// @param maxPieceSamples The most samples a test piece may hold: 1 to MAX_PIECE_SAMPLES.
    /// @param maxSampleLength The most entries a sample (test or contributed) may have: 1 to MAX_SAMPLE_LENGTH.
    /// @param modelGasLimit The gas each model call (one predict, one update) gets: MIN_MODEL_GAS to
    /// MAX_MODEL_GAS. A call that reverts within it counts as a wrong prediction, or as an update that changed
    /// nothing; a call that runs out of it makes the step revert (`ModelOutOfGas`).
    /// @param maxContributions The most contributions the run accepts: 1 to MAX_CONTRIBUTIONS.
    /// @param groupByContributor Score and pay contributors (their contributions together) rather than each
    /// contribution on its own.
    /// @param allowGreaterStake Accept stakes above `minStake`.
    struct Config {
        uint96 minStake;
        uint32 minContributions;
        uint32 minDuration;
        uint32 firstRevealWindow;
        uint32 revealWindow;
        uint32 rewardWindow;
        uint16 maxPieceSamples;
        uint16 maxSampleLength;
        uint32 modelGasLimit;
        uint32 maxContributions;
        bool groupByContributor;
        bool allowGreaterStake;
    }

    /// @notice Run `runId` started: `provider` deposited `bounty` and committed to `numPieces` test pieces.
    event MarketInitialised(
        uint256 indexed runId,
        address indexed provider,
        IClassifier model,
        address updater,
        uint256 bounty,
        bytes32 piecesRoot,
        uint256 numPieces,
        uint256 drawBlock,
        Config config
    );
    /// @notice The draw block's hash was no longer available; the first piece is drawn from `drawBlock` instead.
    event DrawRetargeted(uint256 indexed runId, uint256 drawBlock);
    /// @notice Piece `index` must be revealed before participation opens.
    event RevealIndexDrawn(uint256 indexed runId, uint256 index);
    /// @notice Test piece `index` was revealed; `samples` packed as MarketData describes.
    event PieceRevealed(
        uint256 indexed runId, uint256 indexed index, bytes32 pieceHash, uint256 numSamples, bytes samples
    );
    /// @notice Contributions are open; the market may end at `earliestEnd` or at enough contributions.
    event ParticipationOpened(uint256 indexed runId, uint256 earliestEnd);
    /// @notice Contribution `id` of `contributor`, staking `stake`; `sample` packed as MarketData describes.
    event Contributed(
        uint256 indexed runId, uint256 indexed id, address indexed contributor, uint256 stake, bytes sample
    );
    /// @notice Participation closed with `numContributions`; the remaining pieces are due by `revealDeadline`.
    event MarketEnded(uint256 indexed runId, uint256 numContributions, uint256 revealDeadline);
    /// @notice Every piece is revealed: `numEvalSamples` samples to evaluate on, `rounds` rounds of bounty.
    event RewardStarted(uint256 indexed runId, uint256 numEvalSamples, uint256 rounds);
    /// @notice Contribution `id`'s update reverted or ran out of gas; the model stays as it was.
    event UpdateFailed(uint256 indexed runId, uint256 id);
    /// @notice After contributions `1..id` (0: the initial model), the model predicts `correct` test samples.
    event Evaluated(uint256 indexed runId, uint256 id, uint256 correct);
    /// @notice Iteration `iteration` applies `rounds` rounds; `isFinal` when it pays out the rest.
    event RoundsDecided(uint256 indexed runId, uint256 iteration, uint256 rounds, bool isFinal);
    /// @notice A contribution (`id`; 0 when grouped) of `contributor` left the rounds with `balance`.
    event Dropped(uint256 indexed runId, address indexed contributor, uint256 id, uint256 balance);
    /// @notice Rewards are final: contributors are owed `owedToContributors`, the provider `providerRefund`.
    event RewardsFinal(uint256 indexed runId, uint256 owedToContributors, uint256 providerRefund);
    /// @notice The provider did not reveal in time (`revealed` pieces of the rest), or its model changed
    /// (`modelChanged`): contributors get their stakes and share `share` of the bounty by stake; `burned` is lost.
    event Forfeited(uint256 indexed runId, uint256 revealed, bool modelChanged, uint256 share, uint256 burned);
    /// @notice The rewards were not final by the reward deadline: every contributor may claim its stakes back,
    /// the provider its bounty.
    event Abandoned(uint256 indexed runId);
    /// @notice `account` claimed `amount` wei, sent to `to`.
    event Claimed(uint256 indexed runId, address indexed account, address to, uint256 amount);
    /// @notice The first piece was not revealed in time; the run is cancelled.
    event Cancelled(uint256 indexed runId);
    /// @notice The run closed; `amount` wei the provider had not claimed are credited to it. Contributors' unclaimed
    /// amounts stay claimable with `claimRun`.
    event Swept(uint256 indexed runId, uint256 amount);
    /// @notice The run is over; `credited` wei were credited to `provider` to withdraw.
    event Closed(uint256 indexed runId, address indexed provider, uint256 credited);
    /// @notice `account` withdrew `amount` credited wei to `to`.
    event Withdrawal(address indexed account, address to, uint256 amount);

    /// @notice A market parameter, named by its position in `Config` order with the bounty last, is outside its
    /// bounds. Choose one in [min, max].
    error OutOfRange(Param param, uint256 value, uint256 min, uint256 max);
    /// @notice The call needs another phase; wait for it or take the current phase's way out.
    error WrongPhase(Phase expected, Phase current);
    /// @notice The reward phase is at another stage: call `walk` during the walk and `settle` after it.
    error WrongStage(Stage stage);
    /// @notice The bounty cannot pay one round on the largest test set the configuration allows: raise it to
    /// `(numPieces - 1) * maxPieceSamples` or more.
    error BountyBelowOneRound(uint256 bounty, uint256 maxEvalSamples);
    /// @notice Cut the test set into 2 to MAX_PIECES pieces.
    error BadNumPieces(uint256 numPieces);
    /// @notice The model is not built for the caller's next updater: deploy it for `updaterFor(caller)`. A model
    /// built for another provider's updater can only be used by that provider.
    error ModelBoundElsewhere(address trainer, address expected);
    /// @notice The configuration's smallest walk step could need more gas than a block allows: lower
    /// `maxPieceSamples`, `maxSampleLength` or `modelGasLimit`.
    error StepTooHeavy(uint256 gas, uint256 max);
    /// @notice The run has all the contributions it accepts; contribute to the next run.
    error RunFull(uint256 maxContributions);
    /// @notice A stake above MAX_STAKE; stake less.
    error StakeTooHigh(uint256 max, uint256 sent);
    /// @notice The model's pin changed since `initialise`: nobody can walk on; call `forfeit`.
    error ModelChanged(bytes32 pinned, bytes32 current);
    /// @notice The model's pin is unchanged and the deadline has not passed: nothing to forfeit yet.
    error ModelUnchanged();
    /// @notice A model call ran out of its gas limit, so the step cannot tell what the model does: retry with
    /// more gas, or, if the model always runs out, wait for the reward deadline and `abandon`.
    error ModelOutOfGas(uint256 gasLimit);
    /// @notice The draw block is not past yet: wait for block `drawBlock + 1`.
    error DrawNotReady(uint256 drawBlock);
    /// @notice The draw block's hash is no longer available: call `draw`, which moves the draw to a new block.
    error DrawExpired(uint256 drawBlock);
    /// @notice The first piece is drawn already (`index`): reveal it.
    error AlreadyDrawn(uint256 index);
    /// @notice Too late for this call: take the phase's way out (cancel, forfeit or abandon).
    error DeadlinePassed(uint256 deadline);
    /// @notice The phase's way out opens after `deadline`: wait for it.
    error DeadlineNotPassed(uint256 deadline);
    /// @notice The piece does not match the commitment at `index`: send the committed piece with its proof.
    error InvalidProof(uint256 index);
    /// @notice A piece must hold 1 to `maxPieceSamples` samples: send the committed piece.
    error PieceSize(uint256 numSamples, uint256 max);
    /// @notice A sample may have at most `maxSampleLength` entries: shorten it.
    error SampleTooLong(uint256 length, uint256 max);
    /// @notice An entry is not a sign-extended int64 word: encode entries as the ABI does.
    error MalformedSample();
    /// @notice The label must be below the model's number of classes.
    error UnknownLabel(uint64 label, uint256 numClasses);
    /// @notice Send at least the minimum stake.
    error StakeTooLow(uint256 required, uint256 sent);
    /// @notice This run takes exactly the minimum stake: send `required`.
    error StakeNotExact(uint256 required, uint256 sent);
    /// @notice Participation may end only at `minContributions` contributions or after `earliestEnd`: wait.
    error EndCriteriaNotMet(uint256 numContributions, uint256 minContributions, uint256 earliestEnd);
    /// @notice Send one proof per piece.
    error LengthMismatch(uint256 pieces, uint256 proofs);
    /// @notice Send 1 to `remaining` pieces.
    error TooManyPieces(uint256 given, uint256 remaining);
    /// @notice The pieces must lie within the evaluation positions: send positions `firstPosition ..` that exist.
    error BadPieceRange(uint256 firstPosition, uint256 count);
    /// @notice The piece at `position` is not the one revealed: send it as revealed.
    error PieceMismatch(uint256 position);
    /// @notice Contribution `id` is not the sample contributed: send it as its `Contributed` event shows.
    error ContributionMismatch(uint256 id);
    /// @notice The call would not advance anything: send the next piece or contribution (walk), or a positive
    /// `maxItems` (settle).
    error NoProgress();
    /// @notice Too little gas to give a model call its whole limit: send the step with more gas.
    error InsufficientGas(uint256 needed);
    /// @notice The run owes `account` nothing (more): it has nothing to claim in this run, or claimed it already.
    /// @dev Not `NothingToClaim`: the trainers' `NothingToClaim(bytes32 key)` is about one deposit, and one name
    /// with two argument lists decodes as whichever ABI a client happens to hold.
    error NothingOwed(address account);
    /// @notice `account` has nothing credited to withdraw.
    error NothingToWithdraw(address account);
    /// @notice The recipient refused the ether: name another recipient.
    error TransferFailed(address to, uint256 amount);
}
