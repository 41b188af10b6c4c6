package vn.motcua.fee;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One statutory fee or charge of a procedure, in whole VND: how it is rated and which applicants are
 * exempt from it.
 */
public record FeeRule(String code, Name name, Rate rate, List<Exemption> exemptions) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public FeeRule {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidFeeRule("code", "a fee code like LE_PHI_THUONG_TRU (capitals, digits, _) is required");
        }
        if (name == null || name.vi() == null || name.vi().isBlank()) {
            throw new InvalidFeeRule("name.vi", "a Vietnamese text is required");
        }
        if (name.en() == null || name.en().isBlank()) {
            throw new InvalidFeeRule("name.en", "an English text is required");
        }
        if (rate == null) {
            throw new InvalidFeeRule("-", "one of fixed, perCase or perPage is required");
        }
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
        if (Set.copyOf(exemptions).size() != exemptions.size()) {
            throw new InvalidFeeRule("exemptions", "an exemption is listed twice");
        }
    }

    /** The first exemption this rule grants among those claimed, or null. */
    Exemption exemptionFor(Set<Exemption> claimed) {
        return exemptions.stream().filter(claimed::contains).findFirst().orElse(null);
    }

    /** A text in Vietnamese and English. */
    public record Name(String vi, String en) {
    }

    /** How the amount of a rule is worked out. */
    public sealed interface Rate permits Fixed, PerCase, PerPage {

        long amount(FeeRequest request);
    }

    /** One amount per dossier, possibly lower online; a postal dossier pays the counter rate. */
    public record Fixed(long counter, long online) implements Rate {

        public Fixed {
            requireAmount("fixed.counter", counter);
            requireAmount("fixed.online", online);
        }

        public static Fixed of(long vnd) {
            return new Fixed(vnd, vnd);
        }

        @Override
        public long amount(FeeRequest request) {
            return request.channel() == Channel.ONLINE ? online : counter;
        }
    }

    /** An amount for each case (e.g. each signature certified). */
    public record PerCase(long vnd) implements Rate {

        public PerCase {
            requireAmount("perCase", vnd);
        }

        @Override
        public long amount(FeeRequest request) {
            return Math.multiplyExact(vnd, request.cases());
        }
    }

    /**
     * A price per page of the original, by tiers, capped per copy, times the copies. Tiers start at
     * page 1, follow each other without gap or overlap, and the last is open-ended.
     *
     * @param capPerCopy the most one copy costs, or null when uncapped
     */
    public record PerPage(List<Tier> tiers, Long capPerCopy) implements Rate {

        public PerPage {
            if (tiers == null || tiers.isEmpty()) {
                throw new InvalidFeeRule("perPage.tiers", "at least one tier is required");
            }
            tiers = List.copyOf(tiers);
            for (int i = 0; i < tiers.size(); i++) {
                Tier tier = tiers.get(i);
                String at = "perPage.tiers[" + i + "]";
                int expectedFrom = i == 0 ? 1 : tiers.get(i - 1).toPage() + 1;
                if (tier.fromPage() != expectedFrom) {
                    throw new InvalidFeeRule(at + ".fromPage", i == 0 ? "the first tier starts at page 1"
                            : "starts at page " + tier.fromPage() + " but the previous tier ends at page " + (expectedFrom - 1)
                                    + " (tiers are sorted, without gap or overlap)");
                }
                boolean last = i == tiers.size() - 1;
                if (last && tier.toPage() != null) {
                    throw new InvalidFeeRule(at + ".toPage", "the last tier has no toPage, so every page has a price");
                }
                if (!last && tier.toPage() == null) {
                    throw new InvalidFeeRule(at + ".toPage", "only the last tier may be open-ended");
                }
                if (tier.toPage() != null && tier.toPage() < tier.fromPage()) {
                    throw new InvalidFeeRule(at + ".toPage", "ends at page " + tier.toPage() + " before it starts at page " + tier.fromPage());
                }
                requireAmount(at + ".vnd", tier.vnd());
            }
            if (capPerCopy != null) {
                requireAmount("perPage.capPerCopy", capPerCopy);
            }
        }

        @Override
        public long amount(FeeRequest request) {
            return Math.multiplyExact(perCopy(request.pages()), request.copies());
        }

        /** What one copy of an original of so many pages costs. */
        public long perCopy(int pages) {
            long sum = 0;
            for (Tier tier : tiers) {
                int to = tier.toPage() == null ? pages : Math.min(pages, tier.toPage());
                if (to >= tier.fromPage()) {
                    sum = Math.addExact(sum, Math.multiplyExact(tier.vnd(), to - tier.fromPage() + 1L));
                }
            }
            return capPerCopy == null ? sum : Math.min(sum, capPerCopy);
        }
    }

    /** The price of each page from {@code fromPage} to {@code toPage} (null: every page after). */
    public record Tier(int fromPage, Integer toPage, long vnd) {
    }

    private static void requireAmount(String field, long vnd) {
        if (vnd < 0) {
            throw new InvalidFeeRule(field, "an amount is whole VND, 0 or more: " + vnd);
        }
    }
}
