package vn.motcua.reporting;

/**
 * The counts of one field (or of all) over a period, as the period query adds them up: what the periodic
 * report shows and what the indicators are computed from.
 */
record Tally(String field, long receivedOnline, long receivedCounterOrPostal, long carriedOver, long resolved, long resolvedEarly,
        long resolvedOverdue, long inProcess, long inProcessOverdue, long rejected, long withdrawn, long awaitingSupplement,
        long apologyLetters, long feeBearing, long paidOnline, long digitised, long reused, long finished, long electronicResults,
        long timelyWithRepeatedSupplement, Ratings ratings) {

    /** How many dossiers resolved in the period were rated at each level. */
    record Ratings(long verySatisfied, long satisfied, long acceptable, long dissatisfied) {

        long total() {
            return verySatisfied + satisfied + acceptable + dissatisfied;
        }

        Ratings plus(Ratings o) {
            return new Ratings(verySatisfied + o.verySatisfied, satisfied + o.satisfied, acceptable + o.acceptable,
                    dissatisfied + o.dissatisfied);
        }
    }

    static Tally empty(String field) {
        return new Tally(field, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new Ratings(0, 0, 0, 0));
    }

    long received() {
        return receivedOnline + receivedCounterOrPostal;
    }

    long resolvedOnTime() {
        return resolved - resolvedEarly - resolvedOverdue;
    }

    long inProcessWithinTerm() {
        return inProcess - inProcessOverdue;
    }

    Tally plus(Tally o, String field) {
        return new Tally(field, receivedOnline + o.receivedOnline, receivedCounterOrPostal + o.receivedCounterOrPostal,
                carriedOver + o.carriedOver, resolved + o.resolved, resolvedEarly + o.resolvedEarly, resolvedOverdue + o.resolvedOverdue,
                inProcess + o.inProcess, inProcessOverdue + o.inProcessOverdue, rejected + o.rejected, withdrawn + o.withdrawn,
                awaitingSupplement + o.awaitingSupplement, apologyLetters + o.apologyLetters, feeBearing + o.feeBearing,
                paidOnline + o.paidOnline, digitised + o.digitised, reused + o.reused, finished + o.finished,
                electronicResults + o.electronicResults, timelyWithRepeatedSupplement + o.timelyWithRepeatedSupplement,
                ratings.plus(o.ratings));
    }
}
