// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title SettleBridge: the settle chain's anchor and token vault on an EVM chain.
/// @notice The settle validators (secp256k1 EVM addresses, power normalised to 2^32) sign, with
/// EIP-191, (1) valset updates and (2) anchors of the settle state (height, app hash, settlement
/// root, withdrawals root, last deposit nonce, valset checkpoint). Deposits lock tokens here and
/// are credited on settle; withdrawals are claimed here with a Merkle proof against an anchor's
/// withdrawals root once the challenge delay has passed. Every encoding is specified, byte for byte,
/// in modules/bridge/README.md.
contract SettleBridge is Pausable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// A validator set: addresses strictly ascending, powers > 0 summing to at most 2^32.
    struct Valset {
        uint64 nonce;
        address[] validators;
        uint64[] powers;
    }

    /// One validator's signature over an EIP-191 digest. Signatures are given in valset order
    /// (signer addresses strictly ascending), only for the validators that signed.
    struct Signature {
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    /// What the settle chain fixes every N blocks.
    struct Anchor {
        uint64 nonce; // 1, 2, 3, ... (sequential)
        uint64 height; // settle block height the anchor was taken at
        bytes32 appHash; // settle app hash at that height
        bytes32 settlementRoot; // Merkle root of settlements since the previous anchor
        bytes32 withdrawalsRoot; // StandardMerkleTree root of the withdrawals since the previous anchor
        uint64 lastDepositNonce; // the last deposit nonce settle has credited
        bytes32 valsetCheckpoint; // checkpoint of the valset in force (the signers)
    }

    struct StoredAnchor {
        bytes32 withdrawalsRoot;
        uint64 submittedAt; // block.timestamp of submitAnchor
    }

    bytes32 public constant VALSET_CHECKPOINT_TAG = keccak256("settle.bridge.v1.valset-checkpoint");
    bytes32 public constant VALSET_UPDATE_TAG = keccak256("settle.bridge.v1.valset-update");
    bytes32 public constant ANCHOR_TAG = keccak256("settle.bridge.v1.anchor");
    /// Normalised total power; a set's powers sum to at most this.
    uint256 public constant POWER_NORM = 1 << 32;
    uint256 public constant MAX_VALIDATORS = 256;

    /// keccak256 of the settle chain id string (e.g. keccak256("settle-1")).
    bytes32 public immutable settleChainId;
    /// Seconds between an anchor's submission and the first claim against it.
    uint64 public immutable challengeDelay;

    address public guardian;
    bytes32 public valsetCheckpoint;
    uint64 public valsetNonce;
    uint64 public lastAnchorNonce;
    uint64 public depositNonce;
    mapping(address token => bool) public supportedToken;
    mapping(uint64 anchorNonce => StoredAnchor) public anchors;
    /// Claimed withdrawal ids, 256 per word.
    mapping(uint256 word => uint256 bits) private claimedBits;

    event ValsetUpdated(uint64 indexed nonce, bytes32 checkpoint, address[] validators, uint64[] powers);
    event AnchorSubmitted(
        uint64 indexed nonce,
        uint64 height,
        bytes32 appHash,
        bytes32 settlementRoot,
        bytes32 withdrawalsRoot,
        uint64 lastDepositNonce
    );
    event Deposited(uint64 indexed nonce, address indexed token, address indexed from, bytes settleRecipient, uint256 amount);
    event Claimed(uint64 indexed id, uint64 indexed anchorNonce, address indexed to, address token, uint256 amount);
    event GuardianChanged(address guardian);

    error NotGuardian();
    error InvalidValset();
    error ValsetMismatch();
    error BadValsetNonce(uint64 expected, uint64 got);
    error BadAnchorNonce(uint64 expected, uint64 got);
    error AnchorValsetMismatch();
    error DepositNonceAhead(uint64 depositNonce, uint64 lastDepositNonce);
    error DuplicateSigner(address signer);
    error SignersNotAscending();
    error UnknownSigner(address signer);
    error InsufficientPower(uint256 signed, uint256 total);
    error UnsupportedToken(address token);
    error InvalidAmount();
    error InvalidRecipient();
    error UnknownAnchor(uint64 anchorNonce);
    error ChallengePending(uint64 claimableAt);
    error AlreadyClaimed(uint64 id);
    error InvalidProof();

    modifier onlyGuardian() {
        if (msg.sender != guardian) revert NotGuardian();
        _;
    }

    /// @param settleChainId_ the settle chain id string (hashed into every digest)
    /// @param initial the genesis bridge valset (trusted at deployment), nonce of the deployer's choice
    constructor(
        string memory settleChainId_,
        Valset memory initial,
        address guardian_,
        address[] memory tokens,
        uint64 challengeDelay_
    ) {
        settleChainId = keccak256(bytes(settleChainId_));
        challengeDelay = challengeDelay_;
        _checkValset(initial.validators, initial.powers);
        valsetNonce = initial.nonce;
        valsetCheckpoint = _checkpoint(initial.nonce, initial.validators, initial.powers);
        emit ValsetUpdated(initial.nonce, valsetCheckpoint, initial.validators, initial.powers);
        guardian = guardian_;
        emit GuardianChanged(guardian_);
        for (uint256 i = 0; i < tokens.length; i++) supportedToken[tokens[i]] = true;
    }

    // ------------------------------------------------------------------ digests (see README)

    /// keccak256(abi.encode(VALSET_CHECKPOINT_TAG, nonce, validators, powers))
    function checkpoint(uint64 nonce, address[] calldata validators, uint64[] calldata powers) external pure returns (bytes32) {
        return _checkpoint(nonce, validators, powers);
    }

    /// keccak256(abi.encode(VALSET_UPDATE_TAG, settleChainId, block.chainid, address(this), newCheckpoint))
    function valsetUpdateDigest(bytes32 newCheckpoint) public view returns (bytes32) {
        return keccak256(abi.encode(VALSET_UPDATE_TAG, settleChainId, block.chainid, address(this), newCheckpoint));
    }

    /// keccak256(abi.encode(ANCHOR_TAG, settleChainId, block.chainid, address(this), anchor fields in order))
    function anchorDigest(Anchor calldata a) public view returns (bytes32) {
        return keccak256(
            abi.encode(
                ANCHOR_TAG,
                settleChainId,
                block.chainid,
                address(this),
                a.nonce,
                a.height,
                a.appHash,
                a.settlementRoot,
                a.withdrawalsRoot,
                a.lastDepositNonce,
                a.valsetCheckpoint
            )
        );
    }

    /// keccak256(bytes.concat(keccak256(abi.encode(id, to, token, amount)))): an OpenZeppelin
    /// StandardMerkleTree leaf of types [uint64, address, address, uint256].
    function withdrawalLeaf(uint64 id, address to, address token, uint256 amount) public pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(id, to, token, amount))));
    }

    // ------------------------------------------------------------------ validator set and anchors

    /// Moves to the next valset (nonce + 1), signed by > 2/3 of the current set's power.
    function updateValset(Valset calldata next, Valset calldata current, Signature[] calldata sigs) external {
        _checkCurrent(current);
        if (next.nonce != current.nonce + 1) revert BadValsetNonce(current.nonce + 1, next.nonce);
        _checkValset(next.validators, next.powers);
        bytes32 cp = _checkpoint(next.nonce, next.validators, next.powers);
        _checkSignatures(current, valsetUpdateDigest(cp), sigs);
        valsetCheckpoint = cp;
        valsetNonce = next.nonce;
        emit ValsetUpdated(next.nonce, cp, next.validators, next.powers);
    }

    /// Records the next anchor (nonce + 1), signed by > 2/3 of the current set's power.
    function submitAnchor(Anchor calldata a, Valset calldata current, Signature[] calldata sigs) external {
        _checkCurrent(current);
        if (a.nonce != lastAnchorNonce + 1) revert BadAnchorNonce(lastAnchorNonce + 1, a.nonce);
        if (a.valsetCheckpoint != valsetCheckpoint) revert AnchorValsetMismatch();
        _checkSignatures(current, anchorDigest(a), sigs);
        // settle cannot have credited a deposit this contract never took
        if (a.lastDepositNonce > depositNonce) revert DepositNonceAhead(depositNonce, a.lastDepositNonce);
        lastAnchorNonce = a.nonce;
        anchors[a.nonce] = StoredAnchor(a.withdrawalsRoot, uint64(block.timestamp));
        emit AnchorSubmitted(a.nonce, a.height, a.appHash, a.settlementRoot, a.withdrawalsRoot, a.lastDepositNonce);
    }

    // ------------------------------------------------------------------ deposits and claims

    /// Locks `amount` of `token` (the amount actually received is credited) for `settleRecipient`,
    /// a settle account address (20 or 32 bytes).
    function deposit(address token, uint256 amount, bytes calldata settleRecipient) external whenNotPaused nonReentrant returns (uint64 nonce) {
        if (!supportedToken[token]) revert UnsupportedToken(token);
        if (amount == 0 || amount > type(uint128).max) revert InvalidAmount();
        if (settleRecipient.length != 20 && settleRecipient.length != 32) revert InvalidRecipient();
        uint256 before = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = IERC20(token).balanceOf(address(this)) - before;
        if (received == 0) revert InvalidAmount();
        nonce = ++depositNonce;
        emit Deposited(nonce, token, msg.sender, settleRecipient, received);
    }

    /// Pays withdrawal `id` (a leaf of anchor `anchorNonce`'s withdrawals root) to `to`, once, after
    /// the challenge delay. Anyone may submit it; the tokens go to `to`.
    function claim(uint64 anchorNonce, uint64 id, address to, address token, uint256 amount, bytes32[] calldata proof)
        external
        whenNotPaused
        nonReentrant
    {
        StoredAnchor memory a = anchors[anchorNonce];
        if (a.submittedAt == 0) revert UnknownAnchor(anchorNonce);
        uint64 claimableAt = a.submittedAt + challengeDelay;
        if (block.timestamp < claimableAt) revert ChallengePending(claimableAt);
        uint256 word = id >> 8;
        uint256 bit = 1 << (id & 0xff);
        uint256 bits = claimedBits[word];
        if (bits & bit != 0) revert AlreadyClaimed(id);
        if (!MerkleProof.verifyCalldata(proof, a.withdrawalsRoot, withdrawalLeaf(id, to, token, amount))) revert InvalidProof();
        claimedBits[word] = bits | bit;
        IERC20(token).safeTransfer(to, amount);
        emit Claimed(id, anchorNonce, to, token, amount);
    }

    function isClaimed(uint64 id) external view returns (bool) {
        return claimedBits[id >> 8] & (1 << (id & 0xff)) != 0;
    }

    // ------------------------------------------------------------------ guardian

    function pause() external onlyGuardian {
        _pause();
    }

    function unpause() external onlyGuardian {
        _unpause();
    }

    function setGuardian(address next) external onlyGuardian {
        guardian = next;
        emit GuardianChanged(next);
    }

    // ------------------------------------------------------------------ internals

    function _checkpoint(uint64 nonce, address[] memory validators, uint64[] memory powers) private pure returns (bytes32) {
        return keccak256(abi.encode(VALSET_CHECKPOINT_TAG, nonce, validators, powers));
    }

    function _checkCurrent(Valset calldata current) private view {
        if (current.nonce != valsetNonce || _checkpoint(current.nonce, current.validators, current.powers) != valsetCheckpoint) {
            revert ValsetMismatch();
        }
    }

    /// Addresses strictly ascending and non-zero, powers > 0 summing to at most 2^32.
    function _checkValset(address[] memory validators, uint64[] memory powers) private pure {
        uint256 n = validators.length;
        if (n == 0 || n > MAX_VALIDATORS || powers.length != n) revert InvalidValset();
        uint256 total;
        address prev = address(0);
        for (uint256 i = 0; i < n; i++) {
            if (validators[i] <= prev || powers[i] == 0) revert InvalidValset();
            prev = validators[i];
            total += powers[i];
        }
        if (total > POWER_NORM) revert InvalidValset();
    }

    /// Each signature must recover (over the EIP-191 form of `digest`) to a member of `set`, in
    /// strictly ascending signer order; their power must exceed 2/3 of the set's total.
    function _checkSignatures(Valset calldata set, bytes32 digest, Signature[] calldata sigs) private pure {
        bytes32 h = MessageHashUtils.toEthSignedMessageHash(digest);
        uint256 n = set.validators.length;
        uint256 total;
        for (uint256 i = 0; i < n; i++) total += set.powers[i];
        uint256 signed;
        uint256 j;
        address prev = address(0);
        for (uint256 i = 0; i < sigs.length; i++) {
            address signer = ECDSA.recover(h, sigs[i].v, sigs[i].r, sigs[i].s);
            if (signer == prev) revert DuplicateSigner(signer);
            if (signer < prev) revert SignersNotAscending();
            prev = signer;
            while (j < n && set.validators[j] < signer) j++;
            if (j == n || set.validators[j] != signer) revert UnknownSigner(signer);
            signed += set.powers[j];
            j++;
        }
        if (signed * 3 <= total * 2) revert InsufficientPower(signed, total);
    }
}
