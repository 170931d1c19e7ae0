// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title SafeTransfer
/// @notice ETH and ERC-20 transfers that revert with a named error on failure and
///         accept tokens that return nothing (USDT-style) as well as `true`.
library SafeTransfer {
    error SafeTransfer_EthFailed(address to, uint256 amount);
    error SafeTransfer_TokenFailed(address token, address to, uint256 amount);

    function sendEth(address to, uint256 amount) internal {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert SafeTransfer_EthFailed(to, amount);
    }

    function transfer(address token, address to, uint256 amount) internal {
        _call(token, abi.encodeWithSelector(0xa9059cbb, to, amount), to, amount);
    }

    function transferFrom(address token, address from, address to, uint256 amount) internal {
        _call(token, abi.encodeWithSelector(0x23b872dd, from, to, amount), to, amount);
    }

    function _call(address token, bytes memory data, address to, uint256 amount) private {
        if (token.code.length == 0) revert SafeTransfer_TokenFailed(token, to, amount);
        (bool ok, bytes memory ret) = token.call(data);
        if (!ok || (ret.length != 0 && (ret.length != 32 || abi.decode(ret, (uint256)) != 1))) {
            revert SafeTransfer_TokenFailed(token, to, amount);
        }
    }
}
