package vn.motcua.fee;

import java.util.UUID;

import vn.motcua.shared.Conflict;

/** A receipt is cancelled once; a second cancellation is refused. */
public class ReceiptAlreadyCancelled extends Conflict {

    public ReceiptAlreadyCancelled(UUID receiptId) {
        super("receipt " + receiptId + " is already cancelled");
    }
}
