package org.shengshi.payment.channel.unionpay;

import java.util.Set;

import org.shengshi.payment.channel.RefundState;
import org.shengshi.payment.channel.TradeState;

/**
 * UnionPay {@code respCode} / {@code origRespCode} meanings we rely on: {@code 00}
 * success; {@code 03}, {@code 04}, {@code 05} "status unknown / accepted, query later";
 * {@code 34} "no such transaction"; {@code 98} "file not there yet"; anything else a
 * final refusal.
 */
final class UnionPayCodes {

	static final String SUCCESS = "00";

	static final String NOT_FOUND = "34";

	static final String FILE_NOT_READY = "98";

	private static final Set<String> IN_DOUBT = Set.of("03", "04", "05");

	private UnionPayCodes() {
	}

	static boolean isInDoubt(String code) {
		return IN_DOUBT.contains(code);
	}

	/** The state of a consumption from its original response code. */
	static TradeState tradeState(String origRespCode) {
		if (SUCCESS.equals(origRespCode)) {
			return TradeState.PAID;
		}
		return isInDoubt(origRespCode) ? TradeState.NOT_PAID : TradeState.FAILED;
	}

	/** The state of a refund (退货) from its original response code. */
	static RefundState refundState(String origRespCode) {
		if (SUCCESS.equals(origRespCode)) {
			return RefundState.SUCCEEDED;
		}
		return isInDoubt(origRespCode) ? RefundState.PROCESSING : RefundState.FAILED;
	}

}
