package vn.motcua.fee;

import java.util.UUID;

import vn.motcua.shared.Conflict;

/** A cancellation cannot itself be cancelled: issue a new receipt instead. */
public class ReceiptIsACancellation extends Conflict {

    public ReceiptIsACancellation(UUID receiptId) {
        super("receipt " + receiptId + " is a cancellation and cannot be cancelled");
    }
}
